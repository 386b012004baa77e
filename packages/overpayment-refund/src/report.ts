// KPIs and chart series of a batch run, every value from the model's accumulators.
import {
  ConfigurationError,
  formatStat,
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  kpi,
  percentStat,
  ratioStat,
  type Series,
  sensitivityEndKey,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { OverpaymentRefundParams } from './params';
import { type BatchData, type Driver, SHARD_PARAMS } from './shard';
import type { VariantData } from './stats';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;

/** A sum of money in yuan, rounded half-up to the fen once, at the end (as moneyStat does). */
const yuan = (sum: string) => formatStat(sum, 2);

/**
 * The KPIs of a run, baseline against reform, each with its origin (where the effect comes from)
 * and category. A KPI driven by an assumption carries its sensitivity: the same population run at
 * the low and high end of that parameter's plausible range, read from `runs` (by core's `sensitivityEndKey`).
 * @example
 * kpisOf(merged.runs.scenario, params, merged.runs).find((k) => k.id === 'returned-share')?.sensitivity
 */
export function kpisOf(
  r: BatchData,
  params: OverpaymentRefundParams,
  runs: Readonly<Record<string, BatchData>>,
): Kpi[] {
  const k = (fields: Fields, of: (s: VariantData) => string, driver?: Driver) => {
    const sensitivity = driver
      ? sensitivityOf(SHARD_PARAMS, params, driver, (q) => {
          const v = runs[sensitivityEndKey(driver, q)];
          if (!v)
            throw new ConfigurationError(
              `runs.${sensitivityEndKey(driver, q)}`,
              'is missing from the merged shards',
            );
          return { baseline: of(v.baseline), reform: of(v.reform) };
        })
      : undefined;
    return kpi({
      ...fields,
      baseline: of(r.baseline),
      reform: of(r.reform),
      ...(sensitivity ? { sensitivity } : {}),
    });
  };
  const pct = { digits: 2, empty: 0 } as const;
  // Type 7 quantiles (core's definition) can fall between two whole days: one decimal.
  const days = { digits: 1, empty: 0 } as const;
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
          zh: '返还 = 现金退还 + 抵扣欠税（本金）。改革前取决于两个假设参数：纳税人自行发现的比例、税务机关自行发现的比例（实施细则第七十八条，敏感性见下）；改革后主要取决于收到提醒后申请的比例',
          en: 'Returned = refunded in cash + applied to arrears (principal). The baseline rests on two assumptions: the share taxpayers notice alone and the share the authority finds itself (Rules art. 78; sensitivity shown); the reform mainly on the share acting on the reminder',
        },
      },
      (s) => percentStat(s.returned, s.overpaid, pct),
      'baselineAuthorityShare',
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
          zh: '无人申请、税务机关也未发现的多缴在三年期满后失效：与返还比例取决于同样的假设参数（敏感性：纳税人自行发现的比例）',
          en: 'Overpayments nobody claims and the authority does not find lapse after three years: the same assumptions as the returned share (sensitivity: the share taxpayers notice alone)',
        },
      },
      (s) => yuan(s.lapsed),
      'baselineNoticeShare',
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
      (s) => yuan(s.rejected),
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
      (s) => histogramQuantileStat(s.days, 0.5, days),
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
      (s) => histogramQuantileStat(s.days, 0.9, days),
    ),
    k(
      {
        id: 'taxpayer-actions',
        label: { zh: '每笔退税纳税人操作次数', en: 'Taxpayer actions per refund' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'model',
        category: 'applicant-effort',
        note: {
          zh: '按每笔案件模拟经过的纳税人步骤计数（TAXPAYER_STEPS：自行发现、到厅或登录、填写或确认申请表、证明材料或银行账户、补充资料）。改革前自行申请：发现+到厅+填表+材料（4）；税务机关发现：到厅+签表（2）；改革后：登录+确认预填（2），无登记账户时+1；依职权退还为0；被要求补充资料时+1。对应"一次申报即可享受"（粤府函〔2023〕59号 第1项）：一次提交，登录另计一步',
          en: 'Counts the taxpayer steps each simulated case went through (TAXPAYER_STEPS: notice alone, visit or log in, fill or confirm the form, proof or bank details, follow-up). Baseline own claim: notice + visit + form + proof (4); found by the authority: visit + sign the form (2); reform: log in + confirm the pre-filled form (2), +1 with no account on file; ex officio 0; +1 when a review asks for more. "One filing is enough" (粤府函〔2023〕59号, measure 1) is one submission; the login counts as its own step',
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
      (s) => yuan(s.interest),
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
      (s) => yuan(s.offsets),
    ),
    k(
      {
        id: 'on-time',
        label: { zh: '法定期限内办结比例', en: 'Processed within the statutory period' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'compliance',
        note: {
          zh: '人工审核按假设比例超过法定期限（实施细则第七十八条：10日或30日），超期1–10个工作日；自动审核当日办结。差异来自改革后人工审核更少，取决于超期比例假设（敏感性见下）',
          en: 'An assumed share of manual reviews overruns the statutory period (Rules art. 78: 10 or 30 days) by 1–10 working days; auto-review finishes the same day. The gap comes from fewer manual reviews after the reform and rests on the late share (sensitivity shown)',
        },
      },
      (s) => percentStat(s.processedOnTime, s.refunds, pct),
      'lateReviewShare',
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
 * seriesOf(merged.runs.scenario).map((s) => s.id) // ['refunds-by-month', 'days-distribution']
 */
export function seriesOf(r: BatchData): Series[] {
  const months = monthsBetween([
    ...Object.keys(r.baseline.paidByMonth),
    ...Object.keys(r.reform.paidByMonth),
  ]);
  // Chart values are display numbers (万元), never amounts of record.
  const wan = (s: VariantData, m: string) =>
    Number(ratioStat(s.paidByMonth[m] ?? '0', 10_000, { digits: 2, empty: 0 }));
  const hist = (s: VariantData) =>
    BUCKETS.map(([lo, hi, label]) => {
      let n = 0;
      for (const [d, c] of Object.entries(s.days.bins)) if (Number(d) >= lo && Number(d) <= hi) n += c;
      return [label, n] as const;
    });
  const lines = (f: (s: VariantData) => (readonly [string, number])[]) => [
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
