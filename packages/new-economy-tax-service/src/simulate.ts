// One run of measure 4: the same seeded firms through the old process (baseline), each mechanism
// alone, and all four (the reform). Firms are drawn and their law-fixed relief computed once per
// population; the behavioural assumptions act on uniforms drawn with each firm, so a sensitivity
// re-run reuses the population. Totals are accumulated firm by firm (no per-firm results kept).
import { addDays, addWorkingDays, type CivilDate, daysBetween, type EventLog } from '@gd-ftz/core';
import type { OnboardingPlan } from './model';
import { planFrom } from './onboarding';
import type { NewEconomyTaxServiceParams } from './params';
import { drawFirm, type Firm, PREFERENCES } from './population';

/** The four mechanisms of the measure. */
export type Mechanism = 'joint-meeting' | 'policy-push' | 'bundle' | 'risk-reminder';
/** Every mechanism, in the seed's order. */
export const MECHANISMS: readonly Mechanism[] = ['joint-meeting', 'policy-push', 'bundle', 'risk-reminder'];
/** A run variant: the old process, one mechanism alone, or all four. */
export type RunVariant = 'baseline' | Mechanism | 'all';
export const RUN_VARIANTS: readonly RunVariant[] = ['baseline', ...MECHANISMS, 'all'];

type Flags = Readonly<Record<Mechanism, boolean>>;
const flagsOf = (v: RunVariant): Flags => ({
  'joint-meeting': v === 'all' || v === 'joint-meeting',
  'policy-push': v === 'all' || v === 'policy-push',
  bundle: v === 'all' || v === 'bundle',
  'risk-reminder': v === 'all' || v === 'risk-reminder',
});
const FLAGS: readonly (readonly [RunVariant, Flags])[] = RUN_VARIANTS.map((v) => [v, flagsOf(v)]);

/** What happened to one firm in one variant. */
export interface Outcome {
  readonly firm: Firm;
  readonly variant: RunVariant;
  readonly novel: boolean;
  /** The day the novel project's questions were all answered. */
  readonly ruledOn?: CivilDate;
  readonly revenueOn: CivilDate;
  readonly plan: OnboardingPlan;
  readonly applications: number;
  readonly claimed: readonly boolean[];
  readonly reminders: number;
  readonly cases: number;
  readonly penalties: number;
  readonly officerMinutes: number;
}

/** Totals of one variant. Days are kept as histograms (index = days), so memory stays flat. */
export interface Totals {
  firms: number;
  eligibleFen: bigint;
  claimedFen: bigint;
  invoiceDays: number[];
  filingDays: number[];
  applications: number;
  novel: number;
  novelRuledBeforeRevenue: number;
  signals: number;
  reminders: number;
  cases: number;
  penalties: number;
  officerMinutes: number;
}

/** The result of a run: totals per variant and the sample firm's outcomes. */
export interface RunResult {
  readonly totals: Readonly<Record<RunVariant, Totals>>;
  readonly sample: readonly Outcome[];
}

/** Zero totals, the start of every variant's sums. */
export const emptyTotals = (): Totals => ({
  firms: 0,
  eligibleFen: 0n,
  claimedFen: 0n,
  invoiceDays: [],
  filingDays: [],
  applications: 0,
  novel: 0,
  novelRuledBeforeRevenue: 0,
  signals: 0,
  reminders: 0,
  cases: 0,
  penalties: 0,
  officerMinutes: 0,
});

/** A plan with its day counts from the start, memoised: a few hundred landing days repeat. */
interface PlanInfo {
  readonly plan: OnboardingPlan;
  readonly invoiceDays: number;
  readonly filingDays: number;
}
const PLANS = new Map<string, PlanInfo>();
const OFFSETS = new Map<string, CivilDate>();
function planInfo(mode: 'bundle' | 'separate', on: CivilDate): PlanInfo {
  const key = `${mode}${on}`;
  let p = PLANS.get(key);
  if (!p) {
    const plan = planFrom(mode, on);
    p = {
      plan,
      invoiceDays: daysBetween(on, plan.firstInvoiceBy),
      filingDays: daysBetween(on, plan.firstFilingBy),
    };
    PLANS.set(key, p);
  }
  return p;
}
function plan(mode: 'bundle' | 'separate', on: CivilDate): OnboardingPlan {
  return planInfo(mode, on).plan;
}
function workingDaysAfter(on: CivilDate, n: number): CivilDate {
  const key = `${on}+${n}`;
  let d = OFFSETS.get(key);
  if (!d) {
    d = addWorkingDays(on, n);
    OFFSETS.set(key, d);
  }
  return d;
}

/**
 * One firm in one variant.
 * @example
 * outcomeOf(drawFirm(42, 0, 0.8), 'all', params).plan.mode // 'bundle'
 */
export function outcomeOf(firm: Firm, variant: RunVariant, p: NewEconomyTaxServiceParams): Outcome {
  const f = flagsOf(variant);
  const novel = firm.novelU < p.novelShare;
  const lag = Math.ceil(-Math.log(1 - firm.revenueLagU) * p.revenueLagDays);
  const revenueOn = addDays(firm.landedOn, lag);
  let ruledOn: CivilDate | undefined;
  if (novel) {
    ruledOn = f['joint-meeting']
      ? workingDaysAfter(firm.landedOn, Math.floor(firm.meetingU * (p.meetingIntervalDays + 1)))
      : workingDaysAfter(firm.landedOn, p.questionsPerNovel * p.rulingWorkingDays);
  }
  const onboarding = plan(f.bundle ? 'bundle' : 'separate', firm.landedOn);
  const applications = onboarding.applications + (novel && !f['joint-meeting'] ? p.questionsPerNovel : 0);
  const takeUp = f['policy-push'] ? p.takeUpPushed : p.takeUpUnaided;
  const claimed = firm.takeUpU.map((u) => u < takeUp);
  let reminders = 0;
  let cases = 0;
  let penalties = 0;
  for (const [correctU, caseU, penaltyU] of firm.signalU) {
    if (f['risk-reminder']) reminders++;
    const corrected = f['risk-reminder'] && correctU < p.reminderEffect;
    if (!corrected && caseU < p.caseShare) {
      cases++;
      if (penaltyU < p.penaltyShare) penalties++;
    }
  }
  const rulingMinutes = novel
    ? f['joint-meeting']
      ? p.meetingHoursPerProject * 60
      : p.questionsPerNovel * p.hoursPerRuling * 60
    : 0;
  const officerMinutes =
    applications * p.minutesPerApplication +
    rulingMinutes +
    reminders * p.minutesPerReminder +
    cases * p.hoursPerCase * 60;
  return {
    firm,
    variant,
    novel,
    ...(ruledOn === undefined ? {} : { ruledOn }),
    revenueOn,
    plan: onboarding,
    applications,
    claimed,
    reminders,
    cases,
    penalties,
    officerMinutes,
  };
}

/** Days from the landing day to a date, memoised per pair of dates (both repeat). */
const SPANS = new Map<string, number>();
function span(from: CivilDate, to: CivilDate): number {
  const key = `${from}${to}`;
  let d = SPANS.get(key);
  if (d === undefined) {
    d = daysBetween(from, to);
    SPANS.set(key, d);
  }
  return d;
}

/**
 * Adds one firm to every variant's totals: the same arithmetic as {@link outcomeOf}, with what
 * does not depend on the variant computed once (this loop is the run's hot path).
 */
export function addFirm(
  totals: Readonly<Record<RunVariant, Totals>>,
  firm: Firm,
  p: NewEconomyTaxServiceParams,
): void {
  const novel = firm.novelU < p.novelShare;
  const lag = Math.ceil(-Math.log(1 - firm.revenueLagU) * p.revenueLagDays);
  let ruledCaseByCase = false;
  let ruledAtMeeting = false;
  if (novel) {
    ruledCaseByCase =
      span(firm.landedOn, workingDaysAfter(firm.landedOn, p.questionsPerNovel * p.rulingWorkingDays)) <= lag;
    ruledAtMeeting =
      span(
        firm.landedOn,
        workingDaysAfter(firm.landedOn, Math.floor(firm.meetingU * (p.meetingIntervalDays + 1))),
      ) <= lag;
  }
  const separate = planInfo('separate', firm.landedOn);
  const bundle = planInfo('bundle', firm.landedOn);
  let eligible = 0n;
  let unaided = 0n;
  let pushed = 0n;
  firm.reliefFen.forEach((fen, i) => {
    const u = firm.takeUpU[i] as number;
    eligible += fen;
    if (u < p.takeUpUnaided) unaided += fen;
    if (u < p.takeUpPushed) pushed += fen;
  });
  let casesOff = 0;
  let penaltiesOff = 0;
  let casesOn = 0;
  let penaltiesOn = 0;
  for (const [correctU, caseU, penaltyU] of firm.signalU) {
    if (caseU < p.caseShare) {
      casesOff++;
      if (penaltyU < p.penaltyShare) penaltiesOff++;
      if (correctU >= p.reminderEffect) {
        casesOn++;
        if (penaltyU < p.penaltyShare) penaltiesOn++;
      }
    }
  }
  const signals = firm.signalU.length;
  for (const [v, f] of FLAGS) {
    const t = totals[v];
    const jm = f['joint-meeting'];
    const on = f['risk-reminder'];
    const info = f.bundle ? bundle : separate;
    const applications = info.plan.applications + (novel && !jm ? p.questionsPerNovel : 0);
    const reminders = on ? signals : 0;
    const cases = on ? casesOn : casesOff;
    t.firms++;
    t.eligibleFen += eligible;
    t.claimedFen += f['policy-push'] ? pushed : unaided;
    bump(t.invoiceDays, info.invoiceDays);
    bump(t.filingDays, info.filingDays);
    t.applications += applications;
    if (novel) {
      t.novel++;
      if (jm ? ruledAtMeeting : ruledCaseByCase) t.novelRuledBeforeRevenue++;
    }
    t.signals += signals;
    t.reminders += reminders;
    t.cases += cases;
    t.penalties += on ? penaltiesOn : penaltiesOff;
    t.officerMinutes +=
      applications * p.minutesPerApplication +
      (novel ? (jm ? p.meetingHoursPerProject * 60 : p.questionsPerNovel * p.hoursPerRuling * 60) : 0) +
      reminders * p.minutesPerReminder +
      cases * p.hoursPerCase * 60;
  }
}

function bump(hist: number[], days: number): void {
  hist[days] = (hist[days] ?? 0) + 1;
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

const ACTIVITIES = {
  land: { zh: '项目落地（登记）', en: 'Project landed (registered)' },
  'joint-meeting': { zh: '联席会议答复涉税问题', en: 'Questions answered at the joint meeting' },
  ruling: { zh: '逐件答复涉税问题', en: 'Questions answered case by case' },
  'real-name': { zh: '实名信息采集', en: 'Real-name verification' },
  'invoice-types': { zh: '发票票种核定', en: 'Invoice types decided' },
  'first-supply': { zh: '首次领用发票', en: 'First invoices supplied' },
  bundle: { zh: '新办套餐办结', en: 'Onboarding bundle done' },
  'first-filing': { zh: '首次申报期限', en: 'First return due' },
} as const;

/** Records one firm's baseline and reform cases in the event log (the scenario pass only). */
export function logFirm(log: EventLog, firm: Firm, p: NewEconomyTaxServiceParams): void {
  for (const v of ['baseline', 'all'] as const) logOutcome(log, outcomeOf(firm, v, p));
}

/** Declares the event log's activities, once per log. */
export function defineLogActivities(log: EventLog): void {
  log.defineActivities(ACTIVITIES);
}

/**
 * How strongly a firm shows the mechanisms at work (novel, signals, relief): the sample is the
 * first firm with the highest score.
 */
export function sampleScore(firm: Firm, p: NewEconomyTaxServiceParams): number {
  return (
    (firm.novelU < p.novelShare ? 4 : 0) +
    (firm.signalU.length > 0 ? 2 : 0) +
    (firm.reliefFen.some((f) => f > 0n) ? 1 : 0)
  );
}

function logOutcome(log: EventLog, o: Outcome): void {
  const variant = o.variant === 'baseline' ? 'baseline' : 'reform';
  const rec = log.startCase(variant, o.firm.year.id, 'firm', {
    attributes: { novel: o.novel, sector: o.firm.year.sector },
  });
  const events: [keyof typeof ACTIVITIES, CivilDate][] = [['land', o.firm.landedOn]];
  if (o.ruledOn !== undefined)
    events.push([o.variant === 'baseline' ? 'ruling' : 'joint-meeting', o.ruledOn]);
  for (const s of o.plan.steps) events.push([s.id, s.finishBy]);
  events.push(['first-filing', o.plan.firstFilingBy]);
  events.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  for (const [activity, at] of events) rec.event(activity, at, { resource: 'tax-office' });
}

/**
 * Runs every variant over `firms` (drawn here, or given). The measure runs through shard.ts; this
 * whole-population loop is kept as the tests' and bench's simple reference.
 * @example
 * runScenario(params, 42).totals.all.firms // params.firms
 */
export function runScenario(
  p: NewEconomyTaxServiceParams,
  seed: number,
  hooks: RunHooks = {},
  firms?: readonly Firm[],
): RunResult {
  const totals = Object.fromEntries(RUN_VARIANTS.map((v) => [v, emptyTotals()])) as Record<
    RunVariant,
    Totals
  >;
  const log = hooks.eventLog;
  if (log) log.defineActivities(ACTIVITIES);
  let sample: Outcome[] = [];
  let best = -1;
  for (let i = 0; i < p.firms; i++) {
    const firm = firms?.[i] ?? drawFirm(seed, i, p.smallScaleShare);
    addFirm(totals, firm, p);
    if (log) logFirm(log, firm, p);
    // The sample: the first firm showing the most mechanisms at work (novel, signals, relief).
    const score = sampleScore(firm, p);
    if (score > best) {
      best = score;
      sample = [outcomeOf(firm, 'baseline', p), outcomeOf(firm, 'all', p)];
    }
    if (hooks.onProgress && (i + 1) % 1000 === 0) hooks.onProgress((i + 1) / p.firms);
  }
  return { totals, sample };
}

/** The population of a run, for the tests' whole-population reference. */
export function populationOf(p: NewEconomyTaxServiceParams, seed: number): Firm[] {
  const out: Firm[] = [];
  for (let i = 0; i < p.firms; i++) out.push(drawFirm(seed, i, p.smallScaleShare));
  return out;
}

export { PREFERENCES };
