// KPIs and chart series of a batch run, every value from the simulated firm-months and cases.
import { decimal, type Kpi, type Localized, type Series, UNITS } from '@gd-ftz/core';
import { monthAt } from './month';
import { type BatchResult, SEEN_WITHIN_DAYS, type ViewStats } from './simulate';

/** Where a KPI's value comes from (the kit's `origin`). */
export type KpiOrigin = 'model' | 'assumption' | 'calibrated' | 'definition';
/** What a KPI measures (the kit's `category`). */
export type KpiCategory =
  | 'applicant-time'
  | 'applicant-effort'
  | 'staff-time'
  | 'money'
  | 'risk'
  | 'compliance'
  | 'coverage';

/** A KPI's values with one assumption at its plausible low and high ends. */
export interface KpiSensitivity {
  readonly param: string;
  readonly low: { readonly value: number; readonly baseline: string; readonly reform: string };
  readonly high: { readonly value: number; readonly baseline: string; readonly reform: string };
}

/** How one KPI is computed from a run, and what it rests on. */
export interface KpiSpec {
  readonly id: string;
  readonly label: Localized;
  readonly unit: Localized;
  readonly better: Kpi['better'];
  readonly origin: KpiOrigin;
  readonly category: KpiCategory;
  /** The assumption parameter that drives it, with its plausible low and high values. */
  readonly driver?: { readonly param: string; readonly low: number; readonly high: number };
  readonly note?: Localized;
  readonly of: (s: ViewStats) => string;
}

const perThousand = { zh: '每千户月', en: 'per 1,000 firm-months' } as const;

function pct(part: number, whole: number): string {
  return whole === 0
    ? '0.00'
    : decimal(String(part))
        .times(100)
        .div(decimal(String(whole)))
        .toFixed(2);
}
function per1000(part: number, whole: number): string {
  return whole === 0
    ? '0.00'
    : decimal(String(part))
        .times(1000)
        .div(decimal(String(whole)))
        .toFixed(2);
}
/** Nearest-rank quantile of whole days; 0 for no cases (the note gives the count). */
function quantile(values: readonly number[], q: number): string {
  if (values.length === 0) return '0';
  const sorted = [...values].sort((a, b) => a - b);
  return String(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]);
}

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
    driver: { param: 'linkCoverage', low: 0.6, high: 1 },
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
    driver: { param: 'adjustDays', low: 0, high: 90 },
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
    driver: { param: 'adjustDays', low: 0, high: 90 },
    of: (s) => quantile(s.lossDays, 0.9),
  },
  {
    id: 'ab-with-open-breach',
    label: { zh: '存在未消除严重失信仍享A/B级便利', en: 'A/B firm-months with an open serious breach' },
    unit: perThousand,
    better: 'lower',
    origin: 'assumption',
    category: 'risk',
    driver: { param: 'linkCoverage', low: 0.6, high: 1 },
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
    driver: { param: 'adjustDays', low: 0, high: 90 },
    of: (s) => per1000(s.dWithNoneLeft, s.firmMonths),
  },
  {
    id: 'external-seen-60d',
    label: { zh: '外部门严重失信信息60日内进入评价的比例', en: 'External breaches on record within 60 days' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'coverage',
    driver: { param: 'linkDelayDays', low: 5, high: 60 },
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
    of: (s) =>
      s.firmMonths === 0
        ? '0.00'
        : decimal(String(s.changes))
            .times(12)
            .div(decimal(String(s.firmMonths)))
            .toFixed(2),
  },
];

/**
 * The KPIs of a run, baseline against reform, with the sensitivity runs (by driver parameter) when given.
 * @example
 * kpisOf(runBatch(params, 1)).find((k) => k.id === 'facilitation-fit')?.reform
 */
export function kpisOf(
  r: BatchResult,
  sensitivity?: ReadonlyMap<string, { low: BatchResult; high: BatchResult }>,
): Kpi[] {
  return KPI_SPECS.map((k) => {
    const s = k.driver ? sensitivity?.get(k.driver.param) : undefined;
    const range =
      k.driver && s
        ? {
            zh: `${k.driver.param} = ${k.driver.low}：改革前 ${k.of(s.low.baseline)} / 改革后 ${k.of(s.low.reform)}；= ${k.driver.high}：${k.of(s.high.baseline)} / ${k.of(s.high.reform)}`,
            en: `${k.driver.param} = ${k.driver.low}: baseline ${k.of(s.low.baseline)} / reform ${k.of(s.low.reform)}; = ${k.driver.high}: ${k.of(s.high.baseline)} / ${k.of(s.high.reform)}`,
          }
        : undefined;
    const origin = { zh: `来源：${k.origin}`, en: `origin: ${k.origin}` };
    const parts = [origin, ...(k.note ? [k.note] : []), ...(range ? [range] : [])];
    return {
      id: k.id,
      label: k.label,
      unit: k.unit,
      baseline: k.of(r.baseline),
      reform: k.of(r.reform),
      better: k.better,
      note: { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') },
    };
  });
}

const GRADES = ['A', 'B', 'M', 'C', 'D'] as const;

/**
 * Chart series: the share of firm-months fitting the current record per month of use, and the
 * firm-months per class.
 * @example
 * seriesOf(result).map((s) => s.id) // ['fit-by-month', 'classes']
 */
export function seriesOf(r: BatchResult): Series[] {
  const months = Array.from({ length: 12 }, (_, i) => monthAt(r.scenario.useFirst + i) as string);
  const fit = (s: ViewStats) =>
    months.map((m, i) => [m, Number(pct(s.fitByMonth[i] as number, s.monthsByMonth[i] as number))] as const);
  const classes = (s: ViewStats) => GRADES.map((g, i) => [g, s.classes[i] as number] as const);
  const lines = (f: (s: ViewStats) => (readonly [string, number])[]) => [
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
