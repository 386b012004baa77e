import { entryAt, formatStat, type Localized, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { decideApplication } from './decide';
import { decisionWorkingDays } from './law';
import type { CaseRun, ScenarioRun } from './simulation';

function baselineSample(c: CaseRun, run: ScenarioRun): SampleCase {
  const basis = {
    kind: 'cited',
    citations: [entryAt(decisionWorkingDays, c.application.date).source],
  } as const;
  const assumed = {
    kind: 'assumption',
    reason: {
      zh: '人工审核用时：以情景设定的众数为中心的三角分布',
      en: 'Officer review time: triangular around the scenario’s mode',
    },
  } as const;
  const step = (id: string, zh: string, en: string, t: number, b: TraceStep['basis']): TraceStep => ({
    id,
    kind: 'step',
    title: { zh, en },
    fired: true,
    inputs: { minute: Math.round(t) },
    result: run.dateAt(t),
    basis: b,
    at: run.dateAt(t),
  });
  return {
    id: `${c.application.id}-baseline`,
    variant: 'baseline',
    title: { zh: '改革前：人工审核', en: 'Before the reform: officer review' },
    summary: {
      zh: `提交后${formatStat((c.baseline.decidedAt - c.arrival) / 60, 1)}小时作出决定，法定期限${c.dueBy}`,
      en: `Decided ${formatStat((c.baseline.decidedAt - c.arrival) / 60, 1)} h after filing; statutory limit ${c.dueBy}`,
    },
    trace: {
      subject: c.application.id,
      outcome: { zh: '人工审核办结', en: 'Decided by an officer' },
      steps: [
        step('baseline.file', '提交申请', 'Application filed', c.arrival, basis),
        step(
          'baseline.review',
          `人工审核${formatStat(c.baseline.reviewMinutes, 0)}分钟`,
          `Officer review, ${formatStat(c.baseline.reviewMinutes, 0)} min`,
          c.baseline.decidedAt,
          assumed,
        ),
        step('baseline.decide', '作出核定决定', 'Decision issued', c.baseline.decidedAt, basis),
      ],
    },
  };
}

function reformSample(c: CaseRun, title: Localized): SampleCase {
  const out = decideApplication(c.application);
  return {
    id: `${c.application.id}-reform`,
    variant: 'reform',
    title,
    summary: {
      zh: `${out.trace.outcome.zh}；触发规则：${out.findings.map((f) => f.ruleId).join('、') || '无'}`,
      en: `${out.trace.outcome.en}; rules fired: ${out.findings.map((f) => f.ruleId).join(', ') || 'none'}`,
    },
    trace: out.trace,
  };
}

/**
 * The sample cases of a run: the first application's officer review before the reform, then one
 * case of each engine outcome (approved, approved with restrictions, referred, rejected) with its
 * full decision trace.
 * @example
 * buildSamples(runScenario(params, 42)).map((s) => s.variant) // ['baseline', 'reform', …]
 */
export function buildSamples(run: ScenarioRun): SampleCase[] {
  const cs = run.cases;
  const pick = (f: (c: CaseRun) => boolean) => cs.find(f);
  const picks: [CaseRun | undefined, Localized][] = [
    [pick((c) => c.engine === 'approve' && !c.restricted), { zh: '自动核准', en: 'Auto-approved' }],
    [
      pick((c) => c.engine === 'approve' && c.restricted),
      { zh: '限制性核准', en: 'Approved with restrictions' },
    ],
    [pick((c) => c.engine === 'refer'), { zh: '转人工审核', en: 'Referred to an officer' }],
    [pick((c) => c.engine === 'reject'), { zh: '自动不予核定', en: 'Auto-rejected' }],
  ];
  const samples: SampleCase[] = [];
  const first = cs[0];
  if (first !== undefined) samples.push(baselineSample(first, run));
  for (const [c, title] of picks) if (c !== undefined) samples.push(reformSample(c, title));

  return samples;
}
