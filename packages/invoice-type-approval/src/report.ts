import {
  entryAt,
  type Kpi,
  type Localized,
  type SampleCase,
  type ScenarioReport,
  type Series,
  Tally,
  type TraceStep,
  UNITS,
} from '@gd-ftz/core';
import { decideApplication } from './decide';
import { decisionWorkingDays } from './law';
import type { InvoiceTypeApprovalParams } from './params';
import { type CaseRun, OFFICE_HOURS, type ScenarioRun } from './simulation';

function fixed(x: number, digits: number): string {
  return Number.isFinite(x) ? x.toFixed(digits) : '0';
}

function stats(values: readonly number[]): { median: number; p90: number; max: number; mean: number } {
  if (values.length === 0) return { median: 0, p90: 0, max: 0, mean: 0 };
  const t = new Tally();
  for (const v of values) t.add(v);
  return { median: t.quantile(0.5), p90: t.quantile(0.9), max: t.max, mean: t.mean };
}

function kpi(
  id: string,
  label: Localized,
  unit: Localized,
  baseline: string,
  reform: string,
  better: Kpi['better'],
  note?: Localized,
): Kpi {
  return { id, label, unit, baseline, reform, better, ...(note === undefined ? {} : { note }) };
}

const BUCKETS: readonly [number, string][] = [
  [2, '≤2 min'],
  [60, '2 min–1 h'],
  [480, '1–8 h'],
  [1440, '8–24 h'],
  [4320, '1–3 d'],
  [10080, '3–7 d'],
  [Number.POSITIVE_INFINITY, '>7 d'],
];

function histogram(minutes: readonly number[]): [string, number][] {
  const counts = BUCKETS.map(([, label]) => [label, 0] as [string, number]);
  for (const m of minutes) {
    const k = BUCKETS.findIndex(([hi]) => m <= hi);
    counts[k]![1]++;
  }
  return counts;
}

function baselineSample(c: CaseRun, run: ScenarioRun): SampleCase {
  const basis = {
    kind: 'cited',
    citations: [entryAt(decisionWorkingDays, c.application.date).source],
  } as const;
  const assumed = {
    kind: 'assumption',
    reason: 'Officer review time: triangular around the scenario’s mode',
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
      zh: `提交后${fixed((c.baseline.decidedAt - c.arrival) / 60, 1)}小时作出决定，法定期限${c.dueBy}`,
      en: `Decided ${fixed((c.baseline.decidedAt - c.arrival) / 60, 1)} h after filing; statutory limit ${c.dueBy}`,
    },
    trace: {
      subject: c.application.id,
      outcome: { zh: '人工审核办结', en: 'Decided by an officer' },
      steps: [
        step('baseline.file', '提交申请', 'Application filed', c.arrival, basis),
        step(
          'baseline.review',
          `人工审核${fixed(c.baseline.reviewMinutes, 0)}分钟`,
          `Officer review, ${fixed(c.baseline.reviewMinutes, 0)} min`,
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
 * Builds the ScenarioReport of a run: KPIs (time to decision for all, auto-decided and referred
 * cases; share auto-decided; officer hours; handling minutes per taxpayer; decisions departing from
 * the rules; decided within the statutory limit), two charts, sample traces and rule coverage.
 * @example
 * buildReport(params, seed, runScenario(params, seed))
 */
export function buildReport(p: InvoiceTypeApprovalParams, seed: number, run: ScenarioRun): ScenarioReport {
  const cs = run.cases;
  const auto = cs.filter((c) => c.reform.auto);
  const referred = cs.filter((c) => !c.reform.auto);
  const wait = (c: CaseRun, v: 'baseline' | 'reform') => c[v].decidedAt - c.arrival;
  const all = { b: stats(cs.map((c) => wait(c, 'baseline'))), r: stats(cs.map((c) => wait(c, 'reform'))) };
  const au = { b: stats(auto.map((c) => wait(c, 'baseline'))), r: stats(auto.map((c) => wait(c, 'reform'))) };
  const rf = {
    b: stats(referred.map((c) => wait(c, 'baseline'))),
    r: stats(referred.map((c) => wait(c, 'reform'))),
  };
  const n = cs.length;
  const pct = (k: number) => fixed((100 * k) / Math.max(1, n), 1);
  const within = (v: 'baseline' | 'reform') => cs.filter((c) => run.dateAt(c[v].decidedAt) <= c.dueBy).length;
  const officerHours = (v: 'baseline' | 'reform') =>
    cs.reduce((s, c) => s + (v === 'baseline' ? c.baseline.reviewMinutes : c.reform.officerMinutes), 0) / 60;
  const H = UNITS.hours;
  const M = UNITS.minutes;
  const seedClaim: Localized = {
    zh: `复现种子文件“每户纳税人审批时间压缩至1-2分钟”：自动审批按${run.dataSources}类规则逐一调取数据源（每次${p.fetchSecondsMin}–${p.fetchSecondsMax}秒）`,
    en: `Reproduces the seed's "1–2 minutes per taxpayer": the engine queries ${run.dataSources} data sources, one per rule category (${p.fetchSecondsMin}–${p.fetchSecondsMax} s each)`,
  };
  const kpis: Kpi[] = [
    kpi(
      'time-auto-median',
      { zh: '自动审批件：申请至决定（中位数）', en: 'Auto-decided cases: filing to decision (median)' },
      M,
      fixed(au.b.median, 1),
      fixed(au.r.median, 2),
      'lower',
      seedClaim,
    ),
    kpi(
      'time-auto-p90',
      { zh: '自动审批件：申请至决定（90分位）', en: 'Auto-decided cases: filing to decision (p90)' },
      M,
      fixed(au.b.p90, 1),
      fixed(au.r.p90, 2),
      'lower',
    ),
    kpi(
      'time-auto-max',
      { zh: '自动审批件：申请至决定（最长）', en: 'Auto-decided cases: filing to decision (max)' },
      M,
      fixed(au.b.max, 1),
      fixed(au.r.max, 2),
      'lower',
    ),
    kpi(
      'time-referred-median',
      { zh: '转人工件：申请至决定（中位数）', en: 'Referred cases: filing to decision (median)' },
      H,
      fixed(rf.b.median / 60, 2),
      fixed(rf.r.median / 60, 2),
      'lower',
    ),
    kpi(
      'time-referred-p90',
      { zh: '转人工件：申请至决定（90分位）', en: 'Referred cases: filing to decision (p90)' },
      H,
      fixed(rf.b.p90 / 60, 2),
      fixed(rf.r.p90 / 60, 2),
      'lower',
    ),
    kpi(
      'time-referred-max',
      { zh: '转人工件：申请至决定（最长）', en: 'Referred cases: filing to decision (max)' },
      H,
      fixed(rf.b.max / 60, 2),
      fixed(rf.r.max / 60, 2),
      'lower',
    ),
    kpi(
      'time-all-median',
      { zh: '全部申请：申请至决定（中位数）', en: 'All cases: filing to decision (median)' },
      H,
      fixed(all.b.median / 60, 2),
      fixed(all.r.median / 60, 3),
      'lower',
    ),
    kpi(
      'time-all-p90',
      { zh: '全部申请：申请至决定（90分位）', en: 'All cases: filing to decision (p90)' },
      H,
      fixed(all.b.p90 / 60, 2),
      fixed(all.r.p90 / 60, 2),
      'lower',
    ),
    kpi(
      'share-auto',
      { zh: '自动决定占比', en: 'Share decided automatically' },
      UNITS.percent,
      '0.0',
      pct(auto.length),
      'higher',
    ),
    kpi(
      'officer-hours',
      { zh: '人工审核工时', en: 'Officer review hours' },
      H,
      fixed(officerHours('baseline'), 1),
      fixed(officerHours('reform'), 1),
      'lower',
    ),
    kpi(
      'handling-minutes',
      { zh: '每户审批处理时长（平均）', en: 'Handling time per taxpayer (mean)' },
      M,
      fixed(stats(cs.map((c) => c.baseline.reviewMinutes)).mean, 1),
      fixed(stats(cs.map((c) => c.reform.handlingMinutes)).mean, 1),
      'lower',
    ),
    kpi(
      'decisions-differ',
      { zh: '与规则结论不一致的决定', en: 'Decisions departing from the rules' },
      UNITS.count,
      String(cs.filter((c) => c.baseline.differs).length),
      String(cs.filter((c) => c.reform.differs).length),
      'lower',
      {
        zh: '人工差错率为假设参数；自动决定与规则一致',
        en: 'The officer error rate is an assumption; automatic decisions follow the rules',
      },
    ),
    kpi(
      'within-limit',
      { zh: '法定期限内办结占比', en: 'Decided within the statutory limit' },
      UNITS.percent,
      pct(within('baseline')),
      pct(within('reform')),
      'higher',
    ),
  ];
  const series: Series[] = [
    {
      id: 'time-to-decision',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '申请至决定时长分布', en: 'Time from filing to decision' },
      x: { label: { zh: '时长', en: 'Duration' } },
      y: { label: { zh: '件数', en: 'Cases' }, unit: UNITS.count },
      lines: [
        {
          variant: 'baseline',
          label: { zh: '改革前', en: 'Before' },
          points: histogram(cs.map((c) => wait(c, 'baseline'))),
        },
        {
          variant: 'reform',
          label: { zh: '改革后', en: 'After' },
          points: histogram(cs.map((c) => wait(c, 'reform'))),
        },
      ],
    },
    {
      id: 'outcomes',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '办理方式与结论', en: 'Route and outcome' },
      x: { label: { zh: '结论', en: 'Outcome' } },
      y: { label: { zh: '件数', en: 'Cases' }, unit: UNITS.count },
      lines: [
        {
          variant: 'baseline',
          label: { zh: '改革前（全部人工）', en: 'Before (all by officers)' },
          points: [['officer', n]],
        },
        {
          variant: 'reform',
          label: { zh: '改革后', en: 'After' },
          points: [
            ['auto-approve', auto.filter((c) => c.engine === 'approve' && !c.restricted).length],
            ['auto-approve-restricted', auto.filter((c) => c.engine === 'approve' && c.restricted).length],
            ['auto-reject', auto.filter((c) => c.engine === 'reject').length],
            ['refer', referred.length],
          ],
        },
      ],
    },
  ];
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
  return {
    measure: { id: 7, slug: 'invoice-type-approval' },
    seed,
    params: p,
    kpis,
    series,
    samples,
    coverage: run.coverage,
    notes: [
      {
        zh: `改革前：全部申请在工作日${OFFICE_HOURS.map((h) => `${h.from}–${h.to}`).join('、')}由${p.officers}名审核人员排队处理；改革后：131条规则到件即判（7×24），转人工件进入同一队列。`,
        en: `Before: every application queues for ${p.officers} officers on working days, ${OFFICE_HOURS.map((h) => `${h.from}–${h.to}`).join(', ')}. After: the 131 rules decide on arrival (7×24); referred cases join the officer queue.`,
      },
      {
        zh: '公开文件未列出131条规则：本引擎据公开依据编写，未有依据的规则与阈值均标注为假设。',
        en: 'The published texts do not list the 131 rules: this engine writes them from the cited sources, and marks every rule or threshold without one as an assumption.',
      },
    ],
  };
}
