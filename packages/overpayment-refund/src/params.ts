import { defineParams, type ParamsOf } from '@gd-ftz/core';

const share = { zh: '比例', en: 'share' } as const;

/**
 * The scenario parameters of measure 1, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Modelling assumptions carry `assumption: true` and a `help` text
 * giving the reason; the legal numbers live in `law.ts` as dated, cited parameters.
 * @example
 * PARAMS.reminderDiscovery.default // 'taxpayer-claim'
 */
export const PARAMS = defineParams({
  population: {
    kind: 'integer',
    label: { zh: '纳税人户数', en: 'Taxpayers' },
    help: { zh: '每户按月申报增值税，共12个月', en: 'Each files VAT monthly for 12 months' },
    unit: { zh: '户', en: 'taxpayers' },
    default: 1000,
    min: 100,
    // The worst allowed scenario (every parameter at its max) must run within the fuzz suite's
    // 30 s of CPU (README "Scenario limits": about 4.3 ms of CPU a taxpayer there, so 10,000 took
    // over 40 s); province-scale volumes go through runBatch, up to BATCH_MAX_POPULATION (issue 32).
    max: 4_000,
  },
  reminderDiscovery: {
    kind: 'enum',
    label: { zh: '系统提醒的法律定性', en: 'Legal reading of a system reminder' },
    help: {
      zh: '征管法第五十一条未规定系统提醒属于"税务机关发现"还是促成"纳税人发现"：前者10日内退还、不计利息（实施细则第七十八条），后者30日内查实、加算利息',
      en: 'Law art. 51 does not say whether a system reminder is the authority discovering the overpayment (refund within 10 days, no interest: Rules art. 78) or prompts the taxpayer’s claim (30 days, interest)',
    },
    default: 'taxpayer-claim',
    options: [
      {
        value: 'taxpayer-claim',
        label: { zh: '纳税人申请（加算利息）', en: 'Taxpayer claim (with interest)' },
      },
      {
        value: 'authority-discovery',
        label: { zh: '税务机关发现（不计利息）', en: 'Authority discovery (no interest)' },
      },
    ],
    assumption: true,
  },
  offsetArrears: {
    kind: 'boolean',
    label: { zh: '先抵后退', en: 'Offset arrears before refunding' },
    help: {
      zh: '实施细则第七十九条："可以"先抵扣欠缴税款',
      en: 'Rules art. 79: the authority "may" offset arrears first',
    },
    default: true,
  },
  overpaymentRate: {
    kind: 'number',
    label: { zh: '每户每月多缴概率', en: 'Overpayment probability per taxpayer-month' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: share,
    default: 0.02,
    min: 0,
    max: 0.5,
    step: 0.005,
    assumption: true,
  },
  arrearsShare: {
    kind: 'number',
    label: { zh: '有欠税的纳税人比例', en: 'Share of taxpayers with arrears' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: share,
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  baselineNoticeShare: {
    kind: 'number',
    label: {
      zh: '改革前纳税人自行发现多缴的比例',
      en: 'Share of overpayments taxpayers notice alone (baseline)',
    },
    help: {
      zh: '假设：其余若税务机关未发现，则在三年期满后失效',
      en: 'Assumption: the rest lapse after three years unless the authority finds them',
    },
    unit: share,
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.4, high: 0.8 },
  },
  baselineNoticeMedianDays: {
    kind: 'integer',
    label: { zh: '自行发现所需天数（中位数）', en: 'Days until a taxpayer notices alone (median)' },
    help: { zh: '假设：对数正态分布，σ=1', en: 'Assumption: lognormal, σ = 1' },
    unit: { zh: '天', en: 'days' },
    default: 120,
    min: 1,
    max: 1000,
    assumption: true,
  },
  baselineAuthorityShare: {
    kind: 'number',
    label: {
      zh: '税务机关自行发现多缴的比例',
      en: 'Share of overpayments the authority finds itself',
    },
    help: {
      zh: '假设：无公开统计。税务机关发现的（实施细则第七十八条）10日内退还、不计利息、不受三年限制；在纳税人申请之前发现时适用',
      en: 'Assumption: no published statistics. Found by the authority (Rules art. 78): refunded within 10 days, no interest, no three-year limit; applies when found before the taxpayer claims',
    },
    unit: share,
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.02, high: 0.3 },
  },
  lateReviewShare: {
    kind: 'number',
    label: { zh: '人工审核超过法定期限的比例', en: 'Share of manual reviews finished late' },
    help: {
      zh: '假设：无公开统计；超期的审核在期限后1–10个工作日办结',
      en: 'Assumption: no published statistics; a late review ends 1–10 working days after the deadline',
    },
    unit: share,
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0, high: 0.15 },
  },
  reminderResponseShare: {
    kind: 'number',
    label: { zh: '收到提醒后申请的比例', en: 'Share acting on the reminder' },
    help: { zh: '假设：其余仍可能自行发现', en: 'Assumption: the others may still notice alone' },
    unit: share,
    default: 0.95,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  riskFlagShare: {
    kind: 'number',
    label: { zh: '存在风险疑点的比例', en: 'Share of applications with an open risk flag' },
    help: { zh: '假设：触发人工审核', en: 'Assumption: sends the case to manual review' },
    unit: share,
    default: 0.08,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  riskConfirmedShare: {
    kind: 'number',
    label: {
      zh: '风险疑点经人工审核确认、不予退还的比例',
      en: 'Share of risk-flagged claims refused after manual review',
    },
    help: {
      zh: '假设：无公开统计；改革前后对同一案件作同样认定',
      en: 'Assumption: no published statistics; the same cases are refused before and after the reform',
    },
    unit: share,
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
  },
  bankOnFileShare: {
    kind: 'number',
    label: { zh: '已登记退税账户的比例', en: 'Share with a refund bank account on file' },
    help: { zh: '假设：用于预填', en: 'Assumption: used to pre-fill' },
    unit: share,
    default: 0.9,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  manualReviewMinutes: {
    kind: 'integer',
    label: { zh: '人工审核用时（众数）', en: 'Officer minutes per manual review (mode)' },
    help: {
      zh: '假设：三角分布 [众数/2, 众数, 2×众数]',
      en: 'Assumption: triangular [mode/2, mode, 2 × mode]',
    },
    unit: { zh: '分钟', en: 'min' },
    default: 40,
    min: 1,
    max: 480,
    assumption: true,
  },
});

/**
 * Parsed scenario parameters.
 * @example
 * const p: Partial<OverpaymentRefundParams> = { population: 1000 };
 * measure.simulate(p, { seed: 42 });
 */
export type OverpaymentRefundParams = ParamsOf<typeof PARAMS>;
