// Query latency percentiles on the built dist (run `pnpm --filter @gd-ftz/similar-case-retrieval
// build` first): `node bench/query-latency.mjs` (SCR_BENCH_JUDGMENTS, default 20,000; SCR_BENCH_QUERIES,
// default 200; SCR_BENCH_DETAIL, the corpus's `detail`: standard, ≈147 indexed characters per
// judgment, by default, or long, ≈306). vitest bench prints no p95, so each query's wall and CPU time (process.cpuUsage: less
// sensitive to the shared machine's load) is recorded here, the scan (same-run baseline, as in
// retrieval.bench.ts), the keyword search and the three-method search taking turns query by query.
// Each query names its case's 案由 (causeId), so the search reads that 案由's partition only; the
// baseline scan scans the same candidates (the 案由's judgments), and the whole-database scan is
// printed beside it. Also prints the index build (CPU, wall, heap).
import { civilDate } from '@gd-ftz/core';
import {
  bigramTokens,
  buildCaseIndex,
  COURTS,
  searchSimilarCases,
  syntheticCorpus,
} from '@gd-ftz/similar-case-retrieval';

const N = Number(process.env.SCR_BENCH_JUDGMENTS ?? 20_000);
const Q = Number(process.env.SCR_BENCH_QUERIES ?? 200);
const detail = process.env.SCR_BENCH_DETAIL ?? 'standard';
const asOf = civilDate('2024-06-28');
const corpus = syntheticCorpus({
  seed: 1,
  judgments: N,
  from: civilDate('2019-01-01'),
  to: civilDate('2023-12-31'),
  detail,
});
// The characters the index tokenizes per judgment (案由, 基本案情, 争议焦点, 裁判理由).
const indexedChars =
  corpus.reduce((n, d) => n + d.cause.length + d.facts.length + d.issue.length + d.reasoning.length, 0) /
  corpus.length;
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const b0 = process.cpuUsage();
const w0 = performance.now();
const index = buildCaseIndex(corpus);
const buildWall = performance.now() - w0;
const buildCpu = process.cpuUsage(b0);
global.gc?.();
const buildHeap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
const year = syntheticCorpus({ seed: 2, judgments: 400, from: civilDate('2024-01-02'), to: asOf }).filter(
  (d) => d.kind === 'judgment' && d.court.level === 'basic' && d.court.province === 'GD',
);
const keywordsOf = (d) => `${d.cause} ${d.issue.replace('本案争议焦点为', '')}`;
const sets = corpus.map((d) => new Set(bigramTokens(`${d.cause} ${d.facts} ${d.issue} ${d.reasoning}`)));
// The judgments of each 案由 (their positions in the corpus), built once as the sets are.
const byCause = new Map();
corpus.forEach((d, i) => {
  if (!byCause.has(d.causeId)) byCause.set(d.causeId, []);
  byCause.get(d.causeId).push(i);
});
const everyone = corpus.map((_, i) => i);
function scan(keywords, on, candidates) {
  const q = [...new Set(bigramTokens(keywords))];
  const scored = [];
  candidates.forEach((i) => {
    const d = corpus[i];
    if (!d.effective || d.effectiveOn > on) return;
    let s = 0;
    for (const t of q) if (sets[i].has(t)) s++;
    if (s > 0) scored.push([s, i]);
  });
  scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return scored.slice(0, 50).map(([, i]) => corpus[i].id);
}
const court = COURTS['gz-ns'];
const subjects = {
  scan: (c) => scan(keywordsOf(c), asOf, byCause.get(c.causeId) ?? []),
  scanAll: (c) => scan(keywordsOf(c), asOf, everyone),
  keyword: (c) =>
    searchSimilarCases(
      index,
      { court, causeId: c.causeId, keywords: keywordsOf(c), method: 'keyword' },
      { k: 50, asOf },
    ),
  all: (c) =>
    searchSimilarCases(
      index,
      { court, causeId: c.causeId, keywords: keywordsOf(c), articles: c.articles },
      { k: 50, asOf },
    ),
};
const times = Object.fromEntries(Object.keys(subjects).map((k) => [k, { wall: [], cpu: [] }]));
for (let i = 0; i < Q + 10; i++) {
  const c = year[i % year.length];
  for (const [name, f] of Object.entries(subjects)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f(c);
    const wall = performance.now() - t0;
    const cu = process.cpuUsage(c0);
    if (i < 10) continue; // warm-up
    times[name].wall.push(wall);
    times[name].cpu.push((cu.user + cu.system) / 1000);
  }
}
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const [load] = (await import('node:os')).loadavg();
console.log(
  `index: ${index.size} documents (detail ${detail}, ${indexedChars.toFixed(1)} indexed characters each), built in ${(buildCpu.user + buildCpu.system) / 1e6} s CPU, ${(buildWall / 1000).toFixed(1)} s wall, heap +${buildHeap.toFixed(0)} MB${global.gc ? '' : ' (run with --expose-gc for a settled figure)'}`,
);
console.log(`${N} judgments, ${Q} queries each, load ${load.toFixed(1)}; ms per query`);
for (const [name, { wall, cpu }] of Object.entries(times)) {
  const f = (xs) =>
    `mean ${mean(xs).toFixed(1)} p50 ${pct(xs, 50).toFixed(1)} p95 ${pct(xs, 95).toFixed(1)} p99 ${pct(xs, 99).toFixed(1)}`;
  console.log(`${name.padEnd(8)} cpu: ${f(cpu)} | wall: ${f(wall)}`);
}
const ratio = (a, b, p) => (pct(times[a].cpu, p) / pct(times[b].cpu, p)).toFixed(2);
console.log(
  `scan / keyword (cpu): p50 ${ratio('scan', 'keyword', 50)}x, p95 ${ratio('scan', 'keyword', 95)}x`,
);
console.log(`scan / all (cpu): p50 ${ratio('scan', 'all', 50)}x, p95 ${ratio('scan', 'all', 95)}x`);
console.log(
  `whole-database scan / keyword (cpu): p50 ${ratio('scanAll', 'keyword', 50)}x, p95 ${ratio('scanAll', 'keyword', 95)}x`,
);
const hours = (name) => ((mean(times[name].cpu) * 100_000) / 3.6e6).toFixed(2);
console.log(
  `province year, 100,000 searches, one core (cpu mean): keyword ${hours('keyword')} h, all three ${hours('all')} h`,
);
