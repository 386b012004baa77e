// The law of measure 15. Shared laws (海上交通安全法, 船员条例) come from @gd-ftz/statutes; this file
// holds what is this measure's own: the certificate rules' revalidation test, the 2020 notice that
// ended in-person filing, the class bands and the modelling assumptions of the checks. Facts:
// shared/domain/other-measures.md §15 ([C] checked, [S] secondary source, [U] unverified).
import { assumption, type Citation, defineParameter, type LegalBasis } from '@gd-ftz/core';
import { maritimeTrafficSafety, seafarers, seedItem } from '@gd-ftz/statutes';

const certRules = {
  zh: '中华人民共和国海船船员适任考试和发证规则',
  en: 'Rules on Examination and Certification of Seafarers on Sea-going Ships',
};
const msaNotice = {
  zh: '海事局关于船员任解职不见面办理的公告（2020年2月）',
  en: 'MSA notice on crew appointments without an office visit (February 2020)',
};

/**
 * The day from which no in-person 任解职 filing is required (MSA notice reported by zgjtb.com on
 * 2020-02-22, [S]): the baseline is the process before it, the reform the process from it.
 * @example
 * NO_IN_PERSON_FROM // '2020-02-23'
 */
export const NO_IN_PERSON_FROM = '2020-02-23';

/**
 * The citations of measure 15, by what they establish.
 * @example
 * CITES.competence.article // '第十三条'
 */
export const CITES = {
  /** 海上交通安全法 第十三条: 适任证书 and health certificate, serve within scope. */
  competence: maritimeTrafficSafety.articles.art13,
  /** 第三十三条: minimum safe manning. */
  safeManning: maritimeTrafficSafety.articles.art33,
  /** 第三十四条: the master confirms competence at sailing. */
  masterConfirms: maritimeTrafficSafety.articles.art34,
  /** 第四十六条: domestic ships report crew on entering and leaving port. */
  portReport: maritimeTrafficSafety.articles.art46,
  /** 船员条例 第七条: what a certificate states; at most 5 years. */
  certificateScope: seafarers.articles.art7,
  /** 第八条: the master of a Chinese ship is Chinese. */
  chineseMaster: seafarers.articles.art8,
  /** 第九条: a step-up needs the authority's certificate (not modelled: no step-ups). */
  stepUp: seafarers.articles.art9,
  /** 第十八条: the master records service truthfully in the 服务簿. */
  serviceBook: seafarers.articles.art18,
  revalidation: {
    law: certRules,
    note: {
      zh: '证书有效期内：近5年内不少于12个月、或近6个月内不少于3个月相应海上服务资历，并于证书到期前12个月内申请（二手资料 54seaman.com，条号未核实）',
      en: 'within validity: ≥12 months of matching sea service in the last 5 years or ≥3 in the last 6, applying within the 12 months before expiry (secondary source 54seaman.com; article not verified)',
    },
    url: 'https://54seaman.com/question/detail_2428.html',
  },
  noInPerson: {
    law: msaNotice,
    note: {
      zh: '自2020年2月23日起任解职不再现场办理：国内航行海船由进出港报告自动生成，国际航行船舶由公司或外派机构网上办理（二手资料）',
      en: 'from 2020-02-23 no in-person filing: domestic sea-going ships from the port report, international ships online by the company or manning agency (secondary source)',
    },
    url: 'https://www.zgjtb.com/zhuanti/2020-02/22/content_236278.html',
  },
  seed: seedItem(15),
} as const satisfies Record<string, Citation>;

const MONTHS = { zh: '个月', en: 'months' };

/**
 * Months of matching sea service needed in the last five years to revalidate (or the short test,
 * {@link REVALIDATION_SHORT_MONTHS}).
 * @example
 * integerAt(REVALIDATION_LONG_MONTHS, '2024-06-30') // 12
 */
export const REVALIDATION_LONG_MONTHS = defineParameter({
  name: 'crewAppointment.revalidationLongMonths',
  label: { zh: '再有效：近5年海上服务资历', en: 'Revalidation: service in the last 5 years' },
  unit: MONTHS,
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '12', source: CITES.revalidation }],
});

/**
 * Months of the window of the long revalidation test (five years).
 * @example
 * integerAt(REVALIDATION_LONG_WINDOW_MONTHS, '2024-06-30') // 60
 */
export const REVALIDATION_LONG_WINDOW_MONTHS = defineParameter({
  name: 'crewAppointment.revalidationLongWindowMonths',
  label: { zh: '再有效：长期资历计算期', en: 'Revalidation: long window' },
  unit: MONTHS,
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '60', source: CITES.revalidation }],
});

/**
 * Months of matching sea service needed in the last six months (the short test).
 * @example
 * integerAt(REVALIDATION_SHORT_MONTHS, '2024-06-30') // 3
 */
export const REVALIDATION_SHORT_MONTHS = defineParameter({
  name: 'crewAppointment.revalidationShortMonths',
  label: { zh: '再有效：近6个月海上服务资历', en: 'Revalidation: service in the last 6 months' },
  unit: MONTHS,
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '3', source: CITES.revalidation }],
});

/**
 * Months of the window of the short revalidation test.
 * @example
 * integerAt(REVALIDATION_SHORT_WINDOW_MONTHS, '2024-06-30') // 6
 */
export const REVALIDATION_SHORT_WINDOW_MONTHS = defineParameter({
  name: 'crewAppointment.revalidationShortWindowMonths',
  label: { zh: '再有效：短期资历计算期', en: 'Revalidation: short window' },
  unit: MONTHS,
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '6', source: CITES.revalidation }],
});

/**
 * Months before expiry from which revalidation may be applied for.
 * @example
 * integerAt(REVALIDATION_APPLY_MONTHS, '2024-06-30') // 12
 */
export const REVALIDATION_APPLY_MONTHS = defineParameter({
  name: 'crewAppointment.revalidationApplyMonths',
  label: { zh: '再有效：到期前可申请期间', en: 'Revalidation: months before expiry to apply' },
  unit: MONTHS,
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '12', source: CITES.revalidation }],
});

/**
 * Days counted as one month of sea service. The source says "months" without a day count.
 * @example
 * integerAt(SERVICE_DAYS_PER_MONTH, '2024-06-30') // 30
 */
export const SERVICE_DAYS_PER_MONTH = defineParameter({
  name: 'crewAppointment.serviceDaysPerMonth',
  label: { zh: '每月海上服务资历折算天数', en: 'Days of service per month' },
  unit: { zh: '天', en: 'days' },
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '30', source: CITES.revalidation }],
  assumption: {
    zh: '来源只写"个月"；按30天折算一个月（海上资历通常按天累计）',
    en: 'The source says months; a month of service is taken as 30 days (sea service is counted in days)',
  },
});

/**
 * Gross-tonnage bands of deck certificates: 3000 GT and 500 GT ([S], the classes of 适任证书).
 * @example
 * integerAt(GT_UPPER_BAND, '2024-06-30') // 3000
 */
export const GT_UPPER_BAND = defineParameter({
  name: 'crewAppointment.gtUpperBand',
  label: { zh: '驾驶员证书等级：总吨上限段', en: 'Deck class band: upper GT' },
  unit: { zh: '总吨', en: 'GT' },
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '3000', source: CITES.certificateScope }],
});

/**
 * The lower gross-tonnage band of deck certificates.
 * @example
 * integerAt(GT_LOWER_BAND, '2024-06-30') // 500
 */
export const GT_LOWER_BAND = defineParameter({
  name: 'crewAppointment.gtLowerBand',
  label: { zh: '驾驶员证书等级：总吨下限段', en: 'Deck class band: lower GT' },
  unit: { zh: '总吨', en: 'GT' },
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '500', source: CITES.certificateScope }],
});

const KW_ASSUMED = {
  zh: '轮机员证书按主推进动力装置功率分等级，具体千瓦数未检索到（[U]），按3000/750千瓦假设',
  en: 'Engineer classes go by propulsion power; the kW bands were not retrieved ([U]); 3000/750 kW assumed',
};

/**
 * Propulsion-power bands of engineer certificates: 3000 kW (an assumption, [U]).
 * @example
 * integerAt(KW_UPPER_BAND, '2024-06-30') // 3000
 */
export const KW_UPPER_BAND = defineParameter({
  name: 'crewAppointment.kwUpperBand',
  label: { zh: '轮机员证书等级：功率上限段', en: 'Engine class band: upper kW' },
  unit: { zh: '千瓦', en: 'kW' },
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '3000', source: CITES.certificateScope }],
  assumption: KW_ASSUMED,
});

/**
 * The lower propulsion-power band of engineer certificates: 750 kW (an assumption, [U]).
 * @example
 * integerAt(KW_LOWER_BAND, '2024-06-30') // 750
 */
export const KW_LOWER_BAND = defineParameter({
  name: 'crewAppointment.kwLowerBand',
  label: { zh: '轮机员证书等级：功率下限段', en: 'Engine class band: lower kW' },
  unit: { zh: '千瓦', en: 'kW' },
  kind: 'integer',
  entries: [{ from: '2020-01-01', value: '750', source: CITES.certificateScope }],
  assumption: KW_ASSUMED,
});

/**
 * The assumption that a certificate of a higher rank, a wider area or a larger class covers a
 * lower one (the law says "within the scope stated"; it does not spell out the ordering). On by
 * default; `checkCrewPost(…, { higherCovers: false })` demands an exact match.
 * @example
 * HIGHER_COVERS_LOWER.kind // 'assumption'
 */
export const HIGHER_COVERS_LOWER: LegalBasis = assumption(
  {
    zh: '假设：高职务、无限航区、高等级证书可担任同部门低职务、沿海航区、低等级船舶的职务',
    en: 'Assumption: a higher rank, the unlimited area and a larger class cover a lower rank (same department), the coastal area and a smaller class',
  },
  CITES.competence,
  CITES.certificateScope,
);
