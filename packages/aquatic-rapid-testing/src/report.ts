// The results of measure 19 (core adds the envelope): KPIs of both variants over every district,
// charts, sample cases.
import {
  ConfigurationError,
  countStat,
  type Histogram,
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  kpi,
  type Localized,
  type MeasureResults,
  percentStat,
  ratioStat,
  type SampleCase,
  sensitivityEndKey,
  sensitivityOf,
  UNITS,
  ValidationError,
} from '@gd-ftz/core';
import { type InterceptTotals, percent, type VariantTotals } from './kpis';
import { type AquaticRapidTestingParams, SHARD_PARAMS } from './params';
import { runScenario, type ScenarioRuns } from './scenario';
import { seriesOf } from './series';
import type { SamplingDriver, ShardData } from './shard';
import type { SampleRecord, VariantRun } from './simulation/records';
import { validateRuns } from './simulation/validate-runs';
import { traceOfSample } from './traces';

const TONNES = { zh: '吨', en: 't' };
const SAMPLING: Localized = {
  zh: '取决于抽样比例（风险监测、计划监督抽查、紧急送检）与快检灵敏度等假设参数',
  en: 'Rests on the assumed sampling shares (monitoring, scheduled supervision, urgent requests) and the rapid tests’ sensitivity',
};

/**
 * The KPIs of both variants over every district, from the merged totals, each with its origin and
 * category. Turnaround medians and p95s are quantiles of whole minutes (0 when a variant has no
 * such result). The interception KPIs carry their sensitivity to the assumed sampling shares: the
 * same districts rerun at the ends of the share's plausible range (`merged.ends`).
 * @example
 * kpisOf(params, merged).find((k) => k.id === 'urgent-within-1h')?.reform;
 */
export function kpisOf(params: AquaticRapidTestingParams, merged: ShardData): Kpi[] {
  const b = merged.baseline;
  const r = merged.reform;
  const k = (fields: Omit<KpiInput, 'baseline' | 'reform'>, of: (x: VariantTotals) => string) =>
    kpi({ ...fields, baseline: of(b), reform: of(r) });
  const intercepted = (
    fields: Omit<KpiInput, 'baseline' | 'reform'>,
    of: (x: InterceptTotals) => string,
    driver: SamplingDriver,
  ) => {
    const sensitivity = sensitivityOf(SHARD_PARAMS, params, driver, (q) => {
      const key = sensitivityEndKey(driver, q);
      const end = merged.ends[key];
      if (!end) throw new ConfigurationError(`ends.${key}`, 'is missing: every shard runs the ends');
      return { baseline: of(end.baseline), reform: of(end.reform) };
    });
    return kpi({ ...fields, baseline: of(b), reform: of(r), ...(sensitivity ? { sensitivity } : {}) });
  };
  const sides = (fields: Omit<KpiInput, 'baseline' | 'reform'>, baseline: string, reform: string) =>
    kpi({ ...fields, baseline, reform });
  const hours = (h: Histogram, q: number) =>
    histogramQuantileStat(h, q, { digits: 2, empty: 0, divideBy: 60 });
  const utilization = (sum: string) => percentStat(sum, merged.districts, { digits: 1, empty: 0 });
  const cover = merged.coverage;
  const time = { unit: UNITS.hours, better: 'lower', origin: 'model', category: 'applicant-time' } as const;
  return [
    k(
      {
        id: 'routine-median-hours',
        label: { zh: '常规抽检出结果用时（中位数）', en: 'Routine samples: time to result (median)' },
        ...time,
      },
      (x) => hours(x.routineMinutes, 0.5),
    ),
    k(
      {
        id: 'routine-p95-hours',
        label: { zh: '常规抽检出结果用时（95分位）', en: 'Routine samples: time to result (p95)' },
        ...time,
      },
      (x) => hours(x.routineMinutes, 0.95),
    ),
    k(
      {
        id: 'urgent-median-hours',
        label: { zh: '紧急检测出结果用时（中位数）', en: 'Urgent tests: time to result (median)' },
        ...time,
      },
      (x) => hours(x.urgentMinutes, 0.5),
    ),
    k(
      {
        id: 'urgent-p95-hours',
        label: { zh: '紧急检测出结果用时（95分位）', en: 'Urgent tests: time to result (p95)' },
        ...time,
      },
      (x) => hours(x.urgentMinutes, 0.95),
    ),
    k(
      {
        id: 'urgent-within-1h',
        label: { zh: '1小时内出结果的紧急送检', en: 'Urgent requests answered within 1 hour' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'model',
        category: 'applicant-time',
        note: {
          zh: '种子文件：遇到紧急任务按养殖户要求第一时间响应。自养殖户来电至出具检测结果不超过60分钟；年末仍无结果的请求计为未响应',
          en: 'Seed: urgent requests answered at once. Counted when the result comes within 60 min of the farmer’s call; requests still without a result at year end count as not answered',
        },
      },
      (x) => percent(x.urgentWithinHour.hits, x.urgentWithinHour.n),
    ),
    intercepted(
      {
        id: 'contaminated-stopped',
        label: { zh: '上市前被拦截的不合格批次', en: 'Contaminated lots stopped before sale' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: `${SAMPLING.zh}。改革后的拦截主要来自计划监督抽查：敏感性为该比例在合理范围内的变化`,
          en: `${SAMPLING.en}. The reform's interceptions come mainly from scheduled supervision: the sensitivity shows its plausible range`,
        },
      },
      (x) => percent(x.contaminatedStopped, x.contaminatedLots),
      'supervisionShare',
    ),
    intercepted(
      {
        id: 'contaminated-to-market',
        label: { zh: '流入市场的不合格水产品', en: 'Contaminated volume reaching the market' },
        unit: TONNES,
        better: 'lower',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: `${SAMPLING.zh}。改革前只有风险监测不合格才引发抽查：敏感性为风险监测比例在合理范围内的变化`,
          en: `${SAMPLING.en}. Before the reform only failed monitoring triggers supervision: the sensitivity shows the monitoring share's plausible range`,
        },
      },
      (x) => ratioStat(x.contaminatedKgToMarket, 1000, { digits: 1, empty: 0 }),
      'monitoringShare',
    ),
    k(
      {
        id: 'false-positives-confirmed',
        label: { zh: '快检假阳性送确证', en: 'Rapid false positives sent to confirmation' },
        unit: UNITS.count,
        better: 'lower',
        origin: 'assumption',
        category: 'staff-time',
        note: {
          zh: '确证不得采用快速检测方法（第五十一条）；数量取决于快检特异性这一假设参数',
          en: 'Confirmation never by a rapid method (Art. 51); the count follows the assumed specificity of the rapid tests',
        },
      },
      (x) => countStat(x.falsePositivesConfirmed),
    ),
    sides(
      {
        id: 'lab-utilization',
        label: { zh: '中心实验室利用率（开放时间内）', en: 'Central laboratory utilization (opening hours)' },
        unit: UNITS.percent,
        better: 'neither',
        origin: 'model',
        category: 'staff-time',
      },
      utilization(b.labUtilization),
      utilization(r.labUtilization),
    ),
    sides(
      {
        id: 'rapid-utilization',
        label: { zh: '快检点利用率（7×24）', en: 'Test-point utilization (7×24)' },
        unit: UNITS.percent,
        better: 'neither',
        origin: 'model',
        category: 'staff-time',
      },
      utilization(b.rapidUtilization),
      utilization(r.rapidUtilization),
    ),
    sides(
      {
        id: 'farms-within-bound',
        label: { zh: '车程时限内可达检测点的养殖场', en: 'Farms within the travel bound of a testing site' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'model',
        category: 'coverage',
        note: {
          zh: '种子文件：科学规划设置快检点',
          en: 'Seed: test points planned scientifically (greedy max-coverage)',
        },
      },
      percentStat(cover.labCovered, cover.farms, { digits: 1, empty: 0 }),
      percentStat(cover.planCovered, cover.farms, { digits: 1, empty: 0 }),
    ),
    k(
      {
        id: 'supervision-independent',
        label: {
          zh: '并非由风险监测不合格引发的监督抽查',
          en: 'Supervision samples not triggered by failed monitoring',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'definition',
        category: 'compliance',
        note: {
          zh: '种子文件：打破风险监测不合格才进行监督抽查的惯例。按定义成立：改革前的流程只在监测不合格后抽查（0%），改革后的计划抽查不以监测结果为前提；显示它是为了说明两种流程的区别',
          en: 'Seed: supervision no longer only after failed monitoring. True by construction: the old process samples only after failed monitoring (0%), the reform’s scheduled supervision does not depend on it; shown to make the difference between the processes plain',
        },
      },
      (x) => percent(x.supervisionIndependent, x.supervisionSamples),
    ),
    k(
      {
        id: 'supervision-samples',
        label: { zh: '监督抽查样品数', en: 'Supervision samples' },
        unit: UNITS.count,
        better: 'neither',
        origin: 'assumption',
        category: 'coverage',
        note: {
          zh: '改革后主要取决于计划监督抽查比例这一假设参数',
          en: 'After the reform driven mainly by the assumed share of lots in scheduled supervision',
        },
      },
      (x) => countStat(x.supervisionSamples),
    ),
    k(
      {
        id: 'penalty-cases',
        label: { zh: '经实验室确证后立案', en: 'Penalty cases after laboratory confirmation' },
        unit: UNITS.count,
        better: 'neither',
        origin: 'model',
        category: 'compliance',
      },
      (x) => countStat(x.penaltyCases),
    ),
    k(
      {
        id: 'pending-at-horizon',
        label: { zh: '年末仍待出结果的样品', en: 'Samples pending at the horizon' },
        unit: UNITS.count,
        better: 'neither',
        origin: 'model',
        category: 'staff-time',
      },
      (x) => countStat(x.pending),
    ),
  ];
}

function pick(run: VariantRun, test: (s: SampleRecord) => boolean): SampleRecord | undefined {
  return run.samples.find(test);
}

/**
 * A few sample cases with full traces: the same farmer's urgent request before and after the
 * reform (one made on an evening before a day off when there is one), a confirmed rapid positive
 * with an objection, a false positive released, and a baseline follow-up after failed monitoring.
 * @example
 * sampleCasesOf(runs).map((c) => c.id);
 */
export function sampleCasesOf(runs: ScenarioRuns): SampleCase[] {
  validateRuns(runs);
  const pop = runs.scenario.population;
  const { baseline, reform } = runs;
  const eveningBeforeDayOff = (s: SampleRecord) =>
    s.regime === 'urgent' &&
    s.requestedAt % 1440 >= 17 * 60 &&
    !Number.isNaN(s.resultAt) &&
    s.resultAt - s.requestedAt > 2 * 1440;
  const bUrgent = pick(baseline, eveningBeforeDayOff) ?? pick(baseline, (s) => s.regime === 'urgent');
  const rUrgent = bUrgent ? pick(reform, (s) => s.regime === 'urgent' && s.lot === bUrgent.lot) : undefined;
  const chosen: [VariantRun, SampleRecord | undefined, string, Localized][] = [
    [
      baseline,
      bUrgent,
      'baseline-urgent',
      { zh: '改革前：养殖户紧急送检', en: 'Before: a farmer’s urgent request' },
    ],
    [
      reform,
      rUrgent,
      'reform-urgent',
      { zh: '改革后：同一批次的紧急检测', en: 'Reform: the same lot’s urgent test' },
    ],
    [
      reform,
      pick(reform, (s) => s.confirmation?.objected === true && s.confirmation.positive === true),
      'reform-objection-penalty',
      {
        zh: '改革后：快检阳性、异议、复检确证、立案',
        en: 'Reform: rapid positive, objection, re-test, penalty case',
      },
    ],
    [
      reform,
      pick(reform, (s) => s.confirmation?.positive === false),
      'reform-false-positive',
      { zh: '改革后：快检假阳性经确证放行', en: 'Reform: false positive released after confirmation' },
    ],
    [
      baseline,
      pick(baseline, (s) => s.regime === 'follow-up' && s.positive === true),
      'baseline-follow-up',
      { zh: '改革前：监测不合格后才监督抽查', en: 'Before: supervision only after failed monitoring' },
    ],
  ];
  const cases: SampleCase[] = [];
  for (const [run, sample, id, title] of chosen) {
    if (!sample) continue;
    const trace = traceOfSample(run, pop, sample);
    cases.push({ id, variant: run.variant, title, summary: trace.outcome, trace });
  }
  return cases;
}

function retestNote({ hits, n }: { readonly hits: number; readonly n: number }): Localized {
  return {
    zh: `改革后共有 ${n} 件快检阳性被提出异议并复检，其中 ${hits} 件复检报告在复检机构收到复检样品之日起7个工作日内出具（第五十一条）；改革前无快检，亦无快检复检。`,
    en: `Reform: ${n} rapid positives were objected to and re-tested; ${hits} re-test reports were signed within 7 working days of the laboratory's receipt of the re-test sample (Art. 51). Before the reform there were no rapid tests to object to.`,
  };
}

/**
 * Assembles the results of a run from its merged district totals (core's `defineShardedMeasure`
 * adds the envelope); the sample cases rerun the first district alone, with its traces.
 * @example
 * buildReport(params, 42, merged).kpis.length;
 */
export function buildReport(
  params: AquaticRapidTestingParams,
  seed: number,
  merged: ShardData,
): MeasureResults {
  if (!Number.isInteger(seed)) throw ValidationError.of('seed', 'must be an integer', '必须是整数');
  const notes: Localized[] = [
    retestNote(merged.reform.retestsOnTime),
    {
      zh: '检测期限与限量见 law.ts；其余运行参数均为建模假设。',
      en: 'Deadlines and limits are cited in law.ts; every other operating figure is a modelling assumption.',
    },
    {
      zh: '距离按合成地图上的直线距离和恒定车速计算。',
      en: 'Travel is straight-line distance on a synthetic map at a constant speed.',
    },
    {
      zh: '出结果用时的中位数与95分位按整分钟计算（每个结果四舍五入到最近的整分钟，半分钟进位）。',
      en: 'Turnaround medians and p95s are read from whole minutes (each result rounded to the nearest minute, a half minute up).',
    },
  ];
  if (params.districts > 1)
    notes.push({
      zh: `全部 ${params.districts} 个片区相互独立（各有养殖场、中心实验室和快检点，片区之间没有送检往来）；指标为全部片区合计，典型案例取自第1片区。`,
      en: `The ${params.districts} districts are independent (each its own farms, central laboratory and test points, no samples across districts); KPIs are over all districts, the sample cases come from district 1.`,
    });
  return {
    kpis: kpisOf(params, merged),
    series: seriesOf(params, merged.baseline, merged.reform, merged.coverage),
    samples: sampleCasesOf(runScenario(params, seed)),
    notes,
  };
}
