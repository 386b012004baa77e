// One sample case per variant with its trace: every step cites its legal basis or a marked assumption.
// Internal: not exported from src/index.ts.
import { assumption, cited, Money, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { CITES } from './law';
import type { CaseOutcome } from './simulate';

function stepsOf(o: CaseOutcome): TraceStep[] {
  const d = o.draws;
  const steps: TraceStep[] = [
    {
      id: 'case.file',
      kind: 'step',
      title: { zh: '立案并送达', en: 'Case filed and served' },
      fired: true,
      inputs: { caseId: d.id, abuser: d.abuser },
      basis: cited(CITES.defencePeriod),
      at: d.servedOn,
    },
    {
      id: 'case.conduct',
      kind: 'step',
      title: { zh: '失信诉讼行为', en: 'Abusive conduct' },
      fired: o.conduct !== undefined,
      inputs: { wouldAbuse: d.conduct ?? 'none' },
      result: o.conduct ?? 'deterred',
      basis:
        o.conduct === undefined
          ? assumption({ zh: '假设：改革的威慑效果', en: 'Assumption: the reform’s deterrence' }, CITES.seed)
          : cited(CITES.objection, CITES.goodFaith),
      at: o.conductOn,
    },
    {
      id: 'case.sanction',
      kind: 'step',
      title: { zh: '罚款与费用转付', en: 'Fine and cost shifting' },
      fired: o.sanctioned,
      inputs: { innocentCosts: Money.fromFen(o.innocentCostsFen).toString() },
      result: { fine: Money.fromFen(o.fineFen).toString(), shifted: Money.fromFen(o.shiftedFen).toString() },
      basis: cited(CITES.fineLimits, CITES.approval, CITES.attorneyFees),
      at: o.conductOn,
    },
  ];
  return steps;
}

function sample(o: CaseOutcome): SampleCase {
  const d = o.draws;
  return {
    id: `${d.id}-${o.variant}`,
    variant: o.variant,
    title: { zh: `案件 ${d.id}（管辖权异议）`, en: `Case ${d.id} (jurisdiction objection)` },
    summary: {
      zh: `延误 ${o.delayDays} 天，罚款 ${Money.fromFen(o.fineFen).toString()} 元，转付费用 ${Money.fromFen(o.shiftedFen).toString()} 元`,
      en: `delay ${o.delayDays} days, fine ${Money.fromFen(o.fineFen).toString()} yuan, costs shifted ${Money.fromFen(o.shiftedFen).toString()} yuan`,
    },
    trace: {
      subject: d.id,
      outcome: { zh: `延误 ${o.delayDays} 天`, en: `delayed ${o.delayDays} days` },
      steps: stepsOf(o),
    },
  };
}

/**
 * The samples: the first case with an abusive jurisdiction objection, in both variants (none when
 * the caseload has no such case).
 * @example
 * samplesOf(firstObjection(params, seed, index)).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(
  first: { readonly baseline: CaseOutcome; readonly reform: CaseOutcome } | undefined,
): SampleCase[] {
  return first ? [sample(first.baseline), sample(first.reform)] : [];
}
