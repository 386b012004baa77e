// Monthly re-scoring at province scale: 1,000,000 taxpayers × 12 monthly re-scorings (BENCH_TAXPAYERS
// overrides), against a baseline measured in the same run: the annual evaluation of the same
// records (one per taxpayer). Records come from a pool of 10,000 synthetic taxpayers reused in
// turn, so that the heap holds one taxpayer's state at a time; a run at a tenth of the size shows
// that memory does not grow with the population. Projection: a province month of 8 million
// taxpayers (assumption for Guangdong's registered firms).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type CivilDate, RandomStream } from '@gd-ftz/core';
import {
  annualScore,
  type BreachCode,
  type CreditEvent,
  initialState,
  rescoreMonth,
  type YearMonth,
} from '@gd-ftz/tax-credit-scoring';
import { afterAll, bench, describe } from 'vitest';

const N = Number(process.env.BENCH_TAXPAYERS ?? 1_000_000);
const SMALL = Math.max(1000, Math.round(N / 10));
const POOL = 10_000;
const PROVINCE = 8_000_000;
const YEAR = 2026;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
const mb = () => process.memoryUsage().heapUsed / 1_048_576;
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return mb();
};

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = Array.from({ length: 12 }, (_, i) => `${YEAR}-${pad(i + 1)}` as YearMonth);
const CODES: readonly BreachCode[] = [
  'abnormal-household',
  'unpaid-decision',
  'run-by-d-responsible',
  'export-refund-suspended',
];

/** One synthetic taxpayer's records of the year, also split by the month they arrive in. */
interface Taxpayer {
  readonly events: CreditEvent[];
  readonly byMonth: CreditEvent[][];
}

function taxpayer(rng: RandomStream): Taxpayer {
  const events: CreditEvent[] = [
    {
      kind: 'registered',
      date: `${rng.int(2005, 2024)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}` as CivilDate,
    },
    {
      kind: 'rated',
      date: `${YEAR}-04-30` as CivilDate,
      year: YEAR - 1,
      grade: rng.bernoulli(0.9) ? 'A' : 'B',
      basis: 'score',
    },
  ];
  if (rng.bernoulli(0.3))
    events.push({ kind: 'non-recurring', date: `${YEAR - 1}-${pad(rng.int(1, 12))}-10` as CivilDate });
  for (let m = 0; m < 12; m++) {
    const month = MONTHS[m] as YearMonth;
    // The return of the previous month, filed this month (the previous December's in January).
    const period = (m === 0 ? `${YEAR - 1}-12` : MONTHS[m - 1]) as YearMonth;
    const late = rng.bernoulli(0.03);
    const date = `${month}-${pad(late ? rng.int(16, 28) : rng.int(1, 15))}` as CivilDate;
    events.push({
      kind: 'filing',
      date,
      period,
      vat: rng.bernoulli(0.05) ? 'zero' : 'positive',
      revenue: true,
    });
    if (late) events.push({ kind: 'late-filing', date, tax: 'vat' });
    if (rng.bernoulli(0.005))
      events.push({ kind: 'indicator', date, code: 'info-mismatch', source: 'market-regulation' });
    if (rng.bernoulli(0.04 / 12)) {
      const code = rng.choice(CODES);
      events.push({ kind: 'breach', date: `${month}-${pad(rng.int(1, 28))}` as CivilDate, code });
      if (m < 11 && rng.bernoulli(0.5))
        events.push({ kind: 'repair', date: `${MONTHS[m + 1]}-28` as CivilDate, code });
    }
  }
  const byMonth: CreditEvent[][] = MONTHS.map(() => []);
  for (const e of events) {
    const i = e.date < `${YEAR}-01-01` ? 0 : Number(e.date.slice(5, 7)) - 1;
    if (e.date.startsWith(String(YEAR)) || i === 0) (byMonth[i] as CreditEvent[]).push(e);
  }
  return { events, byMonth };
}

const rng = RandomStream.fromSeed(1).substream('bench');
const pool: Taxpayer[] = Array.from({ length: POOL }, () => taxpayer(rng));
const start = initialState(`${YEAR - 1}-12` as YearMonth);

interface Run {
  seconds: number;
  live: number[];
  grades: number;
}
const runs: Record<string, Run> = {};

/** `size` taxpayers, each re-scored 12 times (streamed: one state at a time). */
function monthly(size: number): Run {
  const live = [liveMb()];
  let gcMs = 0;
  let d = 0;
  const t0 = performance.now();
  for (let i = 0; i < size; i++) {
    const tp = pool[i % POOL] as Taxpayer;
    let s = start;
    for (let m = 0; m < 12; m++) s = rescoreMonth(s, tp.byMonth[m] as CreditEvent[], MONTHS[m] as YearMonth);
    if (s.grade === 'D') d++;
    if ((i + 1) % Math.max(1, Math.floor(size / 10)) === 0) {
      const g = performance.now();
      live.push(liveMb());
      gcMs += performance.now() - g;
    }
  }
  return { seconds: (performance.now() - t0 - gcMs) / 1000, live, grades: d };
}

/** The same taxpayers' records, evaluated once each as in April. */
function annual(size: number): Run {
  let d = 0;
  const asOf = `${YEAR + 1}-04-30` as CivilDate;
  const t0 = performance.now();
  for (let i = 0; i < size; i++)
    if (annualScore((pool[i % POOL] as Taxpayer).events, YEAR, asOf).grade === 'D') d++;
  return { seconds: (performance.now() - t0) / 1000, live: [], grades: d };
}

describe(`${N} taxpayers × 12 monthly re-scorings`, () => {
  bench(
    `baseline: annual evaluation of the same records, ${N} taxpayers`,
    async () => {
      runs.annual = annual(N);
    },
    once,
  );
  bench(
    `monthly re-scoring, ${SMALL} taxpayers (memory reference)`,
    async () => {
      runs.small = monthly(SMALL);
    },
    once,
  );
  bench(
    `monthly re-scoring, ${N} taxpayers × 12`,
    async () => {
      runs.full = monthly(N);
    },
    once,
  );
});

afterAll(() => {
  const { annual: a, small, full } = runs;
  if (!a || !small || !full) return;
  const rate = (N * 12) / full.seconds;
  const annualRate = N / a.seconds;
  const fmt = (r: Run) => r.live.map((x) => x.toFixed(0)).join(' → ');
  const max = (r: Run) => Math.max(...r.live);
  console.log(
    [
      `re-scorings: ${N * 12} (${N} taxpayers × 12 months), D at year end: ${full.grades}`,
      `baseline, annual evaluation: ${a.seconds.toFixed(1)} s = ${annualRate.toFixed(0)} taxpayers/s (D: ${a.grades})`,
      `monthly re-scoring: ${full.seconds.toFixed(1)} s = ${rate.toFixed(0)} re-scorings/s; a taxpayer's 12 re-scorings take ${(full.seconds / a.seconds).toFixed(2)}× its annual evaluation (one re-scoring ${(full.seconds / 12 / a.seconds).toFixed(3)}×)`,
      `live heap after GC, start and every 10%: ${SMALL} taxpayers ${fmt(small)} MB; ${N} taxpayers ${fmt(full)} MB`,
      `live heap max, ${N} vs ${SMALL} taxpayers: ${max(full).toFixed(0)} / ${max(small).toFixed(0)} MB = ${(max(full) / max(small)).toFixed(2)}×`,
      `projected province month, ${PROVINCE.toLocaleString('en')} taxpayers × 1 re-scoring: ${(PROVINCE / rate).toFixed(1)} s on one core`,
    ].join('\n'),
  );
});
