// The synthetic taxpayers of a run: hidden truth and twelve months of 2024 drawn once from named
// sub-streams of the seed, so baseline and reform see the same firms. Internal.
// Every distribution here is a modelling assumption (no published micro data); the shares that
// drive the KPIs are scenario parameters with plausible ranges.
import {
  addMonths,
  type CivilDate,
  civilDate,
  Money,
  type RandomStream,
  Rate,
  unitStreams,
} from '@gd-ftz/core';
import { fractionOf } from './exact-ratio';
import type { TaxpayerMonth, Truth } from './model';
import type { MonthFigures } from './month-score';
import type { TaxRiskPreventionParams } from './params';

/**
 * A simulated month as whole fen and counts (what the scorer reads); {@link taxpayerMonthOf} gives
 * the public TaxpayerMonth (Money) of it, built only for the sample traces.
 */
export interface SimMonth extends MonthFigures {
  /** The month's index in the year (0–11). */
  readonly m: number;
}

/** One simulated taxpayer. */
export interface Taxpayer {
  readonly id: string;
  readonly truth: Truth;
  /** The index (0–11) of the first risky month; undefined for a compliant firm. */
  readonly onset: number | undefined;
  /** The months as the firm would file them without any intervention (a shell's only while active). */
  readonly months: readonly SimMonth[];
  /** A careless firm's months without its errors (what it files once corrected). */
  readonly clean: readonly SimMonth[] | undefined;
  /** The index of the first month a shell has vanished by (走逃); undefined otherwise. */
  readonly vanishAt: number | undefined;
  /** Uniform draws compared with the share parameters (so a sensitivity re-run moves them coherently). */
  readonly uCorrect: number;
  readonly uStop: number;
  readonly uSample: number;
}

/** The first month of the simulated year. */
export const YEAR_START = civilDate('2024-01-01');
export const MONTHS = 12;

/** The first day of each simulated month, computed once. */
export const MONTH_STARTS: readonly CivilDate[] = Object.freeze(
  Array.from({ length: MONTHS }, (_, m) => addMonths(YEAR_START, m)),
);

/** Industry VAT burden warning rate: an assumption (cf. the 1.6% 中药材 example of S11). */
const WARNING_RATE = Rate.of('0.015');
const WARNING = fractionOf(WARNING_RATE.toDecimal());
const VAT = 0.13;
const CAP_YUAN = [10_000, 100_000, 1_000_000] as const;
const CAPS = CAP_YUAN.map((y) => Money.fromFen(y * 100));
const CAP_FEN: readonly number[] = CAP_YUAN.map((y) => y * 100);
const YEAR = Number(YEAR_START.slice(0, 4));

/** Whole fen of a drawn yuan figure (the draws are floats; the filed amount is whole fen). */
const fen = (yuan: number): number => Math.max(0, Math.round(yuan * 100));

interface Draw {
  issued: number;
  capYuan: number;
  avgShare: number;
  voidShare: number;
  salesCodes: number;
  matchShare: number;
  inputShare: number;
  citFactor: number;
  agriShare: number;
  zero: boolean;
}

function toMonth(m: number, agricultural: boolean, capYuan: number, d: Draw): SimMonth {
  const invoices = d.issued <= 0 ? 0 : Math.max(1, Math.round(d.issued / (capYuan * d.avgShare)));
  const outputVat = d.issued * VAT;
  const input = d.zero ? outputVat * 1.02 : outputVat * d.inputShare;
  return {
    m,
    year: YEAR,
    agricultural,
    cap: capYuan * 100,
    invoices,
    voidOrRed: Math.round(invoices * d.voidShare),
    issued: fen(d.issued),
    salesCodes: d.salesCodes,
    matchedCodes: Math.min(d.salesCodes, Math.round(d.salesCodes * d.matchShare)),
    inputVat: fen(input),
    agriInputVat: fen(input * d.agriShare),
    vatPayable: fen(outputVat) - fen(input),
    citRevenue: fen(d.issued * d.citFactor),
    warning: WARNING,
  };
}

/**
 * The public form of a simulated month (Money amounts), for the sample traces.
 * @example
 * taxpayerMonthOf('T000001', t.months[0]).issued // Money
 */
export function taxpayerMonthOf(id: string, s: SimMonth): TaxpayerMonth {
  return {
    taxpayerId: id,
    month: MONTH_STARTS[s.m] as CivilDate,
    agricultural: s.agricultural,
    singleInvoiceCap: CAPS[CAP_FEN.indexOf(s.cap)] as Money,
    invoices: s.invoices,
    voidOrRed: s.voidOrRed,
    issued: Money.fromFen(s.issued),
    salesCodes: s.salesCodes,
    matchedCodes: s.matchedCodes,
    inputVat: Money.fromFen(s.inputVat),
    agriInputVat: Money.fromFen(s.agriInputVat),
    vatPayable: Money.fromFen(s.vatPayable),
    citRevenue: Money.fromFen(s.citRevenue),
    industryWarningRate: WARNING_RATE,
  };
}

/** A normal month of an honest firm around its base revenue. */
function normal(rng: RandomStream, base: number, capYuan: number): Draw {
  return {
    issued: base * rng.uniform(0.85, 1.15),
    capYuan,
    avgShare: rng.uniform(0.1, 0.6),
    voidShare: rng.uniform(0, 0.06),
    salesCodes: rng.int(5, 20),
    matchShare: rng.uniform(0.85, 1),
    inputShare: rng.uniform(0.6, 0.82),
    citFactor: rng.uniform(0.98, 1.02),
    agriShare: rng.uniform(0, 0.03),
    zero: false,
  };
}

/** One stray (or careless) anomaly on an otherwise normal month. */
function anomaly(rng: RandomStream, d: Draw): void {
  switch (rng.int(0, 4)) {
    case 0:
      d.voidShare = rng.uniform(0.16, 0.3);
      break;
    case 1:
      d.matchShare = rng.uniform(0.4, 0.69);
      break;
    case 2:
      d.citFactor = rng.uniform(1.12, 1.3);
      break;
    case 3:
      d.issued *= rng.uniform(1.8, 2.5);
      break;
    default:
      // Large contracts invoiced near the cap.
      d.avgShare = rng.uniform(0.9, 1);
  }
}

/**
 * Draws the population: the truth by the share parameters, then each firm's months; taxpayer `i`
 * from {@link taxpayerAt} alone. For the tests and small runs (the measure streams taxpayers).
 * @example
 * population(params, 42).length === params.taxpayers // true
 */
export function population(p: TaxRiskPreventionParams, seed: number): Taxpayer[] {
  const unit = taxpayerStreams(seed);
  return Array.from({ length: p.taxpayers }, (_, i) => taxpayerAt(p, unit, i));
}

/**
 * The random streams of the taxpayers: taxpayer `i` draws from the sub-stream `taxpayers/i` of the
 * seed (its truth, its months and its fates from named sub-streams of that), so it depends on the
 * seed and `i` alone, in any shard.
 * @example
 * taxpayerAt(params, taxpayerStreams(42), 0).id // 'T000001'
 */
export const taxpayerStreams = (seed: number): ((index: number) => RandomStream) =>
  unitStreams(seed, 'taxpayers');

/**
 * Taxpayer `i` (0-based) of a population drawn with `p`, from its own stream `unit(i)`.
 * @example
 * taxpayerAt(params, taxpayerStreams(42), 0).truth // 'compliant', 'careless', 'aggressive' or 'shell'
 */
export function taxpayerAt(
  p: TaxRiskPreventionParams,
  unit: (index: number) => RandomStream,
  i: number,
): Taxpayer {
  const own = unit(i);
  const compliantShare = Math.max(0, 1 - p.carelessShare - p.aggressiveShare - p.shellShare);
  const id = `T${String(i + 1).padStart(6, '0')}`;
  const truth = (['compliant', 'careless', 'aggressive', 'shell'] as const)[
    own.substream('truth').weightedIndex([compliantShare, p.carelessShare, p.aggressiveShare, p.shellShare])
  ] as Truth;
  const rng = own.substream('months');
  const fates = own.substream('fates');
  const capIndex = rng.weightedIndex([0.5, 0.4, 0.1]);
  const capYuan = CAP_YUAN[capIndex] as number;
  const agricultural = rng.bernoulli(0.08);
  const base = capYuan * rng.uniform(1, 20);
  const months: SimMonth[] = [];
  let clean: SimMonth[] | undefined;
  let onset: number | undefined;
  let vanishAt: number | undefined;
  if (truth === 'shell') {
    // 领票 → 顶额 → 走逃: registers, draws invoices, issues at the cap, vanishes.
    onset = rng.int(0, MONTHS - 3);
    const life = rng.int(2, 4);
    vanishAt = Math.min(MONTHS, onset + life);
    for (let m = onset; m < vanishAt; m++) {
      const first = m === onset;
      const d: Draw = {
        issued: first ? capYuan * rng.uniform(0.5, 3) : capYuan * rng.uniform(20, 60),
        capYuan,
        avgShare: first ? rng.uniform(0.5, 0.95) : rng.uniform(0.92, 1),
        voidShare: rng.uniform(0, 0.1),
        salesCodes: rng.int(3, 10),
        matchShare: rng.uniform(0.05, 0.5),
        inputShare: rng.uniform(0.92, 0.99),
        citFactor: rng.uniform(0.3, 1),
        agriShare: rng.bernoulli(0.5) ? rng.uniform(0.2, 0.6) : 0,
        zero: false,
      };
      months.push(toMonth(m, false, capYuan, d));
    }
  } else {
    if (truth !== 'compliant') onset = rng.int(0, truth === 'careless' ? MONTHS - 1 : 6);
    if (truth === 'careless') clean = [];
    for (let m = 0; m < MONTHS; m++) {
      const d = normal(rng, base, capYuan);
      if (truth === 'compliant' && rng.bernoulli(p.compliantNoise)) {
        anomaly(rng, d);
        // Assumption: a quarter of stray months have a second anomaly (drives yellow false alarms).
        if (rng.bernoulli(0.25)) anomaly(rng, d);
      }
      if (clean) clean.push(toMonth(m, agricultural, capYuan, d));
      if (truth === 'careless' && onset !== undefined && m >= onset && (m === onset || rng.bernoulli(0.5))) {
        anomaly(rng, d);
        if (rng.bernoulli(0.4)) anomaly(rng, d);
      }
      if (truth === 'aggressive' && onset !== undefined && m >= onset) {
        // Under-reports VAT sales against CIT revenue, inflates input, sometimes files zero.
        d.citFactor = rng.uniform(1.12, 1.5);
        d.inputShare = rng.uniform(0.9, 0.99);
        d.zero = rng.bernoulli(0.3);
        if (!agricultural && rng.bernoulli(0.3)) d.agriShare = rng.uniform(0.12, 0.3);
      }
      months.push(toMonth(m, agricultural, capYuan, d));
    }
  }
  return {
    id,
    truth,
    onset,
    months,
    clean,
    vanishAt,
    uCorrect: fates.real(),
    uStop: fates.real(),
    uSample: fates.real(),
  };
}
