import { defineParams, type ParamsOf } from '@gd-ftz/core';

const NO_DATA = { zh: '假设：无公开统计', en: 'Assumption: no published statistics' };

/**
 * The scenario parameters of measure 12 (a zone-year of 1210 orders and their returns), with
 * defaults and ranges: the demo app and the CLI draw their forms from this schema. Modelling
 * assumptions carry `assumption: true`, a reason and a `plausible` range; the legal numbers live in
 * law.ts as dated, cited parameters.
 * @example
 * PARAMS.returnShare.default // 0.05
 */
export const PARAMS = defineParams({
  lines: {
    kind: 'integer',
    label: { zh: '申报清单商品行数（一年）', en: 'Declared order lines in the year' },
    help: { zh: '按消费者逐个生成，流式处理', en: 'Generated consumer by consumer and streamed' },
    unit: { zh: '行', en: 'lines' },
    default: 20_000,
    min: 100,
    // Scenario limit: the worst allowed scenario (all at max) must run in a few seconds in a
    // browser worker (README "Scenario limits"); larger zone-years go through runZoneYear.
    max: 50_000,
  },
  year: {
    kind: 'integer',
    label: { zh: '模拟年度', en: 'Simulated year' },
    help: {
      zh: '退货中心仓（2021年第70号）全年可用且节假日历覆盖次年初的年度',
      en: 'A year with the centre warehouse (announcement 70 of 2021) in force throughout and the holiday calendar covering the next January',
    },
    unit: { zh: '年', en: 'year' },
    default: 2024,
    min: 2022,
    max: 2025,
  },
  ordersPerConsumer: {
    kind: 'number',
    label: { zh: '每位消费者年均订单数', en: 'Orders per consumer a year (mean)' },
    help: NO_DATA,
    unit: { zh: '单', en: 'orders' },
    default: 3,
    min: 1,
    max: 20,
    step: 0.5,
    assumption: true,
    plausible: { low: 2, high: 6 },
  },
  returnShare: {
    kind: 'number',
    label: { zh: '退货商品行比例', en: 'Share of lines returned' },
    help: {
      zh: '假设：无公开统计（议题设定5%）',
      en: 'Assumption: no published statistics (the issue sets 5%)',
    },
    unit: { zh: '比例', en: 'share' },
    default: 0.05,
    min: 0,
    // Scenario limit (README "Scenario limits"): twice the plausible high; each return costs
    // about six lines' work.
    max: 0.2,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.02, high: 0.1 },
  },
  intactShare: {
    kind: 'number',
    label: { zh: '退货商品完好未拆封比例', en: 'Share of returned units intact' },
    help: NO_DATA,
    unit: { zh: '比例', en: 'share' },
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.5, high: 0.9 },
  },
  batchIntervalDays: {
    kind: 'integer',
    label: { zh: '改革前区外分拣后批量入区间隔', en: 'Baseline: days between batches re-entering the zone' },
    help: {
      zh: '假设：区外仓攒批后复进区，每批逐件核验',
      en: 'Assumption: the out-of-zone warehouse gathers compliant returns and brings them back in batches, checked item by item at the gate',
    },
    unit: { zh: '天', en: 'days' },
    default: 14,
    min: 1,
    max: 60,
    assumption: true,
    plausible: { low: 7, high: 30 },
  },
  outOfZoneSortDays: {
    kind: 'integer',
    label: { zh: '改革前区外仓分拣天数', en: 'Baseline: days to sort in the out-of-zone warehouse' },
    help: NO_DATA,
    unit: { zh: '天', en: 'days' },
    default: 3,
    min: 0,
    max: 30,
    assumption: true,
    plausible: { low: 1, high: 7 },
  },
  centreSortDays: {
    kind: 'integer',
    label: { zh: '改革后中心仓分拣申报天数', en: 'Reform: days to sort and declare in the centre warehouse' },
    help: NO_DATA,
    unit: { zh: '天', en: 'days' },
    default: 1,
    min: 0,
    max: 30,
    assumption: true,
    plausible: { low: 0, high: 3 },
  },
  gateCheckMinutesPerItem: {
    kind: 'number',
    label: { zh: '改革前入区逐件核验分钟', en: 'Baseline: customs gate-check minutes per item' },
    help: NO_DATA,
    unit: { zh: '分钟', en: 'min' },
    default: 10,
    min: 0,
    max: 120,
    assumption: true,
    plausible: { low: 5, high: 20 },
  },
  declarationMinutes: {
    kind: 'number',
    label: {
      zh: '改革前每单退货申报审核分钟',
      en: 'Baseline: customs minutes to review a return declaration',
    },
    help: NO_DATA,
    unit: { zh: '分钟', en: 'min' },
    default: 15,
    min: 0,
    max: 120,
    assumption: true,
    plausible: { low: 5, high: 30 },
  },
  wmsMinutesPerReturn: {
    kind: 'number',
    label: {
      zh: '改革后按WMS数据审核每单分钟',
      en: 'Reform: customs minutes per return reviewed from WMS data',
    },
    help: NO_DATA,
    unit: { zh: '分钟', en: 'min' },
    default: 3,
    min: 0,
    max: 60,
    assumption: true,
    plausible: { low: 1, high: 6 },
  },
  resaleDays: {
    kind: 'integer',
    label: { zh: '重新入库商品再次售出所需天数', en: 'Days a restocked unit takes to sell again' },
    help: NO_DATA,
    unit: { zh: '天', en: 'days' },
    default: 30,
    min: 0,
    max: 365,
    assumption: true,
    plausible: { low: 10, high: 90 },
  },
  windowRollsOver: {
    kind: 'boolean',
    label: { zh: '退货期限末日遇休假日顺延', en: 'A return period ending on a day off moves on' },
    help: {
      zh: '假设：海关公告未规定，默认按民法典第二百零三条顺延',
      en: 'Assumption: the notices are silent; by default Civil Code art. 203 applies',
    },
    default: true,
    assumption: true,
  },
});

/** Parsed scenario parameters. */
export type CbecReturnWarehouseParams = ParamsOf<typeof PARAMS>;
