// How one overpayment travels through the old process (the taxpayer must notice alone, paper-era
// claim, manual review) and through the reform (reminder the same day, pre-filled claim,
// auto-review), driven through the state machine on the statutory calendar.
import { addDays, addWorkingDays, type CivilDate, type Evaluation, minDate } from '@gd-ftz/core';
import { type CaseDraws, PROCESS_ASSUMPTIONS, type TaxpayerStep } from './behaviour';
import type { DiscoveredBy, Overpayment, ReminderDiscovery } from './model';
import { openProcess, type RefundProcess, transition } from './process';
import { type ReviewFacts, reviewOf } from './review';
import { deadlineFrom } from './windows';

/** The last simulated day: every claim window of the 2022 population has closed by then. */
export const HORIZON: CivilDate = '2026-06-30' as CivilDate;

/** Baseline or reform. */
export type Variant = 'baseline' | 'reform';

/** The scenario choices a case plan reads. */
export interface PlanOptions {
  readonly reminderDiscovery: ReminderDiscovery;
  readonly baselineNoticeShare: number;
  /** Share of overpayments the authority finds itself (assumption; both variants, same draws). */
  readonly baselineAuthorityShare: number;
  /** Share of manual reviews that overrun the statutory deadline (assumption). */
  readonly lateReviewShare: number;
  readonly reminderResponseShare: number;
  /** Share of risk-flagged claims that the manual review confirms and refuses (assumption). */
  readonly riskConfirmedShare: number;
  readonly bankOnFile: boolean;
}

/** A case's path up to the refund order, or why it never got there. */
export interface CasePlan {
  readonly variant: Variant;
  readonly overpayment: Overpayment;
  readonly process: RefundProcess;
  readonly end: 'ordered' | 'rejected' | 'lapsed' | 'pending';
  readonly discoveredBy: DiscoveredBy;
  /** The day the authority found the overpayment (authority-found route only). */
  readonly discoveredOn?: CivilDate;
  readonly appliedOn?: CivilDate;
  readonly orderOn?: CivilDate;
  readonly paidOn?: CivilDate;
  /** The taxpayer's steps on this path; `actions` is their number. */
  readonly taxpayerSteps: readonly TaxpayerStep[];
  readonly actions: number;
  readonly officerMinutes: number;
  /** Decision day of a refused claim (manual review confirmed the risk flag). */
  readonly rejectedOn?: CivilDate;
  /** Auto-review reasons to refer (reform), empty when it passed. */
  readonly failed?: readonly string[];
  /** The auto-review evaluation (reform), for rule coverage. */
  readonly review?: Evaluation<ReviewFacts, string>;
}

const never = '9999-12-31' as CivilDate;

/** Whether the manual review confirms the case's open risk flag and refuses the claim (assumption). */
function refused(d: CaseDraws, o: PlanOptions): boolean {
  return d.riskFlag && d.uConfirm < o.riskConfirmedShare;
}

function reviewed(
  p: RefundProcess,
  submitOn: CivilDate,
  d: CaseDraws,
  manual: boolean,
  reject: boolean,
  lateShare: number,
): { p: RefundProcess; on: CivilDate; rejected: boolean } {
  if (!manual) return { p: transition(p, { type: 'approve', at: submitOn }), on: submitOn, rejected: false };
  const by = p.context.processBy ?? deadlineFrom('taxpayer', submitOn);
  const done = addWorkingDays(submitOn, d.reviewWorkingDays);
  // An authority-discovered overpayment whose 10-day deadline passed before the taxpayer supplied
  // the claim (no bank account on file) is reviewed after submission: a decision never precedes
  // its claim. Otherwise a review keeps the deadline, except the assumed share that overruns it by
  // 1–10 working days (lateReviewShare): the on-time KPI is a result, not 100% by construction.
  const late = d.uLate < lateShare;
  const on = by < submitOn ? done : late ? addWorkingDays(by, d.lateWorkingDays) : minDate(done, by);
  if (reject) {
    const q = transition(p, { type: 'reject', at: on, reason: 'risk flag confirmed by manual review' });
    return { p: q, on, rejected: true };
  }
  return { p: transition(p, { type: 'approve', at: on }), on, rejected: false };
}

function ordered(p: RefundProcess, on: CivilDate, d: CaseDraws): { p: RefundProcess; paidOn: CivilDate } {
  const paidOn = addWorkingDays(on, d.treasuryWorkingDays);
  const q = transition(transition(p, { type: 'issue-order', at: on }), { type: 'pay', at: paidOn });
  return { p: q, paidOn };
}

function stop(
  plan: Omit<CasePlan, 'end' | 'actions' | 'officerMinutes' | 'taxpayerSteps'>,
  end: 'lapsed' | 'pending',
): CasePlan {
  const w = plan.process.context.windowEndsOn;
  const process =
    end === 'lapsed' && w ? transition(plan.process, { type: 'lapse', at: addDays(w, 1) }) : plan.process;
  return { ...plan, process, end, taxpayerSteps: [], actions: 0, officerMinutes: 0 };
}

/** The effort of a path: the taxpayer's steps (their count is the actions) and officer minutes. */
function effortOf(steps: readonly TaxpayerStep[], officerMinutes: number) {
  return { taxpayerSteps: steps, actions: steps.length, officerMinutes };
}

/** The day the authority finds the overpayment itself, or `never` (assumed share and timing). */
function authorityFinds(op: Overpayment, d: CaseDraws, o: PlanOptions): CivilDate {
  return d.uAuthority < o.baselineAuthorityShare ? addDays(op.visibleOn, d.authorityFindDays) : never;
}

/**
 * The authority-found route (实施细则 第七十八条 "税务机关发现的": refund within 10 days of discovery,
 * no interest, 征管法 第五十一条 sets no look-back limit), as it ran before the reform and still
 * runs for an overpayment nobody claimed: the authority notifies the taxpayer (a 税务事项通知书), who
 * comes in and signs the application form (assumption: visit + form, + follow-up when asked); an
 * officer reviews it by hand (same review draws and late share as a claim).
 */
function planAuthorityFound(
  variant: Variant,
  p0: RefundProcess,
  op: Overpayment,
  foundOn: CivilDate,
  d: CaseDraws,
  o: PlanOptions,
): CasePlan {
  let p = transition(p0, { type: 'notify', at: foundOn });
  const base = { variant, overpayment: op, discoveredBy: 'authority' as const, discoveredOn: foundOn };
  p = transition(transition(p, { type: 'submit', at: foundOn }), { type: 'refer', at: foundOn });
  const r = reviewed(p, foundOn, d, true, refused(d, o), o.lateReviewShare);
  const steps: TaxpayerStep[] = ['login', 'form', ...(d.supplement ? (['follow-up'] as const) : [])];
  const effort = effortOf(steps, d.reviewMinutes);
  if (r.rejected)
    return { ...base, process: r.p, end: 'rejected', appliedOn: foundOn, rejectedOn: r.on, ...effort };
  const { p: done, paidOn } = ordered(r.p, r.on, d);
  return { ...base, process: done, end: 'ordered', appliedOn: foundOn, orderOn: r.on, paidOn, ...effort };
}

/**
 * The baseline path: the taxpayer notices alone (or never), prepares the paper-era form set, the
 * authority reviews by hand within the statutory 30 days (refusing claims whose risk flag it confirms),
 * issues the refund order, the treasury pays.
 * @example
 * planBaseline(op, draws, { reminderDiscovery: 'taxpayer-claim', baselineNoticeShare: 0.6, reminderResponseShare: 0.95, riskConfirmedShare: 0.25, bankOnFile: true })
 */
export function planBaseline(op: Overpayment, d: CaseDraws, o: PlanOptions): CasePlan {
  let p = openProcess(op, 'taxpayer', op.visibleOn);
  const base = { variant: 'baseline' as const, overpayment: op, discoveredBy: 'taxpayer' as const };
  const submitOn =
    d.uNotice < o.baselineNoticeShare ? addDays(op.visibleOn, d.noticeDays + d.prepDays) : never;
  const claimable = submitOn <= (p.context.windowEndsOn as CivilDate);
  // The authority finding it first (before any claim, inside the horizon) takes its own route.
  const foundOn = authorityFinds(op, d, o);
  if (foundOn <= HORIZON && (!claimable || foundOn < submitOn))
    return planAuthorityFound('baseline', p, op, foundOn, d, o);
  if (!claimable) return stop({ ...base, process: p }, 'lapsed');
  p = transition(transition(p, { type: 'submit', at: submitOn }), { type: 'refer', at: submitOn });
  const r = reviewed(p, submitOn, d, true, refused(d, o), o.lateReviewShare);
  const steps: TaxpayerStep[] = [
    'notice',
    'login',
    'form',
    'documents',
    ...(d.supplement ? (['follow-up'] as const) : []),
  ];
  const effort = effortOf(steps, PROCESS_ASSUMPTIONS.counterIntakeMinutes + d.reviewMinutes);
  if (r.rejected)
    return { ...base, process: r.p, end: 'rejected', appliedOn: submitOn, rejectedOn: r.on, ...effort };
  const { p: done, paidOn } = ordered(r.p, r.on, d);
  return { ...base, process: done, end: 'ordered', appliedOn: submitOn, orderOn: r.on, paidOn, ...effort };
}

/**
 * The reform path: reminder on the day the overpayment shows in the account, a pre-filled
 * application confirmed in one action, auto-review (manual only when a check fails; the same confirmed
 * risk flags are refused as in the baseline). Whoever would
 * have noticed alone still can, so a reform claim is never later than the baseline claim.
 * @example
 * planReform(op, draws, { reminderDiscovery: 'taxpayer-claim', baselineNoticeShare: 0.6, reminderResponseShare: 0.95, riskConfirmedShare: 0.25, bankOnFile: true })
 */
export function planReform(op: Overpayment, d: CaseDraws, o: PlanOptions): CasePlan {
  const authority = o.reminderDiscovery === 'authority-discovery';
  let p = openProcess(op, authority ? 'authority' : 'taxpayer', op.visibleOn);
  p = transition(p, { type: 'remind', at: op.visibleOn });
  const base = { variant: 'reform' as const, overpayment: op, discoveredBy: 'system-reminder' as const };
  const responds = d.uRespond < o.reminderResponseShare;
  const ownSubmit =
    d.uNotice < o.baselineNoticeShare ? addDays(op.visibleOn, d.noticeDays + d.prepDays) : never;
  let submitOn = minDate(responds ? addDays(op.visibleOn, d.responseDays) : never, ownSubmit);
  // An authority discovery is refunded ex officio by the 10-day deadline when a bank account is on file.
  if (authority && o.bankOnFile) submitOn = minDate(submitOn, p.context.processBy as CivilDate);
  const last = p.context.windowEndsOn ?? HORIZON;
  if (submitOn > last) {
    // Nobody claimed: the authority may still find it, on the same draw as in the baseline, and
    // follows it up the old way (a notice the taxpayer answers in person). Under the
    // authority-discovery reading the reminder was already its notice; the follow-up still runs for
    // whoever did not answer it, as it would have before the reform.
    const foundOn = authorityFinds(op, d, o);
    if (foundOn <= HORIZON) return planAuthorityFound('reform', p, op, foundOn, d, o);
    return stop({ ...base, process: p }, authority ? 'pending' : 'lapsed');
  }
  const byTaxpayer = submitOn !== p.context.processBy || responds;
  p = transition(transition(p, { type: 'prefill', at: submitOn }), { type: 'submit', at: submitOn });
  const { failed, evaluation } = reviewOf(
    {
      amountsReconcile: true,
      identityVerified: true,
      // Assumption: only an account on file is verified; one typed into the claim is checked by hand.
      bankAccountVerified: o.bankOnFile,
      openRiskFlag: d.riskFlag,
    },
    submitOn,
  );
  p = transition(p, { type: 'auto-review', at: submitOn, failed });
  const manual = failed.length > 0;
  const r = reviewed(p, submitOn, d, manual, manual && refused(d, o), o.lateReviewShare);
  // The reminder replaces `notice`; the pre-filled form holds the proof, so `documents` is only a
  // bank account typed in when none is on file.
  const steps: TaxpayerStep[] = byTaxpayer
    ? [
        'login',
        'form',
        ...(o.bankOnFile ? [] : (['documents'] as const)),
        ...(manual && d.supplement ? (['follow-up'] as const) : []),
      ]
    : [];
  const effort = { ...effortOf(steps, manual ? d.reviewMinutes : 0), failed, review: evaluation };
  if (r.rejected)
    return { ...base, process: r.p, end: 'rejected', appliedOn: submitOn, rejectedOn: r.on, ...effort };
  const { p: done, paidOn } = ordered(r.p, r.on, d);
  return { ...base, process: done, end: 'ordered', appliedOn: submitOn, orderOn: r.on, paidOn, ...effort };
}
