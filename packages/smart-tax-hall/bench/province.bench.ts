// The scale target: 100 hall-years (≈ 12 M visits, an assumed province) on one core, as
// 10 replications of 10 hall-years each (every hall-year its own seed, `replicationSeed(42, k)`),
// each KPI's replication value the mean over its 10 halls, with the 95% Student-t interval over
// the 10 replications; live heap after a forced GC at 1, 10 and 100 hall-years (flat: the run keeps
// only tallies, `keepRecords: false`). Same-run baseline: each hall-year's number of arrivals
// through one bare M/M/3 resource of core's kernel (λ = 50/h, μ = 20/h). CPU time from
// process.cpuUsage. The hall-year runner is internal (not exported), so this bench imports the
// source; core resolves to its build. `HALL_YEARS=10 pnpm bench` runs a tenth of it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createResource,
  createSimulation,
  defaultParams,
  RandomStream,
  replicationSeed,
  summarize,
} from '@gd-ftz/core';
import { afterAll, bench, describe } from 'vitest';
import { PARAMS } from '../src/params';
import { kpiValues } from '../src/report';
import { runBatch } from '../src/simulate';

const HALL_YEARS = Number(process.env.HALL_YEARS ?? 100);
const PER_REPLICATION = HALL_YEARS / 10;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** `n` Poisson arrivals (λ = 50/h) through 3 FIFO windows with exponential service (μ = 20/h). */
function bareMmc(n: number, seed: number): number {
  const sim = createSimulation();
  const windows = createResource(sim, { capacity: 3, name: 'windows' });
  const rng = RandomStream.fromSeed(seed);
  let t = 0;
  let served = 0;
  for (let i = 0; i < n; i++) {
    t += rng.exponential(50 / 60);
    const s = rng.exponential(20 / 60);
    sim.scheduleAt(t, () => windows.serve(s, () => served++));
  }
  sim.run();
  return served;
}

const out = { hallCpu: 0, bareCpu: 0, visits: 0, heap: [] as string[], firstYearCpu: 0 };
const byKpi = new Map<string, { baseline: number[]; reform: number[] }>();

describe('a province: 100 hall-years', () => {
  bench(
    `${HALL_YEARS} hall-years (10 replications), both variants, KPIs; and the same arrivals through a bare M/M/3`,
    () => {
      // tinybench may call a bench more than once: the province is measured on the first call only.
      if (out.visits > 0) return;
      const p = { ...defaultParams(PARAMS), months: 12 };
      out.heap.push(`start ${liveMb().toFixed(1)} MB`);
      for (let rep = 0; rep < 10; rep++) {
        const sums = new Map<string, { baseline: number; reform: number }>();
        for (let h = 0; h < PER_REPLICATION; h++) {
          const k = rep * PER_REPLICATION + h;
          const seed = replicationSeed(42, k);
          const t0 = cpu();
          const r = runBatch(p, seed, { keepRecords: false });
          const v = kpiValues(r);
          const t1 = cpu();
          bareMmc(r.visitors.length, seed);
          const t2 = cpu();
          out.hallCpu += t1 - t0;
          out.bareCpu += t2 - t1;
          out.visits += r.visitors.length;
          if (k === 0) out.firstYearCpu = t1 - t0;
          for (const id of Object.keys(v.baseline)) {
            const s = sums.get(id) ?? { baseline: 0, reform: 0 };
            s.baseline += Number(v.baseline[id]);
            s.reform += Number(v.reform[id]);
            sums.set(id, s);
          }
          if (k === 0 || k === 9 || k === HALL_YEARS - 1)
            out.heap.push(`after ${k + 1} ${liveMb().toFixed(1)} MB`);
        }
        for (const [id, s] of sums) {
          const x = byKpi.get(id) ?? { baseline: [], reform: [] };
          x.baseline.push(s.baseline / PER_REPLICATION);
          x.reform.push(s.reform / PER_REPLICATION);
          byKpi.set(id, x);
        }
      }
    },
    once,
  );
});

afterAll(() => {
  const ci = (xs: number[]) => {
    const s = summarize(xs);
    return `${s.mean.toFixed(2)} ± ${s.halfWidth95.toFixed(2)}`;
  };
  console.log(
    `${HALL_YEARS} hall-years, ${out.visits} visitors: hall ${out.hallCpu.toFixed(1)} s CPU ` +
      `(${((1000 * out.hallCpu) / HALL_YEARS).toFixed(0)} ms a hall-year; the first, cold: ${(1000 * out.firstYearCpu).toFixed(0)} ms), ` +
      `bare M/M/3 ${out.bareCpu.toFixed(1)} s CPU, ratio ${(out.hallCpu / out.bareCpu).toFixed(1)}×`,
  );
  console.log(`live heap: ${out.heap.join(', ')}`);
  for (const [id, x] of byKpi)
    console.log(`${id}: baseline ${ci(x.baseline)}, reform ${ci(x.reform)} (95% CI, n = 10)`);
});
