// The KPIs of a run, baseline against reform, each with its origin and category. Every KPI rests
// mainly on an assumption parameter (the class rules are unconfirmed, the staff and fraud figures
// unpublished), so each carries its range over that parameter's plausible values, read from the
// sensitivity ends every shard ran (shard.ts). Internal.
import {
  histogramCount,
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  kpi,
  Money,
  moneyStat,
  percentStat,
  ratioStat,
  sensitivityOf,
  UNITS,
  valueAt,
} from '@gd-ftz/core';
import { VAT_RATE } from './law';
import type { EInvoiceRiskControlParams } from './params';
import { type Driver, type RunData, SHARD_PARAMS, type ViewData } from './shard';

type Fields = Omit<KpiInput, 'baseline' | 'reform' | 'sensitivity'>;
type Of = (v: ViewData, taxpayers: number, p: EInvoiceRiskControlParams) => string;
/** The merged run of a sensitivity end: `driver` at the end value of `q`. */
export type EndRun = (driver: Driver, q: EInvoiceRiskControlParams) => RunData;

const ONE = { digits: 1, empty: 0 } as const;
/** Hours, from the histogram of whole minutes (exact decimal division, one digit). */
const HOURS = { digits: 1, empty: 0, divideBy: 60 } as const;
const PER_1000 = { zh: '次/千户月', en: 'per 1,000 taxpayer-months' };
const HOURS_PER_1000 = { zh: '小时/千户', en: 'h per 1,000 taxpayers' };

function perShell(v: ViewData): string {
  return v.shells === 0 ? '0.00' : moneyStat(Money.fromFen(BigInt(v.shellFen)).divide(v.shells).round());
}

function buyersVat(v: ViewData, taxpayers: number): string {
  // Input VAT on the shells' 专票 (amount excl. VAT × 13%), per 1,000 taxpayers, in 万元.
  const vat = Money.fromFen(BigInt(v.shellFen)).multiply(valueAt(VAT_RATE, '2024-01-01'));
  // × 1,000 / N taxpayers / 10,000 yuan = ÷ (10 N).
  return moneyStat(vat.divide(taxpayers * 10).round());
}

/**
 * The KPIs of a run of `taxpayers` from its merged scenario run; each assumption-driven KPI reads
 * its driver's plausible low and high from the end runs (`endRun`), shared between KPIs that vary
 * the same parameter.
 * @example
 * kpisOf(scenarioRun(merged), merged.taxpayers, params, (d, q) => endRun(merged, d, q)).length // 9
 */
export function kpisOf(
  r: RunData,
  taxpayers: number,
  params: EInvoiceRiskControlParams,
  endRun: EndRun,
): Kpi[] {
  // `reviewMinutes` enters its KPI only through `of` (minutes × reviews): no end run needed.
  const k = (fields: Fields, param: Driver | 'reviewMinutes', of: Of) =>
    kpi({
      ...fields,
      baseline: of(r.baseline, taxpayers, params),
      reform: of(r.reform, taxpayers, params),
      sensitivity: sensitivityOf(SHARD_PARAMS, params, param, (p) => {
        const again = param === 'reviewMinutes' ? r : endRun(param, p);
        return { baseline: of(again.baseline, taxpayers, p), reform: of(again.reform, taxpayers, p) };
      }),
    });
  const assumed = { origin: 'assumption' } as const;
  return [
    k(
      {
        id: 'shells-stopped-at-source',
        label: {
          zh: '首张发票前即被拦截的虚假登记企业（从源头打击）',
          en: 'Fake registrations stopped before their first invoice',
        },
        unit: UNITS.percent,
        better: 'higher',
        ...assumed,
        category: 'risk',
        note: {
          zh: '种子成效"从源头打击假税务登记企业"：事前共管推送使被识别的空壳只获Ⅰ类1,000元额度，低于其任一张发票；改革前无事前比对（恒为0）。改革后的值即假设的识别强度在所抽空壳上的实现值，故以其合理区间为准',
          en: 'The seed’s "strike fake registrations at the source": the cross-check gives a caught shell the class I credit of 1,000 yuan, below any of its invoices; the baseline has no such check (always 0). The reform value is the assumed strength of the check realised over the drawn shells: read its range',
        },
      },
      'crossCheckHit',
      (v) => percentStat(v.shellsStoppedAtSource, v.shells, ONE),
    ),
    k(
      {
        id: 'response-hours-median',
        label: {
          zh: '风险信号至处理的小时数（中位数，快速处理）',
          en: 'Hours from risk signal to response (median)',
        },
        unit: UNITS.hours,
        better: 'lower',
        ...assumed,
        category: 'risk',
        note: {
          zh: '种子成效"专人专岗…快速处理"：改革后专岗在工作时间内即时处理，改革前按批量周期处理（假设每周一批）',
          en: 'The seed’s "dedicated staff … handle fast": after the reform staff act at once in working hours; before it alerts waited for a batch (assumed weekly)',
        },
      },
      'batchIntervalDays',
      (v) => histogramQuantileStat(v.responseMinutes, 0.5, HOURS),
    ),
    k(
      {
        id: 'response-hours-p90',
        label: { zh: '风险信号至处理的小时数（90分位）', en: 'Hours from risk signal to response (p90)' },
        unit: UNITS.hours,
        better: 'lower',
        ...assumed,
        category: 'risk',
        note: {
          zh: '改革后由假设的专岗处理时长（均值2工作小时，跨夜/节假日顺延）决定；改革前由批量周期决定',
          en: 'After the reform set by the assumed staff handling time (mean 2 working hours, carried over nights and days off); before it by the batch interval',
        },
      },
      'batchIntervalDays',
      (v) => histogramQuantileStat(v.responseMinutes, 0.9, HOURS),
    ),
    k(
      {
        id: 'shell-amount',
        label: {
          zh: '每户空壳在拦截前开出的金额（不含税）',
          en: 'Amount a shell invoices before it is stopped (excl. VAT)',
        },
        unit: UNITS.yuan,
        better: 'lower',
        ...assumed,
        category: 'money',
        note: {
          zh: '未被事前识别的新办空壳按Ⅲ类获750万元额度（可调增至900万），改革前为25份×10万元纸票；分类额度为未经证实的内部规则',
          en: 'A shell the cross-check misses gets class III credit (7.5M, 9M after the top-up) against 25 paper copies × 100,000 before; the class limits are unconfirmed rules',
        },
      },
      'limitScale',
      perShell,
    ),
    k(
      {
        id: 'honest-blocked',
        label: { zh: '正常企业开票被阻断次数', en: 'Honest firms’ blocked issuances' },
        unit: PER_1000,
        better: 'lower',
        ...assumed,
        category: 'applicant-effort',
      },
      'limitScale',
      (v) => ratioStat(v.honestBlocked * 1000, v.honestMonths, ONE),
    ),
    k(
      {
        id: 'applications',
        label: {
          zh: '正常企业申请增量/人工调整额度',
          en: 'Honest firms’ applications for more supply / manual credit',
        },
        unit: PER_1000,
        better: 'lower',
        ...assumed,
        category: 'applicant-effort',
        note: {
          zh: '改革前：纸票份数或限额不足时申请增量；改革后：额度（含一次临时调增）用尽时申请人工调整。改革后取决于未经证实的分类额度',
          en: 'Baseline: applications for more copies when the paper supply runs out; reform: for a manual adjustment when the credit (with its one top-up) runs out. The reform figure rests on the unconfirmed class limits',
        },
      },
      'limitScale',
      (v) => ratioStat(v.applications * 1000, v.honestMonths, ONE),
    ),
    k(
      {
        id: 'alerts',
        label: { zh: '顶额风险预警（每千户每年）', en: 'Top-out risk alerts (per 1,000 taxpayers a year)' },
        unit: { zh: '次/千户', en: 'per 1,000 taxpayers' },
        better: 'neither',
        ...assumed,
        category: 'staff-time',
        note: {
          zh: '每户每月至多一次：用量达到触发比例（改革前为纸票供应面额，改革后为当月额度）。预警越多，专岗工作量越大、发现越早；触发比例为假设参数（据转载80%）',
          en: 'At most one per taxpayer-month, when usage reaches the trigger share (baseline: of the paper supply’s face value; reform: of the month’s credit). More alerts mean more staff work and earlier detection; the trigger is an assumption (reported as 80%)',
        },
      },
      'topUpTrigger',
      (v, n) => ratioStat(histogramCount(v.responseMinutes) * 1000, n, ONE),
    ),
    k(
      {
        id: 'buyers-input-vat',
        label: { zh: '受票方因异常凭证受影响的进项税额', en: 'Buyers’ input VAT hit by abnormal vouchers' },
        unit: { zh: '万元/千户', en: '10k CNY per 1,000 taxpayers' },
        better: 'lower',
        ...assumed,
        category: 'money',
        note: {
          zh: '空壳开出的专票均列为异常凭证（2019年第38号），受票方不得抵扣或作进项转出（A级可在10个工作日内申请核实）；按13%税率计',
          en: 'Every special invoice of a shell becomes an abnormal voucher (2019 No. 38): buyers may not deduct it (an A-grade buyer may ask for verification within 10 working days); at 13%',
        },
      },
      'shellShare',
      buyersVat,
    ),
    k(
      {
        id: 'officer-hours',
        label: { zh: '税务人员工时', en: 'Officer hours' },
        unit: HOURS_PER_1000,
        better: 'lower',
        ...assumed,
        category: 'staff-time',
      },
      'reviewMinutes',
      (v, n, p) => ratioStat(v.reviews * p.reviewMinutes * 1000, n * 60, ONE),
    ),
  ];
}
