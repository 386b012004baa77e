// KPIs and chart series of a batch run, every value from the model's accumulators.
import { decimal, type Kpi, type Localized, type Series, UNITS } from '@gd-ftz/core';
import type { BatchResult } from './simulate';
import type { VariantStats } from './stats';

function ratio(num: bigint | string, den: bigint | number, places = 2): string {
  if (BigInt(den) === 0n) return '0';
  return decimal(num)
    .div(decimal(BigInt(den)))
    .toFixed(places);
}

function kpi(
  id: string,
  label: Localized,
  unit: Localized,
  of: (s: VariantStats) => string,
  better: Kpi['better'],
  r: BatchResult,
  note?: Localized,
): Kpi {
  return {
    id,
    label,
    unit,
    baseline: of(r.baseline),
    reform: of(r.reform),
    better,
    ...(note ? { note } : {}),
  };
}

/**
 * The KPIs of a run, baseline against reform.
 * @example
 * kpisOf(runBatch(params, 1)).find((k) => k.id === 'returned-share')?.reform
 */
export function kpisOf(r: BatchResult): Kpi[] {
  const pct = (part: string, whole: string) =>
    decimal(whole).isZero() ? '0.00' : decimal(part).div(decimal(whole)).times(100).toFixed(2);
  return [
    kpi(
      'returned-share',
      { zh: '多缴税款返还比例', en: 'Share of overpaid tax returned' },
      UNITS.percent,
      (s) => pct(s.returned.toPlainString(), s.overpaid.toPlainString()),
      'higher',
      r,
      {
        zh: '返还 = 现金退还 + 抵扣欠税（本金）',
        en: 'Returned = refunded in cash + applied to arrears (principal)',
      },
    ),
    kpi(
      'lapsed-amount',
      { zh: '超过三年失效金额', en: 'Amount lapsed (window expired)' },
      UNITS.yuan,
      (s) => s.lapsed.toString(),
      'lower',
      r,
    ),
    kpi(
      'rejected-amount',
      { zh: '人工审核不予退还金额', en: 'Amount refused after manual review' },
      UNITS.yuan,
      (s) => s.rejected.toString(),
      'neither',
      r,
      {
        zh: '风险疑点经确认的申请（假设比例）；改革前后对同一案件作同样认定，改革后更多案件提出申请',
        en: 'Claims whose risk flag is confirmed (assumed share); the same cases are refused in both variants, more are claimed after the reform',
      },
    ),
    kpi(
      'days-median',
      { zh: '多缴至到账天数（中位数）', en: 'Days from overpayment to money (median)' },
      UNITS.days,
      (s) => String(s.quantileDays(0.5)),
      'lower',
      r,
    ),
    kpi(
      'days-p90',
      { zh: '多缴至到账天数（90分位）', en: 'Days from overpayment to money (p90)' },
      UNITS.days,
      (s) => String(s.quantileDays(0.9)),
      'lower',
      r,
    ),
    kpi(
      'taxpayer-actions',
      { zh: '每笔退税纳税人操作次数', en: 'Taxpayer actions per refund' },
      UNITS.perCase,
      (s) => ratio(BigInt(s.actions), s.refunds),
      'lower',
      r,
      {
        zh: '对应"一次申报即可享受"（粤府函〔2023〕59号 第1项）',
        en: 'Reproduces "one filing is enough" (粤府函〔2023〕59号, measure 1)',
      },
    ),
    kpi(
      'officer-minutes',
      { zh: '每笔退税人工审核分钟', en: 'Officer minutes per refund' },
      UNITS.minutes,
      (s) => ratio(BigInt(s.officerMinutes), s.refunds),
      'lower',
      r,
      {
        zh: '含不予退还申请的审核用时',
        en: 'Includes the minutes spent on refused claims',
      },
    ),
    kpi(
      'interest-paid',
      { zh: '国库支付退税利息', en: 'Interest paid by the treasury' },
      UNITS.yuan,
      (s) => s.interest.toString(),
      'neither',
      r,
      {
        zh: '取决于系统提醒的法律定性参数',
        en: 'Depends on the legal reading of a reminder (scenario parameter)',
      },
    ),
    kpi(
      'arrears-offset',
      { zh: '以退抵欠收回欠税及滞纳金', en: 'Arrears recovered by offset' },
      UNITS.yuan,
      (s) => s.offsets.toString(),
      'higher',
      r,
    ),
    kpi(
      'on-time',
      { zh: '法定期限内办结比例', en: 'Processed within the statutory period' },
      UNITS.percent,
      (s) => (s.refunds === 0 ? '0.00' : ratio(BigInt(s.processedOnTime * 100), s.refunds)),
      'higher',
      r,
      {
        zh: '假设人工审核不超过法定30日（实施细则第七十八条），故两者均为100%',
        en: 'Assumes manual reviews keep the statutory 30 days (Rules art. 78), so both are 100%',
      },
    ),
    kpi(
      'auto-approved',
      { zh: '自动审核即时办结比例', en: 'Approved by auto-review' },
      UNITS.percent,
      (s) => (s.refunds === 0 ? '0.00' : ratio(BigInt(s.autoApproved * 100), s.refunds)),
      'higher',
      r,
    ),
  ];
}

const BUCKETS: readonly [number, number, string][] = [
  [0, 7, '0–7'],
  [8, 30, '8–30'],
  [31, 90, '31–90'],
  [91, 180, '91–180'],
  [181, 365, '181–365'],
  [366, 730, '366–730'],
  [731, 100_000, '>730'],
];

/** Every month `YYYY-MM` from the earliest to the latest given, so that a line has no gaps. */
function monthsBetween(seen: readonly string[]): string[] {
  if (seen.length === 0) return [];
  const sorted = [...seen].sort();
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let i = index(sorted[0] as string); i <= index(sorted.at(-1) as string); i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * Chart series: money received per month (万元), and the distribution of days to money.
 * @example
 * seriesOf(result).map((s) => s.id) // ['refunds-by-month', 'days-distribution']
 */
export function seriesOf(r: BatchResult): Series[] {
  const months = monthsBetween([...r.baseline.paidByMonth.keys(), ...r.reform.paidByMonth.keys()]);
  // Chart values are display numbers (万元), never amounts of record.
  const wan = (s: VariantStats, m: string) =>
    Number(s.paidByMonth.get(m)?.toDecimal().div(10_000).toFixed(2) ?? '0');
  const hist = (s: VariantStats) =>
    BUCKETS.map(([lo, hi, label]) => {
      let n = 0;
      for (let d = lo; d <= Math.min(hi, s.days.length - 1); d++) n += s.days[d] ?? 0;
      return [label, n] as const;
    });
  const lines = (f: (s: VariantStats) => (readonly [string, number])[]) => [
    { variant: 'baseline' as const, label: { zh: '改革前', en: 'Baseline' }, points: f(r.baseline) },
    { variant: 'reform' as const, label: { zh: '改革后', en: 'Reform' }, points: f(r.reform) },
  ];
  return [
    {
      id: 'refunds-by-month',
      kind: 'xy',
      chart: 'line',
      title: {
        zh: '每月退税到账金额（不含抵欠）',
        en: 'Refunds received per month (cash, offsets excluded)',
      },
      x: { label: { zh: '月份', en: 'Month' } },
      y: { label: { zh: '金额', en: 'Amount' }, unit: UNITS.tenThousandYuan },
      lines: lines((s) => months.map((m) => [m, wan(s, m)] as const)),
    },
    {
      id: 'days-distribution',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '多缴至到账天数分布', en: 'Distribution of days to money' },
      x: { label: { zh: '天数', en: 'Days' }, unit: UNITS.days },
      y: { label: { zh: '笔数', en: 'Refunds' }, unit: UNITS.count },
      lines: lines(hist),
    },
  ];
}
