// The batch path: taxpayer-months per second and peak heap for a streamed population (default
// 100,000 taxpayers × 12 months; BENCH_TAXPAYERS overrides), against a baseline measured in the same
// run (generating the same population alone), a second run at a tenth of the size to show that
// memory does not grow with the population, and the projection for 8 million taxpayers.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultParams, RandomStream } from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';
import { PARAMS } from '../src/params';
import { generatePopulation } from '../src/population';
import { runBatch } from '../src/simulate';

const N = Number(process.env.BENCH_TAXPAYERS ?? 100_000);
const SMALL = Math.max(100, Math.round(N / 10));
const PROVINCE = 8_000_000;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
// The bench functions are `async` on purpose: tinybench 2 calls a plain function once more per loop
// to find out whether it returns a promise, which would run each 100,000-taxpayer batch three times.
const mb = () => process.memoryUsage().heapUsed / 1_048_576;
// A full collection before reading the live heap, so that garbage not yet collected is not
// mistaken for growth (bench only: the engine itself never touches Node internals).
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return mb();
};

interface Run {
  seconds: number;
  /** Live heap (after a full GC) before the run and at every 10% of it. */
  live: number[];
  /** Highest heapUsed sampled at every 1% (garbage included). */
  heapPeakMb: number;
}
const runs: Record<string, Run> = {};
let generateSeconds = Number.NaN;

/** Runs the full batch for `size` taxpayers, sampling the heap at every 1% of progress. */
function measureBatch(size: number): Run {
  const live = [liveMb()];
  let heapPeakMb = live[0] as number;
  let ticks = 0;
  let gcMs = 0;
  const t0 = performance.now();
  runBatch({ ...defaultParams(PARAMS), population: size }, 1, (fraction) => {
    heapPeakMb = Math.max(heapPeakMb, mb());
    if (++ticks % 10 === 0 || fraction === 1) {
      const g = performance.now();
      live.push(liveMb());
      gcMs += performance.now() - g;
    }
  });
  return { seconds: (performance.now() - t0 - gcMs) / 1000, live, heapPeakMb };
}

describe(`batch of ${N} taxpayers × 12 months`, () => {
  bench(
    'baseline: generate the population only (streamed)',
    async () => {
      const p = defaultParams(PARAMS);
      const t0 = performance.now();
      let events = 0;
      for (const t of generatePopulation(
        {
          size: N,
          overpaymentRate: p.overpaymentRate,
          arrearsShare: p.arrearsShare,
          bankOnFileShare: p.bankOnFileShare,
        },
        RandomStream.fromSeed(1).substream('population'),
      ))
        events += t.events.length;
      generateSeconds = (performance.now() - t0) / 1000;
      if (events === 0) throw new Error('empty population');
    },
    once,
  );
  bench(
    `full batch, ${SMALL} taxpayers (memory reference)`,
    async () => {
      runs.small = measureBatch(SMALL);
    },
    once,
  );
  bench(
    `full batch, ${N} taxpayers`,
    async () => {
      runs.full = measureBatch(N);
    },
    once,
  );
});

afterAll(() => {
  const { small, full } = runs;
  if (!small || !full) return;
  const rate = (N * 12) / full.seconds;
  const projected = (PROVINCE * 12) / rate;
  const liveMax = (r: Run) => Math.max(...r.live);
  const fmt = (r: Run) => r.live.map((x) => x.toFixed(0)).join(' → ');
  console.log(
    [
      `taxpayer-months: ${N * 12} (${N} taxpayers × 12)`,
      `baseline, generation only: ${generateSeconds.toFixed(1)} s = ${((N * 12) / generateSeconds).toFixed(0)} taxpayer-months/s`,
      `full batch: ${full.seconds.toFixed(1)} s = ${rate.toFixed(0)} taxpayer-months/s (${(full.seconds / generateSeconds).toFixed(1)}× the generation baseline)`,
      `live heap after GC, start and every 10%: ${SMALL} taxpayers ${fmt(small)} MB; ${N} taxpayers ${fmt(full)} MB`,
      `live heap max, ${N} vs ${SMALL} taxpayers (10× the population): ${liveMax(full).toFixed(0)} / ${liveMax(small).toFixed(0)} MB = ${(liveMax(full) / liveMax(small)).toFixed(2)}×`,
      `peak heapUsed sampled at every 1% (garbage included): ${small.heapPeakMb.toFixed(0)} MB / ${full.heapPeakMb.toFixed(0)} MB`,
      `projected for ${PROVINCE.toLocaleString('en')} taxpayers × 12 months: ${(projected / 60).toFixed(0)} min (${(projected / 3600).toFixed(1)} h) on one core, streamed in the same bounded heap`,
    ].join('\n'),
  );
});
