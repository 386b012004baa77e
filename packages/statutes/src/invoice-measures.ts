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
};

/**
 * 中华人民共和国发票管理办法 (1993; revised 2010, 2019 and 2023-07-20 by 国务院令第764号, in force on
 * publication). The parameters start with the 2023 text, the version checked here; the 5-working-day
 * limit also stood in the earlier texts, whose wording is not declared here yet.
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
  },
});
