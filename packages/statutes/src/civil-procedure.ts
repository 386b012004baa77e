// 民事诉讼法 (2023 amendment), its 2022 judicial interpretation and the good-faith litigation
// texts the litigation-integrity engine cites. Summarised from checked statute texts, not quoted.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute, parameterOf } from './statute';
import { DAYS, YUAN } from './units';

const law = { zh: '中华人民共和国民事诉讼法', en: 'Civil Procedure Law of the PRC' };
const art = articleOf(law);
/** The 2023-09-01 amendment, in force 2024-01-01 (article numbers of that text). */
const FROM_2024 = '2024-01-01';

const articles = {
  art13: art('第十三条', {
    zh: '民事诉讼应当遵循诚信原则',
    en: 'civil litigation follows the good-faith principle',
  }),
  art68: art('第六十八条', {
    zh: '逾期提供证据的应说明理由；拒不说明或理由不成立的，可不予采纳，或采纳并予以训诫、罚款',
    en: 'late evidence must be explained; without a valid reason it may be excluded, or admitted with a reprimand or a fine',
  }),
  art85: art(
    '第八十五条',
    {
      zh: '期间开始的时和日不计算在期间内；期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期',
      en: 'the start day is not counted; a last day that is a day off moves to the first day after it',
    },
    '期间包括法定期间和人民法院指定的期间。期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。……',
  ),
  art114: art('第一百一十四条', {
    zh: '伪造证据、妨害作证、转移查封财产等妨害民事诉讼的，可罚款、拘留；单位的主要负责人或直接责任人员亦可罚款、拘留',
    en: 'obstruction (forged evidence, suborned witnesses, moved seized assets…) is fined or detained; for an entity, its responsible persons too',
  }),
  art115: art('第一百一十五条', {
    zh: '恶意串通虚假诉讼的驳回请求并罚款、拘留；单方捏造事实提起诉讼的同样处理（第二款）',
    en: 'collusive false litigation: claim dismissed plus fine or detention; unilateral fabrication treated alike (para. 2)',
  }),
  art116: art('第一百一十六条', {
    zh: '恶意串通逃避执行的，罚款、拘留',
    en: 'collusion to evade enforcement: fine or detention',
  }),
  art118: art('第一百一十八条', {
    zh: '对个人罚款10万元以下，对单位5万元以上100万元以下；拘留期限15日以下',
    en: 'fines up to 100,000 yuan for individuals, 50,000–1,000,000 yuan for entities; detention up to 15 days',
  }),
  art119: art('第一百一十九条', {
    zh: '拘留、罚款须经院长批准',
    en: 'detention and fines need the court president’s approval',
  }),
  art130: art('第一百三十条', {
    zh: '管辖权异议应当在提交答辩状期间提出',
    en: 'jurisdiction objections are raised within the defence period',
  }),
};

const param = parameterOf('civilProcedure', FROM_2024);

/**
 * 中华人民共和国民事诉讼法 (amended 2023-09-01, in force 2024-01-01). The fines and detention
 * limits are parameters.
 * @example
 * valueAt(civilProcedure.params.individualFineMax, '2024-06-30').toString() // '100000'
 */
export const civilProcedure = defineStatute({
  key: 'civilProcedure',
  law,
  version: { revised: '2023-09-01', inForce: FROM_2024 },
  articles,
  params: {
    individualFineMax: param(
      'individualFineMax',
      { zh: '对个人罚款上限', en: 'Highest fine on an individual' },
      YUAN,
      '100000',
      articles.art118,
    ),
    entityFineMin: param(
      'entityFineMin',
      { zh: '对单位罚款下限', en: 'Lowest fine on an entity' },
      YUAN,
      '50000',
      articles.art118,
    ),
    entityFineMax: param(
      'entityFineMax',
      { zh: '对单位罚款上限', en: 'Highest fine on an entity' },
      YUAN,
      '1000000',
      articles.art118,
    ),
    detentionMaxDays: param(
      'detentionMaxDays',
      { zh: '司法拘留最长期限', en: 'Longest judicial detention' },
      DAYS,
      '15',
      articles.art118,
    ),
  },
});

const interpretationLaw = {
  zh: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
  en: 'SPC Interpretation on the Application of the Civil Procedure Law',
};
const interp = articleOf(interpretationLaw, '法释〔2022〕11号');
/** The 2022-04-01 amendment of the interpretation, in force 2022-04-10. */
const FROM_2022 = '2022-04-10';

const interpretationArticles = {
  art101: interp('第一百零一条', {
    zh: '因客观原因逾期提供证据或对方未提异议的，视为未逾期',
    en: 'evidence late for an objective reason, or without objection, is not late',
  }),
  art102: interp('第一百零二条', {
    zh: '故意或重大过失逾期的证据不予采纳，涉及基本事实的采纳并训诫、罚款；对方可请求赔偿增加的交通、住宿、误工、证人出庭等费用（第三款）',
    en: 'evidence late by intent or gross negligence is excluded (admitted with a reprimand or fine if it concerns basic facts); the other side may recover the extra costs (para. 3)',
  }),
  art183: interp('第一百八十三条', {
    zh: '罚款、拘留可以单独适用，也可以合并适用',
    en: 'fines and detention apply alone or together',
  }),
  art185: interp('第一百八十五条', {
    zh: '对罚款、拘留决定不服的，3日内申请复议，上级法院5日内作出决定',
    en: 'review of a fine or detention is requested within 3 days; the higher court decides within 5 days',
  }),
  art191: interp('第一百九十一条', {
    zh: '单位有民事诉讼法第一百一十五条、第一百一十六条行为的，应当对该单位罚款',
    en: 'an entity engaging in false litigation or enforcement evasion must be fined',
  }),
};

/**
 * 最高人民法院关于适用《中华人民共和国民事诉讼法》的解释 (as amended 2022-04-01, in force
 * 2022-04-10). Article numbers of that text.
 * @example
 * integerAt(civilProcedureInterpretation.params.sanctionReviewRequestDays, '2024-06-30') // 3
 */
export const civilProcedureInterpretation = defineStatute({
  key: 'civilProcedureInterpretation',
  law: interpretationLaw,
  docNo: '法释〔2022〕11号',
  version: { revised: '2022-04-01', inForce: FROM_2022 },
  articles: interpretationArticles,
  params: {
    sanctionReviewRequestDays: defineParameter({
      name: 'civilProcedureInterpretation.sanctionReviewRequestDays',
      label: { zh: '对罚款、拘留申请复议期限', en: 'Period to request review of a fine or detention' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2022, value: '3', source: interpretationArticles.art185 }],
    }),
    sanctionReviewDecisionDays: defineParameter({
      name: 'civilProcedureInterpretation.sanctionReviewDecisionDays',
      label: { zh: '上级法院复议决定期限', en: 'Period for the higher court to decide the review' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2022, value: '5', source: interpretationArticles.art185 }],
    }),
  },
});

const diversionLaw = {
  zh: '最高人民法院关于进一步推进案件繁简分流优化司法资源配置的若干意见',
  en: 'SPC opinions on further separating simple and complex cases',
};

/**
 * 法发〔2016〕21号 (2016-09-13): a party abusing procedural rights who causes direct loss may be
 * ordered to bear the other side's reasonable attorney fees. The article number (第二十二条) is
 * unconfirmed.
 * @example
 * caseDiversionOpinions.articles.art22.note?.en // 'unconfirmed article number: …'
 */
export const caseDiversionOpinions = defineStatute({
  key: 'caseDiversionOpinions',
  law: diversionLaw,
  docNo: '法发〔2016〕21号',
  version: { revised: '2016-09-13', inForce: '2016-09-13' },
  articles: {
    art22: articleOf(diversionLaw, '法发〔2016〕21号')('第二十二条', {
      zh: '条文号未经核实：滥用诉讼权利、拖延履行造成直接损失的，可支持无过错方合理律师费请求',
      en: 'unconfirmed article number: where a party abuses procedural rights or delays and causes direct loss, the innocent party’s reasonable attorney fees may be awarded',
    }),
  },
  params: {},
});

/**
 * 最高人民法院关于深入开展虚假诉讼整治工作的意见 (法〔2021〕281号, 2021-11-09, 24 articles): false
 * litigation includes unilateral fabrication. Cited as a whole.
 * @example
 * falseLitigationOpinions.whole.docNo // '法〔2021〕281号'
 */
export const falseLitigationOpinions = defineStatute({
  key: 'falseLitigationOpinions',
  law: {
    zh: '最高人民法院关于深入开展虚假诉讼整治工作的意见',
    en: 'SPC opinions on intensifying the fight against false litigation',
  },
  docNo: '法〔2021〕281号',
  version: { revised: '2021-11-09', inForce: '2021-11-09' },
  note: { zh: '虚假诉讼包括单方捏造事实提起诉讼', en: 'false litigation includes unilateral fabrication' },
  articles: {},
  params: {},
});

const criminal = { zh: '中华人民共和国刑法', en: 'Criminal Law of the PRC' };

/**
 * 中华人民共和国刑法 第三百零七条之一 (added by 刑法修正案（九）, in force 2015-11-01): false litigation
 * as a crime.
 * @example
 * criminalLaw.articles.art307a.article // '第三百零七条之一'
 */
export const criminalLaw = defineStatute({
  key: 'criminalLaw',
  law: criminal,
  articles: {
    art307a: articleOf(criminal)('第三百零七条之一', {
      zh: '以捏造的事实提起民事诉讼，妨害司法秩序或严重侵害他人合法权益的，处三年以下有期徒刑、拘役或管制，并处或单处罚金；情节严重的，处三年以上七年以下有期徒刑',
      en: 'suing on fabricated facts: up to 3 years’ imprisonment, detention or control and/or a fine; 3 to 7 years if serious',
    }),
  },
  params: {},
});
