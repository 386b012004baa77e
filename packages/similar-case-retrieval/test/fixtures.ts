// Shared test helpers: the paths of the ValidationError a call throws, a hand-made judgment, and the
// options of the tests' synthetic corpora.
import { type CivilDate, civilDate, Money, ValidationError } from '@gd-ftz/core';
import { expect } from 'vitest';
import { COURTS, type CorpusOptions, type CourtRef, type Judgment, type PrecedentKind } from '../src/index';

/** The paths of the ValidationError `f` throws (fails the test when it throws anything else). */
export function errorPaths(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths;
  }
  return [];
}

export const court = (id: string): CourtRef => COURTS[id] as CourtRef;

/** A judgment on 违约金 (question sale-penalty) unless told otherwise. */
export function judgment(
  id: string,
  kind: PrecedentKind,
  courtId: string,
  decidedOn: string,
  more: Partial<Judgment> = {},
): Judgment {
  const on = civilDate(decidedOn);
  return {
    id,
    kind,
    court: court(courtId),
    effective: true,
    decidedOn: on,
    effectiveOn: on as CivilDate,
    causeId: 'sale',
    cause: '买卖合同纠纷',
    parties: [{ name: '陈某', id: 'P1' }],
    subject: `S-${id}`,
    amount: Money.of('1000'),
    articles: ['CC577', 'CC585'],
    facts: '逾期交货三十日',
    issue: '本案争议焦点为违约金过高请求调减。',
    reasoning: '本院认为，应以实际损失为基础。',
    hidden: { questionId: 'sale-penalty', keyFacts: 0 },
    ...more,
  };
}

/** The tests' synthetic corpus: `judgments` ordinary judgments decided 2019-01-01..2023-12-31. */
export function corpusOptions(seed: number, judgments: number): CorpusOptions {
  return { seed, judgments, from: civilDate('2019-01-01'), to: civilDate('2023-12-31') };
}
