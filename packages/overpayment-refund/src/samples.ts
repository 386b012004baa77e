// Sample cases of a run with their full traces: the process steps from the state machine's
// history, then the refund computation's steps, each with its legal basis.
import type { Localized, SampleCase, Trace, TraceStep } from '@gd-ftz/core';
import type { CasePlan } from './cases';
import type { RefundComputation } from './model';
import { type RefundStatus, refundMachine, STATUS_BASIS } from './process';
import type { CasePair } from './simulate';

/** A state's label, as the machine's table names it. */
const title = (s: RefundStatus): Localized => refundMachine.table.states[s].label;

const LAST_STEPS: ReadonlySet<string> = new Set(['process.order-issued', 'process.paid']);

function processSteps(plan: CasePlan): TraceStep[] {
  const p = plan.process;
  const id = plan.overpayment.id;
  // The detection opens the process; every later step is a transition with its own basis.
  const start: TraceStep = {
    id: `process.${p.started.state}`,
    kind: 'step',
    title: title(p.started.state),
    fired: true,
    inputs: { event: 'detect', overpaymentId: id },
    result: p.started.state,
    basis: STATUS_BASIS[p.started.state],
    ...(p.started.at ? { at: p.started.at } : {}),
  };
  const steps = p.history.map(
    (h): TraceStep => ({
      id: `process.${h.to}`,
      kind: 'step',
      title: title(h.to),
      fired: true,
      inputs: { event: h.event.type, overpaymentId: id },
      result: h.to,
      basis: h.basis,
      at: h.event.at,
    }),
  );
  return [start, ...steps];
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
      ? title('lapsed')
      : plan.end === 'rejected'
        ? title('rejected')
        : plan.end === 'pending'
          ? { zh: '待退还（期末未办结）', en: 'Pending at the horizon' }
          : (refund?.trace.outcome ?? title('paid'));
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
