// The law of measure 18: the shared articles from @gd-ftz/statutes (民事诉讼法 2023, its 2022
// interpretation, 法发〔2016〕21号, 刑法 第三百零七条之一) and every legal number as a dated, cited
// parameter declared once. The fine limits are declared here with two dated entries, because the
// conduct day's text applies (SPC transition rule of 2012-12-28, 第四条) and the same amounts sat in
// 第一百一十五条 of the 2012 text before they moved to 第一百一十八条. Values no published text fixes are
// assumptions with their reason.
import { type Citation, defineParameter } from '@gd-ftz/core';
import {
  caseDiversionOpinions,
  civilCode,
  civilProcedure,
  civilProcedureInterpretation,
  criminalLaw,
  falseLitigationOpinions,
  seedItem,
} from '@gd-ftz/statutes';

const YUAN = { zh: '元', en: 'yuan' };
const DAYS = { zh: '日', en: 'days' };
const YEARS = { zh: '年', en: 'years' };

/** 民事诉讼法 as revised 2012-08-31 (in force 2013-01-01): its 第一百一十五条 held the fine limits. */
const CPL_2012_ART_115: Citation = Object.freeze({
  law: civilProcedure.law,
  article: '第一百一十五条',
  note: {
    zh: '2012年修正文本（2013-01-01施行）：对个人罚款10万元以下，对单位5万元以上100万元以下',
    en: '2012 text (in force 2013-01-01): fines up to 100,000 yuan for individuals, 50,000–1,000,000 yuan for entities',
  },
});

/** 民事诉讼法 (2023) 第一百二十八条: the defence period of fifteen days the objection must fall in. */
const CPL_ART_128: Citation = Object.freeze({
  law: civilProcedure.law,
  article: '第一百二十八条',
  note: {
    zh: '被告在收到起诉状副本之日起十五日内提出答辩状（2023年文本条号；2012年文本为第一百二十五条）',
    en: 'the defendant answers within 15 days of receiving the complaint (2023 numbering; 2012 text 第一百二十五条)',
  },
});

/** 民事诉讼法 (2023) 第一百七十一条: ten days to appeal a ruling (裁定), here on jurisdiction. */
const CPL_ART_171: Citation = Object.freeze({
  law: civilProcedure.law,
  article: '第一百七十一条',
  note: {
    zh: '不服地方人民法院第一审裁定的，有权在裁定书送达之日起十日内上诉（2023年文本条号；2012年文本为第一百六十四条）',
    en: 'a first-instance ruling may be appealed within 10 days of service (2023 numbering; 2012 text 第一百六十四条)',
  },
});

/** 民诉法解释 (2022) 第一百八十四条: one act is fined or detained once. */
const INTERP_ART_184: Citation = Object.freeze({
  law: civilProcedureInterpretation.law,
  docNo: '法释〔2022〕11号',
  article: '第一百八十四条',
  note: {
    zh: '对同一妨害民事诉讼行为的罚款、拘留不得连续适用',
    en: 'no second fine or detention for the same act',
  },
});

/** The SPC transition rule for the 2012 revision: the conduct day's law applies. */
const TRANSITION_2012_ART_4: Citation = Object.freeze({
  law: {
    zh: '最高人民法院关于修改后的民事诉讼法施行时未结案件适用法律若干问题的规定',
    en: 'SPC rules on pending cases when the revised Civil Procedure Law took effect',
  },
  docNo: '法释〔2012〕23号',
  article: '第四条',
  note: {
    zh: '妨害民事诉讼的行为发生在修改后的民事诉讼法施行前的，适用修改前的规定',
    en: 'obstruction committed before the revised law took effect is judged by the earlier text',
  },
});

/**
 * The 失信被执行人名单 rules (法释〔2017〕7号), 第二条: the listing period. Wording checked against a
 * secondary source quoting the article (m.110ask.com, read 2026-12-03), not the official gazette.
 */
const DISHONEST_LIST_ART_2: Citation = Object.freeze({
  law: {
    zh: '最高人民法院关于公布失信被执行人名单信息的若干规定',
    en: 'SPC provisions on publishing the list of dishonest judgment debtors',
  },
  docNo: '法释〔2017〕7号',
  article: '第二条',
  note: {
    zh: '纳入失信名单期限为二年，情节严重或有多项失信行为的可延长一至三年（据二手来源转引核对）',
    en: 'listing for 2 years, extendable by 1–3 years if serious or repeated (checked via a secondary source quoting it)',
  },
  url: 'https://m.110ask.com/zhishi/17096809850225260219.html',
  quote:
    '被执行人具有本规定第一条第二项至第六项规定情形的，纳入失信被执行人名单的期限为二年。被执行人以暴力、威胁方法妨碍、抗拒执行情节严重或具有多项失信行为的，可以延长一至三年。',
});

/**
 * The citations of measure 18, by what they establish.
 * @example
 * CITES.fineLimits.article // '第一百一十八条'
 */
export const CITES = {
  goodFaith: civilProcedure.articles.art13,
  lateEvidence: civilProcedure.articles.art68,
  obstruction: civilProcedure.articles.art114,
  falseSuit: civilProcedure.articles.art115,
  evasion: civilProcedure.articles.art116,
  fineLimits: civilProcedure.articles.art118,
  fineLimits2012: CPL_2012_ART_115,
  approval: civilProcedure.articles.art119,
  defencePeriod: CPL_ART_128,
  objection: civilProcedure.articles.art130,
  rulingAppeal: CPL_ART_171,
  notLate: civilProcedureInterpretation.articles.art101,
  lateEvidenceEffects: civilProcedureInterpretation.articles.art102,
  separateOrTogether: civilProcedureInterpretation.articles.art183,
  oneFinePerAct: INTERP_ART_184,
  review: civilProcedureInterpretation.articles.art185,
  entityMustBeFined: civilProcedureInterpretation.articles.art191,
  attorneyFees: caseDiversionOpinions.articles.art22,
  falseLitigation: falseLitigationOpinions.whole,
  crime: criminalLaw.articles.art307a,
  boundsInclusive: civilCode.articles.art1259,
  transition: TRANSITION_2012_ART_4,
  dishonestList: DISHONEST_LIST_ART_2,
  seed: seedItem(18),
} as const satisfies Record<string, Citation>;

/** A fine limit in force from 2013-01-01 (2012 text 第一百一十五条) and from 2024-01-01 (2023 text 第一百一十八条). */
function fineLimit(name: string, label: { zh: string; en: string }, value: string) {
  return defineParameter({
    name: `litigationIntegrity.${name}`,
    label,
    unit: YUAN,
    kind: 'decimal',
    entries: [
      { from: '2013-01-01', value, source: CITES.fineLimits2012 },
      { from: '2024-01-01', value, source: CITES.fineLimits },
    ],
  });
}

/**
 * Highest fine on an individual: 100,000.00 yuan (民事诉讼法 第一百一十八条; 2012 text 第一百一十五条).
 * @example
 * valueAt(INDIVIDUAL_FINE_MAX, '2024-06-30').toString() // '100000'
 */
export const INDIVIDUAL_FINE_MAX = fineLimit(
  'individualFineMax',
  { zh: '对个人罚款上限', en: 'Highest fine on an individual' },
  '100000',
);

/**
 * Lowest fine on an entity: 50,000.00 yuan (民事诉讼法 第一百一十八条; 2012 text 第一百一十五条).
 * @example
 * valueAt(ENTITY_FINE_MIN, '2024-06-30').toString() // '50000'
 */
export const ENTITY_FINE_MIN = fineLimit(
  'entityFineMin',
  { zh: '对单位罚款下限', en: 'Lowest fine on an entity' },
  '50000',
);

/**
 * Highest fine on an entity: 1,000,000.00 yuan (民事诉讼法 第一百一十八条; 2012 text 第一百一十五条).
 * @example
 * valueAt(ENTITY_FINE_MAX, '2024-06-30').toString() // '1000000'
 */
export const ENTITY_FINE_MAX = fineLimit(
  'entityFineMax',
  { zh: '对单位罚款上限', en: 'Highest fine on an entity' },
  '1000000',
);

/**
 * Days to request review of a fine or detention (民诉法解释 第一百八十五条: 3日), from @gd-ftz/statutes.
 * @example
 * integerAt(REVIEW_REQUEST_DAYS, '2024-06-30') // 3
 */
export const REVIEW_REQUEST_DAYS = civilProcedureInterpretation.params.sanctionReviewRequestDays;

/**
 * Days the defendant has to answer, and so to object to jurisdiction (民事诉讼法 第一百二十八条, 第一百三十条).
 * @example
 * integerAt(DEFENCE_PERIOD_DAYS, '2024-06-30') // 15
 */
export const DEFENCE_PERIOD_DAYS = defineParameter({
  name: 'litigationIntegrity.defencePeriodDays',
  label: { zh: '答辩期', en: 'Defence period' },
  unit: DAYS,
  kind: 'integer',
  entries: [{ from: '2013-01-01', value: '15', source: CPL_ART_128 }],
});

/**
 * Days to appeal a ruling on a jurisdiction objection (民事诉讼法 第一百七十一条: 十日).
 * @example
 * integerAt(RULING_APPEAL_DAYS, '2024-06-30') // 10
 */
export const RULING_APPEAL_DAYS = defineParameter({
  name: 'litigationIntegrity.rulingAppealDays',
  label: { zh: '裁定上诉期', en: 'Period to appeal a ruling' },
  unit: DAYS,
  kind: 'integer',
  entries: [{ from: '2013-01-01', value: '10', source: CPL_ART_171 }],
});

/**
 * Years a judgment debtor stays on the 失信 list (法释〔2017〕7号 第二条: 二年, extendable by one to three).
 * @example
 * integerAt(DISHONEST_LISTING_YEARS, '2024-06-30') // 2
 */
export const DISHONEST_LISTING_YEARS = defineParameter({
  name: 'litigationIntegrity.dishonestListingYears',
  label: { zh: '失信名单纳入期限', en: 'Years on the dishonest-debtor list' },
  unit: YEARS,
  kind: 'integer',
  entries: [{ from: '2017-05-01', value: '2', source: DISHONEST_LIST_ART_2 }],
});
