// The KPIs and chart series of a run, baseline against reform, each KPI with its origin and
// category; the assumption-driven ones show their values at the driver's plausible ends.
// Internal: not exported from src/index.ts.
import {
  type Histogram,
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  kpi,
  Money,
  moneyStat,
  percentStat,
  ratioStat,
  type Series,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { REFUSAL_CODES } from './check';
import type { RentalInvoiceDelegationParams } from './params';
import { type BatchData, SHARD_PARAMS, type ViewData } from './shard';

/** The assumption parameters that drive a KPI (each has a plausible range in the schema). */
export type Driver =
  | 'annualShare'
  | 'confirmFailShare'
  | 'checkFailShare'
  | 'reformUninvoicedShare'
  | 'hallDelayMax'
  | 'hallMinutes';

interface KpiSpec extends Omit<KpiInput, 'baseline' | 'reform' | 'sensitivity'> {
  readonly driver?: Driver;
  readonly of: (s: ViewData, p: RentalInvoiceDelegationParams) => string;
}

const TWO = { digits: 2, empty: 0 } as const;
const ONE = { digits: 1, empty: 0 } as const;
const days = (h: Histogram, q: number) => histogramQuantileStat(h, q, { digits: 0, empty: 0 });
const perLeaseYear = { zh: '次/租赁年', en: 'per lease-year' } as const;

const SPECS: readonly KpiSpec[] = [
  {
    id: 'online-share',
    label: { zh: '全程网上办的发票比例（无需到大厅）', en: 'Invoices with no hall visit (全程网上办)' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'coverage',
    driver: 'confirmFailShare',
    note: {
      zh: '对应第8项"代开发票业务全程网上办"；由事件得出：出租方未确认或申请有误的转回大厅（假设比例）；改革前无网上渠道',
      en: 'The seed’s "全程网上办" (measure 8), counted from the events: unconfirmed authorisations and refused applications go back to the hall (assumed shares); the baseline has no online channel',
    },
    of: (s) => percentStat(s.online, s.invoices, ONE),
  },
  {
    id: 'hall-trips-per-invoice',
    label: { zh: '每张发票到大厅次数', en: 'Hall trips per invoice' },
    unit: UNITS.perCase,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-effort',
    driver: 'confirmFailShare',
    note: {
      zh: '改革前每张至少一次，窗口退回再一次',
      en: 'Before the reform one trip per invoice, two when the counter sends the applicant back',
    },
    of: (s) => ratioStat(s.hallTrips, s.invoices, TWO),
  },
  {
    id: 'days-median',
    label: { zh: '租金到期至取得发票天数（中位数）', en: 'Days from rent due to invoice (median)' },
    unit: UNITS.days,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-time',
    driver: 'hallDelayMax',
    note: {
      zh: '到大厅前等待为假设；网上当日完税开票',
      en: 'The wait before a hall trip is an assumption; online the tax is paid and the invoice issued the same day',
    },
    of: (s) => days(s.days, 0.5),
  },
  {
    id: 'days-p90',
    label: { zh: '租金到期至取得发票天数（90分位）', en: 'Days from rent due to invoice (p90)' },
    unit: UNITS.days,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-time',
    driver: 'hallDelayMax',
    of: (s) => days(s.days, 0.9),
  },
  {
    id: 'lessor-actions',
    label: { zh: '出租方每租赁年办理次数', en: 'Lessor actions per lease-year' },
    unit: perLeaseYear,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-effort',
    driver: 'annualShare',
    note: {
      zh: '改革前每张发票一次（亲自到厅或签纸质委托书）；改革后每次授权确认一次（按年一次，按次每张一次）加转回大厅的发票',
      en: 'Before: one per invoice (a hall trip or signing a paper power of attorney); after: one per authorisation confirmed (yearly once, per invoice each time) plus invoices sent back to the hall',
    },
    of: (s) => ratioStat(s.lessorActions, s.leases, TWO),
  },
  {
    id: 'periods-invoiced',
    label: { zh: '已开票的租期比例', en: 'Share of rent periods invoiced' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'compliance',
    driver: 'reformUninvoicedShare',
    of: (s) => percentStat(s.invoices, s.periods, ONE),
  },
  {
    id: 'tax-collected',
    label: { zh: '代开时征收的税费', en: 'Tax collected with the invoices' },
    unit: UNITS.yuan,
    better: 'higher',
    origin: 'assumption',
    category: 'money',
    driver: 'reformUninvoicedShare',
    note: {
      zh: '同一租约、同一计税函数（rentalInvoiceTaxes），只随开票覆盖率变化',
      en: 'Same leases, same tax function (rentalInvoiceTaxes): it moves only with invoicing coverage',
    },
    of: (s) => moneyStat(Money.fromFen(BigInt(s.taxFen))),
  },
  {
    id: 'officer-minutes',
    label: { zh: '每张发票窗口工时', en: 'Officer minutes per invoice' },
    unit: UNITS.minutes,
    better: 'lower',
    origin: 'assumption',
    category: 'staff-time',
    driver: 'hallMinutes',
    note: {
      zh: '大厅每次办理的工时（东莞2016年：8→3分钟）；网上开票不占窗口',
      en: 'Minutes per hall visit (Dongguan 2016: 8 → 3); online invoices take no counter time',
    },
    // Every hall trip takes the officer hallMinutes; online invoices take none.
    of: (s, p) => ratioStat(s.hallTrips * p.hallMinutes, s.invoices, TWO),
  },
  {
    id: 'unconfirmed-agent-invoices',
    label: {
      zh: '代理人未经出租方确认授权取得的发票比例',
      en: 'Invoices an agent got without a lessor-confirmed authorisation',
    },
    unit: UNITS.percent,
    better: 'lower',
    origin: 'definition',
    category: 'risk',
    note: {
      zh: '改革后为0是定义使然：网上申请须经出租方人脸确认的授权（checkApplication 拒绝 not-confirmed）；转回大厅的发票计入改革前口径（纸质委托书）。展示以说明授权确认覆盖了多少代办',
      en: 'The reform’s online share is 0 by construction (checkApplication refuses not-confirmed); hall fall-backs count as before (paper power of attorney). Shown to say how much agency the confirmed authorisation covers',
    },
    of: (s) => percentStat(s.unconfirmedAgent, s.invoices, ONE),
  },
];

/**
 * The KPIs of a run; `rerun` gives the run with one driver parameter changed (same leases).
 * @example
 * kpisOf(result, params, rerun).map((k) => k.id)
 */
export function kpisOf(
  r: BatchData,
  params: RentalInvoiceDelegationParams,
  rerun: (params: RentalInvoiceDelegationParams, driver: Driver) => BatchData,
): Kpi[] {
  return SPECS.map(({ of, driver, ...fields }) => {
    const sensitivity = driver
      ? sensitivityOf(SHARD_PARAMS, params, driver, (varied) => {
          const v = rerun(varied, driver);
          return { baseline: of(v.baseline, varied), reform: of(v.reform, varied) };
        })
      : undefined;
    return kpi({
      ...fields,
      baseline: of(r.baseline, params),
      reform: of(r.reform, params),
      ...(sensitivity ? { sensitivity } : {}),
    });
  });
}

/**
 * Chart series: refusals of online applications by reason, and invoices by channel.
 * @example
 * seriesOf(result).map((s) => s.id) // ['refusals-by-reason', 'invoices-by-channel']
 */
export function seriesOf(r: BatchData): Series[] {
  const lines = (f: (s: ViewData) => (readonly [string, number])[]) => [
    { variant: 'baseline' as const, label: { zh: '改革前', en: 'Baseline' }, points: f(r.baseline) },
    { variant: 'reform' as const, label: { zh: '改革后', en: 'Reform' }, points: f(r.reform) },
  ];
  const used = REFUSAL_CODES.filter((c) => (r.reform.refusals[c] ?? 0) > 0);
  return [
    {
      id: 'refusals-by-reason',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '网上申请被拒（按原因）', en: 'Online applications refused, by reason' },
      x: { label: { zh: '原因', en: 'Reason' } },
      y: { label: { zh: '件数', en: 'Applications' }, unit: UNITS.count },
      lines: lines((s) => used.map((c) => [c, s.refusals[c] ?? 0] as const)),
    },
    {
      id: 'invoices-by-channel',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '发票按渠道', en: 'Invoices by channel' },
      x: { label: { zh: '渠道', en: 'Channel' } },
      y: { label: { zh: '张数', en: 'Invoices' }, unit: UNITS.count },
      lines: lines((s) => [
        ['online', s.online],
        ['hall', s.invoices - s.online],
      ]),
    },
  ];
}
