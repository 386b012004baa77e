// The synthetic firms of a run: each firm drawn from its own named sub-stream, so that firm i is
// the same whatever the population size, and every uniform a parameter is compared with is drawn
// whatever the parameter's value (a sensitivity re-run moves only what the parameter moves).
import {
  addWorkingDays,
  type CivilDate,
  civilDate,
  type Decimal,
  decimal,
  Money,
  RandomStream,
} from '@gd-ftz/core';
import { type FirmYear, type PreferenceId, SECTORS, type Sector } from './model';
import { reliefsOf } from './policy-package';
import { type MonthFacts, RISK_START, stepRisk } from './risk';

/** The year firms land in, and the first full tax year modelled after it. */
export const LANDING_YEAR = 2025;
export const TAX_YEAR = 2026;

/**
 * The shape of the synthetic firms: illustrative, with no published source (the fact pack has no
 * statistics of new-economy firms). Listed in the README's assumptions; KPIs that rest on them
 * say so. Sector order as {@link SECTORS}; monthly sales are VAT-exclusive yuan.
 */
export const SHAPE = {
  sectorWeights: [1, 1, 1, 1, 1],
  monthlySalesMedian: [150_000, 60_000, 80_000, 100_000, 120_000],
  salesLogSigma: 1,
  monthLogSigma: 0.4,
  zeroMonthChance: 0.06,
  surgeChance: 0.04,
  surgeFactor: [2.5, 4],
  highVoidChance: 0.04,
  averageInvoice: 8_000,
  margin: [0.02, 0.25],
  staffMedian: 15,
  staffLogSigma: 1,
  assetsToSales: [0.2, 1.5],
  restrictedChance: 0.02,
  /** 六税两费 assessed as a share of annual sales (stamp duty, surcharges). */
  leviesShare: '0.0006',
} as const;

/** The preferences of a package, in a fixed order (relief and take-up draws by index). */
export const PREFERENCES: readonly PreferenceId[] = [
  'small-low-profit-cit',
  'small-scale-vat',
  'levy-halving',
];

/** One synthetic firm: its draws and what the law gives it, computed once per population. */
export interface Firm {
  readonly index: number;
  readonly year: FirmYear;
  readonly landedOn: CivilDate;
  readonly novelU: number;
  readonly meetingU: number;
  readonly revenueLagU: number;
  /** Eligible relief per preference, in fen (0 when the rule does not fire). */
  readonly reliefFen: readonly bigint[];
  readonly takeUpU: readonly number[];
  /** Months (0–11) with at least one risk rule fired. */
  readonly signalMonths: readonly number[];
  /** Per signal month: correction, case and penalty uniforms. */
  readonly signalU: readonly (readonly [number, number, number])[];
}

/** The working days of the landing year. */
function landingDays(): CivilDate[] {
  const days: CivilDate[] = [];
  let d = addWorkingDays(civilDate(`${LANDING_YEAR - 1}-12-31`), 1);
  while (d.startsWith(String(LANDING_YEAR))) {
    days.push(d);
    d = addWorkingDays(d, 1);
  }
  return days;
}

let DAYS: CivilDate[] | undefined;

const yuan = (x: number): string => String(Math.max(0, Math.round(x)));

/**
 * Draws firm `index` of the population of `seed`; `smallScaleShare` decides its VAT status from a
 * uniform drawn either way.
 * @example
 * drawFirm(42, 0, 0.8).year.monthlySales.length // 12
 */
export function drawFirm(seed: number, index: number, smallScaleShare: number): Firm {
  DAYS ??= landingDays();
  const rng = RandomStream.fromSeed(seed).substream(`firm-${index}`);
  const sectorIndex = rng.weightedIndex(SHAPE.sectorWeights);
  const sector = SECTORS[sectorIndex] as Sector;
  const smallScale = rng.real() < smallScaleShare;
  const novelU = rng.real();
  const landedOn = DAYS[rng.int(0, DAYS.length - 1)] as CivilDate;
  const base =
    (SHAPE.monthlySalesMedian[sectorIndex] as number) * Math.exp(rng.normal(0, SHAPE.salesLogSigma));
  const sales: string[] = [];
  const months: MonthFacts[] = [];
  let annual: Decimal = decimal('0');
  for (let m = 0; m < 12; m++) {
    const zero = rng.real() < SHAPE.zeroMonthChance;
    const surge =
      rng.real() < SHAPE.surgeChance ? rng.uniform(SHAPE.surgeFactor[0], SHAPE.surgeFactor[1]) : 1;
    const highVoid = rng.real() < SHAPE.highVoidChance;
    const x = zero ? 0 : base * surge * Math.exp(rng.normal(0, SHAPE.monthLogSigma));
    const s = yuan(x);
    annual = annual.add(decimal(s));
    sales.push(s);
    const invoices = zero ? 0 : Math.max(1, Math.round(x / SHAPE.averageInvoice));
    const voided = Math.round(invoices * (highVoid ? rng.uniform(0.2, 0.4) : rng.uniform(0, 0.05)));
    months.push({
      month: `${TAX_YEAR}-${String(m + 1).padStart(2, '0')}`,
      smallScale,
      sales: decimal(s),
      invoices,
      voided,
    });
  }
  // Drawn shares become exact 4-place decimals before they touch an amount.
  const share = (a: number, b: number) => decimal(rng.uniform(a, b).toFixed(4));
  const margin = share(SHAPE.margin[0], SHAPE.margin[1]);
  const assets = share(SHAPE.assetsToSales[0], SHAPE.assetsToSales[1]);
  const taxableIncome = annual.mul(margin).toDecimalPlaces(0);
  const totalAssets = annual.mul(assets).toDecimalPlaces(0);
  const employees = Math.max(1, Math.round(SHAPE.staffMedian * Math.exp(rng.normal(0, SHAPE.staffLogSigma))));
  const restrictedIndustry = rng.real() < SHAPE.restrictedChance;
  const levies = Money.fromDecimal(annual.mul(SHAPE.leviesShare)).round();
  const year: FirmYear = {
    id: `F${String(index + 1).padStart(7, '0')}`,
    sector,
    vatStatus: smallScale ? 'small-scale' : 'general',
    novel: false,
    taxYear: TAX_YEAR,
    taxableIncome: taxableIncome.toFixed(0),
    employees,
    totalAssets: totalAssets.toFixed(0),
    restrictedIndustry,
    monthlySales: sales,
    localLevies: levies.toPlainString(),
  };
  const meetingU = rng.real();
  const revenueLagU = rng.real();
  const takeUpU = PREFERENCES.map(() => rng.real());
  // The package's arithmetic on the values just drawn (valid by construction: no re-parsing).
  const reliefs = reliefsOf({
    taxYear: TAX_YEAR,
    taxableIncome,
    employees,
    totalAssets,
    restrictedIndustry,
    smallScale,
    sales: months.map((m) => m.sales),
    levies: levies.toDecimal(),
  });
  const reliefFen = PREFERENCES.map((id) => reliefs[id].toFen());
  const signalMonths: number[] = [];
  const signalU: [number, number, number][] = [];
  let state = RISK_START;
  months.forEach((facts, m) => {
    const { fired, next } = stepRisk(state, facts);
    state = next;
    const u: [number, number, number] = [rng.real(), rng.real(), rng.real()];
    // The exemption reminder is a filing hint, not a risk: it never becomes a case.
    if (fired.some((r) => r !== 'exemption-exceeded')) {
      signalMonths.push(m);
      signalU.push(u);
    }
  });
  return { index, year, landedOn, novelU, meetingU, revenueLagU, reliefFen, takeUpU, signalMonths, signalU };
}
