// Issuance checks at scale: BENCH_TAXPAYERS (default 100,000) taxpayers × 12 months × a Poisson
// mean of 30 invoices (≈ 36 M checks), each month opened with `openMonth` (定期) and every invoice
// charged to its `creditPool` (the same check as `issue`), against a baseline measured in the same
// run: generating the same invoice stream alone. Taxpayers are streamed (one ledger live at a
// time); a run at a tenth of the size shows whether the live heap grows with the population.
// Projection: a province year of 5,000,000 invoicing taxpayers (assumption). Ratios, never timed
// assertions; import by name (the built dist/: build first).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RandomStream } from '@gd-ftz/core';
import {
  type CreditPool,
  creditPool,
  type MonthLedger,
  openMonth,
  type RiskClass,
} from '@gd-ftz/e-invoice-risk-control';
import { afterAll, bench, describe } from 'vitest';

const N = Number(process.env.BENCH_TAXPAYERS ?? 100_000);
const SMALL = Math.max(1000, Math.round(N / 10));
const PROVINCE = 5_000_000;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
const CLASSES: readonly RiskClass[] = ['II', 'III', 'III', 'III', 'III', 'III', 'III', 'III', 'IV', 'IV'];
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};

interface Run {
  seconds: number;
  invoices: number;
  blocked: number;
  live: number[];
}
const runs: Record<string, Run> = {};

/** `size` taxpayers' invoices; with `check`, every one through the month's credit pool. */
function stream(size: number, check: boolean): Run {
  const rng = RandomStream.fromSeed(1).substream('bench');
  const live = [liveMb()];
  let gcMs = 0;
  let invoices = 0;
  let blocked = 0;
  let sink = 0n;
  const t0 = performance.now();
  for (let i = 0; i < size; i++) {
    const riskClass = CLASSES[i % CLASSES.length] as RiskClass;
    const median = 20_000 * rng.lognormal(0, 1.1);
    let ledger: MonthLedger | null = null;
    for (const month of MONTHS) {
      const n = rng.poisson(30);
      if (check) ledger = openMonth({ riskClass }, ledger, month);
      const pool: CreditPool | null = check && ledger ? creditPool(ledger) : null;
      for (let k = 0; k < n; k++) {
        // The draw is a float; the amount is exact whole fen from here on.
        const fen = BigInt(Math.round(median * rng.lognormal(0, 0.9) * 100)) + 1n;
        if (pool) {
          if (pool.chargeFen(fen) === 'blocked') blocked++;
        } else sink += fen;
      }
      invoices += n;
      if (pool) ledger = pool.ledger();
    }
    if ((i + 1) % Math.max(1, Math.floor(size / 10)) === 0) {
      const g = performance.now();
      live.push(liveMb());
      gcMs += performance.now() - g;
    }
  }
  if (sink < 0n) blocked = -1; // keeps the baseline's sum alive
  return { seconds: (performance.now() - t0 - gcMs) / 1000, invoices, blocked, live };
}

describe(`${N} taxpayers × 12 months × Poisson(30) invoices`, () => {
  bench(
    `baseline: the invoice stream alone, ${N} taxpayers`,
    () => {
      runs.gen = stream(N, false);
    },
    once,
  );
  bench(
    `checks, ${SMALL} taxpayers (memory reference)`,
    () => {
      runs.small = stream(SMALL, true);
    },
    once,
  );
  bench(
    `checks, ${N} taxpayers`,
    () => {
      runs.full = stream(N, true);
    },
    once,
  );
});

afterAll(() => {
  const { gen, small, full } = runs;
  if (!gen || !small || !full) return;
  const checkSeconds = full.seconds - gen.seconds;
  const rate = full.invoices / checkSeconds;
  const fmt = (r: Run) => r.live.map((x) => x.toFixed(0)).join(' → ');
  const max = (r: Run) => Math.max(...r.live);
  const provinceChecks = (PROVINCE / N) * full.invoices;
  console.log(
    [
      `issuance checks: ${full.invoices} (${N} taxpayers × 12 months), blocked ${full.blocked}`,
      `baseline, stream alone: ${gen.seconds.toFixed(1)} s; stream + checks: ${full.seconds.toFixed(1)} s = ${(full.seconds / gen.seconds).toFixed(2)}× the baseline`,
      `checks alone (difference): ${checkSeconds.toFixed(1)} s = ${rate.toFixed(0)} checks/s (openMonth per taxpayer-month included)`,
      `live heap after GC, start and every 10%: ${SMALL} taxpayers ${fmt(small)} MB; ${N} taxpayers ${fmt(full)} MB`,
      `live heap max, ${N} vs ${SMALL}: ${max(full).toFixed(0)} / ${max(small).toFixed(0)} MB = ${(max(full) / max(small)).toFixed(2)}×`,
      `projected province year, ${PROVINCE.toLocaleString('en')} taxpayers (${(provinceChecks / 1e9).toFixed(2)} G checks): ${(provinceChecks / rate / 60).toFixed(1)} min of checks on one core`,
    ].join('\n'),
  );
});
