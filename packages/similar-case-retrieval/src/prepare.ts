// The part of a run no behavioural assumption touches: the corpus, the year's cases and their text,
// the index and every search's hits and grades. Built once per seed and size; the baseline, the
// reform and each sensitivity run decide on it. Internal.
import { addWorkingDays, type CivilDate, civilDate, RandomStream } from '@gd-ftz/core';
import { judgmentOf, QUESTIONS, syntheticCorpus } from './corpus';
import { COURTS, DECIDING_COURTS } from './courts';
import type { CaseRecord, CourtRef, Grade, Judgment } from './model';
import type { SimilarCaseRetrievalParams } from './params';
import { buildCaseIndex, searchSimilarCases } from './search';
import { tierOf } from './tier';

/** Share of the year's cases that are a companion of an earlier one (same parties and subject). */
const RELATED_SHARE = 0.2;
/** Share of the year's judgments that take effect (the rest are appealed). */
const EFFECTIVE_SHARE = 0.9;
/** Hits a judge reads (the cut-off of the metrics). */
export const HITS_READ = 10;
const FIRST_DAY = civilDate('2024-01-02');
/** The prior judgments' years. */
const PRIOR_FROM = civilDate('2019-01-01');
const PRIOR_TO = civilDate('2023-12-31');
const WORKING_DAYS = 240;

/** One case of the simulated year with its draws (uniforms compared with the shares later). */
export interface YearCase {
  readonly doc: Judgment;
  readonly record: CaseRecord;
  readonly keywords: string;
  /** An earlier case of the year it is a companion of. */
  readonly relatedTo?: number;
  readonly u: { readonly art2: number; readonly vol: number; readonly follow: number; readonly tend: number };
}

/** One search's hits, graded. */
export interface SearchRun {
  /** Ids of the hits a judge reads, in order. */
  readonly ids: readonly string[];
  /** Their grades inside the Art. 4 scope of the deciding court (0 outside it): the metrics' truth. */
  readonly grades: readonly Grade[];
  /** Ids of the read hits that are 类案 of the case (same question), in or out of scope, in order. */
  readonly similar: readonly string[];
  /** Their Art. 4 tiers for the deciding court (null outside the scope). */
  readonly similarTiers: readonly (number | null)[];
}

export interface Prepared {
  readonly corpus: readonly Judgment[];
  readonly cases: readonly YearCase[];
  readonly docs: ReadonlyMap<string, Judgment>;
  readonly keyword: readonly SearchRun[];
  readonly full: readonly SearchRun[];
  /** Per case: the in-scope 类案 in force at its search (recall's denominator) and the ideal grades. */
  readonly relevant: readonly number[];
  readonly ideal: readonly (readonly Grade[])[];
  /** Per case: the guiding case on its question in force at its search, if any. */
  readonly guiding: readonly (string | undefined)[];
  readonly indexSize: number;
}

export function gradeOf(c: Judgment, d: Judgment): Grade {
  if (c.hidden.questionId === d.hidden.questionId) return c.hidden.keyFacts === d.hidden.keyFacts ? 3 : 2;
  return c.causeId === d.causeId ? 1 : 0;
}

function yearCases(params: SimilarCaseRetrievalParams, seed: number): YearCase[] {
  const rng = RandomStream.fromSeed(seed).substream('year-cases');
  const days: CivilDate[] = [FIRST_DAY];
  for (let i = 1; i < WORKING_DAYS; i++) days.push(addWorkingDays(days[i - 1] as CivilDate, 1));
  const out: YearCase[] = [];
  for (let i = 0; i < params.newCases; i++) {
    const decidedOn = days[Math.floor((i * WORKING_DAYS) / params.newCases)] as CivilDate;
    const courtId = DECIDING_COURTS[rng.int(0, DECIDING_COURTS.length - 1)] as string;
    const related = i > 0 && rng.bernoulli(RELATED_SHARE) ? rng.int(0, i - 1) : undefined;
    const base = related === undefined ? undefined : (out[related] as YearCase).doc;
    const questionIndex = base
      ? QUESTIONS.findIndex((q) => q.question.id === base.hidden.questionId)
      : rng.int(0, QUESTIONS.length - 1);
    const id = `N${String(i + 1).padStart(5, '0')}`;
    const doc = judgmentOf(rng, {
      id,
      kind: 'judgment',
      court: COURTS[courtId] as CourtRef,
      decidedOn,
      effective: rng.bernoulli(EFFECTIVE_SHARE),
      questionIndex,
      keyFacts: rng.bernoulli(0.5) ? 1 : 0,
      ...(base ? { parties: base.parties, subject: base.subject } : {}),
    });
    const { cause, question } = QUESTIONS[questionIndex] as (typeof QUESTIONS)[number];
    const facts = question.keyFacts[doc.hidden.keyFacts];
    const keywords = `${cause.name} ${question.wordings[rng.int(0, question.wordings.length - 1)]} ${facts[rng.int(0, 1)]}`;
    out.push({
      doc,
      record: { id, stage: 'first-instance', partyIds: doc.parties.map((p) => p.id), subject: doc.subject },
      keywords,
      ...(related === undefined ? {} : { relatedTo: related }),
      u: { art2: rng.real(), vol: rng.real(), follow: rng.real(), tend: rng.real() },
    });
  }
  return out;
}

/**
 * Builds the corpus, the year's cases, the index, and runs each case's two searches on the day it
 * is decided, both within the case's 案由: keyword only over the whole database (the old way) and
 * the three methods in Art. 4 scope and tier order (the reform).
 */
export function prepare(params: SimilarCaseRetrievalParams, seed: number): Prepared {
  const corpus = syntheticCorpus({ seed, judgments: params.priorJudgments, from: PRIOR_FROM, to: PRIOR_TO });
  const cases = yearCases(params, seed);
  const all = [...corpus, ...cases.map((c) => c.doc)];
  const index = buildCaseIndex(all);
  const docs = new Map(all.map((d) => [d.id, d]));
  const byCause = new Map<string, Judgment[]>();
  for (const d of all) {
    const list = byCause.get(d.causeId);
    if (list) list.push(d);
    else byCause.set(d.causeId, [d]);
  }
  const keyword: SearchRun[] = [];
  const full: SearchRun[] = [];
  const relevant: number[] = [];
  const ideal: Grade[][] = [];
  const guiding: (string | undefined)[] = [];
  for (const c of cases) {
    const asOf = c.doc.decidedOn;
    const court = c.doc.court;
    const inForce = (d: Judgment) => d.effective && d.effectiveOn <= asOf;
    const scoped = (byCause.get(c.doc.causeId) ?? []).filter((d) => inForce(d) && tierOf(d, court) !== null);
    const grades = scoped.map((d) => gradeOf(c.doc, d)).filter((g) => g > 0);
    relevant.push(grades.filter((g) => g >= 2).length);
    ideal.push(grades);
    guiding.push(
      (byCause.get(c.doc.causeId) ?? []).find(
        (d) => d.kind === 'guiding-case' && inForce(d) && d.hidden.questionId === c.doc.hidden.questionId,
      )?.id,
    );
    const run = (tiers: boolean): SearchRun => {
      const hits = searchSimilarCases(
        index,
        // Both ways the judge searches within the case's 案由 (its partition of the index).
        tiers
          ? { court, causeId: c.doc.causeId, keywords: c.keywords, articles: c.doc.articles, method: 'all' }
          : { court, causeId: c.doc.causeId, keywords: c.keywords, method: 'keyword', tiers: false },
        { k: HITS_READ, asOf },
      );
      const ids = hits.map((h) => h.id);
      const hitDocs = ids.map((id) => docs.get(id) as Judgment);
      const similar = hits.filter((_, i) => gradeOf(c.doc, hitDocs[i] as Judgment) >= 2);
      return {
        ids,
        grades: hits.map((h, i) => (h.tier === null ? 0 : gradeOf(c.doc, hitDocs[i] as Judgment))),
        similar: similar.map((h) => h.id),
        similarTiers: similar.map((h) => h.tier),
      };
    };
    keyword.push(run(false));
    full.push(run(true));
  }
  return { corpus, cases, docs, keyword, full, relevant, ideal, guiding, indexSize: index.size };
}
