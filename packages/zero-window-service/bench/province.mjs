// The province year, measured: CPU time (process.cpuUsage) and live heap after GC of
// `provinceYear` against a same-run baseline, the same number of arrivals (both variants: 2 per
// request) through one bare core M/M/c resource. Runs on the build (what users run):
//   pnpm --filter @gd-ftz/zero-window-service... build
//   cd packages/zero-window-service && node --expose-gc bench/province.mjs 1000000 10000000
// Prints one row per size (markdown). Figures, not assertions.
import { createResource, createSimulation, RandomStream } from '@gd-ftz/core';
import { provinceYear } from '@gd-ftz/zero-window-service/province';

const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');

const cpuSeconds = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
};
const liveMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** `arrivals` through one bare M/M/c (c = 3, ρ ≈ 0.83), each arrival scheduling the next. */
function bareMmc(arrivals) {
  const sim = createSimulation();
  const desk = createResource(sim, { capacity: 3, keepWaits: false });
  const rng = RandomStream.fromSeed(42);
  let left = arrivals;
  let done = 0;
  const onDone = () => {
    done++;
  };
  const arrive = () => {
    desk.serve(rng.exponential(1 / 10), onDone);
    if (--left > 0) sim.schedule(rng.exponential(1 / 4), arrive);
  };
  sim.schedule(0, arrive);
  sim.run();
  return done;
}

const sizes = process.argv.slice(2).map(Number);
console.log(
  '| requests | bare M/M/c CPU s (2 × requests arrivals) | provinceYear CPU s | ratio | µs per arrival | live heap MB: start / max during / end |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const n of sizes.length > 0 ? sizes : [1_000_000]) {
  const start = liveMb();
  let t = process.cpuUsage();
  bareMmc(2 * n);
  const bare = cpuSeconds(t);
  let max = 0;
  let next = 0;
  t = process.cpuUsage();
  let gcCpu = 0;
  const r = provinceYear(
    { requests: n },
    {
      seed: 42,
      onProgress: (f) => {
        // Ten heap samples a run; the GC they force is taken out of the engine's CPU time.
        if (f < next && f < 1) return;
        next += 0.1;
        const g = process.cpuUsage();
        max = Math.max(max, liveMb());
        gcCpu += cpuSeconds(g);
      },
    },
  );
  const engine = cpuSeconds(t) - gcCpu;
  const end = liveMb();
  const hallTrips = r.kpis.find((k) => k.id === 'hall-trips');
  console.log(
    `| ${n.toLocaleString('en')} | ${bare.toFixed(1)} | ${engine.toFixed(1)} | ${(engine / bare).toFixed(2)} | ${((engine / (2 * n)) * 1e6).toFixed(2)} | ${start.toFixed(1)} / ${max.toFixed(1)} / ${end.toFixed(1)} |`,
  );
  console.error(`  ${r.districts} districts; hall trips ${hallTrips?.baseline} → ${hallTrips?.reform}`);
}
