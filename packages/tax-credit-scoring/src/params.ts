import { defineParams, type ParamsOf } from '@gd-ftz/core';

const share = { zh: '比例', en: 'share' } as const;
const days = { zh: '天', en: 'days' } as const;

/**
 * The scenario parameters of measure 9, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Modelling assumptions carry `assumption: true` and a `help` text
 * giving the reason; the legal numbers live in `law.ts` as dated, cited parameters.
 * @example
 * PARAMS.regime.default // 'sat-2025-12'
 */
export const PARAMS = defineParams({
  population: {
    kind: 'integer',
    label: { zh: '企业户数', en: 'Firms' },
    help: {
      zh: '每户模拟40个月的记录（两个评价年度加一个使用年度）',
      en: 'Each firm gets 40 months of records (two evaluation years and one year of use)',
    },
    unit: { zh: '户', en: 'firms' },
    default: 1000,
    min: 100,
    // What a browser worker runs in seconds (README "Scenario limits", issue 32); larger
    // populations run in shards (shard.ts: SHARD_PARAMS, up to PROVINCE_MAX_FIRMS).
    max: 10_000,
  },
  regime: {
    kind: 'enum',
    label: { zh: '适用的信用管理办法', en: 'Credit regime' },
    help: {
      zh: '2025年第12号：评价2025年度、2026年5月至2027年4月使用；2014年第40号：评价2023年度、2024年5月至2025年4月使用',
      en: '2025 No. 12: the 2025 evaluation, used May 2026 to April 2027; 2014 No. 40: the 2023 evaluation, used May 2024 to April 2025',
    },
    default: 'sat-2025-12',
    options: [
      {
        value: 'sat-2025-12',
        label: { zh: '纳税缴费信用管理办法（2025年第12号）', en: '2025 No. 12 (in force from 2025-07-01)' },
      },
      {
        value: 'sat-2014-40',
        label: { zh: '纳税信用管理办法（试行）（2014年第40号）', en: '2014 No. 40 (to 2025-06-30)' },
      },
    ],
  },
  linkCoverage: {
    kind: 'number',
    label: { zh: '外部数据联通覆盖率', en: 'Share of external records linked' },
    help: {
      zh: '假设：市场监管、海关、司法记录中经数据联通按月到达税务的比例，其余仍随年度交换到达',
      en: 'Assumption: share of market-regulation, customs and judicial records arriving through the monthly link; the rest still come with the yearly exchange',
    },
    unit: share,
    default: 0.9,
    min: 0,
    max: 1,
    step: 0.05,
    plausible: { low: 0.6, high: 1 },
    assumption: true,
  },
  linkDelayDays: {
    kind: 'integer',
    label: { zh: '联通数据延迟（中位数）', en: 'Link delay (median)' },
    help: {
      zh: '假设：外部记录从发生到进入税务数据的天数，对数正态，σ=0.8',
      en: 'Assumption: days from an external record to its arrival in the tax data, lognormal, σ = 0.8',
    },
    unit: days,
    default: 15,
    min: 1,
    max: 180,
    plausible: { low: 5, high: 60 },
    assumption: true,
  },
  exchangeMonth: {
    kind: 'integer',
    label: { zh: '改革前外部数据年度交换月份', en: 'Month of the yearly exchange (baseline)' },
    help: {
      zh: '假设：改革前其他部门上一年度数据每年一次于该月到达，赶在4月评价之前',
      en: 'Assumption: before the reform, other departments’ records of the previous year arrive once a year in this month, before the April evaluation',
    },
    unit: { zh: '月', en: 'month' },
    default: 3,
    min: 1,
    max: 4,
    plausible: { low: 1, high: 4 },
    assumption: true,
  },
  adjustDays: {
    kind: 'integer',
    label: { zh: '改革前动态调整用时', en: 'Days to adjust a grade (baseline)' },
    help: {
      zh: '假设：改革前直接判D情形记录在案后，主管税务机关调整级别所需天数（2014 第二十五条未规定期限）',
      en: 'Assumption: days the old process takes to lower a grade once a direct-D case is on record (2014 art. 25 sets no period)',
    },
    unit: days,
    default: 30,
    min: 0,
    max: 365,
    plausible: { low: 0, high: 90 },
    assumption: true,
  },
  breachRate: {
    kind: 'number',
    label: { zh: '严重失信情形发生率', en: 'Serious breaches per firm-year' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: { zh: '次/户年', en: 'per firm-year' },
    default: 0.04,
    min: 0,
    max: 0.5,
    step: 0.01,
    plausible: { low: 0.01, high: 0.1 },
    assumption: true,
  },
  repairShare: {
    kind: 'number',
    label: { zh: '可修复情形的修复比例', en: 'Share of repairable cases repaired' },
    help: {
      zh: '假设：非正常户解除、补缴处理结论和偷税款项后申请信用修复的比例，修复用时中位数90天',
      en: 'Assumption: share of abnormal-household, unpaid-decision and evasion cases repaired (paid, status lifted), median 90 days later',
    },
    unit: share,
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    plausible: { low: 0.2, high: 0.8 },
    assumption: true,
  },
  lateFilingRate: {
    kind: 'number',
    label: { zh: '每户每月逾期申报概率', en: 'Late filing per firm-month' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: share,
    default: 0.03,
    min: 0,
    max: 0.5,
    step: 0.005,
    plausible: { low: 0.01, high: 0.08 },
    assumption: true,
  },
});

/** Parsed scenario parameters. */
export type TaxCreditScoringParams = ParamsOf<typeof PARAMS>;
