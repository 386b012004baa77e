// Personal information, online government services and Guangdong's public data: the consent,
// purpose and retention rules the digital-space authorisation engine cites. Summarised, not quoted.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { YEARS } from './units';

const piplLaw = { zh: '中华人民共和国个人信息保护法', en: 'Personal Information Protection Law of the PRC' };
const pipl = articleOf(piplLaw);
const FROM_2021 = '2021-11-01';

const piplArticles = {
  art13: pipl('第十三条', {
    zh: '处理个人信息的合法性基础：取得个人同意，或合同、法定职责、紧急情况等其他情形',
    en: 'lawful bases: consent, or contract, legal duty, emergencies and the other listed cases',
  }),
  art13item3: pipl('第十三条第一款第三项、第二款', {
    zh: '为履行法定职责或者法定义务所必需的，可以处理个人信息；有前款第二项至第七项规定情形的，不需取得个人同意',
    en: 'processing necessary for a statutory duty or obligation is lawful, and (with items 2–7) needs no consent',
  }),
  art14: pipl('第十四条', {
    zh: '同意应当在充分知情前提下自愿、明确作出；处理目的、方式和种类变更的，应当重新取得同意',
    en: 'consent is informed, voluntary and explicit; a change of purpose, method or category needs new consent',
  }),
  art15: pipl('第十五条', {
    zh: '个人有权撤回同意，撤回不影响撤回前已进行的处理活动的效力',
    en: 'consent may be withdrawn, easily and without retroactive effect',
  }),
  art16: pipl('第十六条', {
    zh: '不得以个人不同意为由拒绝提供产品或服务，处理个人信息属于提供所必需的除外',
    en: 'service may not be refused for lack of consent unless the data is necessary for it',
  }),
  art17: pipl('第十七条', { zh: '告知事项', en: 'what must be told before processing' }),
  art19: pipl('第十九条', {
    zh: '保存期限应当为实现处理目的所必要的最短时间',
    en: 'data is kept for the shortest time the purpose needs',
  }),
  art23: pipl('第二十三条', {
    zh: '向其他处理者提供个人信息的，应告知接收方名称、联系方式、处理目的、方式和种类，并取得单独同意；接收方变更的应重新取得同意',
    en: 'providing data to another handler: tell the recipient’s name, contact, purpose, method and categories, and get separate consent; changes need new consent',
  }),
  art25: pipl('第二十五条', {
    zh: '公开个人信息应取得单独同意',
    en: 'publishing data needs separate consent',
  }),
  art28: pipl('第二十八条', {
    zh: '敏感个人信息的范围，含生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹及不满十四周岁未成年人的个人信息',
    en: 'sensitive data: biometrics, religion, specific identity, health, financial accounts, location tracks and data of children under 14',
  }),
  art29: pipl('第二十九条', {
    zh: '处理敏感个人信息应取得单独同意',
    en: 'sensitive data needs separate consent',
  }),
  art31: pipl('第三十一条', {
    zh: '处理不满十四周岁未成年人个人信息的，应当取得父母或其他监护人的同意',
    en: 'data of children under 14 needs a guardian’s consent',
  }),
  art34to35: pipl('第三十四条、第三十五条', {
    zh: '国家机关处理个人信息的特别规定',
    en: 'special rules for state organs',
  }),
  art39: pipl('第三十九条', {
    zh: '向境外提供个人信息应取得单独同意',
    en: 'cross-border transfer needs separate consent',
  }),
  art44to45: pipl('第四十四条、第四十五条', {
    zh: '知情权、决定权，查阅、复制权',
    en: 'rights to know, decide, consult and copy',
  }),
  art47: pipl('第四十七条', {
    zh: '撤回同意等情形应当删除；删除技术上难以实现的，停止除存储和必要安全措施之外的处理',
    en: 'deletion, including on withdrawn consent; where infeasible, stop all processing but storage and security',
  }),
  art55: pipl('第五十五条', {
    zh: '处理敏感个人信息、自动化决策、委托或向他人提供、公开、向境外提供前，应进行个人信息保护影响评估',
    en: 'an impact assessment before sensitive processing, automated decisions, entrusting, providing, publishing or cross-border transfer',
  }),
  art56: pipl('第五十六条', {
    zh: '影响评估报告和处理情况记录至少保存三年',
    en: 'assessment reports and processing records are kept at least 3 years',
  }),
};

/**
 * 中华人民共和国个人信息保护法 (adopted 2021-08-20, in force 2021-11-01).
 * @example
 * integerAt(personalInformation.params.assessmentRecordYears, '2024-06-30') // 3
 */
export const personalInformation = defineStatute({
  key: 'personalInformation',
  law: piplLaw,
  version: { revised: '2021-08-20', inForce: FROM_2021 },
  articles: piplArticles,
  params: {
    assessmentRecordYears: defineParameter({
      name: 'personalInformation.assessmentRecordYears',
      label: {
        zh: '影响评估报告和处理记录最短保存期限',
        en: 'Shortest retention of assessment reports and records',
      },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2021, value: '3', source: piplArticles.art56 }],
    }),
    guardianConsentAge: defineParameter({
      name: 'personalInformation.guardianConsentAge',
      label: { zh: '需监护人同意的年龄（不满）', en: 'Age under which a guardian consents' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2021, value: '14', source: piplArticles.art31 }],
    }),
  },
});

const onlineLaw = {
  zh: '国务院关于在线政务服务的若干规定',
  en: 'State Council provisions on online government services',
};
const online = articleOf(onlineLaw, '国务院令第716号');

/**
 * 国务院关于在线政务服务的若干规定 (国务院令第716号, 2019): shared data is not asked for again;
 * e-signatures, e-seals and e-certificates have legal effect. Seen as a secondary source.
 * @example
 * onlineGovernmentServices.articles.art10.article // '第十条'
 */
export const onlineGovernmentServices = defineStatute({
  key: 'onlineGovernmentServices',
  law: onlineLaw,
  docNo: '国务院令第716号',
  note: { zh: '二手资料核对', en: 'checked against a secondary source' },
  articles: {
    art7: online('第七条', {
      zh: '可通过共享获取的信息不得要求重复提交，提交的材料不得用于与政务服务无关的用途',
      en: 'data obtainable by sharing may not be asked for again; materials may not be used for unrelated purposes',
    }),
    art8: online('第八条', {
      zh: '可靠的电子签名与手写签名具有同等法律效力',
      en: 'reliable e-signatures are valid',
    }),
    art9: online('第九条', { zh: '电子印章与实物印章具有同等法律效力', en: 'e-seals are valid' }),
    art10: online('第十条', {
      zh: '电子证照与纸质证照具有同等法律效力',
      en: 'electronic certificates have the same effect as paper ones',
    }),
    art11: online('第十一条', {
      zh: '电子证照可以作为办理政务服务事项的依据',
      en: 'electronic certificates may be the basis for handling a matter',
    }),
  },
  params: {},
});

const gdDataLaw = {
  zh: '广东省公共数据管理办法',
  en: 'Guangdong Measures for the Management of Public Data',
};

/**
 * 广东省公共数据管理办法 (省政府令第290号, published 2021-10-18, in force 2021-11-25): 数据主体, and
 * sensitive data provided to an authorised third party with the subject's authorisation (article
 * number unconfirmed). Seen as a secondary source.
 * @example
 * gdPublicData.articles.art3.article // '第三条'
 */
export const gdPublicData = defineStatute({
  key: 'gdPublicData',
  law: gdDataLaw,
  docNo: '广东省人民政府令第290号',
  version: { revised: '2021-10-18', inForce: '2021-11-25' },
  note: {
    zh: '二手资料核对；经数据主体授权同意向第三方提供敏感数据的条文号未经核实',
    en: 'checked against a secondary source; the article on authorised provision to third parties is unconfirmed',
  },
  articles: {
    art3: articleOf(gdDataLaw, '广东省人民政府令第290号')('第三条', {
      zh: '数据主体是指相关数据所指向的自然人、法人和非法人组织',
      en: 'the data subject is the natural person, legal person or unincorporated organisation the data refers to',
    }),
  },
  params: {},
});
