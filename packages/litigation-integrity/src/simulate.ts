// One run of measure 18: a synthetic caseload drawn case by case (case i from its own sub-stream
// of the seed, `cases/i`, so a shard of cases draws them as the whole run does) and handled the old way (baseline) and the reform way on the same draws, in one pass and
// without keeping the cases (heap flat from 10k to 1M). Amounts are exact integer fen (bigint),
// turned into core Money only for the report. Internal: not exported from src/index.ts.
import {
  addDays,
  addWorkingDays,
  type CivilDate,
  civilDate,
  daysBetween,
  describeValue,
  type EventLog,
  integerAt,
  Money,
  type RandomStream,
  statutoryDeadline,
  unitStreams,
  ValidationError,
  type Variant,
} from '@gd-ftz/core';
import { coversKind } from './costs';
import { lateEvidenceOutcome } from './evidence';
import { fineLimitsAt } from './fines';
import { DEFENCE_PERIOD_DAYS, RULING_APPEAL_DAYS } from './law';
import type { Conduct, PartyKind } from './model';
import type { LitigationIntegrityParams } from './params';

/** The same draws for both variants: one case as filed. */
export interface CaseDraws {
  readonly id: string;
  readonly servedOn: CivilDate;
  /** The conduct the party would commit without the reform, if any. */
  readonly conduct: Conduct | undefined;
  readonly abuser: PartyKind;
  readonly deterredU: number;
  readonly detectU: number;
  readonly referralU: number;
  readonly basicFacts: boolean;
  readonly attorneyFeeFen: bigint;
  readonly extraCostsFen: bigint;
  readonly enforcement: boolean;
  readonly goodFaith: boolean;
  readonly lostFactor: number;
}

/** How one case went in one variant. */
export interface CaseOutcome {
  readonly draws: CaseDraws;
  readonly variant: Variant;
  readonly conduct: Conduct | undefined;
  readonly sanctioned: boolean;
  readonly fineFen: bigint;
  /** The innocent party's extra costs caused by the abuse. */
  readonly innocentCostsFen: bigint;
  /** The part of them the abuser is ordered to pay. */
  readonly shiftedFen: bigint;
  readonly delayDays: number;
  readonly referred: boolean;
  readonly listed: boolean;
  readonly lostDays: number;
  /** The day the abuse was committed (the end of the defence period in this model). */
  readonly conductOn: CivilDate;
}

/** The totals of one variant. */
export interface Totals {
  cases: number;
  abused: number;
  delayDays: number;
  innocentCostsFen: bigint;
  shiftedFen: bigint;
  finesFen: bigint;
  fined: number;
  /** What abusers paid: fines to the court plus costs to the innocent party (a ledger, per case). */
  abuserPaidFen: bigint;
  falseSuits: number;
  falseSuitsDetected: number;
  referred: number;
  listed: number;
  goodFaithEnforced: number;
  goodFaithLostDays: number;
}

/** The result of a run. */
export interface BatchResult {
  readonly cases: number;
  readonly baseline: Totals;
  readonly reform: Totals;
  /** Every outcome, only when asked (`keepOutcomes`), for tests. */
  readonly outcomes?: { readonly baseline: CaseOutcome[]; readonly reform: CaseOutcome[] };
}

/** What a run reports to, all optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
  readonly keepOutcomes?: boolean;
}

const ACTIVITIES = {
  file: { zh: '立案', en: 'Case filed' },
  abuse: { zh: '失信诉讼行为', en: 'Abusive conduct' },
  sanction: { zh: '罚款与费用转付', en: 'Fine and cost shifting' },
  judge: { zh: '判决', en: 'Judgment' },
  enforce: { zh: '强制执行', en: 'Enforcement' },
  list: { zh: '纳入失信名单', en: 'Listed as dishonest debtor' },
} as const;

const YEAR_START = civilDate('2024-01-02');
const WORKING_DAYS_PER_YEAR = 240;
const ORDER: readonly Conduct[] = [
  'abusive-objection',
  'late-evidence',
  'forged-evidence',
  'false-suit',
  'evading-enforcement',
];
/** Conduct whose victim is the other party in the case, who bears extra costs. */
const HARMS_OPPONENT: ReadonlySet<Conduct> = new Set([
  'abusive-objection',
  'late-evidence',
  'forged-evidence',
  'false-suit',
]);
/** 民事诉讼法 第一百一十五条、第一百一十六条: an entity must be fined (解释 第一百九十一条). */
const MUST_FINE_ENTITY: ReadonlySet<Conduct> = new Set(['false-suit', 'evading-enforcement']);

/** The filing days of the year: case i is served on day `i mod 240`. */
export function workingDays(): CivilDate[] {
  const days = [YEAR_START];
  for (let i = 1; i < WORKING_DAYS_PER_YEAR; i++) days.push(addWorkingDays(days[i - 1] as CivilDate, 1));
  return days;
}

/** The conduct shares must leave room for cases without abuse. */
export function checkShares(p: LitigationIntegrityParams): void {
  const sum = p.objectionAbuseRate + p.lateEvidenceRate + p.forgeryRate + p.falseSuitRate + p.evasionRate;
  if (sum > 1) {
    throw ValidationError.of(
      'evasionRate',
      'the five conduct shares must add up to at most 1',
      '五类行为比例之和不得超过1',
    );
  }
}

const fenOf = (yuan: number): bigint => BigInt(Math.round(yuan * 100));

/** The random stream of each case of a seed: case `i` draws from `cases/i` alone. */
export function caseStreams(seed: number): (index: number) => RandomStream {
  return unitStreams(seed, 'cases');
}

/** Draws case `i` from its stream: a fixed number of draws per case. */
export function drawCase(
  i: number,
  rng: RandomStream,
  days: readonly CivilDate[],
  p: LitigationIntegrityParams,
): CaseDraws {
  const u = rng.real();
  let acc = 0;
  let conduct: Conduct | undefined;
  const rates = [p.objectionAbuseRate, p.lateEvidenceRate, p.forgeryRate, p.falseSuitRate, p.evasionRate];
  for (let k = 0; k < ORDER.length; k++) {
    acc += rates[k] as number;
    if (u < acc) {
      conduct = ORDER[k];
      break;
    }
  }
  const entity = rng.bernoulli(p.entityShare);
  const deterredU = rng.real();
  const detectU = rng.real();
  const referralU = rng.real();
  const basicFacts = rng.bernoulli(p.basicFactsShare);
  // Costs drawn in yuan, then held as whole fen (Math.round to the fen: a draw, not an amount rule).
  const attorneyFeeFen = fenOf(
    rng.triangular(p.attorneyFeeTypical / 4, p.attorneyFeeTypical, p.attorneyFeeTypical * 4),
  );
  const extraCostsFen = fenOf(
    rng.triangular(p.extraCostsTypical / 4, p.extraCostsTypical, p.extraCostsTypical * 4),
  );
  const enforcementU = rng.real();
  const goodFaithU = rng.real();
  const lostFactor = rng.triangular(0.5, 1, 2);
  const enforcement = conduct === 'evading-enforcement' || enforcementU < p.enforcementShare;
  return {
    id: `C${String(i + 1).padStart(7, '0')}`,
    servedOn: days[i % days.length] as CivilDate,
    conduct,
    abuser: entity ? 'entity' : 'individual',
    deterredU,
    detectU,
    referralU,
    basicFacts,
    attorneyFeeFen,
    extraCostsFen,
    enforcement,
    // A company with no bad record in this case may be on the good-faith list (seed: 无不良司法记录).
    goodFaith: conduct === undefined && goodFaithU < p.goodFaithShare,
    lostFactor,
  };
}

/** Run-wide constants: the fines and the delay of an objection by the day it is served. */
export interface RunContext {
  readonly p: LitigationIntegrityParams;
  readonly fineFen: Readonly<Record<PartyKind, bigint>>;
  readonly objectionDelay: Map<CivilDate, { conductOn: CivilDate; delay: number }>;
}

/** The run-wide constants of a parameter set. */
export function runContext(p: LitigationIntegrityParams): RunContext {
  return { p, fineFen: fineFenOf(p, YEAR_START), objectionDelay: new Map() };
}

function fineFenOf(p: LitigationIntegrityParams, on: CivilDate): Record<PartyKind, bigint> {
  const entity = fineLimitsAt('entity', on);
  const individual = fineLimitsAt('individual', on);
  const entityFine = Money.min(
    (entity.min as Money).multiply(String(p.entityFineMultiple)).round(),
    entity.max,
  );
  const individualFine = individual.max.multiply(String(p.individualFineShare)).round();
  return { entity: entityFine.toFen(), individual: individualFine.toFen() };
}

/**
 * The end of the defence period (第一百二十八条, 第一百三十条) and the delay an abusive objection causes:
 * ruling, the 10-day appeal period (第一百七十一条) and the appeal court's decision.
 */
function objectionTimeline(ctx: RunContext, servedOn: CivilDate): { conductOn: CivilDate; delay: number } {
  const cached = ctx.objectionDelay.get(servedOn);
  if (cached) return cached;
  const defenceEnd = statutoryDeadline(servedOn, integerAt(DEFENCE_PERIOD_DAYS, servedOn), 'days');
  const ruling = addDays(defenceEnd, ctx.p.objectionRulingDays);
  const appealEnd = statutoryDeadline(ruling, integerAt(RULING_APPEAL_DAYS, ruling), 'days');
  const decided = addDays(appealEnd, ctx.p.appellateDays);
  const out = { conductOn: defenceEnd, delay: daysBetween(defenceEnd, decided) };
  ctx.objectionDelay.set(servedOn, out);
  return out;
}

/**
 * One case in one variant. Baseline: abuse is sanctioned with `sanctionRate` (false suits and evasion
 * found by the court alone, `courtDetectionRate`), only the extra costs of late evidence are shifted
 * (解释 第一百零二条第三款), enforcement is uniform. Reform: part of the abuse is deterred; what remains
 * is detected with `detectionRate` and brings a fine within 第一百一十八条 plus attorney fees and
 * extra costs (法发〔2016〕21号); detected false suits are referred to the police; good-faith companies
 * get flexible enforcement.
 */
export function handleCase(d: CaseDraws, variant: Variant, ctx: RunContext): CaseOutcome {
  const { p } = ctx;
  const reform = variant === 'reform';
  const conduct = reform && d.deterredU < p.deterrence ? undefined : d.conduct;
  const timeline = objectionTimeline(ctx, d.servedOn);
  let sanctioned = false;
  let fineFen = 0n;
  let innocentCostsFen = 0n;
  let shiftedFen = 0n;
  let delayDays = 0;
  let referred = false;
  let listed = false;
  if (conduct !== undefined) {
    const courtAlone = conduct === 'false-suit' || conduct === 'evading-enforcement';
    const rate = reform ? p.detectionRate : courtAlone ? p.courtDetectionRate : p.sanctionRate;
    sanctioned = d.detectU < rate;
    if (conduct === 'abusive-objection') delayDays = timeline.delay;
    else if (conduct === 'late-evidence' || conduct === 'forged-evidence') delayDays = p.evidenceDelayDays;
    if (HARMS_OPPONENT.has(conduct)) innocentCostsFen = d.attorneyFeeFen + d.extraCostsFen;
    if (sanctioned) {
      // Late evidence not on basic facts is excluded, not fined (解释 第一百零二条第一款).
      const fined =
        conduct !== 'late-evidence' ||
        lateEvidenceOutcome({
          objectiveCause: false,
          opponentObjects: true,
          fault: 'intent',
          concernsBasicFacts: d.basicFacts,
        }) === 'admitted-with-reprimand-or-fine';
      // One fine per act (解释 第一百八十四条); an entity is always fined for 第一百一十五、一百一十六条 conduct.
      if (fined || (d.abuser === 'entity' && MUST_FINE_ENTITY.has(conduct))) fineFen = ctx.fineFen[d.abuser];
      const basis = reform ? 'procedural-abuse' : conduct === 'late-evidence' ? 'late-evidence' : undefined;
      if (basis !== undefined && HARMS_OPPONENT.has(conduct)) {
        if (coversKind(basis, 'attorney-fee')) shiftedFen += d.attorneyFeeFen;
        if (coversKind(basis, 'lost-work')) shiftedFen += d.extraCostsFen;
      }
      if (conduct === 'false-suit') referred = reform || d.referralU < p.baselineReferralShare;
      if (conduct === 'evading-enforcement') listed = true;
    }
  }
  const flexible = reform && d.goodFaith;
  const lostDays =
    d.enforcement && d.goodFaith
      ? Math.round((flexible ? p.flexibleLostDays : p.uniformLostDays) * d.lostFactor)
      : 0;
  return {
    draws: d,
    variant,
    conduct,
    sanctioned,
    fineFen,
    innocentCostsFen,
    shiftedFen,
    delayDays,
    referred,
    listed,
    lostDays,
    conductOn: timeline.conductOn,
  };
}

/** Totals of no case. */
export function emptyTotals(): Totals {
  return {
    cases: 0,
    abused: 0,
    delayDays: 0,
    innocentCostsFen: 0n,
    shiftedFen: 0n,
    finesFen: 0n,
    fined: 0,
    abuserPaidFen: 0n,
    falseSuits: 0,
    falseSuitsDetected: 0,
    referred: 0,
    listed: 0,
    goodFaithEnforced: 0,
    goodFaithLostDays: 0,
  };
}

/** Adds one case's outcome to a variant's totals. */
export function addOutcome(t: Totals, o: CaseOutcome): void {
  t.cases++;
  if (o.conduct !== undefined) t.abused++;
  t.delayDays += o.delayDays;
  t.innocentCostsFen += o.innocentCostsFen;
  t.shiftedFen += o.shiftedFen;
  t.finesFen += o.fineFen;
  if (o.fineFen > 0n) t.fined++;
  // The ledger: the abuser pays the court its fine and the innocent party the shifted costs.
  const payments = [o.fineFen, o.shiftedFen];
  for (const amount of payments) t.abuserPaidFen += amount;
  if (o.conduct === 'false-suit') {
    t.falseSuits++;
    if (o.sanctioned) t.falseSuitsDetected++;
  }
  if (o.referred) t.referred++;
  if (o.listed) t.listed++;
  if (o.draws.enforcement && o.draws.goodFaith) {
    t.goodFaithEnforced++;
    t.goodFaithLostDays += o.lostDays;
  }
}

/** Registers the activities of the event log (once, before the first case). */
export function defineActivities(log: EventLog): void {
  log.defineActivities(ACTIVITIES);
}

/** Records one case in one variant. */
export function logCase(log: EventLog, o: CaseOutcome): void {
  const d = o.draws;
  const rec = log.startCase(o.variant, d.id, 'case', { attributes: { abuser: d.abuser } });
  rec.event('file', d.servedOn, { resource: 'court' });
  if (o.conduct !== undefined) rec.event('abuse', o.conductOn, { resource: d.abuser });
  if (o.fineFen > 0n || o.shiftedFen > 0n) rec.event('sanction', o.conductOn, { resource: 'court' });
  const judged = addDays(o.conductOn, o.delayDays);
  rec.event('judge', judged, { resource: 'court' });
  if (d.enforcement) rec.event('enforce', judged, { resource: 'court' });
  if (o.listed) rec.event('list', judged, { resource: 'court' });
}

/**
 * Runs baseline and reform on the same synthetic caseload, case by case.
 * @throws ValidationError naming `evasionRate` when the conduct shares add up to more than 1.
 * @example
 * runBatch(parseParams(PARAMS, { cases: 1000 }), 42).baseline.cases // 1000
 */
export function runBatch(p: LitigationIntegrityParams, seed: number, hooks: RunHooks = {}): BatchResult {
  checkShares(p);
  const streamOf = caseStreams(seed);
  const days = workingDays();
  const ctx = runContext(p);
  const log = hooks.eventLog;
  if (log) defineActivities(log);
  const baseline = emptyTotals();
  const reform = emptyTotals();
  const kept = hooks.keepOutcomes
    ? { baseline: [] as CaseOutcome[], reform: [] as CaseOutcome[] }
    : undefined;
  const step = Math.max(1, Math.floor(p.cases / 10));
  for (let i = 0; i < p.cases; i++) {
    const d = drawCase(i, streamOf(i), days, p);
    const b = handleCase(d, 'baseline', ctx);
    const r = handleCase(d, 'reform', ctx);
    addOutcome(baseline, b);
    addOutcome(reform, r);
    if (kept) {
      kept.baseline.push(b);
      kept.reform.push(r);
    }
    if (log) {
      logCase(log, b);
      logCase(log, r);
    }
    if ((i + 1) % step === 0) hooks.onProgress?.((i + 1) / p.cases);
  }
  return { cases: p.cases, baseline, reform, ...(kept ? { outcomes: kept } : {}) };
}

/**
 * Case `index` of a run in both variants, drawn again from its own stream: the report's samples.
 * @example
 * caseAt(params, 42, 17).baseline.draws.id // 'C0000018'
 */
export function caseAt(
  p: LitigationIntegrityParams,
  seed: number,
  index: number,
): { readonly baseline: CaseOutcome; readonly reform: CaseOutcome } {
  const d = drawCase(index, caseStreams(seed)(index), workingDays(), p);
  const ctx = runContext(p);
  return { baseline: handleCase(d, 'baseline', ctx), reform: handleCase(d, 'reform', ctx) };
}

/** The totals of both variants over a caseload (the public view of a run). */
export interface CaseloadTotals {
  readonly cases: number;
  readonly baseline: Totals;
  readonly reform: Totals;
}

/**
 * Runs the caseload without the report: the totals of both variants, for batch use and the
 * province-year bench (any size: `cases` is not capped here, only in the scenario schema).
 * @throws ValidationError naming `evasionRate` when the conduct shares add up to more than 1.
 * @example
 * simulateCaseload(parseParams(PARAMS, {}), 42).reform.fined // fines imposed after the reform
 */
export function simulateCaseload(params: LitigationIntegrityParams, seed: number): CaseloadTotals {
  const { cases, baseline, reform } = runBatch(objectArg(params, 'params'), seedArg(seed));
  return { cases, baseline, reform };
}

/** Checks a public entry's object argument once (issue #32): a ValidationError naming it. */
function objectArg<T>(value: T, path: string): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw ValidationError.of(
      path,
      `must be an object, got ${describeValue(value)}`,
      `必须是对象，实际为 ${describeValue(value)}`,
    );
  }
  return value;
}

/** Checks a seed once at the public entry: a safe integer, else a ValidationError naming it. */
function seedArg(seed: number, path = 'seed'): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw ValidationError.of(
      path,
      `must be a safe integer, got ${describeValue(seed)}`,
      `必须是安全整数，实际为 ${describeValue(seed)}`,
    );
  }
  return seed;
}
