// A synthetic population of firms with 40 months of credit records each: returns, late filings,
// indicators, non-recurring records, serious breaches (internal and from linked departments),
// evasion findings and repairs. Every share here is a modelling assumption (no published
// statistics); the draws of the data link are taken here too so that runs over different link
// parameters share them.
import { addDays, type CivilDate, type RandomStream } from '@gd-ftz/core';
import type { BreachCode, CreditEvent, DataSource, IndicatorCode, YearMonth } from './model';
import { lastDayOf, monthAt } from './month';
import { regimeFor } from './regimes';

/** The months of one scenario, as month indices (year × 12 + month − 1). */
export interface Scenario {
  /** The evaluated year whose grade is set in April of the next year. */
  readonly year: number;
  /** January of the year before: the records start here. */
  readonly first: number;
  /** April two years later: the last month of use. */
  readonly last: number;
  /** May after the evaluation: the first month of use. */
  readonly useFirst: number;
  readonly end: CivilDate;
}

/**
 * The scenario of a regime: 2025年第12号 evaluates 2025 (used May 2026–April 2027); 2014年第40号
 * evaluates 2023 (used May 2024–April 2025), so every month of use lies inside its regime.
 * @example
 * scenarioOf('sat-2025-12').year // 2025
 */
export function scenarioOf(regime: 'sat-2025-12' | 'sat-2014-40'): Scenario {
  const year = regime === 'sat-2025-12' ? 2025 : 2023;
  const last = (year + 2) * 12 + 3;
  return { year, first: (year - 1) * 12, last, useFirst: (year + 1) * 12 + 4, end: lastDayOf(monthAt(last)) };
}

/** A case that can end in credit repair (assumption: status lifted, or the amounts paid). */
export const REPAIRABLE: ReadonlySet<string> = new Set(['abnormal-household', 'unpaid-decision', 'evasion']);

/** Direct-D cases by weight and source (assumption: no published mix). */
const CASES: readonly {
  readonly code: BreachCode | 'evasion';
  readonly weight: number;
  readonly source: DataSource;
}[] = [
  { code: 'abnormal-household', weight: 30, source: 'tax' },
  { code: 'unpaid-decision', weight: 12, source: 'tax' },
  { code: 'invoice-violation', weight: 8, source: 'tax' },
  { code: 'false-preference', weight: 5, source: 'tax' },
  { code: 'tax-violation', weight: 5, source: 'tax' },
  { code: 'evasion', weight: 8, source: 'tax' },
  { code: 'run-by-d-responsible', weight: 10, source: 'market-regulation' },
  { code: 'run-by-abnormal-responsible', weight: 6, source: 'market-regulation' },
  { code: 'export-refund-suspended', weight: 6, source: 'customs' },
  { code: 'tax-crime', weight: 5, source: 'judicial' },
  { code: 'police-referral', weight: 5, source: 'judicial' },
];
const CASE_WEIGHTS = CASES.map((c) => c.weight);

const INDICATOR_DRAWS: readonly {
  readonly code: IndicatorCode;
  readonly weight: number;
  readonly source: DataSource;
}[] = [
  { code: 'info-mismatch', weight: 30, source: 'market-regulation' },
  { code: 'tax-control-lost', weight: 20, source: 'tax' },
  { code: 'other-1', weight: 20, source: 'tax' },
  { code: 'other-3', weight: 15, source: 'tax' },
  { code: 'other-5', weight: 10, source: 'tax' },
  { code: 'other-11', weight: 5, source: 'tax' },
];
const INDICATOR_WEIGHTS = INDICATOR_DRAWS.map((c) => c.weight);

/** Sources outside the tax authority: linked by the reform, exchanged yearly before it. */
export const EXTERNAL: ReadonlySet<string> = new Set(['market-regulation', 'customs', 'judicial']);

/** One synthetic firm: its records by date, and for each record the draws of the data link. */
export interface SyntheticFirm {
  readonly id: string;
  readonly events: readonly CreditEvent[];
  /** Per event: a uniform draw (linked when below the coverage) and a normal draw (the delay). */
  readonly linkU: readonly number[];
  readonly linkZ: readonly number[];
}

/** The options of {@link generateFirms} (assumptions of the scenario). */
export interface PopulationOptions {
  readonly size: number;
  readonly breachRate: number;
  readonly repairShare: number;
  readonly lateFilingRate: number;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const dayIn = (idx: number, day: number) => `${monthAt(idx)}-${pad2(day)}` as CivilDate;

/** True when a code exists on the event's date and at the scenario's end (no regime gap in between). */
function validThrough(code: string, date: string, end: string): boolean {
  if (code === 'evasion') return true;
  const a = regimeFor(date).directD[code as BreachCode];
  const b = regimeFor(end).directD[code as BreachCode];
  return Boolean(a && b);
}

function firm(id: string, rng: RandomStream, sc: Scenario, o: PopulationOptions): SyntheticFirm {
  const events: CreditEvent[] = [];
  const add = (e: CreditEvent) => events.push(e);
  // Registration: 6% during the evaluated year, 4% during the year of use, 12% 2–5 years before, the rest older.
  const u = rng.real();
  const regIdx =
    u < 0.06
      ? sc.year * 12 + rng.int(0, 11)
      : u < 0.1
        ? sc.useFirst + rng.int(0, 10)
        : u < 0.22
          ? (sc.year - rng.int(2, 5)) * 12 + rng.int(0, 11)
          : (sc.year - rng.int(6, 20)) * 12 + rng.int(0, 11);
  add({ kind: 'registered', date: dayIn(regIdx, rng.int(1, 28)) });
  const profile = rng.real();
  const dormant = profile < 0.08;
  const seasonal = profile >= 0.08 && profile < 0.13;
  const carryforward = profile >= 0.13 && profile < 0.18;
  const sloppy = profile >= 0.18 && profile < 0.23;
  const irregular = rng.bernoulli(0.03);
  const from = Math.max(sc.first, regIdx);
  for (let m = from; m <= sc.last; m++) {
    // The return of month m is filed in month m + 1 (the last month's falls outside the horizon).
    if (m < sc.last) {
      const late = rng.bernoulli(o.lateFilingRate);
      const date = dayIn(m + 1, late ? rng.int(16, 28) : rng.int(1, 15));
      const mm = (m % 12) + 1;
      const zero =
        dormant ||
        (seasonal && mm <= 2) ||
        (carryforward && rng.bernoulli(0.4)) ||
        (sloppy && rng.bernoulli(0.3));
      add({
        kind: 'filing',
        date,
        period: monthAt(m) as YearMonth,
        vat: zero ? 'zero' : 'positive',
        revenue: !dormant && !(seasonal && mm <= 2),
        ...(zero && seasonal
          ? { zeroReason: 'seasonal' as const }
          : zero && carryforward
            ? { zeroReason: 'credit-carryforward' as const }
            : {}),
      });
      if (late) {
        add({ kind: 'late-filing', date, tax: 'vat' });
        if (rng.bernoulli(0.3)) add({ kind: 'late-filing', date, tax: 'cit' });
      }
      if (rng.bernoulli(o.lateFilingRate / 2))
        add({ kind: 'late-filing', date: dayIn(m + 1, rng.int(16, 28)), tax: 'social-insurance' });
    }
    if (rng.bernoulli(0.004)) {
      const ind = INDICATOR_DRAWS[rng.weightedIndex(INDICATOR_WEIGHTS)] as (typeof INDICATOR_DRAWS)[number];
      add({ kind: 'indicator', date: dayIn(m, rng.int(1, 28)), code: ind.code, source: ind.source });
    }
    if (rng.bernoulli(0.01)) add({ kind: 'non-recurring', date: dayIn(m, rng.int(1, 28)) });
    if (irregular && m % 12 === 5) add({ kind: 'irregular-books', date: dayIn(m, rng.int(1, 28)) });
    if (rng.bernoulli(o.breachRate / 12)) {
      const c = CASES[rng.weightedIndex(CASE_WEIGHTS)] as (typeof CASES)[number];
      const date = dayIn(m, rng.int(1, 28));
      if (validThrough(c.code, date, sc.end)) {
        if (c.code === 'evasion') {
          // Evaded 20,000–300,000 yuan, 1/3–1/20 of the tax due: whole yuan, exact strings.
          const evaded = rng.int(200, 3000) * 100;
          const k = rng.int(3, 20);
          add({
            kind: 'evasion',
            date,
            evaded: `${evaded}.00`,
            taxDue: `${evaded * k}.00`,
            source: c.source,
          });
        } else add({ kind: 'breach', date, code: c.code, source: c.source });
        if (REPAIRABLE.has(c.code) && rng.bernoulli(o.repairShare)) {
          const repairOn = addDays(date, Math.max(1, Math.round(rng.lognormal(Math.log(90), 0.6))));
          if (repairOn <= sc.end) add({ kind: 'repair', date: repairOn, code: c.code });
        }
      }
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const linkU = events.map(() => rng.real());
  const linkZ = events.map(() => rng.normal(0, 1));
  return { id, events, linkU, linkZ };
}

/** The id of firm `index` (0-based): `F000001` for the first. */
const firmId = (index: number) => `F${String(index + 1).padStart(6, '0')}`;

/**
 * Streams firms `[start, end)` of a scenario (0-based indices), each from its own named sub-stream
 * of `rng` (`rng.substream(id)`): firm `i` depends on the stream and `i` alone, never on the other
 * firms, so any block of the population (a shard) draws the same firms.
 * @example
 * const firms = [...generateFirms(scenarioOf('sat-2025-12'), { size: 10, breachRate: 0.04, repairShare: 0.5, lateFilingRate: 0.03 }, RandomStream.fromSeed(1))];
 */
export function* generateFirms(
  sc: Scenario,
  o: PopulationOptions,
  rng: RandomStream,
  start = 0,
  end = o.size,
): Generator<SyntheticFirm> {
  for (let i = start; i < end; i++) yield firmAt(sc, o, rng, i);
}

/**
 * Firm `index` of a population: the same firm {@link generateFirms} yields at that index.
 * @example
 * firmAt(sc, options, RandomStream.fromSeed(1).substream('population'), 0).id // 'F000001'
 */
export function firmAt(sc: Scenario, o: PopulationOptions, rng: RandomStream, index: number): SyntheticFirm {
  const id = firmId(index);
  return firm(id, rng.substream(id), sc, o);
}
