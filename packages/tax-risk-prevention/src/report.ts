// The KPIs and the precision–recall series of a run, every value counted from the simulated
// taxpayers' outcomes. Internal: not exported from src/index.ts.
import {
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  type KpiSensitivity,
  kpi,
  Money,
  moneyStat,
  percentStat,
  ratioStat,
  type Series,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { TaxRiskPreventionParams } from './params';
import {
  type ConfusionData,
  type Driver,
  type RunData,
  SHARD_PARAMS,
  SWEEP,
  type VariantData,
} from './shard';
import type { Outcome } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
type Of = (v: VariantData) => string;

const ONE = { digits: 1, empty: 0 } as const;
const PER_THOUSAND = { digits: 2, empty: 0 } as const;

/** The confusion matrix of warnings against the hidden truth. */
export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

/**
 * The confusion matrix of `warned` (default: the outcome's own warnings) against the truth.
 * @example
 * confusionOf(result.reform) // { tp, fp, fn, tn } summing to the population
 */
export function confusionOf(
  os: readonly Outcome[],
  warned: (o: Outcome) => boolean = (o) => o.warned,
): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const o of os) {
    const risky = o.taxpayer.truth !== 'compliant';
    const w = warned(o);
    if (risky && w) tp++;
    else if (w) fp++;
    else if (risky) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}

/**
 * The reform's warnings at another score threshold (a static sweep over the scores the run
 * produced; refused registrations stay warnings).
 * @example
 * confusionAt(result.reform, 40).tp <= confusionAt(result.reform, 20).tp // true
 */
export function confusionAt(os: readonly Outcome[], threshold: number): Confusion {
  return confusionOf(os, (o) => o.refused || o.maxScore >= threshold);
}

const precision = (c: ConfusionData) => percentStat(c.tp, c.tp + c.fp, ONE);
const recall = (c: ConfusionData) => percentStat(c.tp, c.tp + c.fn, ONE);
const perThousand = (interventions: number, taxpayers: number) =>
  ratioStat(interventions * 1000, taxpayers, PER_THOUSAND);

const OF: Record<string, Of> = {
  precision: (v) => precision(v.confusion),
  recall: (v) => recall(v.confusion),
  interventions: (v) => perThousand(v.interventions, v.taxpayers),
  'interventions-compliant': (v) => perThousand(v.compliantInterventions, v.compliant),
  'shell-invoiced': (v) => moneyStat(Money.fromFen(BigInt(v.shellFen))),
  'days-median': (v) => histogramQuantileStat(v.days, 0.5, ONE),
  'days-p90': (v) => histogramQuantileStat(v.days, 0.9, ONE),
  corrected: (v) => String(v.corrected),
};

/**
 * The KPIs of a run. KPIs driven mainly by an assumption parameter carry their sensitivity to it:
 * the run at its plausible low and high on the same seed (`rerun`: that end's run, from the shards).
 * @example
 * kpisOf(scenarioRun(merged), params, (d, q) => endRun(merged, d, q)).map((k) => k.id) // ['precision', 'recall', …]
 */
export function kpisOf(
  r: RunData,
  params: TaxRiskPreventionParams,
  rerun: (driver: Driver, params: TaxRiskPreventionParams) => RunData,
): Kpi[] {
  // The sharded schema: a province's population does not make an end fail the browser's limit.
  const sens = (param: Driver, id: string): KpiSensitivity | undefined =>
    sensitivityOf(SHARD_PARAMS, params, param, (p) => {
      const again = rerun(param, p);
      const of = OF[id] as Of;
      return { baseline: of(again.baseline), reform: of(again.reform) };
    });
  const k = (fields: Fields) => {
    const of = OF[fields.id] as Of;
    return kpi({ ...fields, baseline: of(r.baseline), reform: of(r.reform) });
  };
  return [
    k({
      id: 'precision',
      label: {
        zh: '预警精确率（被预警户中确有风险的比例）',
        en: 'Warning precision (warned firms truly risky)',
      },
      unit: UNITS.percent,
      better: 'higher',
      origin: 'assumption',
      category: 'risk',
      note: {
        zh: '取决于假设的指标分布（合规户偶发异常比例、各类纳税人行为）；改革前为评估抽样与下游发现',
        en: 'Rests on the assumed indicator distributions (stray anomalies of compliant firms, behaviour by type); baseline: the assessment sample and downstream findings',
      },
      sensitivity: sens('compliantNoise', 'precision'),
    }),
    k({
      id: 'recall',
      label: { zh: '预警召回率（有风险户中被预警的比例）', en: 'Warning recall (risky firms warned)' },
      unit: UNITS.percent,
      better: 'higher',
      origin: 'assumption',
      category: 'risk',
      note: {
        zh: '取决于假设的指标分布与阈值（作废红冲阈值15%–20%）',
        en: 'Rests on the assumed indicator distributions and thresholds (void/red threshold 15%–20%)',
      },
      sensitivity: sens('voidRedThreshold', 'recall'),
    }),
    k({
      id: 'interventions',
      label: {
        zh: '每千户直接干预次数（阻断、人脸验证、下户；不含提醒）',
        en: 'Direct interventions per 1,000 taxpayers (blocks, face checks, visits; not reminders)',
      },
      unit: { zh: '次/千户', en: 'per 1,000' },
      better: 'lower',
      origin: 'assumption',
      category: 'compliance',
      note: {
        zh: '改革前等于假设的评估抽样比例×1000；改革后来自模型的黄色、红色档',
        en: 'Baseline equals the assumed assessment sample share × 1,000; reform: yellow and red tiers of the model',
      },
      sensitivity: sens('baselineSampleShare', 'interventions'),
    }),
    k({
      id: 'interventions-compliant',
      label: { zh: '合规户每千户直接干预次数', en: 'Direct interventions per 1,000 compliant taxpayers' },
      unit: { zh: '次/千户', en: 'per 1,000' },
      better: 'lower',
      origin: 'assumption',
      category: 'compliance',
      note: {
        zh: '本措施所称“最大限度减少对市场主体的直接干预”；改革后取决于合规户偶发异常的假设',
        en: 'The seed’s stated outcome (fewest direct interventions); after the reform it rests on the assumed stray anomalies of compliant firms',
      },
      sensitivity: sens('compliantNoise', 'interventions-compliant'),
    }),
    k({
      id: 'shell-invoiced',
      label: {
        zh: '空壳企业被阻断前开票金额（不含税）',
        en: 'Shell invoices issued before the block (excl. VAT)',
      },
      unit: UNITS.yuan,
      better: 'lower',
      origin: 'assumption',
      category: 'money',
      note: {
        zh: '改革前空壳开票至走逃；改革后被红色档阻断，或被实名认证拦在登记环节（假设比例）',
        en: 'Baseline: shells issue until they vanish; reform: blocked at red, or refused at registration by the real-name check (assumed share)',
      },
      sensitivity: sens('realNameStopShare', 'shell-invoiced'),
    }),
    k({
      id: 'days-median',
      label: { zh: '风险发生至预警天数（中位数）', en: 'Days from risk onset to warning (median)' },
      unit: UNITS.days,
      better: 'lower',
      origin: 'model',
      category: 'risk',
      note: {
        zh: '改革后：当月申报期结束（15日）出分；改革前：次年评估下户或下游发现',
        en: 'Reform: scored at the end of the filing period (15 days); baseline: next year’s assessment visit or the downstream finding',
      },
    }),
    k({
      id: 'days-p90',
      label: { zh: '风险发生至预警天数（90分位）', en: 'Days from risk onset to warning (p90)' },
      unit: UNITS.days,
      better: 'lower',
      origin: 'model',
      category: 'risk',
    }),
    k({
      id: 'corrected',
      label: { zh: '粗心户风险得到纠正户数', en: 'Careless firms whose errors were corrected' },
      unit: UNITS.count,
      better: 'higher',
      origin: 'assumption',
      category: 'compliance',
      note: {
        zh: '改革后：蓝色提醒后自行纠正（假设比例）或黄色、红色核查后纠正；改革前：被抽中评估的粗心户',
        en: 'Reform: self-corrected after a blue reminder (assumed share) or after a yellow/red check; baseline: careless firms in the assessment sample',
      },
      sensitivity: sens('selfCorrectShare', 'corrected'),
    }),
  ];
}

/**
 * The precision–recall series over the reform's score threshold.
 * @example
 * seriesOf(result).map((s) => s.id) // ['precision-recall']
 */
export function seriesOf(r: RunData): Series[] {
  const empty: ConfusionData = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const points = SWEEP.map((t) => [t, r.reform.sweep[String(t)] ?? empty] as const);
  return [
    {
      id: 'precision-recall',
      kind: 'xy',
      chart: 'line',
      title: {
        zh: '预警阈值下的精确率与召回率（改革后）',
        en: 'Precision and recall over the warning threshold (reform)',
      },
      x: { label: { zh: '预警分数线', en: 'Warning score threshold' }, unit: { zh: '分', en: 'points' } },
      y: { label: { zh: '比例', en: 'Share' }, unit: UNITS.percent },
      lines: [
        {
          variant: 'reform',
          label: { zh: '精确率', en: 'Precision' },
          points: points.map(([t, c]) => [t, Number(precision(c))] as const),
        },
        {
          variant: 'reform',
          label: { zh: '召回率', en: 'Recall' },
          points: points.map(([t, c]) => [t, Number(recall(c))] as const),
        },
      ],
    },
  ];
}
