// KPIs and chart series of a batch run, every value from the simulated firm-months and cases;
// each KPI that rests on an assumption shows its values at that assumption's plausible ends.
import {
  type Histogram,
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  kpi,
  percentStat,
  ratioStat,
  type Series,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { monthAt } from './month';
import type { TaxCreditScoringParams } from './params';
import type { Scenario } from './population';
import { type RunData, SHARD_PARAMS, type ViewData } from './shard';
import { GRADE_ORDER, SEEN_WITHIN_DAYS } from './simulate';

/** The assumption parameters that drive a KPI (each has a plausible range in the schema). */
export type Driver = 'linkCoverage' | 'linkDelayDays' | 'adjustDays';

/** How one KPI is computed from a run, and what it rests on. */
export interface KpiSpec extends Omit<KpiInput, 'baseline' | 'reform' | 'sensitivity'> {
  /** The assumption parameter that drives it. */
  readonly driver?: Driver;
  readonly of: (s: ViewData) => string;
}

const perThousand = { zh: '每千户月', en: 'per 1,000 firm-months' } as const;

const TWO = { digits: 2, empty: 0 } as const;
const pct = (part: number, whole: number) => percentStat(part, whole, TWO);
const per1000 = (part: number, whole: number) => ratioStat(part * 1000, whole, TWO);
/** Whole days, interpolated quantile; 0 when no case qualified (the note says so). */
const quantile = (days: Histogram, q: number) => histogramQuantileStat(days, q, { digits: 0, empty: 0 });

/**
 * The KPIs of measure 9 and how each is computed.
 * @example
 * KPI_SPECS.map((k) => k.id).includes('facilitation-fit') // true
 */
export const KPI_SPECS: readonly KpiSpec[] = [
  {
    id: 'facilitation-fit',
    label: {
      zh: '便利措施与实时信用相符的户月比例',
      en: 'Firm-months whose facilitation fits the current record',
    },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'compliance',
    driver: 'linkCoverage',
    note: {
      zh: '对应"对企业按照信用等级进行分类…提供不同标准的纳税便利举措"（粤府函〔2023〕59号 第9项）；"实时信用"为完整记录滚动12个月按同一规则评定的级别，改革后取决于数据联通覆盖率与延迟（假设）',
      en: 'The seed’s outcome ("sort firms by credit grade… different facilitation", measure 9); the current record is the grade the same rules give the full rolling 12-month record, so the reform’s value rests on link coverage and delay (assumptions)',
    },
    of: (s) => pct(s.fit, s.firmMonths),
  },
  {
    id: 'breach-loss-days-median',
    label: {
      zh: '严重失信至失去A/B级便利天数（中位数）',
      en: 'Days from a serious breach to losing A/B facilitation (median)',
    },
    unit: UNITS.days,
    better: 'lower',
    origin: 'assumption',
    category: 'risk',
    driver: 'adjustDays',
    note: {
      zh: '按月末计；期末仍未失去的按期末计（下限）',
      en: 'Measured at month ends; a firm still A/B at the horizon counts to the horizon (a lower bound)',
    },
    of: (s) => quantile(s.lossDays, 0.5),
  },
  {
    id: 'breach-loss-days-p90',
    label: {
      zh: '严重失信至失去A/B级便利天数（90分位）',
      en: 'Days from a serious breach to losing A/B facilitation (p90)',
    },
    unit: UNITS.days,
    better: 'lower',
    origin: 'assumption',
    category: 'risk',
    driver: 'adjustDays',
    of: (s) => quantile(s.lossDays, 0.9),
  },
  {
    id: 'ab-with-open-breach',
    label: { zh: '存在未消除严重失信仍享A/B级便利', en: 'A/B firm-months with an open serious breach' },
    unit: perThousand,
    better: 'lower',
    origin: 'assumption',
    category: 'risk',
    driver: 'linkCoverage',
    of: (s) => per1000(s.abWithOpen, s.firmMonths),
  },
  {
    id: 'd-with-none-left',
    label: {
      zh: '已无失信情形仍按D级管理（信用修复后）',
      en: 'D firm-months with no case left (after repair)',
    },
    unit: perThousand,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-effort',
    driver: 'adjustDays',
    of: (s) => per1000(s.dWithNoneLeft, s.firmMonths),
  },
  {
    id: 'external-seen-60d',
    label: { zh: '外部门严重失信信息60日内进入评价的比例', en: 'External breaches on record within 60 days' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'coverage',
    driver: 'linkDelayDays',
    note: {
      zh: `市场监管、海关、司法来源；${SEEN_WITHIN_DAYS}日内记载在案`,
      en: `Market regulation, customs and judicial records on file within ${SEEN_WITHIN_DAYS} days`,
    },
    of: (s) => pct(s.external60, s.externalCases),
  },
  {
    id: 'class-changes',
    label: { zh: '每户每年便利类别变动次数', en: 'Facilitation class changes per firm-year' },
    unit: { zh: '次/户年', en: 'per firm-year' },
    better: 'neither',
    origin: 'model',
    category: 'applicant-effort',
    note: {
      zh: '动态调整更贴近实时信用，也更频繁地改变企业待遇',
      en: 'Dynamic re-scoring follows the record more closely and changes a firm’s treatment more often',
    },
    of: (s) => ratioStat(s.changes * 12, s.firmMonths, TWO),
  },
];

/**
 * The KPIs of a run, baseline against reform, each with its origin and category; `rerun` gives
 * the run with one driver parameter changed (for the sensitivity ranges).
 * @example
 * kpisOf(result, params, rerun).find((k) => k.id === 'facilitation-fit')?.sensitivity?.low
 */
export function kpisOf(
  r: RunData,
  params: TaxCreditScoringParams,
  rerun: (param: Driver, params: TaxCreditScoringParams) => RunData,
): Kpi[] {
  return KPI_SPECS.map(({ of, driver, ...fields }) => {
    // The sharded schema: a province's population does not make an end fail the browser's limit.
    const sensitivity = driver
      ? sensitivityOf(SHARD_PARAMS, params, driver, (varied) => {
          const v = rerun(driver, varied);
          return { baseline: of(v.baseline), reform: of(v.reform) };
        })
      : undefined;
    return kpi({
      ...fields,
      baseline: of(r.baseline),
      reform: of(r.reform),
      ...(sensitivity ? { sensitivity } : {}),
    });
  });
}

/**
 * Chart series: the share of firm-months fitting the current record per month of use, and the
 * firm-months per class.
 * @example
 * seriesOf(result, scenario).map((s) => s.id) // ['fit-by-month', 'classes']
 */
export function seriesOf(r: RunData, sc: Scenario): Series[] {
  const months = Array.from({ length: 12 }, (_, i) => monthAt(sc.useFirst + i) as string);
  const fit = (s: ViewData) =>
    months.map((m) => [m, Number(pct(s.fitByMonth[m] ?? 0, s.monthsByMonth[m] ?? 0))] as const);
  const classes = (s: ViewData) => GRADE_ORDER.map((g) => [g as string, s.classes[g] ?? 0] as const);
  const lines = (f: (s: ViewData) => (readonly [string, number])[]) => [
    { variant: 'baseline' as const, label: { zh: '改革前', en: 'Baseline' }, points: f(r.baseline) },
    { variant: 'reform' as const, label: { zh: '改革后', en: 'Reform' }, points: f(r.reform) },
  ];
  return [
    {
      id: 'fit-by-month',
      kind: 'xy',
      chart: 'line',
      title: {
        zh: '便利措施与实时信用相符比例（按月）',
        en: 'Facilitation fitting the current record, by month',
      },
      x: { label: { zh: '月份', en: 'Month' } },
      y: { label: { zh: '相符比例', en: 'Fitting' }, unit: UNITS.percent },
      lines: lines(fit),
    },
    {
      id: 'classes',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '各便利类别户月数', en: 'Firm-months per facilitation class' },
      x: { label: { zh: '类别', en: 'Class' } },
      y: { label: { zh: '户月', en: 'Firm-months' }, unit: UNITS.count },
      lines: lines(classes),
    },
  ];
}
