// One sample case per variant with its full trace: every step cites its legal basis (or is a
// marked assumption). Internal: not exported from src/index.ts.
import { cited, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { CITES, SUSPENSION_NOT_COUNTED } from './law';
import type { Handling, Outcome } from './model';
import { type BatchResult, handlingAt, OUTCOMES as OUTCOME_CODES } from './simulate';

const OUTCOMES: Readonly<Record<Outcome, { zh: string; en: string }>> = {
  'settled-before-filing': { zh: '申请前调解成功', en: 'settled before filing' },
  'mediation-document': { zh: '以调解书结案', en: 'closed by a mediation document' },
  decision: { zh: '以复议决定结案', en: 'closed by a decision' },
  court: { zh: '直接起诉', en: 'went to court' },
  petition: { zh: '转入信访', en: 'turned to petition' },
  abandoned: { zh: '未处理', en: 'dropped' },
};

/** The trace steps of one handling, in time order. */
function stepsOf(h: Handling): TraceStep[] {
  const d = h.dispute;
  const steps: TraceStep[] = [
    {
      id: 'dispute.known',
      kind: 'step',
      title: { zh: '知道行政行为', en: 'Act known' },
      fired: true,
      inputs: { disputeId: d.id, kind: d.act.kind, amount: d.act.amount },
      basis: cited(CITES.apply),
      at: d.knownOn,
    },
  ];
  if (h.outcome === 'settled-before-filing' && h.closedOn) {
    steps.push({
      id: 'dispute.mediate',
      kind: 'step',
      title: { zh: '申请前调解成功', en: 'Settled by pre-filing mediation' },
      fired: true,
      inputs: { disputeId: d.id },
      basis: cited(CITES.seed, CITES.mediationLimits),
      at: h.closedOn,
    });
  }
  if (h.appliedOn) {
    steps.push({
      id: 'dispute.apply',
      kind: 'step',
      title: { zh: '申请行政复议', en: 'Applied' },
      fired: true,
      inputs: { disputeId: d.id },
      basis: cited(CITES.apply, CITES.naturalDayPeriods),
      at: h.appliedOn,
    });
  }
  if (h.acceptedOn) {
    steps.push({
      id: 'dispute.accept',
      kind: 'step',
      title: { zh: '受理（审查期限届满）', en: 'Accepted (end of review period)' },
      fired: true,
      inputs: { summary: h.dispute.summaryEligible },
      basis: cited(CITES.acceptance, CITES.workingDayPeriods),
      at: h.acceptedOn,
    });
  }
  if (h.suspendedDays > 0) {
    steps.push({
      id: 'dispute.suspend',
      kind: 'step',
      title: { zh: '中止审理以调解', en: 'Suspended for mediation' },
      fired: true,
      inputs: { suspendedDays: h.suspendedDays },
      basis: SUSPENSION_NOT_COUNTED,
    });
  }
  if (h.closedOn && h.outcome !== 'settled-before-filing') {
    steps.push({
      id: 'dispute.close',
      kind: 'step',
      title: {
        zh: h.outcome === 'decision' ? '作出复议决定' : '制作调解书',
        en: h.outcome === 'decision' ? 'Decided' : 'Mediation document',
      },
      fired: true,
      inputs: { deadline: h.decisionDeadline ?? '' },
      result: h.closedOn,
      basis: cited(h.outcome === 'decision' ? CITES.decide : CITES.mediationDocument),
      at: h.closedOn,
    });
  }
  return steps;
}

function sample(h: Handling): SampleCase {
  const d = h.dispute;
  const outcome = OUTCOMES[h.outcome];
  return {
    id: `${d.id}-${h.variant}`,
    variant: h.variant,
    title: { zh: `争议 ${d.id}`, en: `Dispute ${d.id}` },
    summary: {
      zh: `${outcome.zh}${h.closedOn ? `（${h.closedOn}）` : ''}`,
      en: `${outcome.en}${h.closedOn ? ` (${h.closedOn})` : ''}`,
    },
    trace: { subject: d.id, outcome, steps: stepsOf(h) },
  };
}

/**
 * The report's samples: the first dispute decided on review in the baseline and settled before
 * filing in the reform (the path the measure changes), in both variants.
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  const n = r.disputes.n;
  const code = (o: Outcome) => OUTCOME_CODES.indexOf(o);
  let i = 0;
  while (
    i < n &&
    !(r.baseline.outcome[i] === code('decision') && r.reform.outcome[i] === code('settled-before-filing'))
  )
    i++;
  if (i >= n) i = 0;
  if (n === 0) return [];
  return [sample(handlingAt(r.disputes, r.baseline, i)), sample(handlingAt(r.disputes, r.reform, i))];
}
