// One run of measure 2: the same population handled the old way (an annual 纳税评估 sample visited
// on site, shells found downstream after they vanish) and the reform way (monthly scoring on the
// e-tax bureau with blue/yellow/red responses, real-name checks at registration). Internal.
import {
  addDays,
  addMonths,
  type CivilDate,
  civilDate,
  daysBetween,
  type EventLog,
  integerAt,
  Money,
  type Variant,
} from '@gd-ftz/core';
import { vatRegulations } from '@gd-ftz/statutes';
import type { Tier } from './law';
import { rolling, scoreAndAdvance, scoreOfMask, zeroMonthsAt } from './month-score';
import type { TaxRiskPreventionParams } from './params';
import { MONTH_STARTS, MONTHS, population, type SimMonth, type Taxpayer, YEAR_START } from './population';
import { type Compiled, compile, tierOf } from './risk';

/**
 * Assumption: the annual 纳税评估 of 2024 visits its sample in the first half of 2025; the
 * mid-point of the evaluation season is taken as the visit day.
 */
export const BASELINE_VISIT_DAY = civilDate('2025-04-01');

/** How one taxpayer fared in one variant. */
export interface Outcome {
  readonly taxpayer: Taxpayer;
  readonly variant: Variant;
  /** Whether any warning (reform: tier ≥ blue; baseline: a visit or a downstream finding) was raised. */
  readonly warned: boolean;
  /** The first warning on or after the risk onset. */
  readonly warnedOn: CivilDate | undefined;
  /** The highest monthly score (reform only; baseline 0). */
  readonly maxScore: number;
  readonly reminders: number;
  readonly faceChecks: number;
  readonly blocks: number;
  readonly visits: number;
  /** A shell's invoice amount issued before it was blocked (or all of it). */
  readonly shellIssued: Money;
  readonly corrected: 'self' | 'after-check' | undefined;
  /** Refused at registration (reform, a shell on a borrowed identity). */
  readonly refused: boolean;
  /** The scored months (reform), for the samples and the event log. */
  readonly tiers: readonly Tier[];
}

/** The result of a run. */
export interface BatchResult {
  readonly taxpayers: readonly Taxpayer[];
  readonly baseline: readonly Outcome[];
  readonly reform: readonly Outcome[];
}

/** The activities of the event log. */
export const ACTIVITIES = {
  register: { zh: '登记', en: 'Registered' },
  'registration-refused': { zh: '实名认证未通过，不予登记', en: 'Registration refused (identity check)' },
  reminder: { zh: '蓝色提醒', en: 'Blue reminder' },
  'face-check': { zh: '黄色：实名实人验证', en: 'Yellow: face re-verification' },
  block: { zh: '红色：阻断开票并核查', en: 'Red: invoicing blocked, review' },
  'self-correct': { zh: '自行纠正', en: 'Self-corrected' },
  visit: { zh: '纳税评估下户', en: 'Assessment visit' },
  'downstream-finding': { zh: '下游发现异常凭证', en: 'Abnormal vouchers found downstream' },
  vanish: { zh: '走逃（失联）', en: 'Vanished' },
} as const;

/** The day a month's scores are known: the end of its VAT filing period (增值税暂行条例 第二十三条). */
export function scoredOn(m: number): CivilDate {
  const cached = SCORED_ON[m];
  if (cached !== undefined) return cached;
  const next = addMonths(YEAR_START, m + 1);
  return addDays(next, integerAt(vatRegulations.params.monthlyFilingDays, next) - 1);
}

const SCORED_ON: CivilDate[] = [];
for (let m = 0; m < MONTHS; m++) SCORED_ON.push(scoredOn(m));

const monthStart = (m: number) => MONTH_STARTS[m] ?? addMonths(YEAR_START, m);

function isRisky(t: Taxpayer): boolean {
  return t.truth !== 'compliant';
}

/** The fen issued over some months (safe: a year of a firm's invoicing is far below 2^53 fen). */
function sumIssued(months: readonly SimMonth[]): number {
  let fen = 0;
  for (const m of months) fen += m.issued;
  return fen;
}

/**
 * One taxpayer under the annual 纳税评估 sample.
 * @example
 * baselineOf(taxpayer, params).visits // 1 when sampled
 */
export function baselineOf(t: Taxpayer, p: TaxRiskPreventionParams): Outcome {
  const shell = t.truth === 'shell';
  const visited = !shell && t.uSample < p.baselineSampleShare;
  // Shells issue until they vanish; the 异常凭证 surface downstream months later.
  const foundOn =
    shell && t.vanishAt !== undefined ? addMonths(monthStart(t.vanishAt), p.downstreamLagMonths) : undefined;
  const warnedOn = visited ? BASELINE_VISIT_DAY : foundOn;
  return {
    taxpayer: t,
    variant: 'baseline',
    warned: visited || foundOn !== undefined,
    warnedOn: isRisky(t) ? warnedOn : undefined,
    maxScore: 0,
    reminders: 0,
    faceChecks: 0,
    blocks: 0,
    visits: visited ? 1 : 0,
    shellIssued: shell ? Money.fromFen(sumIssued(t.months)) : Money.zero(),
    corrected: visited && t.truth === 'careless' ? 'after-check' : undefined,
    refused: false,
    tiers: [],
  };
}

/**
 * One taxpayer under monthly scoring (`c`: the compiled risk model of the same parameters).
 * @example
 * reformOf(taxpayer, params, compiledOf(params)).tiers.length // months scored
 */
export function reformOf(t: Taxpayer, p: TaxRiskPreventionParams, c: Compiled): Outcome {
  const shell = t.truth === 'shell';
  if (shell && t.uStop < p.realNameStopShare) {
    return {
      taxpayer: t,
      variant: 'reform',
      warned: true,
      warnedOn: monthStart(t.onset ?? 0),
      maxScore: 0,
      reminders: 0,
      faceChecks: 0,
      blocks: 0,
      visits: 0,
      shellIssued: Money.zero(),
      corrected: undefined,
      refused: true,
      tiers: [],
    };
  }
  // The firm's filed history, folded month by month (peak, zero-filing streaks).
  const history = rolling();
  const tiers: Tier[] = [];
  let corrected: Outcome['corrected'];
  let warnedOn: CivilDate | undefined;
  let warned = false;
  let maxScore = 0;
  let reminders = 0;
  let faceChecks = 0;
  let blocks = 0;
  let shellFen = 0;
  const offset = t.months.length === 0 ? 0 : t.onset !== undefined && shell ? t.onset : 0;
  for (let i = 0; i < t.months.length; i++) {
    const m = i + offset;
    const month = (corrected && t.clean ? t.clean[i] : t.months[i]) as SimMonth;
    if (shell) shellFen += month.issued;
    const asOf = scoredOn(m);
    const score = scoreOfMask(scoreAndAdvance(month, history, c.fast, zeroMonthsAt(asOf)));
    const tier = tierOf(score, c.tiers);
    tiers.push(tier);
    if (score > maxScore) maxScore = score;
    if (tier === 'none') continue;
    warned = true;
    if (warnedOn === undefined && t.onset !== undefined && m >= t.onset) warnedOn = asOf;
    if (tier === 'blue') reminders++;
    if (tier === 'yellow') faceChecks++;
    if (tier === 'red') blocks++;
    if (t.truth === 'careless' && !corrected) {
      if (tier === 'blue' && t.uCorrect < p.selfCorrectShare) corrected = 'self';
      if (tier !== 'blue') corrected = 'after-check';
    }
    // A blocked shell cannot issue any more; the block stands while it is reviewed.
    if (shell && tier === 'red') break;
  }
  return {
    taxpayer: t,
    variant: 'reform',
    warned,
    warnedOn,
    maxScore,
    reminders,
    faceChecks,
    blocks,
    visits: 0,
    shellIssued: Money.fromFen(shellFen),
    corrected,
    refused: false,
    tiers,
  };
}

/**
 * Records one taxpayer's outcome in one variant as a case of the event log.
 * @example
 * for (const o of [b, r]) logOutcome(log, o);
 */
export function logOutcome(l: EventLog, o: Outcome): void {
  const t = o.taxpayer;
  const rec = l.startCase(o.variant, t.id, 'taxpayer', { attributes: { truth: t.truth } });
  const start = monthStart(t.truth === 'shell' ? (t.onset ?? 0) : 0);
  if (o.refused) {
    rec.event('registration-refused', start, { resource: 'system' });
    return;
  }
  rec.event('register', start, { resource: 'system' });
  o.tiers.forEach((tier, i) => {
    const on = scoredOn(i + (t.truth === 'shell' ? (t.onset ?? 0) : 0));
    if (tier === 'blue') rec.event('reminder', on, { resource: 'system' });
    if (tier === 'yellow') rec.event('face-check', on, { resource: 'officer' });
    if (tier === 'red') rec.event('block', on, { resource: 'officer' });
  });
  if (t.vanishAt !== undefined && (o.variant === 'baseline' || !o.tiers.includes('red'))) {
    rec.event('vanish', monthStart(t.vanishAt), { resource: 'taxpayer' });
  }
  if (o.visits > 0) rec.event('visit', BASELINE_VISIT_DAY, { resource: 'officer' });
  else if (o.variant === 'baseline' && o.warned && o.warnedOn)
    rec.event('downstream-finding', o.warnedOn, { resource: 'officer' });
}

/**
 * The risk model of a run's thresholds, compiled once per run.
 * @example
 * reformOf(taxpayer, params, compiledOf(params));
 */
export function compiledOf(p: TaxRiskPreventionParams): Compiled {
  return compile({
    capUse: p.capUseThreshold,
    surge: p.surgeThreshold,
    voidRed: p.voidRedThreshold,
    codeMatch: p.codeMatchThreshold,
    revenueGap: p.revenueGapThreshold,
    agriInput: p.agriInputThreshold,
  });
}

/**
 * Runs baseline and reform on the same population, every outcome kept (tests and small runs; the
 * measure streams taxpayers through shard.ts).
 * @example
 * runBatch(params, 42).reform.length === params.taxpayers // true
 */
export function runBatch(p: TaxRiskPreventionParams, seed: number): BatchResult {
  const taxpayers = population(p, seed);
  const c = compiledOf(p);
  return {
    taxpayers,
    baseline: taxpayers.map((t) => baselineOf(t, p)),
    reform: taxpayers.map((t) => reformOf(t, p, c)),
  };
}

/**
 * Days from a risky firm's onset month to its first warning; undefined when not warned (or not risky).
 * @example
 * daysToWarning(reformOf(shell, params, c)) // e.g. 45
 */
export function daysToWarning(o: Outcome): number | undefined {
  const t = o.taxpayer;
  return t.onset !== undefined && o.warnedOn !== undefined
    ? daysBetween(monthStart(t.onset), o.warnedOn)
    : undefined;
}

export { MONTHS };
