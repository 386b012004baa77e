import { defineParams, type ParamsOf } from '@gd-ftz/core';

const SHARE = { zh: '比例', en: 'share' };
const DAYS = { zh: '天', en: 'days' };
const YUAN = { zh: '元', en: 'yuan' };
const NONE = { zh: '假设：无公开统计', en: 'Assumption: no published statistics' };

/** A share parameter that is a modelling assumption with its plausible range. */
function share(zh: string, en: string, value: number, low: number, high: number, help = NONE) {
  return {
    kind: 'number' as const,
    label: { zh, en },
    help,
    unit: SHARE,
    default: value,
    min: 0,
    max: 1,
    step: 0.005,
    assumption: true as const,
    plausible: { low, high },
  };
}

/** A day-count parameter that is a modelling assumption with its plausible range. */
function days(zh: string, en: string, value: number, low: number, high: number, max: number) {
  return {
    kind: 'integer' as const,
    label: { zh, en },
    help: NONE,
    unit: DAYS,
    default: value,
    min: 0,
    max,
    assumption: true as const,
    plausible: { low, high },
  };
}

/**
 * The scenario parameters of measure 18. Every rate and size is an assumption (no published
 * statistics); the legal numbers (fine limits, periods) live in law.ts as dated, cited parameters.
 * `cases` is capped at 100,000 so that a browser worker finishes within seconds even with the six
 * sensitivity re-runs; the province-year bench (1,000,000 cases) calls the batch directly.
 * @example
 * PARAMS.deterrence.default // 0.3
 */
export const PARAMS = defineParams({
  cases: {
    kind: 'integer',
    label: { zh: '一审民事案件数', en: 'Civil first-instance cases' },
    help: { zh: '一年内按工作日均匀立案', en: 'Filed evenly over the working days of a year' },
    unit: { zh: '件', en: 'cases' },
    default: 20_000,
    min: 100,
    max: 100_000,
  },
  objectionAbuseRate: share(
    '滥用管辖权异议的案件比例',
    'Share of cases with an abusive jurisdiction objection',
    0.04,
    0.02,
    0.08,
  ),
  lateEvidenceRate: share(
    '故意或重大过失逾期举证的案件比例',
    'Share of cases with evidence late by intent or gross negligence',
    0.05,
    0.02,
    0.1,
  ),
  forgeryRate: share('伪造证据的案件比例', 'Share of cases with forged evidence', 0.005, 0.002, 0.01),
  falseSuitRate: share('虚假诉讼的案件比例', 'Share of false suits', 0.01, 0.005, 0.02),
  evasionRate: share(
    '恶意串通逃避执行的案件比例',
    'Share of cases with collusive evasion of enforcement',
    0.01,
    0.005,
    0.02,
  ),
  entityShare: share('失信行为人为单位的比例', 'Share of abusers that are entities', 0.6, 0.4, 0.8),
  basicFactsShare: share(
    '逾期证据涉及基本事实的比例',
    'Share of late evidence on basic facts',
    0.5,
    0.3,
    0.7,
  ),
  sanctionRate: share(
    '改革前滥用行为受到制裁的比例',
    'Share of abuse sanctioned before the reform',
    0.1,
    0.05,
    0.2,
    {
      zh: '假设：改革前法院较少处罚，也不判令承担律师费；无公开统计',
      en: 'Assumption: before the reform courts seldom sanctioned abuse and did not shift attorney fees; no published statistics',
    },
  ),
  detectionRate: share(
    '改革后滥用行为被发现并制裁的比例',
    'Share of abuse detected and sanctioned after the reform',
    0.5,
    0.3,
    0.7,
    {
      zh: '假设：法院、检察院、公安信息共享后的发现率；无公开统计',
      en: 'Assumption: detection with court–procuratorate–police sharing; no published statistics',
    },
  ),
  courtDetectionRate: share(
    '改革前法院单独发现虚假诉讼的比例',
    'Share of false suits courts alone found before the reform',
    0.2,
    0.1,
    0.3,
  ),
  baselineReferralShare: share(
    '改革前发现的虚假诉讼移送公安的比例',
    'Share of found false suits referred to police before the reform',
    0.3,
    0.1,
    0.5,
  ),
  deterrence: share(
    '改革后放弃滥用行为的比例',
    'Share of would-be abusers deterred by the reform',
    0.3,
    0.1,
    0.5,
    {
      zh: '假设：律师费转付与罚款的威慑效果；无公开统计',
      en: 'Assumption: the deterrent effect of fee shifting and fines; no published statistics',
    },
  ),
  enforcementShare: share(
    '进入强制执行的案件比例',
    'Share of cases reaching compulsory enforcement',
    0.3,
    0.2,
    0.4,
  ),
  goodFaithShare: share(
    '执行中被执行人为诚信名单企业的比例',
    'Share of debtors in enforcement on the good-faith list',
    0.3,
    0.1,
    0.5,
  ),
  objectionRulingDays: days('管辖权异议裁定用时', 'Days to rule on a jurisdiction objection', 15, 7, 30, 90),
  appellateDays: days(
    '二审审理管辖权上诉用时',
    'Days for the appeal court to decide a jurisdiction appeal',
    30,
    20,
    60,
    120,
  ),
  evidenceDelayDays: days(
    '逾期或伪造证据造成的延误',
    'Delay from late or forged evidence (new exchange, appraisal)',
    20,
    10,
    45,
    180,
  ),
  uniformLostDays: days(
    '统一执行措施下企业停业天数',
    'Operating days lost under uniform enforcement (死封)',
    20,
    10,
    40,
    365,
  ),
  flexibleLostDays: days(
    '灵活执行措施下企业停业天数',
    'Operating days lost under flexible enforcement (活封, grace)',
    3,
    1,
    10,
    365,
  ),
  attorneyFeeTypical: {
    kind: 'integer',
    label: { zh: '无过错方律师费（众数）', en: 'Innocent party’s attorney fee (mode)' },
    help: {
      zh: '假设：三角分布，下限为众数的1/4，上限为4倍',
      en: 'Assumption: triangular, from 1/4 to 4 times the mode',
    },
    unit: YUAN,
    default: 8000,
    min: 0,
    max: 1_000_000,
    assumption: true,
    plausible: { low: 4000, high: 15000 },
  },
  extraCostsTypical: {
    kind: 'integer',
    label: {
      zh: '无过错方交通住宿误工等增加费用（众数）',
      en: 'Innocent party’s extra travel, lodging, lost work (mode)',
    },
    help: {
      zh: '假设：三角分布，下限为众数的1/4，上限为4倍',
      en: 'Assumption: triangular, from 1/4 to 4 times the mode',
    },
    unit: YUAN,
    default: 1500,
    min: 0,
    max: 1_000_000,
    assumption: true,
    plausible: { low: 800, high: 3000 },
  },
  entityFineMultiple: {
    kind: 'number',
    label: { zh: '单位罚款为法定下限的倍数', en: 'Entity fine as a multiple of the statutory minimum' },
    help: {
      zh: '假设：多数按下限处罚；结果受第一百一十八条上限约束',
      en: 'Assumption: most fines at the minimum; capped by art. 118',
    },
    unit: { zh: '倍', en: '×' },
    default: 1,
    min: 1,
    max: 20,
    assumption: true,
    plausible: { low: 1, high: 3 },
  },
  individualFineShare: {
    kind: 'number',
    label: { zh: '个人罚款占法定上限的比例', en: 'Individual fine as a share of the statutory maximum' },
    help: NONE,
    unit: SHARE,
    default: 0.1,
    min: 0.01,
    max: 1,
    assumption: true,
    plausible: { low: 0.05, high: 0.3 },
  },
});

/** Parsed scenario parameters. */
export type LitigationIntegrityParams = ParamsOf<typeof PARAMS>;
