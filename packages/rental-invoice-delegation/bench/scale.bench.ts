// Province scale: BENCH_LEASES leases (default 1,000,000) × 12 months streamed through
// rentalInvoiceTaxes one month at a time (12 calls a lease, nothing kept but the running total),
// against a baseline in the same run: the same months on bare decimal.js (core's `decimal`). A run
// at a tenth of the size and the live heap at ten points show whether memory grows with the
// number of leases. Issue 21's target: 1M × 12 in < 10 min on one core, heap flat (±10%).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Decimal, decimal, RandomStream } from '@gd-ftz/core';
import { type RentalTaxInput, rentalInvoiceTaxes } from '@gd-ftz/rental-invoice-delegation';
import { afterAll, bench, describe } from 'vitest';

const N = Number(process.env.BENCH_LEASES ?? 1_000_000);
const SMALL = Math.max(1000, Math.round(N / 10));
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const liveMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};
const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-01`);
const LOCATIONS = ['city', 'county-town', 'other'] as const;

/** Lease `i`'s month input, drawn from its own sub-stream (nothing stored between leases). */
function* lease(i: number): Generator<RentalTaxInput> {
  const rng = RandomStream.fromSeed(7).substream(`lease-${i}`);
  const housing = rng.bernoulli(0.6);
  const rent = `${Math.max(1, Math.round(rng.lognormal(Math.log(housing ? 35 : 120), housing ? 0.5 : 0.9)))}00`;
  const location = LOCATIONS[rng.int(0, 2)] as RentalTaxInput['location'];
  for (const m of MONTHS)
    yield { propertyKind: housing ? 'housing' : 'non-housing', rent, leaseStart: m, months: 1, location };
}

const D = decimal;
const bareRates = { h: [D('0.015'), D('0.04'), D('0.10')], n: [D('0.05'), D('0.12'), D('0.20')] };
const umt = { city: D('0.07'), 'county-town': D('0.05'), other: D('0.01') };
const div = D('1.05');
const limit = D('100000');
const half = D('0.5');
const zero = D('0');
const cap = D('800');
const threshold = D('4000');
const keep = D('0.8');
const edu = D('0.03');
const ledu = D('0.02');
function bare(x: RentalTaxInput) {
  const [vr, pr, ir] = (x.propertyKind === 'housing' ? bareRates.h : bareRates.n) as [
    Decimal,
    Decimal,
    Decimal,
  ];
  const rent = D(x.rent);
  const exVat = rent.div(div);
  const vat = rent.lte(limit) ? zero : exVat.times(vr).toDecimalPlaces(2, 4);
  const u = vat.times(umt[x.location]).times(half).toDecimalPlaces(2, 4);
  const e = exVat.lte(limit) ? zero : vat.times(edu).times(half).toDecimalPlaces(2, 4);
  const l = exVat.lte(limit) ? zero : vat.times(ledu).times(half).toDecimalPlaces(2, 4);
  const net = rent.minus(vat);
  const pt = net.times(pr).times(half).toDecimalPlaces(2, 4);
  const after = net.minus(u).minus(e).minus(l).minus(pt);
  const taxable = after.lte(threshold) ? after.minus(cap) : after.times(keep);
  const iit = (taxable.gte(zero) ? taxable : zero).times(ir).toDecimalPlaces(2, 4);
  return vat.plus(u).plus(e).plus(l).plus(pt).plus(iit);
}

interface Run {
  seconds: number;
  /** CPU seconds of the process (user + system), less sensitive than wall time to a loaded machine. */
  cpu: number;
  live: number[];
  totalFen: bigint;
}
const runs: Record<string, Run> = {};
function stream(size: number, engine: boolean): Run {
  const live = [liveMb()];
  let gcMs = 0;
  let totalFen = 0n;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < size; i++) {
    for (const x of lease(i)) {
      const total = engine ? rentalInvoiceTaxes(x).total : bare(x).toFixed(2);
      totalFen += BigInt(total.replace('.', ''));
    }
    if (engine && (i + 1) % Math.max(1, Math.floor(size / 10)) === 0) {
      const g = performance.now();
      live.push(liveMb());
      gcMs += performance.now() - g;
    }
  }
  const c = process.cpuUsage(c0);
  const seconds = (performance.now() - t0 - gcMs) / 1000;
  return { seconds, cpu: (c.user + c.system) / 1e6 - gcMs / 1000, live, totalFen };
}

describe(`${N} leases × 12 months`, () => {
  bench(
    `baseline: bare decimal.js, ${N} leases × 12`,
    () => {
      runs.bare = stream(N, false);
    },
    once,
  );
  bench(
    `rentalInvoiceTaxes, ${SMALL} leases × 12 (memory reference)`,
    () => {
      runs.small = stream(SMALL, true);
    },
    once,
  );
  bench(
    `rentalInvoiceTaxes, ${N} leases × 12`,
    () => {
      runs.full = stream(N, true);
    },
    once,
  );
});

afterAll(() => {
  const { bare: b, small, full } = runs;
  if (!b || !small || !full) return;
  const peak = (r: Run) => Math.max(...r.live.slice(1));
  console.log(
    [
      `leases ${N}: engine ${full.seconds.toFixed(1)} s (${Math.round((N * 12) / full.seconds)} months/s), bare ${b.seconds.toFixed(1)} s, ratio ${(full.seconds / b.seconds).toFixed(2)}×`,
      `CPU time: engine ${full.cpu.toFixed(1)} s (${Math.round((N * 12) / full.cpu)} months/s), bare ${b.cpu.toFixed(1)} s, ratio ${(full.cpu / b.cpu).toFixed(2)}×`,
      `same totals: ${full.totalFen === b.totalFen} (${full.totalFen} fen)`,
      `live heap MB at tenths of the full run: ${full.live.map((x) => x.toFixed(1)).join(', ')}`,
      `peak live heap: ${SMALL} leases ${peak(small).toFixed(1)} MB, ${N} leases ${peak(full).toFixed(1)} MB (${(((peak(full) - peak(small)) / peak(small)) * 100).toFixed(1)}%)`,
      `projection to 1,000,000 leases: ${((full.seconds * 1_000_000) / N / 60).toFixed(1)} min wall, ${((full.cpu * 1_000_000) / N / 60).toFixed(1)} min CPU`,
    ].join('\n'),
  );
});
