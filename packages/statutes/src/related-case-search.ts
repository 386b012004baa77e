// 关联案件 check: the SPC documents that ask judges to search related cases (关联案件) beside similar
// cases, for the similar-case retrieval engine. Seen as secondary sources; the 2017 opinions'
// article number is not confirmed, so they are cited as a whole.
import type { Localized } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';

const SECONDARY: Localized = { zh: '据二手资料核对', en: 'checked against a secondary source' };

const law2017 = {
  zh: '最高人民法院司法责任制实施意见（试行）',
  en: 'SPC implementing opinions (trial) on the judicial responsibility system',
};

/**
 * 最高人民法院司法责任制实施意见（试行） (issued 2017-08-01): the presiding judge searches similar and
 * related cases already decided or pending, files a search report and acts on it (quoted by
 * 魏新璋、方帅《类案检索机制的检视与完善》, 中国应用法学 2018年第5期). The article number is
 * unconfirmed, so it is cited as a whole.
 * @example
 * judicialResponsibility2017.whole.law.zh; // '最高人民法院司法责任制实施意见（试行）'
 */
export const judicialResponsibility2017 = defineStatute({
  key: 'judicialResponsibility2017',
  law: law2017,
  version: { revised: '2017-08-01', inForce: '2017-08-01' },
  note: SECONDARY,
  articles: {},
  params: {},
});

const law2020 = {
  zh: '最高人民法院关于深化司法责任制综合配套改革的实施意见',
  en: 'SPC implementing opinions on deepening the supporting reforms of the judicial responsibility system',
};

/**
 * 最高人民法院关于深化司法责任制综合配套改革的实施意见 (2020-07-31), item 9: improve the mechanism
 * of related-case and similar-case search (关联案件和类案检索机制), the seed's own words.
 * @example
 * judicialResponsibility2020.articles.item9.article; // '第九条' (item 9)
 */
export const judicialResponsibility2020 = defineStatute({
  key: 'judicialResponsibility2020',
  law: law2020,
  version: { revised: '2020-07-31', inForce: '2020-07-31' },
  note: SECONDARY,
  articles: {
    item9: articleOf(law2020)('第九条', {
      zh: '第9项 完善统一法律适用机制：进一步完善关联案件和类案检索机制、专业法官会议机制和审判委员会制度',
      en: 'item 9, unified application of law: improve related-case and similar-case search, judges’ meetings and the adjudication committee',
    }),
  },
  params: {},
});
