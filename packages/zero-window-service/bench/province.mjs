// The province year, measured: CPU time (process.cpuUsage) and live heap after GC of
// `provinceYear` against a same-run baseline, the same number of arrivals (both variants: 2 per
// request) through one bare core M/M/c resource, then the heap in a second run of the same size.
// Runs on the build (what users run):
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
  '| requests | districts | bare M/M/c CPU s (2 × requests arrivals) | provinceYear CPU s | ratio | µs per request | live heap MB after GC: before / max of 10 samples during / after |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const n of sizes.length > 0 ? sizes : [1_000_000]) {
  let t = process.cpuUsage();
  bareMmc(2 * n);
  const bare = cpuSeconds(t);
  // The CPU pass: nothing forced (a forced full GC costs the run itself more than its own time).
  t = process.cpuUsage();
  const r = provinceYear({ requests: n }, { seed: 42 });
  const engine = cpuSeconds(t);
  // The heap pass: the same run again, the live heap after a forced GC at every tenth of it.
  const before = liveMb();
  let max = 0;
  let next = 0;
  provinceYear(
    { requests: n },
    {
      seed: 42,
      onProgress: (f) => {
        if (f < next && f < 1) return;
        next += 0.1;
        max = Math.max(max, liveMb());
      },
    },
  );
  const after = liveMb();
  console.log(
    `| ${n.toLocaleString('en')} | ${r.districts.toLocaleString('en')} | ${bare.toFixed(1)} | ${engine.toFixed(1)} | ${(engine / bare).toFixed(2)} | ${((engine / n) * 1e6).toFixed(2)} | ${before.toFixed(1)} / ${max.toFixed(1)} / ${after.toFixed(1)} |`,
  );
  const k = (id) => r.kpis.find((x) => x.id === id);
  console.error(
    `  hall trips ${k('hall-trips')?.baseline} → ${k('hall-trips')?.reform}; advisory share ${k('on-site-advisory-share')?.baseline} → ${k('on-site-advisory-share')?.reform}`,
  );
}
