import { defineParams, type ParamsOf } from '@gd-ftz/core';

const share = { zh: '比例', en: 'share' } as const;

/**
 * The scenario parameters of measure 8, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Modelling assumptions carry `assumption: true`, a `help` text with
 * the reason and, where a KPI's sensitivity is shown, a `plausible` range; the legal numbers live
 * in law.ts as dated, cited parameters.
 * @example
 * PARAMS.leases.default // 1000
 */
export const PARAMS = defineParams({
  leases: {
    kind: 'integer',
    label: { zh: '需开票的租赁合同数', en: 'Leases needing invoices' },
    help: {
      zh: '自然人出租、承租方需要发票的租约，各模拟一个租赁年度（12个月）',
      en: 'Leases from individuals whose lessee needs invoices, one lease-year (12 months) each',
    },
    unit: { zh: '份', en: 'leases' },
    default: 1000,
    min: 10,
    // What a browser worker runs in a few seconds (README "Scenario limits").
    max: 5_000,
  },
  housingShare: {
    kind: 'number',
    label: { zh: '住房比例', en: 'Share of housing' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: share,
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
  },
  annualShare: {
    kind: 'number',
    label: { zh: '改革后选择按年授权的比例', en: 'Share choosing a yearly authorisation' },
    help: {
      zh: '假设：其余按次授权（每张发票出租方确认一次）；无公开统计',
      en: 'Assumption: the rest authorise per invoice (one confirmation each); no published statistics',
    },
    unit: share,
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.4, high: 0.9 },
  },
  confirmFailShare: {
    kind: 'number',
    label: { zh: '出租方未确认授权的比例', en: 'Share of authorisations the lessor does not confirm' },
    help: {
      zh: '假设：出租方拒绝、未完成人脸识别或逾期未确认，该租约改回大厅办理；无公开统计',
      en: 'Assumption: the lessor declines, fails the face check or lets the request lapse; the lease goes back to the hall; no published statistics',
    },
    unit: share,
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.03, high: 0.25 },
  },
  checkFailShare: {
    kind: 'number',
    label: { zh: '申请信息有误的比例', en: 'Share of applications with a data error' },
    help: {
      zh: '假设：不动产信息、申请人或期间有误；改革前窗口退回需再跑一次，改革后系统拒绝后转大厅',
      en: 'Assumption: a wrong property, applicant or period; before the reform the counter sends the applicant back, after it the system refuses and the case goes to the hall',
    },
    unit: share,
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.02, high: 0.15 },
  },
  baselineUninvoicedShare: {
    kind: 'number',
    label: { zh: '改革前未开票的租期比例', en: 'Share of rent periods left uninvoiced (baseline)' },
    help: {
      zh: '假设：因须到大厅而放弃开票的租期；无公开统计',
      en: 'Assumption: periods given up because of the hall trip; no published statistics',
    },
    unit: share,
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.05, high: 0.4 },
  },
  reformUninvoicedShare: {
    kind: 'number',
    label: { zh: '改革后未开票的租期比例', en: 'Share of rent periods left uninvoiced (reform)' },
    help: {
      zh: '假设：不超过改革前比例（同一随机数）；无公开统计',
      en: 'Assumption: at most the baseline share (same draws); no published statistics',
    },
    unit: share,
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.01, high: 0.15 },
  },
  lessorInPersonShare: {
    kind: 'number',
    label: {
      zh: '改革前出租方亲自到大厅的比例',
      en: 'Share of lessors going to the hall in person (baseline)',
    },
    help: {
      zh: '假设：其余由承租方或代理人持纸质委托书办理',
      en: 'Assumption: the rest send the lessee or an agent with a paper power of attorney',
    },
    unit: share,
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
  },
  hallDelayMax: {
    kind: 'integer',
    label: { zh: '到大厅前最长等待工作日', en: 'Longest wait before a hall trip' },
    help: {
      zh: '假设：租金到期后1至该值个工作日（均匀）才去大厅',
      en: 'Assumption: the hall trip happens 1 to this many working days (uniform) after the rent is due',
    },
    unit: { zh: '个工作日', en: 'working days' },
    default: 10,
    min: 1,
    max: 60,
    assumption: true,
    plausible: { low: 5, high: 20 },
  },
  hallMinutes: {
    kind: 'number',
    label: { zh: '大厅代开一张发票的工时', en: 'Officer minutes per hall invoice' },
    help: {
      zh: '东莞地税2016年报道：代开发票由8分钟降至3分钟；取8分钟，3分钟为区间下端',
      en: 'Dongguan tax bureau, 2016 report: 8 → 3 minutes per agency invoice; 8 taken, 3 as the low end',
    },
    unit: { zh: '分钟', en: 'minutes' },
    default: 8,
    min: 1,
    max: 60,
    assumption: true,
    plausible: { low: 3, high: 8 },
  },
});

/** Parsed scenario parameters. */
export type RentalInvoiceDelegationParams = ParamsOf<typeof PARAMS>;
