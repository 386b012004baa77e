// The batch path: taxpayer-months per second and peak heap for a streamed population (default
// 100,000 taxpayers × 12 months; BENCH_TAXPAYERS overrides), against the cost of generating the
// same population alone (the baseline of the ratio), and the projection for 8 million taxpayers.
import { defaultParams, RandomStream } from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';
import { generatePopulation, PARAMS, runBatch } from '../src/index';

const N = Number(process.env.BENCH_TAXPAYERS ?? 100_000);
const params = { ...defaultParams(PARAMS), population: N };
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const figures: Record<string, number> = {};

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1_048_576;
}

describe(`batch of ${N} taxpayers × 12 months`, () => {
  bench(
    'baseline: generate the population only (streamed)',
    () => {
      const t0 = performance.now();
      let n = 0;
      for (const t of generatePopulation(
        {
          size: N,
          overpaymentRate: params.overpaymentRate,
          arrearsShare: params.arrearsShare,
          bankOnFileShare: params.bankOnFileShare,
        },
        RandomStream.fromSeed(1).substream('population'),
      ))
        n += t.events.length;
      figures.generateSeconds = (performance.now() - t0) / 1000;
      figures.events = n;
    },
    once,
  );
  bench(
    'full batch: build accounts, detect, baseline + reform, accumulate (streamed)',
    () => {
      const start = heapMb();
      let peak = start;
      const t0 = performance.now();
      runBatch(params, 1, () => {
        peak = Math.max(peak, heapMb());
      });
      figures.batchSeconds = (performance.now() - t0) / 1000;
      figures.heapStartMb = start;
      figures.heapPeakMb = peak;
    },
    once,
  );
});

afterAll(() => {
  const months = N * 12;
  const rate = months / (figures.batchSeconds ?? Number.NaN);
  const projected = (8_000_000 * 12) / rate;
  console.log(
    [
      `taxpayers ${N}, taxpayer-months ${months}, events ${figures.events}`,
      `generate only: ${figures.generateSeconds?.toFixed(1)} s`,
      `full batch: ${figures.batchSeconds?.toFixed(1)} s = ${rate.toFixed(0)} taxpayer-months/s`,
      `ratio full batch / generation: ${((figures.batchSeconds ?? 0) / (figures.generateSeconds ?? 1)).toFixed(2)}×`,
      `heap at start ${figures.heapStartMb?.toFixed(0)} MB, peak during the run ${figures.heapPeakMb?.toFixed(0)} MB`,
      `projected for 8,000,000 taxpayers × 12 months: ${(projected / 60).toFixed(0)} min (${(projected / 3600).toFixed(1)} h) on one core, bounded memory`,
    ].join('\n'),
  );
});
