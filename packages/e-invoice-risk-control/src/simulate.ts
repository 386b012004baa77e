// One taxpayer's year in measure 6: its invoices and staff draws through the paper-era supply
// (baseline: 票种核定, copies and caps, weekly alert batches) and the 数电 credit (reform: class
// credit, top-up, real-time block, registration cross-check, staff on alerts). Taxpayers do not
// interact (staff draws are per taxpayer-month, no shared queue), so a run is a sum over them
// (shard.ts). Internal.
import {
  type EventLog,
  fromEpochMinutes,
  integerAt,
  Money,
  type RandomStream,
  type Variant,
  valueAt,
} from '@gd-ftz/core';
import {
  addWorkingMinutes,
  epochMinutes,
  MONTHS,
  monthOf,
  workingDaysLater,
  type YearClock,
  yearClock,
} from './clock';
import { FIRST_SUPPLY, TYPE_DECISION_WORKING_DAYS } from './law';
import { type CreditState, charge, type MonthRules, monthRules, openFen, type PrevFen } from './ledger';
import type { EInvoiceRiskControlParams } from './params';
import {
  activeIn,
  drawMonth,
  drawTraits,
  type InvoiceBatch,
  invoiceBatch,
  type Taxpayer,
  taxpayerOf,
  taxpayerStreams,
} from './population';

/** What a variant's run adds up over a block of taxpayers: integer counts and exact fen. */
export interface VariantTotals {
  /**
   * Alerts by whole minutes from the signal to the staff's response (`responseMinutes[d]` alerts
   * took `d` minutes): times are whole minutes, so the counts are exact.
   */
  readonly responseMinutes: number[];
  honestBlocked: number;
  honestMonths: number;
  /** Honest firms' applications for more supply (baseline) or a manual adjustment (reform). */
  applications: number;
  /** Officer reviews (applications, alerts, pushed registrations, 票种核定 of new firms). */
  reviews: number;
  shellFen: bigint;
  shells: number;
  shellsStoppedAtSource: number;
}

/** One dated step of a case, for the event log and the samples. */
export interface CaseEvent {
  readonly t: number;
  readonly activity: keyof typeof ACTIVITIES;
  readonly resource: string;
}

/** One taxpayer's steps in both variants: the case of the samples. */
export interface Story {
  readonly taxpayer: Taxpayer;
  readonly baseline: CaseEvent[];
  readonly reform: CaseEvent[];
}

export const ACTIVITIES = {
  register: { zh: '登记并开始用票', en: 'Registered, starts invoicing' },
  flag: { zh: '事前共管推送（Ⅰ类额度）', en: 'Flagged by the registration cross-check (class I)' },
  alert: { zh: '顶额预警', en: 'Top-out alert' },
  respond: { zh: '专岗/批量处理预警', en: 'Alert handled' },
  suspend: { zh: '暂停授信/锁票', en: 'Credit suspended / device locked' },
  apply: { zh: '申请增量或人工调整额度', en: 'Applies for more supply / a manual adjustment' },
  approve: { zh: '申请获准', en: 'Application approved' },
} as const;

/** Empty totals of one variant. */
export function totals(): VariantTotals {
  return {
    responseMinutes: [],
    honestBlocked: 0,
    honestMonths: 0,
    applications: 0,
    reviews: 0,
    shellFen: 0n,
    shells: 0,
    shellsStoppedAtSource: 0,
  };
}

/** The staff draws of one taxpayer-month, shared by both variants. */
export interface MonthDraws {
  /** Reform handling time of an alert, in working minutes. */
  readonly handleMinutes: number;
  /** Baseline decision day of a supply application (1–5 working days). */
  readonly decisionDays: number;
}

/** Per-taxpayer state carried from month to month. */
interface Carry {
  prev: PrevFen | null;
  suspendAt: number;
}

/** What a run under one parameter set reads, built once per run (or per sensitivity end). */
export interface RunEnv {
  readonly p: EInvoiceRiskControlParams;
  readonly clock: YearClock;
  readonly months: readonly MonthLaw[];
  /** An existing firm's single-invoice cap on paper, in fen (an integer parameter in yuan). */
  readonly existingCapFen: bigint;
  /** The most working days of a 票种核定 decision (发票管理办法 第十五条). */
  readonly decisionDays: number;
}

interface Ctx extends RunEnv {
  readonly events: CaseEvent[] | null;
}

/** The law of each simulated month, looked up once per run. */
export interface MonthLaw {
  readonly rules: MonthRules;
  /** The first-supply cap (fen) and copies of a new taxpayer (2018年第29号 第三条). */
  readonly firstCapFen: bigint;
  readonly firstCopies: number;
}

function monthLaws(p: EInvoiceRiskControlParams): MonthLaw[] {
  return Array.from({ length: MONTHS }, (_, m) => {
    const on = `${monthOf(m)}-01`;
    return {
      rules: monthRules(on, String(p.limitScale), String(p.topUpTrigger)),
      firstCapFen: Money.fromDecimal(valueAt(FIRST_SUPPLY.faceValueCap, on)).toFen(),
      firstCopies: integerAt(FIRST_SUPPLY.copies, on),
    };
  });
}

function record(ctx: Ctx, t: number, activity: CaseEvent['activity'], resource: string): void {
  ctx.events?.push({ t, activity, resource });
}

/** The alert's response: reform staff at once in working hours; baseline at the next batch. */
function respond(ctx: Ctx, v: Variant, t: number, d: MonthDraws): number {
  if (v === 'reform') return addWorkingMinutes(ctx.clock, t, d.handleMinutes);
  const every = ctx.p.batchIntervalDays * 1440;
  const batch = Math.ceil((t - 600) / every) * every + 600; // batches at 10:00 every interval
  return addWorkingMinutes(ctx.clock, batch, ctx.p.reviewMinutes);
}

/** Baseline month: copies × caps of the paper supply, 增量 on application, weekly alert batches. */
function baselineMonth(
  ctx: Ctx,
  tp: Taxpayer,
  m: number,
  b: InvoiceBatch,
  d: MonthDraws,
  c: Carry,
  out: VariantTotals,
): void {
  const law = ctx.months[m] as MonthLaw;
  // Assumption: the first-supply caps hold for a new firm's first three months.
  // Assumptions (parameters): how long the first-supply caps hold; an existing firm's copies and cap.
  const firstMonths = tp.regMonth >= 0 && m - tp.regMonth < ctx.p.firstSupplyMonths;
  const cap = firstMonths ? law.firstCapFen : ctx.existingCapFen;
  const base = firstMonths ? law.firstCopies : Math.ceil(ctx.p.invoicesPerMonth * ctx.p.paperSupplyMonths);
  let supply = base;
  let copies = 0;
  let valueFen = 0n;
  let approvedAt = Number.POSITIVE_INFINITY;
  let alerted = false;
  const alertFen = (BigInt(Math.round(ctx.p.topUpTrigger * 1000)) * BigInt(base) * cap) / 1000n;
  for (let k = 0; k < b.count; k++) {
    const t = b.times[k] as number;
    const fen = b.fen[k] as bigint;
    if (t >= c.suspendAt) continue;
    if (t >= approvedAt) {
      supply += base;
      approvedAt = Number.POSITIVE_INFINITY;
      record(ctx, t, 'approve', 'officer');
    }
    const need = Number((fen + cap - 1n) / cap);
    if (copies + need > supply) {
      if (!tp.shell) out.honestBlocked++;
      if (approvedAt === Number.POSITIVE_INFINITY && supply === base) {
        // A shell applies for 增量 too (领票→顶额→增量): it costs a review, but the KPI counts
        // honest firms' applications, as the reform's blocked shells do not apply.
        if (!tp.shell) out.applications++;
        out.reviews++;
        approvedAt = workingDaysLater(t, d.decisionDays);
        record(ctx, t, 'apply', tp.shell ? 'shell' : 'taxpayer');
      }
      continue;
    }
    copies += need;
    valueFen += fen;
    if (tp.shell) out.shellFen += fen;
    if (!alerted && valueFen >= alertFen) {
      alerted = true;
      alertRaised(ctx, 'baseline', tp, t, d, c, out);
    }
  }
}

function alertRaised(
  ctx: Ctx,
  v: Variant,
  tp: Taxpayer,
  t: number,
  d: MonthDraws,
  c: Carry,
  out: VariantTotals,
): void {
  const at = respond(ctx, v, t, d);
  // Whole minutes: invoice times, batch times and working-time ends all fall on whole minutes.
  const minutes = at - t;
  out.responseMinutes[minutes] = (out.responseMinutes[minutes] ?? 0) + 1;
  out.reviews++;
  record(ctx, t, 'alert', 'system');
  record(ctx, at, 'respond', v === 'reform' ? 'risk-staff' : 'officer');
  if (tp.shell && tp.responseHits && at < c.suspendAt) {
    c.suspendAt = at;
    record(ctx, at, 'suspend', 'system');
  }
}

/** Reform month: the credit ledger (openMonth + the shared issuance check), alerts to staff. */
function reformMonth(
  ctx: Ctx,
  tp: Taxpayer,
  m: number,
  b: InvoiceBatch,
  d: MonthDraws,
  c: Carry,
  out: VariantTotals,
): void {
  const flaggedNow = tp.flagged && m === tp.regMonth;
  const riskClass = tp.flagged && (tp.shell || flaggedNow) ? 'I' : tp.riskClass;
  const o = openFen(riskClass, c.prev, undefined, (ctx.months[m] as MonthLaw).rules);
  const s: CreditState = {
    totalFen: o.totalFen,
    usedFen: 0n,
    topUpAtFen: o.topUpAtFen,
    topUpByFen: o.topUpByFen,
    toppedUp: false,
    suspended: false,
  };
  let approvedAt = Number.POSITIVE_INFINITY;
  let applied = false;
  let alerted = false;
  let issuedAny = false;
  for (let k = 0; k < b.count; k++) {
    const t = b.times[k] as number;
    const fen = b.fen[k] as bigint;
    if (t >= c.suspendAt) s.suspended = true;
    if (t >= approvedAt) {
      // 人工调整: approved for what the rest of the month needs ("无异常即可通过", S26).
      let rest = 0n;
      for (let j = k; j < b.count; j++) rest += b.fen[j] as bigint;
      if (s.usedFen + rest > s.totalFen) s.totalFen = s.usedFen + rest;
      approvedAt = Number.POSITIVE_INFINITY;
      record(ctx, t, 'approve', 'officer');
    }
    const outcome = charge(s, fen);
    if (outcome === 'blocked') {
      if (tp.shell) continue;
      out.honestBlocked++;
      if (!applied) {
        applied = true;
        out.applications++;
        out.reviews++;
        approvedAt =
          ctx.p.manualWorkingDays === 0
            ? addWorkingMinutes(ctx.clock, t, ctx.p.reviewMinutes)
            : workingDaysLater(t, ctx.p.manualWorkingDays);
        record(ctx, t, 'apply', 'taxpayer');
      }
      continue;
    }
    issuedAny = true;
    if (tp.shell) out.shellFen += fen;
    if (!alerted && s.usedFen >= s.topUpAtFen) {
      alerted = true;
      alertRaised(ctx, 'reform', tp, t, d, c, out);
    }
  }
  if (tp.shell && m === tp.regMonth && !issuedAny && b.count > 0) out.shellsStoppedAtSource++;
  c.prev = {
    riskClass,
    openingFen: o.totalFen,
    usedFen: s.usedFen,
    topUpAtFen: o.topUpAtFen,
    monthsAbove: o.monthsAbove,
    monthsBelow: o.monthsBelow,
    recentFen: o.recentFen,
  };
}

const staffDraws = (p: EInvoiceRiskControlParams, rng: RandomStream, decisionDays: number): MonthDraws => ({
  handleMinutes: Math.max(1, Math.round(rng.exponential(1) * p.responseHours * 60)),
  decisionDays: rng.int(1, decisionDays),
});

/**
 * The law and constants of a run under `p`.
 * @example
 * runEnv(params).months.length // 12
 */
export function runEnv(p: EInvoiceRiskControlParams): RunEnv {
  return {
    p,
    clock: yearClock(),
    months: monthLaws(p),
    existingCapFen: BigInt(p.existingPaperCap) * 100n,
    decisionDays: integerAt(TYPE_DECISION_WORKING_DAYS, '2024-01-01'),
  };
}

/** A taxpayer's year of invoices and staff draws, month by month (buffers reused between taxpayers). */
export interface YearDraws {
  /** Whether the taxpayer issues in month m (then `batches[m]` and `draws[m]` hold its month). */
  readonly active: boolean[];
  readonly batches: readonly InvoiceBatch[];
  readonly draws: MonthDraws[];
}

/** Empty buffers for one taxpayer's year. */
export function yearDraws(): YearDraws {
  return {
    active: new Array<boolean>(MONTHS).fill(false),
    batches: Array.from({ length: MONTHS }, () => invoiceBatch(64)),
    draws: Array.from({ length: MONTHS }, () => ({ handleMinutes: 0, decisionDays: 0 })),
  };
}

/**
 * Fills `y` with taxpayer `tp`'s year: its invoices from its sub-stream `invoices`, its staff draws
 * (one per active month, shared by both variants) from `staff`. The streams are made afresh from
 * `own`, so drawing the year again gives the same year.
 */
export function drawYear(y: YearDraws, tp: Taxpayer, env: RunEnv, own: RandomStream): void {
  const invoices = own.substream('invoices');
  const staff = own.substream('staff');
  for (let m = 0; m < MONTHS; m++) {
    const on = activeIn(tp, m, env.p.shellActiveMonths);
    y.active[m] = on;
    if (!on) continue;
    drawMonth(y.batches[m] as InvoiceBatch, tp, m, env.p, env.clock, invoices);
    y.draws[m] = staffDraws(env.p, staff, env.decisionDays);
  }
}

/** The totals a taxpayer's run adds to: either variant may be left out (a sensitivity end's pass). */
export interface RunOutputs {
  readonly baseline?: VariantTotals | undefined;
  readonly reform?: VariantTotals | undefined;
}

/**
 * Runs one taxpayer's year through the variants of `out` (both for the scenario), adding to their
 * totals; with `events`, records its steps in each variant (the event log and the samples).
 */
export function runTaxpayer(
  env: RunEnv,
  tp: Taxpayer,
  y: YearDraws,
  out: RunOutputs,
  events: Story | null = null,
): void {
  const { baseline, reform } = out;
  const bCtx: Ctx = { ...env, events: events ? events.baseline : null };
  const rCtx: Ctx = { ...env, events: events ? events.reform : null };
  const bCarry: Carry = { prev: null, suspendAt: Number.POSITIVE_INFINITY };
  const rCarry: Carry = { prev: null, suspendAt: Number.POSITIVE_INFINITY };
  let first = true;
  for (let m = 0; m < MONTHS; m++) {
    if (!y.active[m]) continue;
    const b = y.batches[m] as InvoiceBatch;
    const d = y.draws[m] as MonthDraws;
    if (first) {
      first = false;
      const t0 = (env.clock.workingDays[m]?.[0] ?? 0) * 1440 + 540;
      record(bCtx, t0, 'register', 'taxpayer');
      record(rCtx, t0, 'register', 'taxpayer');
      if (baseline && tp.regMonth >= 0) baseline.reviews++; // 票种核定 of a new firm
      if (tp.flagged) {
        if (reform) reform.reviews++; // the pushed registration is verified
        record(rCtx, t0, 'flag', 'risk-staff');
      }
      if (tp.shell) {
        if (baseline) baseline.shells++;
        if (reform) reform.shells++;
      }
    }
    if (!tp.shell) {
      if (baseline) baseline.honestMonths++;
      if (reform) reform.honestMonths++;
    }
    if (baseline) baselineMonth(bCtx, tp, m, b, d, bCarry, baseline);
    if (reform) reformMonth(rCtx, tp, m, b, d, rCarry, reform);
  }
}

/**
 * Taxpayer `index` of a run of `env.p` with its steps in both variants, drawn again from the seed and
 * its index alone (the samples' case, found by a pass over the population).
 * @example
 * storyOf(runEnv(params), 42, 0).taxpayer.index // 0
 */
export function storyOf(env: RunEnv, seed: number, index: number): Story {
  const own = taxpayerStreams(seed)(index);
  const tp = taxpayerOf(drawTraits(own, index), env.p);
  const y = yearDraws();
  drawYear(y, tp, env, own);
  const story: Story = { taxpayer: tp, baseline: [], reform: [] };
  runTaxpayer(env, tp, y, {}, story);
  return story;
}

/** Writes one taxpayer's steps to the event log, a case in each variant. */
export function logCase(log: EventLog, tp: Taxpayer, b: CaseEvent[], r: CaseEvent[]): void {
  for (const [variant, events] of [
    ['baseline', b],
    ['reform', r],
  ] as const) {
    const rec = log.startCase(variant, `T${String(tp.index + 1).padStart(6, '0')}`, 'taxpayer', {
      attributes: { shell: tp.shell, riskClass: tp.riskClass },
    });
    for (const e of [...events].sort((x, y) => x.t - y.t)) {
      rec.event(e.activity, fromMinutes(e.t), { resource: e.resource });
    }
  }
}

function fromMinutes(t: number) {
  return fromEpochMinutes(epochMinutes(t));
}
