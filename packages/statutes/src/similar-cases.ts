// 类案检索: the Supreme People's Court guidance on searching similar cases, and the prosecutors'
// guiding-case rules, for the similar-case retrieval engine. Seen as secondary sources.
import { defineParameter, type Localized } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { YEARS } from './units';

const SECONDARY: Localized = { zh: '据二手资料核对', en: 'checked against a secondary source' };
const law = {
  zh: '最高人民法院关于统一法律适用加强类案检索的指导意见（试行）',
  en: 'SPC guiding opinions (trial) on unifying the application of law by searching similar cases',
};
const art = articleOf(law);
const FROM = '2020-07-31';

const articles = {
  art1: art('第一条', {
    zh: '类案是指与待决案件在基本事实、争议焦点、法律适用问题等方面具有相似性，且已经人民法院裁判生效的案件',
    en: 'a similar case is an effective judgment alike in basic facts, disputed issues and legal questions',
  }),
  art2: art('第二条', {
    zh: '应当进行类案检索的情形：拟提交专业（主审）法官会议或审判委员会讨论、缺乏明确裁判规则或尚未形成统一裁判规则、院庭长要求等',
    en: 'search is mandatory for cases going to a judges’ meeting or the adjudication committee, without a clear or unified rule, or when the court president requires it',
  }),
  art4: art('第四条', {
    zh: '检索范围依次为指导性案例、最高法典型案例及裁判生效案件、本省高院参考性案例及生效案件、上一级及本院生效案件；除指导性案例外优先检索近三年案例',
    en: 'search order: guiding cases, SPC typical and effective cases, the provincial high court’s, then the court above and this court; apart from guiding cases, the last 3 years first',
  }),
  art5: art('第五条', {
    zh: '关键词、法条关联、案例关联检索',
    en: 'keyword, statute-linked and case-linked search',
  }),
  art7to8: art('第七条、第八条', {
    zh: '检索结果在合议庭评议或审理报告中说明，或制作专门报告；报告载明检索主体、时间、平台、方法、结果和结论',
    en: 'results are explained in deliberation or the hearing report, or a dedicated report stating who, when, where, how, results and conclusion',
  }),
  art9: art('第九条', {
    zh: '检索到的类案为指导性案例的，应当参照作出裁判；其他类案可作为参考（例外情形未经核实）',
    en: 'a guiding case must be followed; other similar cases are for reference (the exceptions are unconfirmed)',
  }),
  art10: art('第十条', {
    zh: '未经核实：当事人提交指导性案例作为控辩理由的，应在裁判文书中回应是否参照并说明理由',
    en: 'unconfirmed: when a party cites a guiding case, the judgment says whether it is followed and why',
  }),
  art11: art('第十一条', {
    zh: '未经核实：检索结果存在法律适用不一致的，提请法律适用分歧解决机制解决',
    en: 'unconfirmed: conflicting results go to the mechanism for resolving divergent application of law',
  }),
  art14: art('第十四条', { zh: '自2020年7月31日起试行', en: 'on trial from 2020-07-31' }),
};

/**
 * 最高人民法院关于统一法律适用加强类案检索的指导意见（试行） (issued 2020-07-27, on trial from
 * 2020-07-31).
 * @example
 * integerAt(similarCaseSearch.params.recentYears, '2024-06-30') // 3
 */
export const similarCaseSearch = defineStatute({
  key: 'similarCaseSearch',
  law,
  version: { revised: '2020-07-27', inForce: FROM },
  note: SECONDARY,
  articles,
  params: {
    recentYears: defineParameter({
      name: 'similarCaseSearch.recentYears',
      label: { zh: '优先检索的近年案例年数', en: 'Years of recent cases searched first' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM, value: '3', source: articles.art4 }],
    }),
  },
});

const procuratorateLaw = {
  zh: '中华人民共和国人民检察院组织法',
  en: 'Organic Law of the People’s Procuratorates',
};

/**
 * 中华人民共和国人民检察院组织法 (revised 2018-10-26, in force 2019-01-01): the Supreme People's
 * Procuratorate may issue guiding cases, approved by its procuratorial committee.
 * @example
 * procuratorateOrganisation.articles.art23.article // '第二十三条'
 */
export const procuratorateOrganisation = defineStatute({
  key: 'procuratorateOrganisation',
  law: procuratorateLaw,
  version: { revised: '2018-10-26', inForce: '2019-01-01' },
  articles: {
    art23: articleOf(procuratorateLaw)('第二十三条', {
      zh: '最高人民检察院可以发布指导性案例，须经检察委员会讨论通过',
      en: 'the SPP may issue guiding cases, approved by its procuratorial committee',
    }),
  },
  params: {},
});
