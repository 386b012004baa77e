// KPIs and chart series of a batch run, every value from the model's accumulators.
import {
  countStat,
  type Kpi,
  type KpiInput,
  kpi,
  moneyStat,
  percentStat,
  ratioStat,
  type Series,
  UNITS,
} from '@gd-ftz/core';
import type { BatchResult } from './simulate';
import type { VariantStats } from './stats';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;

/**
 * The KPIs of a run, baseline against reform, each with its origin (where the effect comes from)
 * and category.
 * @example
 * kpisOf(runBatch(params, 1)).find((k) => k.id === 'returned-share')?.reform
 */
export function kpisOf(r: BatchResult): Kpi[] {
  const k = (fields: Fields, of: (s: VariantStats) => string) =>
    kpi({ ...fields, baseline: of(r.baseline), reform: of(r.reform) });
  const pct = { digits: 2, empty: 0 } as const;
  return [
    k(
      {
        id: 'returned-share',
        label: { zh: '多缴税款返还比例', en: 'Share of overpaid tax returned' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'money',
        note: {
          zh: '返还 = 现金退还 + 抵扣欠税（本金）。主要取决于两个假设参数：改革前纳税人自行发现多缴的比例、改革后收到提醒后申请的比例',
          en: 'Returned = refunded in cash + applied to arrears (principal). Driven mainly by two assumptions: the share taxpayers notice alone (baseline) and the share acting on the reminder (reform)',
        },
      },
      (s) => percentStat(s.returned.toDecimal(), s.overpaid.toDecimal(), pct),
    ),
    k(
      {
        id: 'lapsed-amount',
        label: { zh: '超过三年失效金额', en: 'Amount lapsed (window expired)' },
        unit: UNITS.yuan,
        better: 'lower',
        origin: 'assumption',
        category: 'money',
        note: {
          zh: '未发现的多缴在三年期满后失效：与返还比例取决于同样的假设参数',
          en: 'Overpayments nobody claims lapse after three years: driven by the same assumptions as the returned share',
        },
      },
      (s) => moneyStat(s.lapsed),
    ),
    k(
      {
        id: 'rejected-amount',
        label: { zh: '人工审核不予退还金额', en: 'Amount refused after manual review' },
        unit: UNITS.yuan,
        better: 'neither',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '风险疑点经确认的申请（假设比例）；改革前后对同一案件作同样认定，改革后更多案件提出申请',
          en: 'Claims whose risk flag is confirmed (assumed share); the same cases are refused in both variants, more are claimed after the reform',
        },
      },
      (s) => moneyStat(s.rejected),
    ),
    k(
      {
        id: 'days-median',
        label: { zh: '多缴至到账天数（中位数）', en: 'Days from overpayment to money (median)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (s) => countStat(s.quantileDays(0.5)),
    ),
    k(
      {
        id: 'days-p90',
        label: { zh: '多缴至到账天数（90分位）', en: 'Days from overpayment to money (p90)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (s) => countStat(s.quantileDays(0.9)),
    ),
    k(
      {
        id: 'taxpayer-actions',
        label: { zh: '每笔退税纳税人操作次数', en: 'Taxpayer actions per refund' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'definition',
        category: 'applicant-effort',
        note: {
          zh: '对应"一次申报即可享受"（粤府函〔2023〕59号 第1项）。按定义：改革前每笔4次、改革后1次（PROCESS_ASSUMPTIONS 的常数），只有补充资料与补录银行账户由模型得出；尚未由模拟的各步骤推出',
          en: 'Reproduces "one filing is enough" (粤府函〔2023〕59号, measure 1). By definition: 4 actions per paper-era claim and 1 per pre-filled claim (constants of PROCESS_ASSUMPTIONS); only supplements and missing bank details come from the model. Not yet derived from the simulated steps',
        },
      },
      (s) => ratioStat(s.actions, s.refunds, pct),
    ),
    k(
      {
        id: 'officer-minutes',
        label: { zh: '每笔退税人工审核分钟', en: 'Officer minutes per refund' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
        note: { zh: '含不予退还申请的审核用时', en: 'Includes the minutes spent on refused claims' },
      },
      (s) => ratioStat(s.officerMinutes, s.refunds, pct),
    ),
    k(
      {
        id: 'interest-paid',
        label: { zh: '国库支付退税利息', en: 'Interest paid by the treasury' },
        unit: UNITS.yuan,
        better: 'neither',
        origin: 'model',
        category: 'money',
        note: {
          zh: '取决于系统提醒的法律定性参数',
          en: 'Depends on the legal reading of a reminder (scenario parameter)',
        },
      },
      (s) => moneyStat(s.interest),
    ),
    k(
      {
        id: 'arrears-offset',
        label: { zh: '以退抵欠收回欠税及滞纳金', en: 'Arrears recovered by offset' },
        unit: UNITS.yuan,
        better: 'higher',
        origin: 'model',
        category: 'money',
      },
      (s) => moneyStat(s.offsets),
    ),
    k(
      {
        id: 'on-time',
        label: { zh: '法定期限内办结比例', en: 'Processed within the statutory period' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'definition',
        category: 'compliance',
        note: {
          zh: '按定义为100%：人工审核时长封顶于法定30日（实施细则第七十八条），故两者均为100%；显示它是为了说明改革并未以超期为代价',
          en: 'True by construction: manual reviews are capped at the statutory 30 days (Rules art. 78), so both are 100%; shown to make plain that the model allows no late review',
        },
      },
      (s) => percentStat(s.processedOnTime, s.refunds, pct),
    ),
    k(
      {
        id: 'auto-approved',
        label: { zh: '自动审核即时办结比例', en: 'Approved by auto-review' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'model',
        category: 'staff-time',
      },
      (s) => percentStat(s.autoApproved, s.refunds, pct),
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
