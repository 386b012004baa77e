import { type Kpi, type Localized, Tally, UNITS } from '@gd-ftz/core';
import type { InvoiceTypeApprovalParams } from './params';
import type { CaseRun, ScenarioRun } from './simulation';

/**
 * A number as a decimal string with `digits` decimals ('0' for a non-finite value).
 * @example
 * fixed(1.2345, 2) // '1.23'
 */
export function fixed(x: number, digits: number): string {
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

/**
 * The KPIs of a run: time from filing to decision (median, p90, max) for auto-decided, referred
 * and all cases; share decided automatically; officer hours; handling minutes per taxpayer;
 * decisions departing from the rules; decided within the statutory limit.
 * @example
 * buildKpis(params, runScenario(params, 42)).find((k) => k.id === 'share-auto')?.reform // '75.2'
 */
export function buildKpis(p: InvoiceTypeApprovalParams, run: ScenarioRun): Kpi[] {
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
  return [
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
}
