// Indicators and scoring at scale: BENCH_TAXPAYERS (default 100,000) taxpayers × 12 months through
// the public bulk scorer scoreTaxpayerMonths, tracing off (score, tier, fired) and on (every hit with
// its why), and on a tenth of them through the per-case indicatorsOf + assessRisk,
// against two baselines measured in the same run: generating the months alone, and a hand-written
// loop over the same indicators on integer fen (no validation, no decimals, no trace). Months come
// from a pool of 1,000 synthetic taxpayers reused in turn, so the heap holds one year at a time; a
// run at a tenth of the size shows whether live memory grows with the population. Imported by name
// (vitest bench resolves it to the built dist/: build first). Ratios, never timed assertions.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type CivilDate, Money, RandomStream, Rate } from '@gd-ftz/core';
import {
  assessRisk,
  indicatorsOf,
  scoreTaxpayerMonths,
  type TaxpayerMonth,
} from '@gd-ftz/tax-risk-prevention';
import { afterAll, bench, describe } from 'vitest';

const N = Number(process.env.BENCH_TAXPAYERS ?? 100_000);
const SMALL = Math.max(1000, Math.round(N / 10));
const POOL = 1000;
const PROVINCE = 8_000_000;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};

const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01` as CivilDate);
const ASOF = Array.from({ length: 12 }, (_, i) =>
  i === 11 ? ('2025-01-15' as CivilDate) : (`2024-${String(i + 2).padStart(2, '0')}-15` as CivilDate),
);
const WARN = Rate.of('0.015');
const CAP = Money.of('100000.00');

/** The fen figures of one synthetic month (the hand-written loop reads these). */
interface Raw {
  invoices: number;
  voids: number;
  issued: number;
  codes: number;
  matched: number;
  input: number;
  agri: number;
  payable: number;
  cit: number;
}

function rawYear(rng: RandomStream): Raw[] {
  return MONTHS.map(() => {
    const issued = rng.int(10_000_000, 200_000_000);
    const input = Math.round(issued * 0.13 * rng.uniform(0.6, 0.99));
    const codes = rng.int(3, 20);
    return {
      invoices: rng.int(1, 40),
      voids: rng.int(0, 6),
      issued,
      codes,
      matched: rng.int(0, codes),
      input,
      agri: rng.bernoulli(0.1) ? Math.round(input * 0.2) : 0,
      payable: Math.round(issued * 0.13) - input,
      cit: Math.round(issued * rng.uniform(0.9, 1.2)),
    };
  });
}

function toMonths(id: string, raw: readonly Raw[]): TaxpayerMonth[] {
  return raw.map((r, i) => ({
    taxpayerId: id,
    month: MONTHS[i] as CivilDate,
    agricultural: false,
    singleInvoiceCap: CAP,
    invoices: r.invoices,
    voidOrRed: r.voids,
    issued: Money.fromFen(r.issued),
    salesCodes: r.codes,
    matchedCodes: r.matched,
    inputVat: Money.fromFen(r.input),
    agriInputVat: Money.fromFen(r.agri),
    vatPayable: Money.fromFen(r.payable),
    citRevenue: Money.fromFen(r.cit),
    industryWarningRate: WARN,
  }));
}

const rng = RandomStream.fromSeed(42).substream('bench');
const RAW = Array.from({ length: POOL }, () => rawYear(rng));

function generate(n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) count += toMonths(`T${i}`, RAW[i % POOL] as Raw[]).length;
  return count;
}

/** The bulk scorer: one call per taxpayer-year, each month checked once. */
function bulk(n: number, trace: boolean): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const year = scoreTaxpayerMonths(toMonths(`T${i}`, RAW[i % POOL] as Raw[]), '2025-01-15', { trace });
    for (const m of year) sum += m.score;
  }
  return sum;
}

/** The per-case functions: indicatorsOf + assessRisk per month (checks the whole history each call). */
function score(n: number, trace: boolean): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const year = toMonths(`T${i}`, RAW[i % POOL] as Raw[]);
    for (let m = 0; m < year.length; m++) {
      const a = assessRisk(indicatorsOf(year[m] as TaxpayerMonth, year.slice(0, m)), ASOF[m] as CivilDate, {
        trace,
      });
      sum += a.score;
    }
  }
  return sum;
}

/** The same indicators, thresholds and weights by hand on integer fen: the floor of what they cost. */
function handLoop(n: number): number {
  let sum = 0;
  const cap = 10_000_000;
  for (let i = 0; i < n; i++) {
    const year = RAW[i % POOL] as Raw[];
    let peak = -1;
    let zeroRun = 0;
    let zeroSum = 0;
    for (const r of year) {
      let s = 0;
      if (r.issued >= 0.9 * cap * r.invoices) s += 25;
      if (peak >= 0 && r.issued > 1.5 * peak) s += 15;
      if (r.voids > 0.15 * (r.invoices + r.voids)) s += 10;
      if (r.matched < 0.7 * r.codes) s += 20;
      if (Math.abs(r.issued - r.cit) >= 0.1 * Math.max(r.issued, r.cit)) s += 15;
      if (r.payable < 0.015 * r.issued) s += 15;
      if (r.agri > 0.1 * r.input) s += 20;
      const zero = r.payable <= 0;
      zeroRun = zero ? zeroRun + 1 : 0;
      zeroSum += zero ? 1 : 0;
      if (zeroRun >= 3 || zeroSum >= 6) s += 10;
      peak = Math.max(peak, r.issued);
      sum += s;
    }
  }
  return sum;
}

const heap: Record<string, number> = {};
const withHeap = (label: string, run: () => void) => () => {
  const before = liveMb();
  run();
  heap[label] = liveMb() - before;
};

describe(`${N.toLocaleString('en')} taxpayers × 12 months: indicators + scoring`, () => {
  bench('baseline: generate the months only', () => void generate(N), once);
  bench('baseline: hand-written loop, integer fen', () => void handLoop(N), once);
  bench(
    'scoreTaxpayerMonths, tracing off',
    withHeap('off', () => void bulk(N, false)),
    once,
  );
  bench('scoreTaxpayerMonths, tracing on', () => void bulk(N, true), once);
  bench(
    `scoreTaxpayerMonths, tracing off, ${SMALL.toLocaleString('en')} taxpayers (heap check)`,
    withHeap('small', () => void bulk(SMALL, false)),
    once,
  );
  // The per-case functions on a tenth of the population (at their rate the full size takes minutes).
  bench(
    `indicatorsOf + assessRisk, tracing off, ${SMALL.toLocaleString('en')} taxpayers`,
    () => void score(SMALL, false),
    once,
  );
  bench(
    `indicatorsOf + assessRisk, tracing on, ${SMALL.toLocaleString('en')} taxpayers`,
    () => void score(SMALL, true),
    once,
  );
});

afterAll(() => {
  console.log(
    `live heap growth: ${SMALL} taxpayers ${heap.small?.toFixed(1)} MB, ${N} taxpayers ${heap.off?.toFixed(1)} MB`,
  );
  console.log(
    `province: ${PROVINCE.toLocaleString('en')} taxpayers × 12 months at the measured rate (see README)`,
  );
});
