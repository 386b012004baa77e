// Search at scale, imported by name (vitest bench resolves it to the built dist/: run
// `pnpm --filter @gd-ftz/similar-case-retrieval build` first). Every query names its 案由. Same-run
// baseline: a brute-force scan over the same judgments of that 案由, pre-tokenized into the same bigrams, scoring each by the query tokens it
// holds, in force on the day, top 50. Prints the index build time and heap, and the ranking quality
// (precision@10, recall@10, nDCG@10) by method. Ratios, never timed assertions.
// SCR_BENCH_JUDGMENTS sets the database size (default 20,000; 100,000 for the issue's target);
// SCR_BENCH_DETAIL=long the corpus's `detail` (≈306 indexed characters per judgment instead of ≈147).
import { type CivilDate, civilDate } from '@gd-ftz/core';
import {
  bigramTokens,
  buildCaseIndex,
  type CaseIndex,
  COURTS,
  type CourtRef,
  type Grade,
  type Judgment,
  ndcgAtK,
  precedentTier,
  precisionAtK,
  recallAtK,
  type SearchMethod,
  searchSimilarCases,
  syntheticCorpus,
} from '@gd-ftz/similar-case-retrieval';
import { bench, describe } from 'vitest';

const N = Number(process.env.SCR_BENCH_JUDGMENTS ?? 20_000);
const asOf = civilDate('2024-06-28');
const corpus = syntheticCorpus({
  seed: 1,
  judgments: N,
  from: civilDate('2019-01-01'),
  to: civilDate('2023-12-31'),
  detail: (process.env.SCR_BENCH_DETAIL ?? 'standard') as 'standard' | 'long',
});
const chars = corpus.reduce(
  (n, d) => n + d.cause.length + d.facts.length + d.issue.length + d.reasoning.length,
  0,
);
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const index = buildCaseIndex(corpus);
const buildMs = performance.now() - t0;
const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
console.log(
  `index: ${index.size} judgments (${Math.round(chars / corpus.length)} indexed characters each), built in ${buildMs.toFixed(0)} ms, heap +${heapMb.toFixed(0)} MB`,
);

// The queries: the cases a Guangdong basic court decides in 2024, typed as 案由 + 争议焦点 (≤ 8 words).
const year = syntheticCorpus({
  seed: 2,
  judgments: 400,
  from: civilDate('2024-01-02'),
  to: civilDate('2024-06-28'),
}).filter((d) => d.kind === 'judgment' && d.court.level === 'basic' && d.court.province === 'GD');
const keywordsOf = (d: Judgment) => `${d.cause} ${d.issue.replace('本案争议焦点为', '')}`;

// The brute-force scan: every judgment's bigrams as a set, built once; it scans the judgments of the
// query's 案由, the candidates the partitioned index searches (a judge searches within the 案由).
const sets = corpus.map((d) => new Set(bigramTokens(`${d.cause} ${d.facts} ${d.issue} ${d.reasoning}`)));
const ofCause = new Map<string, number[]>();
corpus.forEach((d, i) => {
  const list = ofCause.get(d.causeId);
  if (list) list.push(i);
  else ofCause.set(d.causeId, [i]);
});
function scan(keywords: string, on: CivilDate, causeId: string): string[] {
  const q = [...new Set(bigramTokens(keywords))];
  const scored: [number, number][] = [];
  for (const i of ofCause.get(causeId) ?? []) {
    const d = corpus[i] as Judgment;
    if (!d.effective || d.effectiveOn > on) continue;
    let s = 0;
    for (const t of q) if ((sets[i] as Set<string>).has(t)) s++;
    if (s > 0) scored.push([s, i]);
  }
  scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return scored.slice(0, 50).map(([, i]) => (corpus[i] as Judgment).id);
}

// Ranking quality by method (relevant = same legal question, effective, in the Art. 4 scope).
const byId = new Map(corpus.map((d) => [d.id, d]));
const grade = (c: Judgment, d: Judgment): Grade =>
  c.hidden.questionId === d.hidden.questionId
    ? c.hidden.keyFacts === d.hidden.keyFacts
      ? 3
      : 2
    : c.causeId === d.causeId
      ? 1
      : 0;
// The quality table scans the database per query and method: skipped beyond 20,000 judgments. It is
// computed for both tokenizers: the default bigrams and Intl.Segmenter words (an index of its own,
// built only for this table; its word breaks depend on the ICU version printed).
// `byCause`: the query names its 案由 (`causeId`) and reads only that partition; without it every
// partition is searched and merged by score.
function qualityRows(index: CaseIndex, tokenizer: 'bigram' | 'segmenter', byCause: boolean): string[] {
  const rows: string[] = [];
  for (const [method, tiers] of N > 20_000
    ? []
    : ([
        ['keyword', false],
        ['keyword', true],
        ['statute', true],
        ['case-linked', true],
        ['all', false],
        ['all', true],
      ] as [SearchMethod, boolean][])) {
    const p: number[] = [];
    const anyCourt: number[] = [];
    const r: number[] = [];
    const n: number[] = [];
    for (const c of year.slice(0, 100)) {
      const court = c.court as CourtRef;
      const scoped = corpus.filter(
        (d) => d.effective && d.effectiveOn <= c.decidedOn && precedentTier(d, court) !== null,
      );
      const ideal = scoped.map((d) => grade(c, d)).filter((g) => g > 0);
      const relevant = ideal.filter((g) => g >= 2).length;
      const hits = searchSimilarCases(
        index,
        {
          court,
          keywords: keywordsOf(c),
          articles: c.articles,
          method,
          tiers,
          ...(byCause ? { causeId: c.causeId } : {}),
        },
        { k: 10, asOf: c.decidedOn },
      );
      const grades = hits.map((h) =>
        precedentTier(byId.get(h.id) as Judgment, court) === null ? 0 : grade(c, byId.get(h.id) as Judgment),
      );
      p.push(precisionAtK(grades, 10));
      anyCourt.push(
        precisionAtK(
          hits.map((h) => grade(c, byId.get(h.id) as Judgment)),
          10,
        ),
      );
      if (relevant > 0) {
        r.push(recallAtK(grades, 10, relevant));
        n.push(ndcgAtK(grades, 10, { ideal }));
      }
    }
    const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(3);
    rows.push(
      `| ${method} | ${tokenizer} | ${byCause ? 'its 案由' : 'every 案由'} | ${tiers ? 'Art. 4 scope, tiers' : 'whole database'} | ${mean(p)} | ${mean(r)} | ${mean(n)} | ${mean(anyCourt)} |`,
    );
  }
  return rows;
}
if (N <= 20_000) {
  const segmented = buildCaseIndex(corpus, { tokenizer: 'segmenter' });
  const rows = [true, false].flatMap((byCause) => [
    ...qualityRows(index, 'bigram', byCause),
    ...qualityRows(segmented, 'segmenter', byCause),
  ]);
  console.log(
    `ranking quality, ${N} judgments, 100 queries, ICU ${process.versions.icu}:\n${rows.join('\n')}`,
  );
}

let i = 0;
const next = () => year[i++ % year.length] as Judgment;
const options = { time: 3000, warmupIterations: 5 };

describe(`keyword query on ${N} judgments, top 50 re-ranked: MiniSearch vs scan (baseline)`, () => {
  bench(
    'scan (baseline)',
    () => {
      const c = next();
      scan(keywordsOf(c), asOf, c.causeId);
    },
    options,
  );
  bench(
    'searchSimilarCases keyword, Art. 4 re-rank',
    () => {
      const c = next();
      searchSimilarCases(
        index,
        {
          court: COURTS['gz-ns'] as CourtRef,
          causeId: c.causeId,
          keywords: keywordsOf(c),
          method: 'keyword',
        },
        { k: 50, asOf },
      );
    },
    options,
  );
  bench(
    'searchSimilarCases all three methods, Art. 4 re-rank',
    () => {
      const c = next();
      searchSimilarCases(
        index,
        {
          court: COURTS['gz-ns'] as CourtRef,
          causeId: c.causeId,
          keywords: keywordsOf(c),
          articles: c.articles,
        },
        { k: 50, asOf },
      );
    },
    options,
  );
});
