// Sample cases of a run with their full traces: the process steps from the state machine's
// history, then the refund computation's steps, each with its legal basis.
import type { Localized, SampleCase, Trace, TraceStep } from '@gd-ftz/core';
import type { CasePlan } from './cases';
import type { RefundComputation } from './model';
import { type RefundStatus, STATUS_BASIS } from './process';
import type { CasePair } from './simulate';

const TITLES: Readonly<Record<RefundStatus, Localized>> = {
  detected: { zh: '识别多缴', en: 'Overpayment detected' },
  reminded: { zh: '多缴提醒', en: 'Reminder sent' },
  prefilled: { zh: '自动预填退税申请', en: 'Application pre-filled' },
  submitted: { zh: '提交退税申请', en: 'Application submitted' },
  'auto-reviewed': { zh: '自动审核通过', en: 'Passed auto-review' },
  'manual-review': { zh: '转人工审核', en: 'Referred to manual review' },
  approved: { zh: '审核通过', en: 'Approved' },
  rejected: { zh: '不予退还', en: 'Rejected' },
  'order-issued': { zh: '开具收入退还书', en: 'Refund order issued' },
  paid: { zh: '退税到账', en: 'Refund received' },
  lapsed: { zh: '超过三年期限失效', en: 'Lapsed: window expired' },
};

const LAST_STEPS: ReadonlySet<string> = new Set(['process.order-issued', 'process.paid']);

function processSteps(plan: CasePlan): TraceStep[] {
  return plan.process.history.map((h) => ({
    id: `process.${h.status}`,
    kind: 'step',
    title: TITLES[h.status],
    fired: true,
    inputs: { event: h.event, overpaymentId: plan.overpayment.id },
    result: h.status,
    basis: STATUS_BASIS[h.status],
    at: h.at,
  }));
}

/**
 * The full trace of one planned case: process history, then the refund computation, by date.
 * @example
 * traceOf(plan, refund).steps[0]?.id // 'process.detected'
 */
export function traceOf(plan: CasePlan, refund?: RefundComputation): Trace {
  // By date; on one day the computation (refund.*) sits between the approval and the order it fills.
  const rank = (s: TraceStep) => (s.id.startsWith('refund.') ? 1 : LAST_STEPS.has(s.id) ? 2 : 0);
  const steps = [...processSteps(plan), ...(refund?.trace.steps ?? [])].sort((a, b) =>
    (a.at ?? '') === (b.at ?? '') ? rank(a) - rank(b) : (a.at ?? '') < (b.at ?? '') ? -1 : 1,
  );
  const outcome: Localized =
    plan.end === 'lapsed'
      ? TITLES.lapsed
      : plan.end === 'rejected'
        ? TITLES.rejected
        : plan.end === 'pending'
          ? { zh: '待退还（期末未办结）', en: 'Pending at the horizon' }
          : (refund?.trace.outcome ?? TITLES.paid);
  return { subject: plan.overpayment.id, outcome, steps };
}

function sample(pair: CasePair, v: 'baseline' | 'reform', n: number): SampleCase {
  const side = pair[v];
  const o = side.plan.overpayment;
  const cause: Localized = {
    'duplicate-payment': { zh: '重复缴款', en: 'duplicate payment' },
    correction: { zh: '更正申报', en: 'corrected return' },
    'no-liability': { zh: '错缴税种', en: 'payment to the wrong tax type' },
  }[o.cause];
  return {
    id: `case-${n}-${v}`,
    variant: v,
    title: {
      zh: `${pair.taxpayerId} 多缴 ${o.amount.toString()} 元（${cause.zh}）`,
      en: `${pair.taxpayerId}: ${o.amount.toString()} overpaid (${cause.en})`,
    },
    summary: traceOf(side.plan, side.refund).outcome,
    trace: traceOf(side.plan, side.refund),
  };
}

/**
 * The report's sample cases: each kept case in both variants.
 * @example
 * samplesOf(result.pairs).length // 2 × pairs
 */
export function samplesOf(pairs: readonly CasePair[]): SampleCase[] {
  return pairs.flatMap((p, i) => [sample(p, 'baseline', i + 1), sample(p, 'reform', i + 1)]);
}
