// 中华人民共和国发票管理办法 (2023 revision): invoice supply, agency issuing and identity checks.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { WORKING_DAYS } from './units';

const law = {
  zh: '中华人民共和国发票管理办法',
  en: 'Measures of the PRC for the Administration of Invoices',
};
const art = articleOf(law);

/** 国务院令第764号 (2023-07-20), the third revision; 第四十三条: 自发布之日起施行. */
const FROM_2023 = '2023-07-20';

/**
 * 国务院令第709号 (2019-03-02), the second revision, in force on publication. Its 第十五条 is the
 * 2010 wording (国务院令第587号, in force 2011-02-01): the 5 working days stood before 2023.
 */
const FROM_2019 = '2019-03-02';
const art2019 = articleOf(law, '国务院令第709号');

/** 国务院令第587号 (2010-12-20), the first revision, in force 2011-02-01: 第十五条 as kept in 2019. */
const FROM_2011 = '2011-02-01';
const art2010 = articleOf(law, '国务院令第587号');

const articles = {
  art15: art(
    '第十五条',
    {
      zh: '主管税务机关根据经营范围、规模和风险等级，在5个工作日内确认领用发票的种类、数量和领用方式',
      en: 'the tax office decides the invoice types, quantity and supply method within 5 working days, by business scope, scale and risk level',
    },
    '需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。领用纸质发票的，还应当提供按照国务院税务主管部门规定式样制作的发票专用章的印模。主管税务机关根据领用单位和个人的经营范围、规模和风险等级，在5个工作日内确认领用发票的种类、数量以及领用方式。单位和个人领用发票时，应当按照税务机关的规定报告发票使用情况，税务机关应当按照规定进行查验。',
  ),
  art16: art(
    '第十六条',
    {
      zh: '临时使用发票的可申请代开；应当缴税的，先征收税款再开具发票；可委托其他单位代开',
      en: 'occasional users may have an invoice issued by the tax office, which collects the tax first; it may entrust others to issue',
    },
    '需要临时使用发票的单位和个人，可以凭购销商品、提供或者接受服务以及从事其他经营活动的书面证明、经办人身份证明，直接向经营地税务机关申请代开发票。依照税收法律、行政法规规定应当缴纳税款的，税务机关应当先征收税款，再开具发票。税务机关根据发票管理的需要，可以按照国务院税务主管部门的规定委托其他单位代开发票。禁止非法代开发票。',
  ),
  art21: art(
    '第二十一条',
    {
      zh: '如实开具发票；禁止为他人、为自己、让他人或介绍他人开具与实际经营业务不符的发票（虚开）',
      en: 'invoices must be issued truthfully; issuing, obtaining or brokering invoices that do not match real business (虚开) is forbidden',
    },
    '开具发票应当按照规定的时限、顺序、栏目，全部联次一次性如实开具，开具纸质发票应当加盖发票专用章。任何单位和个人不得有下列虚开发票行为：（一）为他人、为自己开具与实际经营业务情况不符的发票；（二）让他人为自己开具与实际经营业务情况不符的发票；（三）介绍他人开具与实际经营业务情况不符的发票。',
  ),
  art26: art(
    '第二十六条',
    {
      zh: '开具发票的单位和个人应配合税务机关进行身份验证，并定期报告发票使用情况',
      en: 'issuers must cooperate with identity verification and report invoice use regularly',
    },
    '开具发票的单位和个人应当建立发票使用登记制度，配合税务机关进行身份验证，并定期向主管税务机关报告发票使用情况。',
  ),
  art35: art(
    '第三十五条',
    {
      zh: '虚开发票：没收违法所得；虚开1万元以下可并处5万元以下罚款，超过1万元并处5万元以上50万元以下罚款',
      en: 'false invoicing: illegal gains confiscated; a fine up to 50,000 yuan (up to 10,000 yuan invoiced) or 50,000–500,000 yuan',
    },
    '违反本办法的规定虚开发票的，由税务机关没收违法所得；虚开金额在1万元以下的，可以并处5万元以下的罚款；虚开金额超过1万元的，并处5万元以上50万元以下的罚款；构成犯罪的，依法追究刑事责任。非法代开发票的，依照前款规定处罚。',
  ),
  /** The 2019 text of 第十五条 (kept from the 2010 revision), for dates before 2023-07-20. */
  art15of2019: art2019(
    '第十五条',
    {
      zh: '2019年文本：主管税务机关根据经营范围和规模，确认领购发票的种类、数量以及领购方式，在5个工作日内发给发票领购簿（2010年文本，2019年修订沿用；据转载核对）',
      en: '2019 text: the tax office decides the invoice types, quantity and supply method by business scope and scale, and issues the invoice purchase book within 5 working days (the 2010 wording kept in 2019; checked against a reprint)',
    },
    '需要领购发票的单位和个人，应当持税务登记证件、经办人身份证明、按照国务院税务主管部门规定式样制作的发票专用章的印模，向主管税务机关办理发票领购手续。主管税务机关根据领购单位和个人的经营范围和规模，确认领购发票的种类、数量以及领购方式，在5个工作日内发给发票领购簿。单位和个人领购发票时，应当按照税务机关的规定报告发票使用情况，税务机关应当按照规定进行查验。',
  ),
  /** The 2010 text of 第十五条 (in force 2011-02-01; the 2019 revision kept its wording). */
  art15of2010: art2010('第十五条', {
    zh: '2010年文本：主管税务机关根据经营范围和规模，确认领购发票的种类、数量以及领购方式，在5个工作日内发给发票领购簿（2019年修订沿用同一文字）',
    en: '2010 text: the tax office decides the invoice types, quantity and supply method by business scope and scale, and issues the invoice purchase book within 5 working days (wording kept by the 2019 revision)',
  }),
};

/**
 * 中华人民共和国发票管理办法 (1993; revised 2010, 2019 and 2023-07-20 by 国务院令第764号, in force on
 * publication). `typeDecisionWorkingDays` starts with the 2023 text; `typeDecisionWorkingDaysFrom2019`
 * carries the same 5 working days back to the 2019 text (第十五条 as worded since 2010, `art15of2019`).
 * @example
 * integerAt(invoiceMeasures.params.typeDecisionWorkingDays, '2025-03-03') // 5
 */
export const invoiceMeasures = defineStatute({
  key: 'invoiceMeasures',
  law,
  docNo: '国务院令第764号',
  version: { revised: FROM_2023, inForce: FROM_2023 },
  articles,
  params: {
    typeDecisionWorkingDays: defineParameter({
      name: 'invoiceMeasures.typeDecisionWorkingDays',
      label: { zh: '发票领用（票种核定）办理时限', en: 'Decision limit for invoice supply (type approval)' },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2023, value: '5', source: articles.art15 }],
    }),
    /** The same limit dated from the 2010 text on (2011-02-01): for engines that decide cases of early 2019. */
    typeDecisionWorkingDaysFrom2011: defineParameter({
      name: 'invoiceMeasures.typeDecisionWorkingDaysFrom2011',
      label: {
        zh: '发票领用（票种核定）办理时限（2010年文本起）',
        en: 'Decision limit for invoice supply (type approval), from the 2010 text',
      },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [
        { from: FROM_2011, value: '5', source: articles.art15of2010 },
        { from: FROM_2019, value: '5', source: articles.art15of2019 },
        { from: FROM_2023, value: '5', source: articles.art15 },
      ],
    }),
    /** The same limit dated from the 2019 text on: for engines that decide 2019–2023 cases too. */
    typeDecisionWorkingDaysFrom2019: defineParameter({
      name: 'invoiceMeasures.typeDecisionWorkingDaysFrom2019',
      label: {
        zh: '发票领用（票种核定）办理时限（2019年文本起）',
        en: 'Decision limit for invoice supply (type approval), from the 2019 text',
      },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [
        { from: FROM_2019, value: '5', source: articles.art15of2019 },
        { from: FROM_2023, value: '5', source: articles.art15 },
      ],
    }),
  },
});
