// The lean scorer (src/score.ts) against the code path it replaces, MiniSearch#search: the same ids,
// the same scores bit for bit and the same order, on small random indexes (few tokens, so ties and
// repeated terms are frequent) and on whole searches of the synthetic corpus.
import { civilDate, fromEpochDay, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../src/corpus';
import { DECIDING_COURTS } from '../src/courts';
import {
  buildCaseIndex,
  type CaseQuery,
  COURTS,
  type CourtRef,
  searchSimilarCases,
  syntheticCorpus,
} from '../src/index';
import { leanScorer } from '../src/score';
import { useLeanScoring } from '../src/search';
import { corpusOptions } from './fixtures';

const VOCABULARY = ['违约', '约金', '过高', '调减', 'cc585', 'cc577', '借款', '利率', '本院'];
interface Doc {
  id: string;
  text: string;
  articles: string;
}
/** Options as the case index sets them: two fields, text already split on spaces, one stop token. */
function miniOf(docs: readonly Doc[]): MiniSearch<Doc> {
  const keep = (t: string) => (t === '本院' ? null : t);
  const split = (text: string) => text.split(' ');
  const mini = new MiniSearch<Doc>({
    fields: ['text', 'articles'],
    storeFields: [],
    tokenize: split,
    processTerm: keep,
    searchOptions: { tokenize: split, processTerm: keep },
  });
  mini.addAll(docs);
  return mini;
}
const tokensArb = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 8 }).map((ts) => ts.join(' '));
const docsArb = fc
  .array(fc.record({ text: tokensArb, articles: tokensArb }), { minLength: 1, maxLength: 40 })
  .map((ds) => ds.map((d, i) => ({ id: `d${i}`, ...d })));
const fieldsArb = fc.constantFrom<string[]>(
  ['text'],
  ['articles'],
  ['text', 'articles'],
  ['articles', 'text'],
);
const termsArb = fc.array(fc.constantFrom(...VOCABULARY.filter((t) => t !== '本院'), 'absent'), {
  minLength: 1,
  maxLength: 6,
});
const boostArb = fc.dictionary(fc.constantFrom(...VOCABULARY), fc.double({ min: 0.1, max: 3, noNaN: true }));

describe('leanScorer: MiniSearch#search, answer for answer', () => {
  it('gives the same ids, scores (bit for bit) and order, ties and repeated terms included', () => {
    fc.assert(
      fc.property(docsArb, termsArb, fieldsArb, boostArb, (docs, terms, fields, boosts) => {
        const mini = miniOf(docs);
        const score = leanScorer(mini);
        expect(score).toBeDefined();
        const boost = (t: string) => boosts[t] ?? 1;
        const expected = mini.search(terms.join(' '), { fields, boostTerm: boost });
        const got = score?.(terms, fields, boost);
        expect(got?.ids).toEqual(expected.map((r) => r.id));
        // toEqual on numbers would accept a last-bit difference in no case, but say it plainly.
        expect([...(got?.scores ?? [])].map((s) => s.toString())).toEqual(
          expected.map((r) => r.score.toString()),
        );
        // Asked again (work arrays reused): the same answer.
        expect(score?.(terms, fields, boost)).toEqual(got);
      }),
      { numRuns: 300 },
    );
  });
  it('declines (undefined) what it cannot reproduce: removed documents, another layout, fuzzy search', () => {
    const docs = [
      { id: 'a', text: '违约 约金', articles: 'cc585' },
      { id: 'b', text: '借款 利率', articles: 'cc577' },
    ];
    const removed = miniOf(docs);
    removed.discard('a');
    expect(leanScorer(removed)).toBeUndefined();
    expect(leanScorer({})).toBeUndefined();
    const fuzzy = new MiniSearch<Doc>({ fields: ['text'], searchOptions: { fuzzy: 0.2 } });
    fuzzy.addAll(docs);
    expect(leanScorer(fuzzy)).toBeUndefined();
    expect(leanScorer(miniOf(docs))).toBeDefined();
  });
});

describe('searchSimilarCases: the lean scorer against MiniSearch#search (the code path before it)', () => {
  const corpus = syntheticCorpus(corpusOptions(11, 300));
  const lean = buildCaseIndex(corpus);
  const old = buildCaseIndex(corpus);
  it('serves every partition of the index with the lean scorer (MiniSearch 7.2 recognised)', () => {
    expect(useLeanScoring(lean, true)).toBe(true);
  });
  useLeanScoring(old, false);
  const queryArb = fc.record({
    q: fc.integer({ min: 0, max: QUESTIONS.length - 1 }),
    w: fc.nat(2),
    court: fc.constantFrom(...DECIDING_COURTS, 'gz-int', 'gd-high', 'spc'),
    day: fc.integer({ min: toEpochDay(civilDate('2020-07-31')), max: toEpochDay(civilDate('2024-12-31')) }),
    tiers: fc.boolean(),
    method: fc.constantFrom('keyword', 'statute', 'case-linked', 'all' as const),
    scoped: fc.boolean(),
    extra: fc.constantFrom('', ' 逾期交货', ' CC585 借款'),
  });
  it('returns the same hits, scores and order for any query, with or without its 案由', () => {
    fc.assert(
      fc.property(queryArb, ({ q, w, court, day, tiers, method, scoped, extra }) => {
        const { cause, question } = QUESTIONS[q] as (typeof QUESTIONS)[number];
        const query: CaseQuery = {
          court: COURTS[court] as CourtRef,
          keywords: `${cause.name} ${question.wordings[w] ?? ''}${extra}`,
          articles: question.articles,
          method,
          tiers,
          ...(scoped ? { causeId: cause.id } : {}),
        };
        const o = { k: 100, asOf: fromEpochDay(day) };
        const show = (ix: typeof lean) =>
          searchSimilarCases(ix, query, o).map((h) => `${h.id}:${h.score}:${h.tier}`);
        expect(show(lean)).toEqual(show(old));
      }),
      { numRuns: 120 },
    );
  });
});
