// Sample cases with their traces: the same visitor in both variants, each step citing its basis
// (or a marked assumption). Internal: not exported from src/index.ts.
import { cited, type SampleCase, type TraceStep, type Variant } from '@gd-ftz/core';
import type { AttemptRecord } from './hall-day';
import { CITES, IDENTITY_CHECK, TRIAGE_BASIS } from './law';
import { LOW_SKILL, type Visitor } from './population';
import type { BatchResult } from './simulate';
import { triage } from './triage';
import { monthDeadline } from './year';

const fmt = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(1));

function stepsOf(r: AttemptRecord, v: Visitor, variant: Variant, date: string): TraceStep[] {
  const d = monthDeadline(date.slice(0, 7));
  const steps: TraceStep[] = [
    {
      id: 'visit.deadline',
      kind: 'step',
      title: { zh: '本月申报纳税期限', en: 'This month’s filing deadline' },
      fired: true,
      inputs: { month: d.month, source: d.source },
      result: d.deadline,
      basis: cited(CITES.vatFilingPeriod, CITES.holidayExtension),
    },
    {
      id: 'visit.arrive',
      kind: 'step',
      title:
        variant === 'baseline'
          ? { zh: '取号', en: 'Takes a number' }
          : { zh: '人脸识别入厅', en: 'Face kiosk at the door' },
      fired: true,
      inputs: {
        visitId: v.visit.id,
        item: v.visit.item,
        complexity: v.visit.complexity,
        idStatus: v.visit.idStatus,
      },
      basis: IDENTITY_CHECK,
    },
  ];
  if (variant === 'reform' && !r.attempt.booked) {
    const decision = triage(v.visit, { plazaSeatsFree: 1, windowQueue: 0 });
    steps.push({
      id: `triage.${decision.rule}`,
      kind: 'rule',
      title: { zh: '精准分流', en: 'Triage' },
      fired: true,
      inputs: { skill: v.visit.skill, plaza: v.visit.plaza },
      result: r.lane,
      basis: TRIAGE_BASIS,
    });
  }
  steps.push({
    id: 'visit.leave',
    kind: 'step',
    title: { zh: '离厅', en: 'Leaves' },
    fired: true,
    inputs: { windowWait: fmt(r.windowWait), agentWait: fmt(r.agentWait), byWindow: r.byWindow },
    result: r.outcome,
    basis: cited(CITES.seed),
  });
  return steps;
}

function sample(r: AttemptRecord, visitor: Visitor, variant: Variant, date: string): SampleCase {
  const v = visitor.visit;
  return {
    id: `${v.id}-${variant}`,
    variant,
    title: { zh: `访客 ${v.id}（${v.item}）`, en: `Visitor ${v.id} (${v.item})` },
    summary: {
      zh: `${date}：${r.lane}，在厅 ${r.inHall.toFixed(1)} 分钟，${r.outcome}`,
      en: `${date}: ${r.lane}, ${r.inHall.toFixed(1)} min in the hall, ${r.outcome}`,
    },
    trace: {
      subject: v.id,
      outcome: { zh: r.outcome, en: r.outcome },
      steps: stepsOf(r, visitor, variant, date),
    },
  };
}

/**
 * The report's samples: the first low-skill visitor of a deadline day, in both variants.
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  const pop = r.visitors;
  const pick = (rs: readonly AttemptRecord[], id: number) => rs.find((x) => x.attempt.visitor === id);
  const first =
    r.reform.records.find((x) => x.deadlineDay && pop.has(x.attempt.visitor, LOW_SKILL)) ??
    r.reform.records[0];
  if (!first) return [];
  const id = first.attempt.visitor;
  const visitor = pop.visitor(id);
  const out: SampleCase[] = [];
  for (const variant of ['baseline', 'reform'] as const) {
    const rec = pick(r[variant].records, id);
    const day = rec ? r.days[rec.day] : undefined;
    if (rec && day) out.push(sample(rec, visitor, variant, day.date));
  }
  return out;
}
