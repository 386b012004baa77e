// The synthetic population and its invoice stream. Taxpayer i draws from its own sub-stream of the
// seed (`taxpayers/i`: its traits, then its invoices and its staff draws from named sub-streams of
// that), so it depends on the seed and i alone, in any shard; baseline and reform see the same
// firms, invoices and staff draws. Internal.
import { type RandomStream, unitStreams } from '@gd-ftz/core';
import { MONTHS, type YearClock } from './clock';
import type { RiskClass } from './model';
import type { EInvoiceRiskControlParams } from './params';

/** One taxpayer as drawn. */
export interface Taxpayer {
  readonly index: number;
  readonly shell: boolean;
  /** Month index (0–11) of registration during the year, or −1 for a firm active all year. */
  readonly regMonth: number;
  /** Its class on the credit rules when honest (a shell looks like an ordinary new firm: Ⅲ). */
  readonly riskClass: RiskClass;
  /** Flagged by the reform's registration cross-check (事前), rightly for a shell or wrongly. */
  readonly flagged: boolean;
  /** A shell's alert ends in a suspension (both variants draw the same). */
  readonly responseHits: boolean;
  /** Median invoice amount in yuan (firm size). */
  readonly medianYuan: number;
}

/**
 * A taxpayer's own uniform draws, before any parameter is applied: the same draws give the
 * taxpayer of the scenario and of every sensitivity end (common random numbers), so an end that
 * moves a share changes only the taxpayers the share's new threshold moves.
 */
export interface TaxpayerDraws {
  readonly index: number;
  readonly shellU: number;
  readonly newU: number;
  readonly classU: number;
  readonly catchU: number;
  readonly falseU: number;
  readonly hitU: number;
  readonly size: number;
  readonly month: number;
}

// Assumption: a shell's invoices are 90,000–99,999 yuan, just under the first-supply cap of 100,000
// a copy (2018年第29号 第三条), `shellInvoicesPerDay` a working day from registration until it
// absconds after `shellActiveMonths` (领票→顶额→走逃, S12/S15).
const SHELL_MIN_YUAN = 90_000;
const SHELL_MAX_YUAN = 99_999;

/** The streams of the taxpayers: taxpayer `i` draws from `taxpayers/i` of the seed. */
export const taxpayerStreams = (seed: number): ((index: number) => RandomStream) =>
  unitStreams(seed, 'taxpayers');

/** Taxpayer `own`'s traits (its sub-stream `traits`), before the parameters are applied. */
export function drawTraits(own: RandomStream, index: number): TaxpayerDraws {
  const rng = own.substream('traits');
  return {
    index,
    shellU: rng.real(),
    newU: rng.real(),
    classU: rng.real(),
    catchU: rng.real(),
    falseU: rng.real(),
    hitU: rng.real(),
    size: rng.lognormal(0, 1.1),
    month: rng.int(0, MONTHS - 3),
  };
}

/**
 * The taxpayer its draws make under `p` (a draw `u` below a share `s` is the event of probability
 * `s`, as `bernoulli(s)`).
 */
export function taxpayerOf(d: TaxpayerDraws, p: EInvoiceRiskControlParams): Taxpayer {
  const shell = d.shellU < p.shellShare;
  const isNew = d.newU < p.newFirmShare;
  const existingClass: RiskClass =
    d.classU < p.highRiskShare ? 'II' : d.classU < p.highRiskShare + p.whiteListShare ? 'IV' : 'III';
  return {
    index: d.index,
    shell,
    regMonth: shell || isNew ? d.month : -1,
    riskClass: shell || isNew ? 'III' : existingClass,
    flagged: shell ? d.catchU < p.crossCheckHit : isNew && d.falseU < p.crossCheckFalseAlarm,
    responseHits: d.hitU < p.responseHit,
    medianYuan: 20_000 * d.size,
  };
}

/** Whether a taxpayer issues in month `m` (registered by then; a shell only until it absconds). */
export function activeIn(tp: Taxpayer, m: number, shellActiveMonths: number): boolean {
  if (m < tp.regMonth) return false;
  return !tp.shell || m < tp.regMonth + shellActiveMonths;
}

/** A month's invoices in time order: minutes from time 0 and amounts in fen (reused buffers). */
export interface InvoiceBatch {
  count: number;
  times: Float64Array;
  fen: BigInt64Array;
}

/** A buffer for up to `capacity` invoices. */
export function invoiceBatch(capacity: number): InvoiceBatch {
  return { count: 0, times: new Float64Array(capacity), fen: new BigInt64Array(capacity) };
}

function ensure(b: InvoiceBatch, n: number): void {
  if (b.times.length >= n) return;
  b.times = new Float64Array(n * 2);
  b.fen = new BigInt64Array(n * 2);
}

/** Whole fen of a drawn amount in yuan (the draw is a float; the amount from here on is exact). */
function toFen(yuan: number): bigint {
  return BigInt(Math.round(yuan * 100));
}

/**
 * Fills `b` with taxpayer `tp`'s invoices of month `m`: an honest firm issues a Poisson number
 * (mean `invoicesPerMonth`) at random working-hour minutes, amounts lognormal around its size and
 * the month's swing; a shell issues ten a working day from its registration day.
 */
export function drawMonth(
  b: InvoiceBatch,
  tp: Taxpayer,
  m: number,
  p: EInvoiceRiskControlParams,
  clock: YearClock,
  rng: RandomStream,
): void {
  const days = clock.workingDays[m] ?? [];
  if (tp.shell) {
    const from = m === tp.regMonth ? Math.min(rng.int(0, 4), days.length - 1) : 0;
    const perDay = p.shellInvoicesPerDay;
    const n = (days.length - from) * perDay;
    ensure(b, n);
    for (let k = 0; k < n; k++) {
      const day = days[from + Math.floor(k / perDay)] as number;
      b.times[k] = day * 1440 + 9 * 60 + (k % perDay) * 30;
      b.fen[k] = toFen(rng.uniform(SHELL_MIN_YUAN, SHELL_MAX_YUAN));
    }
    b.count = n;
    return;
  }
  const n = rng.poisson(p.invoicesPerMonth);
  const swing = rng.lognormal(0, 0.35);
  ensure(b, n);
  for (let k = 0; k < n; k++) {
    const day = days[rng.int(0, days.length - 1)] as number;
    b.times[k] = day * 1440 + 9 * 60 + rng.int(0, 539);
  }
  b.times.subarray(0, n).sort();
  for (let k = 0; k < n; k++) b.fen[k] = toFen(Math.min(tp.medianYuan * swing * rng.lognormal(0, 0.9), 5e7));
  b.count = n;
}
