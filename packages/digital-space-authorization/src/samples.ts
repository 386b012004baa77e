// One sample case per variant with its full trace: every step cites its legal basis (or is a
// marked assumption). Internal: not exported from src/index.ts.
import { cited, legalBasisAt, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { CITES, DECISION_WORKING_DAYS, PROMISED_WORKING_DAYS, SUPPLEMENT_ROUND } from './law';
import type { Handling } from './model';
import type { BatchResult } from './simulate';

/** The trace steps of one handling, in time order. */
function stepsOf(h: Handling): TraceStep[] {
  const a = h.application;
  const steps: TraceStep[] = [
    {
      id: 'application.receive',
      kind: 'step',
      title: { zh: '收到申请', en: 'Application received' },
      fired: true,
      inputs: { applicationId: a.id, complete: a.complete },
      basis: h.variant === 'baseline' ? cited(CITES.incompleteness) : cited(CITES.seed),
      at: a.receivedOn,
    },
  ];
  if (h.supplementedOn !== undefined) {
    steps.push({
      id: 'application.supplement',
      kind: 'step',
      title: { zh: '补正材料', en: 'File supplemented' },
      fired: true,
      inputs: { applicationId: a.id },
      result: h.supplementedOn,
      basis: SUPPLEMENT_ROUND,
      at: h.supplementedOn,
    });
  }
  const period = h.variant === 'baseline' ? DECISION_WORKING_DAYS : PROMISED_WORKING_DAYS;
  steps.push({
    id: 'application.decide',
    kind: 'step',
    title: { zh: '作出决定', en: 'Decision made' },
    fired: true,
    inputs: { acceptedOn: h.acceptedOn },
    result: h.decidedOn,
    // The basis of the period in force on the day of acceptance (cited, or a marked assumption).
    basis: legalBasisAt(period, h.acceptedOn),
    at: h.decidedOn,
  });
  return steps;
}

function sample(h: Handling): SampleCase {
  const a = h.application;
  return {
    id: `${a.id}-${h.variant}`,
    variant: h.variant,
    title: {
      zh: `申请 ${a.id}（${a.complete ? '材料齐全' : '材料不齐'}）`,
      en: `Application ${a.id} (${a.complete ? 'complete' : 'incomplete'})`,
    },
    summary: {
      zh: `${h.days} 天后作出决定，到窗口 ${h.counterVisits} 次`,
      en: `decided after ${h.days} days, ${h.counterVisits} counter visit(s)`,
    },
    trace: {
      subject: a.id,
      outcome: { zh: `${h.decidedOn} 作出决定`, en: `decided on ${h.decidedOn}` },
      steps: stepsOf(h),
    },
  };
}

/**
 * The report's samples: the first incomplete application (the one whose path differs most), in
 * both variants.
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  const i = Math.max(
    0,
    r.applications.findIndex((a) => !a.complete),
  );
  const pair = [r.baseline[i], r.reform[i]].filter((h): h is Handling => h !== undefined);
  return pair.map(sample);
}
