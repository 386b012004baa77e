// A province's ledger for one year: 1,500,000 units (an assumption: the order of magnitude of
// Guangdong's registered special equipment; BENCH_UNITS overrides), baseline and reform, on the
// event heap against the day-stepped scan of every unit and hazard, measured in the same run on
// the same population. Both give the same counts (test/simulation.test.ts). The same pair at
// 100,000 units shows how time and memory per unit scale. The year's working memory is kept with
// the population and reused by every run on it (src/scratch.ts), so the first run on a population
// also pages that memory in: it is timed apart (a cold event-driven pair), and the two schedulers
// are compared on the runs after it, both with the memory in place. Each run is timed in CPU time
// of the process (process.cpuUsage: user + system, what the run itself costs on a loaded machine)
// and in wall time; the ratios are given for both. Imports the built output:
// `npx turbo run build --filter=@gd-ftz/special-equipment-ledger` first, then
// `npx vitest bench --run` in this folder.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultParams } from '@gd-ftz/core';
import { PARAMS, type Population, populationOf, runPair } from '@gd-ftz/special-equipment-ledger';
import { afterAll, beforeAll, bench, describe } from 'vitest';

const N = Number(process.env.BENCH_UNITS ?? 1_500_000);
const SMALL = 100_000;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
// A full collection before reading memory (bench only: the engine never touches Node internals).
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
/**
 * Live JS heap plus typed-array buffers (the population lives in typed arrays), after a full GC,
 * a pause and another: V8 frees dead array buffers concurrently, and the count read at once still
 * holds some (the arrays populationOf drew into before storing them in due-date order).
 */
const liveMb = async () => {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1_048_576;
};

/** Seconds of CPU (user + system) and of wall time. */
interface Time {
  cpu: number;
  wall: number;
}
interface Size {
  population: Time;
  cold: Time;
  heap: Time;
  scan: Time;
  events: number;
  populationMb: number;
}
const zero = (): Time => ({ cpu: 0, wall: 0 });
function timed<T>(body: () => T): [T, Time] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = body();
  const c = process.cpuUsage(c0);
  return [r, { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 }];
}
const sizes: Record<number, Size> = {};

function run(units: number, scheduler: 'heap' | 'scan', pop: Population, cold = false): void {
  const params = { ...defaultParams(PARAMS), units };
  const [pair, t] = timed(() => runPair(pop, params, scheduler));
  const size = sizes[units] as Size;
  if (cold) size.cold = t;
  else if (scheduler === 'heap') {
    size.heap = t;
    size.events = pair.baseline.events + pair.reform.events;
  } else size.scan = t;
}

const pops: Record<number, Population | undefined> = {};
async function generate(units: number): Promise<void> {
  const before = await liveMb();
  const [pop, population] = timed(() => populationOf({ ...defaultParams(PARAMS), units }, 1));
  sizes[units] = {
    population,
    cold: zero(),
    heap: zero(),
    scan: zero(),
    events: 0,
    populationMb: (await liveMb()) - before,
  };
  pops[units] = pop;
}

// Both schedulers' code compiled before anything is timed (otherwise the first, smaller size
// measures the JIT more than the year): a few pairs at 20,000 units, not timed.
beforeAll(() => {
  const units = 20_000;
  const params = { ...defaultParams(PARAMS), units };
  const pop = populationOf(params, 2);
  for (let i = 0; i < 3; i++) {
    runPair(pop, params, 'heap');
    runPair(pop, params, 'scan');
  }
});

for (const units of [SMALL, N]) {
  describe(`${units.toLocaleString('en')} units, one year, baseline + reform`, () => {
    bench(
      'population (drawn once, shared by both variants and both schedulers)',
      async () => await generate(units),
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
    const t = (x: Time) => `${x.cpu.toFixed(2)} s CPU (${x.wall.toFixed(2)} s wall)`;
    const ratio = (a: Time, b: Time) =>
      `${(a.cpu / b.cpu).toFixed(1)}× CPU, ${(a.wall / b.wall).toFixed(1)}× wall`;
    const us = (x: Time) => ((x.cpu * 1e6) / units).toFixed(2);
    lines.push(
      `${units.toLocaleString('en')} units: population ${t(s.population)}, ${s.populationMb.toFixed(0)} MB (${((s.populationMb * 1_048_576) / units).toFixed(0)} B/unit); ` +
        `event heap first pair ${t(s.cold)}; event heap ${t(s.heap)} (${us(s.heap)} µs CPU/unit, ${s.events.toLocaleString('en')} events); ` +
        `day scan ${t(s.scan)} (${us(s.scan)} µs CPU/unit); scan/heap ${ratio(s.scan, s.heap)}; scan/first pair ${ratio(s.scan, s.cold)}`,
    );
  }
  console.log(lines.join('\n'));
});
