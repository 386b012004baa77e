// A province's ledger for one year: 1,500,000 units (an assumption: the order of magnitude of
// Guangdong's registered special equipment; BENCH_UNITS overrides), baseline and reform, on the
// event heap against the day-stepped scan of every unit and hazard, measured in the same run on
// the same population. Both give the same counts (test/simulation.test.ts). The same pair at
// 100,000 units shows how time and memory per unit scale. The year's working memory is kept with
// the population and reused by every run on it (src/scratch.ts), so the first run on a population
// also pages that memory in: it is timed apart (a cold event-driven pair), and the two schedulers
// are compared on the runs after it, both with the memory in place. Imports the built output:
// `npx turbo run build --filter=@gd-ftz/special-equipment-ledger` first, then
// `npx vitest bench --run` in this folder.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultParams } from '@gd-ftz/core';
import { PARAMS, type Population, populationOf, runPair } from '@gd-ftz/special-equipment-ledger';
import { afterAll, bench, describe } from 'vitest';

const N = Number(process.env.BENCH_UNITS ?? 1_500_000);
const SMALL = 100_000;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
// A full collection before reading memory (bench only: the engine never touches Node internals).
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
/** Live JS heap plus typed-array buffers (the population lives in typed arrays), after a full GC. */
const liveMb = () => {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1_048_576;
};

interface Size {
  populationS: number;
  coldS: number;
  heapS: number;
  scanS: number;
  events: number;
  populationMb: number;
}
const sizes: Record<number, Size> = {};

function run(units: number, scheduler: 'heap' | 'scan', pop: Population, cold = false): number {
  const params = { ...defaultParams(PARAMS), units };
  const t0 = performance.now();
  const pair = runPair(pop, params, scheduler);
  const s = (performance.now() - t0) / 1000;
  const size = sizes[units] as Size;
  if (cold) size.coldS = s;
  else if (scheduler === 'heap') {
    size.heapS = s;
    size.events = pair.baseline.events + pair.reform.events;
  } else size.scanS = s;
  return s;
}

const pops: Record<number, Population | undefined> = {};
function generate(units: number): void {
  const before = liveMb();
  const t0 = performance.now();
  const pop = populationOf({ ...defaultParams(PARAMS), units }, 1);
  const populationS = (performance.now() - t0) / 1000;
  sizes[units] = { populationS, coldS: 0, heapS: 0, scanS: 0, events: 0, populationMb: liveMb() - before };
  pops[units] = pop;
}

for (const units of [SMALL, N]) {
  describe(`${units.toLocaleString('en')} units, one year, baseline + reform`, () => {
    bench(
      'population (drawn once, shared by both variants and both schedulers)',
      async () => generate(units),
      once,
    );
    bench(
      'event heap, first pair on the population (pages in the working memory)',
      async () => void run(units, 'heap', pops[units] as Population, true),
      once,
    );
    bench(
      'event heap (due-date driven)',
      async () => void run(units, 'heap', pops[units] as Population),
      once,
    );
    bench(
      'day-stepped scan of every unit and hazard (same-run baseline)',
      async () => {
        run(units, 'scan', pops[units] as Population);
        pops[units] = undefined;
      },
      once,
    );
  });
}

afterAll(() => {
  const lines: string[] = [];
  for (const units of [SMALL, N]) {
    const s = sizes[units];
    if (!s) continue;
    const us = (x: number) => ((x * 1e6) / units).toFixed(2);
    lines.push(
      `${units.toLocaleString('en')} units: population ${s.populationS.toFixed(1)} s, ${s.populationMb.toFixed(0)} MB (${((s.populationMb * 1_048_576) / units).toFixed(0)} B/unit); ` +
        `event heap first pair ${s.coldS.toFixed(2)} s; event heap ${s.heapS.toFixed(2)} s (${us(s.heapS)} µs/unit, ${s.events.toLocaleString('en')} events); ` +
        `day scan ${s.scanS.toFixed(2)} s (${us(s.scanS)} µs/unit); scan/heap ${(s.scanS / s.heapS).toFixed(1)}× (scan/first pair ${(s.scanS / s.coldS).toFixed(1)}×)`,
    );
  }
  console.log(lines.join('\n'));
});
