// The KPIs of a zone-year, baseline against reform, each with its origin and category. The gap
// between the variants rests on assumed timings (the baseline's batch interval above all), so the
// effects are marked `assumption` and carry their range over the assumption's plausible values
// (the passes each shard runs, merged). Internal: not exported from src/index.ts.
import {
  type Histogram,
  type Kpi,
  type KpiInput,
  kpi,
  Money,
  moneyStat,
  percentStat,
  quantileStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { CbecReturnWarehouseParams } from './params';
import { type RunData, SHARD_PARAMS, type VariantData } from './shard';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
type Of = (s: VariantData) => string;
/** The pass a sensitivity end reads, by its parameters and driver. */
export type EndRun = (varied: CbecReturnWarehouseParams, driver: keyof CbecReturnWarehouseParams) => RunData;

/** An amount in whole fen (a decimal string) as a two-decimal yuan string, through core's Money. */
const yuanOf = (fen: string) => moneyStat(Money.fromFen(BigInt(fen)));

const ONE = { digits: 1, empty: 0 } as const;

/** The values of a histogram of whole days, in ascending order (for the quantile helpers). */
function* daysOf(h: Histogram): Generator<number> {
  for (const [d, n] of Object.entries(h.bins)) for (let i = n; i > 0; i--) yield Number(d);
}

/** Customs minutes from their counts and the assumed minutes (computed here, so exact in any order). */
const customsMinutes = (s: VariantData, q: CbecReturnWarehouseParams) =>
  q.declarationMinutes * s.gateReturns +
  q.gateCheckMinutesPerItem * s.gateUnits +
  q.wmsMinutesPerReturn * s.wmsReturns;

const withinShare: Of = (s) => percentStat(s.withinLimits, s.returns, ONE);
const resoldShare: Of = (s) => percentStat(s.resoldUnits, s.returnedUnits, ONE);
const refundMedian: Of = (s) => quantileStat(daysOf(s.refundDays), 0.5, ONE);
const minutesPerReturn =
  (q: CbecReturnWarehouseParams): Of =>
  (s) =>
    ratioStat(customsMinutes(s, q), s.returns, ONE);

/**
 * The KPIs of a run. Sensitivities read the passes at the plausible ends of the assumption that
 * drives them (the baseline's batch interval; the gate-check minutes reuse the scenario's counts).
 * @example
 * kpisOf(scenarioRun(merged), params, (q, d) => endRun(merged, d, q)).map((k) => k.id)
 */
export function kpisOf(r: RunData, params: CbecReturnWarehouseParams, endRun: EndRun): Kpi[] {
  const both = (z: RunData, of: Of) => ({ baseline: of(z.baseline), reform: of(z.reform) });
  const k = (fields: Fields, of: Of) => kpi({ ...fields, ...both(r, of) });
  const byBatch = (of: Of) =>
    sensitivityOf(SHARD_PARAMS, params, 'batchIntervalDays', (p) => both(endRun(p, 'batchIntervalDays'), of));
  const batchNote = {
    zh: '改革前取决于假设参数"区外分拣后批量入区间隔"：等批入区使部分退货超过45日运抵期限',
    en: 'Before the reform driven by the assumed batch interval: waiting for a batch pushes some returns past the 45-day arrival limit',
  };
  return [
    k(
      {
        id: 'returns-within-limits',
        label: {
          zh: '30日内申请且45日内运抵区内的退货占比',
          en: 'Returns applied within 30 and back in the zone within 45 days',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'compliance',
        note: batchNote,
        sensitivity: byBatch(withinShare),
      },
      withinShare,
    ),
    k(
      {
        id: 'tax-levied-on-returns',
        label: { zh: '退货商品照征税款', en: 'Tax levied on returned goods' },
        unit: UNITS.yuan,
        better: 'lower',
        origin: 'assumption',
        category: 'money',
        note: {
          zh: '超期或不合格的退货税款照征；改革前的超期取决于批量入区间隔（假设）',
          en: 'Late or non-compliant returns stay taxed; before the reform the lateness rests on the assumed batch interval',
        },
        sensitivity: byBatch((s) => yuanOf(s.taxLeviedOnReturns)),
      },
      (s) => yuanOf(s.taxLeviedOnReturns),
    ),
    k(
      {
        id: 'tax-refunded',
        label: {
          zh: '退货不予征税而退还消费者的税款',
          en: 'Tax not levied on returns, refunded to consumers',
        },
        unit: UNITS.yuan,
        better: 'higher',
        origin: 'assumption',
        category: 'money',
        note: batchNote,
        sensitivity: byBatch((s) => yuanOf(s.taxRefunded)),
      },
      (s) => yuanOf(s.taxRefunded),
    ),
    k(
      {
        id: 'refund-days-median',
        label: {
          zh: '申请退货至退还税款天数（中位数）',
          en: 'Days from return request to tax refund (median)',
        },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: batchNote,
        sensitivity: byBatch(refundMedian),
      },
      refundMedian,
    ),
    k(
      {
        id: 'refund-days-p90',
        label: { zh: '申请退货至退还税款天数（90分位）', en: 'Days from return request to tax refund (p90)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: batchNote,
      },
      (s) => quantileStat(daysOf(s.refundDays), 0.9, ONE),
    ),
    k(
      {
        id: 'clearance-days-median',
        label: {
          zh: '申请退货至海关结案天数（中位数）',
          en: 'Days from return request to customs clearance (median)',
        },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '结案：申报退货、复运出区或期限届满照征；改革前取决于区外分拣与批量入区（假设）',
          en: 'Closed: declared returned, shipped out, or taxed when the limit lapsed; before the reform rests on assumed sorting and batch times',
        },
      },
      (s) => quantileStat(daysOf(s.clearanceDays), 0.5, ONE),
    ),
    k(
      {
        id: 'restocked-units',
        label: { zh: '退货重新入保税库存件数', en: 'Returned units back in bonded stock' },
        unit: UNITS.count,
        better: 'higher',
        origin: 'assumption',
        category: 'coverage',
        note: batchNote,
        sensitivity: byBatch((s) => String(s.restockedUnits)),
      },
      (s) => String(s.restockedUnits),
    ),
    k(
      {
        id: 'resold-share',
        label: {
          zh: '退货商品年内再次销售占比（存放、分拣、再次销售）',
          en: 'Returned units re-sold within the year (store, sort, re-sell)',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'coverage',
        note: {
          zh: '由事件得出：重新入库后按假设的售出天数在年内售出且未过保质期的件数',
          en: 'From the events: units restocked and sold again within the year, within shelf life, after the assumed days to sell',
        },
        sensitivity: byBatch(resoldShare),
      },
      resoldShare,
    ),
    k(
      {
        id: 'customs-minutes',
        label: { zh: '每件退货海关工时', en: 'Customs minutes per return' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'assumption',
        category: 'staff-time',
        note: {
          zh: '改革前逐件入区核验加纸面申报审核，改革后按WMS数据审核；分钟数均为假设',
          en: 'Before: item-by-item gate checks plus a declaration review; after: review from WMS data; all minutes are assumed',
        },
        sensitivity: sensitivityOf(SHARD_PARAMS, params, 'gateCheckMinutesPerItem', (p) =>
          both(endRun(p, 'gateCheckMinutesPerItem'), minutesPerReturn(p)),
        ),
      },
      minutesPerReturn(params),
    ),
    k(
      {
        id: 'value-written-off',
        label: { zh: '未能重新入库而核销的退货货值', en: 'Value of returned goods written off' },
        unit: UNITS.yuan,
        better: 'lower',
        origin: 'assumption',
        category: 'money',
        note: batchNote,
        sensitivity: byBatch((s) => yuanOf(s.writtenOff)),
      },
      (s) => yuanOf(s.writtenOff),
    ),
  ];
}
