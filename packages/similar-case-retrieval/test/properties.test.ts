// Properties named for the rule they check. The seed comes from FC_SEED (tooling/fast-check-setup.ts).
import { civilDate, fromEpochDay, isValidResidentId, isValidUscc, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../src/corpus';
import { DECIDING_COURTS } from '../src/courts';
import {
  buildCaseIndex,
  type CaseQuery,
  type CaseRecord,
  COURTS,
  type CourtRef,
  type Grade,
  linkRelatedCases,
  ndcgAtK,
  recallAtK,
  searchSimilarCases,
  syntheticCorpus,
} from '../src/index';
import { corpusOptions, errorPaths } from './fixtures';

const gradeArb = fc.constantFrom<Grade>(0, 1, 2, 3);
const corpus = syntheticCorpus(corpusOptions(7, 300));
const index = buildCaseIndex(corpus);

describe('metrics', () => {
  it('a perfect ranking has nDCG 1', () => {
    fc.assert(
      fc.property(
        fc.array(gradeArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (gs, k) => {
          fc.pre(gs.some((g) => g > 0));
          const sorted = [...gs].sort((a, b) => b - a);
          expect(ndcgAtK(sorted, k)).toBeCloseTo(1, 12);
        },
      ),
    );
  });
  it('recall@k never falls as k grows, and stays within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(gradeArb, { maxLength: 30 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 30 }),
        (gs, extra, k) => {
          const total = gs.filter((g) => g >= 2).length + extra;
          fc.pre(total > 0);
          const a = recallAtK(gs, k, total);
          const b = recallAtK(gs, k + 1, total);
          expect(b).toBeGreaterThanOrEqual(a);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('search', () => {
  const queryArb = fc.record({
    q: fc.integer({ min: 0, max: QUESTIONS.length - 1 }),
    w: fc.nat(2),
    court: fc.constantFrom(...DECIDING_COURTS, 'gz-int', 'gd-high', 'spc'),
    day: fc.integer({ min: toEpochDay(civilDate('2019-01-01')), max: toEpochDay(civilDate('2024-12-31')) }),
    tiers: fc.boolean(),
    method: fc.constantFrom('keyword', 'statute', 'case-linked', 'all' as const),
  });
  it('never returns a judgment decided after the search day or not effective (第一条), and is deterministic', () => {
    fc.assert(
      fc.property(queryArb, ({ q, w, court, day, tiers, method }) => {
        const { cause, question } = QUESTIONS[q] as (typeof QUESTIONS)[number];
        const asOf = fromEpochDay(day);
        const query = {
          court: COURTS[court] as CourtRef,
          keywords: `${cause.name} ${question.wordings[w] ?? ''}`,
          articles: question.articles,
          method,
          tiers,
        };
        if (tiers && asOf < '2020-07-31') {
          // Art. 4's order is in force from the guidance's trial date only.
          expect(errorPaths(() => searchSimilarCases(index, query, { k: 20, asOf }))).toEqual(['o.asOf']);
          return;
        }
        const hits = searchSimilarCases(index, query, { k: 20, asOf });
        for (const h of hits) {
          const d = corpus.find((x) => x.id === h.id);
          expect(d?.effective).toBe(true);
          expect((d?.effectiveOn ?? '9999') <= asOf).toBe(true);
          expect((d?.decidedOn ?? '9999') <= asOf).toBe(true);
          if (tiers) expect(h.tier).not.toBeNull();
        }
        expect(searchSimilarCases(index, query, { k: 20, asOf })).toEqual(hits);
      }),
      { numRuns: 40 },
    );
  });
  it('answers do not depend on the searches before (the index caches MiniSearch answers, not days)', () => {
    // The same queries on two indexes of the same corpus, in opposite orders: a cached answer read on
    // another day, for another method or court, or evicted after 64 others, must give what a search
    // with another history gives. Keywords repeat across queries, so cache hits are frequent.
    type QueryDraw = typeof queryArb extends fc.Arbitrary<infer T> ? T : never;
    const toQuery = ({ q, w, court, day, tiers, method }: QueryDraw) => {
      const { cause, question } = QUESTIONS[q] as (typeof QUESTIONS)[number];
      const asOf = fromEpochDay(Math.max(day, toEpochDay(civilDate('2020-07-31'))));
      const query: CaseQuery = {
        court: COURTS[court] as CourtRef,
        keywords: `${cause.name} ${question.wordings[w] ?? ''}`,
        articles: question.articles,
        method,
        tiers,
        ...(w === 0 ? { causeId: cause.id } : {}),
      };
      return { query, asOf };
    };
    fc.assert(
      fc.property(fc.array(queryArb, { minLength: 1, maxLength: 90 }), (qs) => {
        const other = buildCaseIndex(corpus);
        const run = (ix: typeof index, order: number[]) => {
          const out: string[][] = [];
          for (const i of order) {
            const { query, asOf } = toQuery(qs[i] as QueryDraw);
            out[i] = searchSimilarCases(ix, query, { k: 20, asOf }).map((h) => `${h.id}:${h.score}`);
          }
          return out;
        };
        const forward = qs.map((_, i) => i);
        expect(run(other, [...forward].reverse())).toEqual(run(index, forward));
      }),
      { numRuns: 8 },
    );
  });
  it('naming the 案由 returns only judgments of that 案由, among the unscoped matches (stop-bigrams only drop tokens)', () => {
    fc.assert(
      fc.property(queryArb, fc.nat(QUESTIONS.length - 1), ({ q, w, court, day }, other) => {
        const { cause, question } = QUESTIONS[q] as (typeof QUESTIONS)[number];
        // The 案由 named is the query's own or another one (a judge's wrong pick still scopes).
        const causeId = (QUESTIONS[other] as (typeof QUESTIONS)[number]).cause.id;
        const asOf = fromEpochDay(day);
        const query = {
          court: COURTS[court] as CourtRef,
          keywords: `${cause.name} ${question.wordings[w] ?? ''}`,
          method: 'keyword' as const,
          tiers: false,
        };
        const o = { k: 1000, asOf };
        const scoped = searchSimilarCases(index, { ...query, causeId }, o).map((h) => h.id);
        const causeOf = new Map(corpus.map((d) => [d.id, d.causeId]));
        const expected = searchSimilarCases(index, query, o)
          .map((h) => h.id)
          .filter((id) => causeOf.get(id) === causeId);
        for (const id of scoped) expect(causeOf.get(id)).toBe(causeId);
        // The unscoped search reads every token the scoped one reads (and the stop-bigrams too).
        expect(expected).toEqual(expect.arrayContaining(scoped));
      }),
      { numRuns: 30 },
    );
  });

  it('rejects k ≤ 0 or not an integer, naming o.k', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true })), (k) => {
        const q = { court: COURTS['gz-ns'] as CourtRef, keywords: '违约金' };
        expect(errorPaths(() => searchSimilarCases(index, q, { k, asOf: civilDate('2024-01-01') }))).toEqual([
          'o.k',
        ]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('related cases', () => {
  const recordArb = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    stage: fc.constantFrom<CaseRecord['stage']>(
      'first-instance',
      'second-instance',
      'retrial',
      'enforcement',
    ),
    partyIds: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4'), { maxLength: 3 }),
    subject: fc.constantFrom('s1', 's2', 's3'),
    originId: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: undefined }),
  });
  it('links are symmetric: b is linked from a with the same reasons as a from b', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(recordArb, { selector: (r) => r.id, minLength: 2, maxLength: 5 }),
        (docket) => {
          const rs = docket.map(({ originId, ...r }) => (originId === undefined ? r : { ...r, originId }));
          for (const a of rs) {
            for (const link of linkRelatedCases(a, rs)) {
              const b = rs.find((r) => r.id === link.otherId) as CaseRecord;
              const back = linkRelatedCases(b, [a]);
              expect(back).toEqual([{ caseId: b.id, otherId: a.id, kinds: link.kinds }]);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the synthetic corpus', () => {
  it('gives every party a valid USCC or resident ID and is the same for the same seed', () => {
    for (const d of corpus.slice(0, 100)) {
      for (const p of d.parties) expect(isValidUscc(p.id) || isValidResidentId(p.id)).toBe(true);
    }
    const again = syntheticCorpus(corpusOptions(7, 300));
    expect(again.map((d) => d.facts)).toEqual(corpus.map((d) => d.facts));
  });
  it('rejects bad options naming the field', () => {
    const ok = { seed: 1, judgments: 10, from: civilDate('2021-01-01'), to: civilDate('2022-01-01') };
    expect(errorPaths(() => syntheticCorpus({ ...ok, judgments: -1 }))).toEqual(['options.judgments']);
    expect(errorPaths(() => syntheticCorpus({ ...ok, to: civilDate('2020-01-01') }))).toEqual(['options.to']);
    expect(errorPaths(() => syntheticCorpus({ ...ok, effectiveShare: 2 }))).toEqual([
      'options.effectiveShare',
    ]);
    expect(errorPaths(() => syntheticCorpus({ ...ok, from: 'soon' as never }))).toEqual(['options.from']);
  });
});
