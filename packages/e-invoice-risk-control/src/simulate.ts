// One run of measure 6: the same taxpayers and invoice stream through the paper-era supply
// (baseline: 票种核定, copies and caps, weekly alert batches) and the 数电 credit (reform: class
// credit, top-up, real-time block, registration cross-check, staff on alerts). Internal.
import {
  type EventLog,
  fromEpochMinutes,
  integerAt,
  Money,
  RandomStream,
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
  drawTaxpayers,
  type InvoiceBatch,
  invoiceBatch,
  type Taxpayer,
} from './population';

/** What a variant's run adds up. */
export interface VariantTotals {
  /** Working-time-aware hours from each alert's signal to the staff's response. */
  readonly responseHours: number[];
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

/** The result of a run. */
export interface BatchResult {
  readonly taxpayers: number;
  readonly baseline: VariantTotals;
  readonly reform: VariantTotals;
  /**
   * The case of the samples, with its steps in each variant: the first shell the cross-check
   * missed, else the first shell, else the first taxpayer (null only for an empty population).
   */
  readonly story: Story | null;
}

/** One taxpayer's steps in both variants. */
export interface Story {
  readonly taxpayer: Taxpayer;
  readonly baseline: CaseEvent[];
  readonly reform: CaseEvent[];
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
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

function totals(): VariantTotals {
  return {
    responseHours: [],
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
interface MonthDraws {
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

interface Ctx {
  readonly p: EInvoiceRiskControlParams;
  readonly clock: YearClock;
  readonly events: CaseEvent[] | null;
  readonly months: readonly MonthLaw[];
  /** An existing firm's single-invoice cap on paper, in fen (an integer parameter in yuan). */
  readonly existingCapFen: bigint;
}

/** The law of each simulated month, looked up once per run. */
interface MonthLaw {
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
  out.responseHours.push((at - t) / 60);
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
 * Runs baseline and reform on the same taxpayers and invoices, keeping the steps of one case for
 * the samples (see {@link BatchResult.story}).
 * @example
 * runBatch(defaultParams(PARAMS), 42).baseline.shells // the shells of the population
 */
export function runBatch(p: EInvoiceRiskControlParams, seed: number, hooks: RunHooks = {}): BatchResult {
  const clock = yearClock();
  const root = RandomStream.fromSeed(seed);
  const people = drawTaxpayers(p, root.substream('taxpayers'));
  const invoices = root.substream('invoices');
  const staff = root.substream('staff');
  const decisionDays = integerAt(TYPE_DECISION_WORKING_DAYS, '2024-01-01');
  const months = monthLaws(p);
  const existingCapFen = BigInt(p.existingPaperCap) * 100n;
  const baseline = totals();
  const reform = totals();
  const buffer = invoiceBatch(64);
  const log = hooks.eventLog;
  if (log) log.defineActivities(ACTIVITIES);
  // Candidates for the samples, by preference: a missed shell shows every control at work.
  let missed: Story | null = null;
  let anyShell: Story | null = null;
  let firstOne: Story | null = null;
  for (const tp of people) {
    const keepMissed = missed === null && tp.shell && !tp.flagged;
    const keepShell = anyShell === null && tp.shell;
    const keepFirst = firstOne === null;
    const wantEvents: boolean = log !== undefined || keepMissed || keepShell || keepFirst;
    const bEvents: CaseEvent[] | null = wantEvents ? [] : null;
    const rEvents: CaseEvent[] | null = wantEvents ? [] : null;
    const bCtx: Ctx = { p, clock, events: bEvents, months, existingCapFen };
    const rCtx: Ctx = { p, clock, events: rEvents, months, existingCapFen };
    const bCarry: Carry = { prev: null, suspendAt: Number.POSITIVE_INFINITY };
    const rCarry: Carry = { prev: null, suspendAt: Number.POSITIVE_INFINITY };
    let first = true;
    for (let m = 0; m < MONTHS; m++) {
      if (!activeIn(tp, m, p.shellActiveMonths)) continue;
      drawMonth(buffer, tp, m, p, clock, invoices);
      const d = staffDraws(p, staff, decisionDays);
      if (first) {
        first = false;
        const t0 = (clock.workingDays[m]?.[0] ?? 0) * 1440 + 540;
        record(bCtx, t0, 'register', 'taxpayer');
        record(rCtx, t0, 'register', 'taxpayer');
        if (tp.regMonth >= 0) baseline.reviews++; // 票种核定 of a new firm
        if (tp.flagged) {
          reform.reviews++; // the pushed registration is verified
          record(rCtx, t0, 'flag', 'risk-staff');
        }
        if (tp.shell) {
          baseline.shells++;
          reform.shells++;
        }
      }
      if (!tp.shell) {
        baseline.honestMonths++;
        reform.honestMonths++;
      }
      baselineMonth(bCtx, tp, m, buffer, d, bCarry, baseline);
      reformMonth(rCtx, tp, m, buffer, d, rCarry, reform);
    }
    if (log && bEvents && rEvents) logCase(log, tp, bEvents, rEvents);
    if (bEvents && rEvents) {
      const story: Story = { taxpayer: tp, baseline: bEvents, reform: rEvents };
      if (keepMissed) missed = story;
      if (keepShell) anyShell = story;
      if (keepFirst) firstOne = story;
    }
    if (hooks.onProgress && tp.index % 256 === 255) hooks.onProgress((tp.index + 1) / p.taxpayers);
  }
  return { taxpayers: p.taxpayers, baseline, reform, story: missed ?? anyShell ?? firstOne };
}

function logCase(log: EventLog, tp: Taxpayer, b: CaseEvent[], r: CaseEvent[]): void {
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
