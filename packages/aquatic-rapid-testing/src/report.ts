// The ScenarioReport of measure 19: KPIs of both variants, charts, sample cases with traces.
import {
  type Kpi,
  type Localized,
  type SampleCase,
  type ScenarioReport,
  UNITS,
  ValidationError,
} from '@gd-ftz/core';
import { figuresOf, fixed, percent, type VariantFigures } from './kpis';
import type { AquaticRapidTestingParams } from './params';
import type { ScenarioRuns } from './scenario';
import { seriesOf } from './series';
import type { SampleRecord, VariantRun } from './simulation/records';
import { validateRuns } from './simulation/validate-runs';
import { traceOfSample } from './traces';

const TONNES = { zh: '吨', en: 't' };

function kpi(
  id: string,
  label: Localized,
  unit: Localized,
  b: string,
  r: string,
  better: Kpi['better'],
  note?: Localized,
): Kpi {
  return { id, label, unit, baseline: b, reform: r, better, ...(note ? { note } : {}) };
}

/**
 * The KPIs of a scenario's two variants, each measured from the runs.
 * @example
 * kpisOf(runs).find((k) => k.id === 'urgent-within-1h')?.reform;
 */
export function kpisOf(runs: ScenarioRuns): Kpi[] {
  validateRuns(runs);
  const pop = runs.scenario.population;
  const b = figuresOf(runs.baseline, pop);
  const r = figuresOf(runs.reform, pop);
  const both = (f: (x: VariantFigures) => string): [string, string] => [f(b), f(r)];
  return [
    kpi(
      'routine-median-hours',
      { zh: '常规抽检出结果用时（中位数）', en: 'Routine samples: time to result (median)' },
      UNITS.hours,
      ...both((x) => fixed(x.routineHours.median, 2)),
      'lower',
    ),
    kpi(
      'routine-p95-hours',
      { zh: '常规抽检出结果用时（95分位）', en: 'Routine samples: time to result (p95)' },
      UNITS.hours,
      ...both((x) => fixed(x.routineHours.p95, 2)),
      'lower',
    ),
    kpi(
      'urgent-median-hours',
      { zh: '紧急检测出结果用时（中位数）', en: 'Urgent tests: time to result (median)' },
      UNITS.hours,
      ...both((x) => fixed(x.urgentHours.median, 2)),
      'lower',
    ),
    kpi(
      'urgent-p95-hours',
      { zh: '紧急检测出结果用时（95分位）', en: 'Urgent tests: time to result (p95)' },
      UNITS.hours,
      ...both((x) => fixed(x.urgentHours.p95, 2)),
      'lower',
    ),
    kpi(
      'urgent-within-1h',
      { zh: '1小时内出结果的紧急送检', en: 'Urgent requests answered within 1 hour' },
      UNITS.percent,
      ...both((x) => percent(x.urgentWithinHour.hits, x.urgentWithinHour.n)),
      'higher',
      {
        zh: '种子文件：遇到紧急任务按养殖户要求第一时间响应。自养殖户来电至出具检测结果不超过60分钟；年末仍无结果的请求计为未响应',
        en: 'Seed: urgent requests answered at once. Counted when the result comes within 60 min of the farmer’s call; requests still without a result at year end count as not answered',
      },
    ),
    kpi(
      'contaminated-stopped',
      { zh: '上市前被拦截的不合格批次', en: 'Contaminated lots stopped before sale' },
      UNITS.percent,
      ...both((x) => percent(x.contaminatedStopped, x.contaminatedLots)),
      'higher',
    ),
    kpi(
      'contaminated-to-market',
      { zh: '流入市场的不合格水产品', en: 'Contaminated volume reaching the market' },
      TONNES,
      ...both((x) => fixed(x.contaminatedKgToMarket / 1000, 1)),
      'lower',
    ),
    kpi(
      'false-positives-confirmed',
      { zh: '快检假阳性送确证', en: 'Rapid false positives sent to confirmation' },
      UNITS.count,
      ...both((x) => String(x.falsePositivesConfirmed)),
      'lower',
      { zh: '确证不得采用快速检测方法（第五十一条）', en: 'Confirmation never by a rapid method (Art. 51)' },
    ),
    kpi(
      'lab-utilization',
      { zh: '中心实验室利用率（开放时间内）', en: 'Central laboratory utilization (opening hours)' },
      UNITS.percent,
      fixed(runs.baseline.labUtilization * 100, 1),
      fixed(runs.reform.labUtilization * 100, 1),
      'neither',
    ),
    kpi(
      'rapid-utilization',
      { zh: '快检点利用率（7×24）', en: 'Test-point utilization (7×24)' },
      UNITS.percent,
      fixed(runs.baseline.rapidUtilization * 100, 1),
      fixed(runs.reform.rapidUtilization * 100, 1),
      'neither',
    ),
    kpi(
      'farms-within-bound',
      { zh: '车程时限内可达检测点的养殖场', en: 'Farms within the travel bound of a testing site' },
      UNITS.percent,
      fixed(runs.scenario.labPlan.share * 100, 1),
      fixed(runs.scenario.plan.share * 100, 1),
      'higher',
      {
        zh: '种子文件：科学规划设置快检点',
        en: 'Seed: test points planned scientifically (greedy max-coverage)',
      },
    ),
    kpi(
      'supervision-independent',
      {
        zh: '并非由风险监测不合格引发的监督抽查',
        en: 'Supervision samples not triggered by failed monitoring',
      },
      UNITS.percent,
      ...both((x) => percent(x.supervisionIndependent, x.supervisionSamples)),
      'higher',
      {
        zh: '种子文件：打破风险监测不合格才进行监督抽查的惯例',
        en: 'Seed: supervision no longer only after failed monitoring',
      },
    ),
    kpi(
      'supervision-samples',
      { zh: '监督抽查样品数', en: 'Supervision samples' },
      UNITS.count,
      ...both((x) => String(x.supervisionSamples)),
      'neither',
    ),
    kpi(
      'penalty-cases',
      { zh: '经实验室确证后立案', en: 'Penalty cases after laboratory confirmation' },
      UNITS.count,
      ...both((x) => String(x.penaltyCases)),
      'neither',
    ),
    kpi(
      'pending-at-horizon',
      { zh: '年末仍待出结果的样品', en: 'Samples pending at the horizon' },
      UNITS.count,
      ...both((x) => String(x.pending)),
      'neither',
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

function retestNote(runs: ScenarioRuns): Localized {
  const { hits, n } = figuresOf(runs.reform, runs.scenario.population).retestsOnTime;
  return {
    zh: `改革后共有 ${n} 件快检阳性被提出异议并复检，其中 ${hits} 件复检报告在7个工作日内出具（第五十一条）；改革前无快检，亦无快检复检。`,
    en: `Reform: ${n} rapid positives were objected to and re-tested; ${hits} re-test reports were signed within 7 working days (Art. 51). Before the reform there were no rapid tests to object to.`,
  };
}

/**
 * Assembles the report of a scenario's runs.
 * @example
 * buildReport(params, 42, runScenario(params, 42)).kpis.length;
 */
export function buildReport(
  params: AquaticRapidTestingParams,
  seed: number,
  runs: ScenarioRuns,
): ScenarioReport {
  validateRuns(runs);
  if (!Number.isInteger(seed)) throw ValidationError.of('seed', 'must be an integer', '必须是整数');
  return {
    measure: { id: 19, slug: 'aquatic-rapid-testing' },
    seed,
    params,
    kpis: kpisOf(runs),
    series: seriesOf(runs),
    samples: sampleCasesOf(runs),
    notes: [
      retestNote(runs),
      {
        zh: '检测期限与限量见 law.ts；其余运行参数均为建模假设。',
        en: 'Deadlines and limits are cited in law.ts; every other operating figure is a modelling assumption.',
      },
      {
        zh: '距离按合成地图上的直线距离和恒定车速计算。',
        en: 'Travel is straight-line distance on a synthetic map at a constant speed.',
      },
    ],
  };
}
