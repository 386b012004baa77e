// 中华人民共和国税收征收管理法实施细则: refund, offset and period rules the tax engines share.
import { defineParameter, TAX_RULES_ART_109 } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { DAYS, YUAN } from './units';

// Core applies 第一百零九条 in `statutoryDeadline(..., { taxHolidayExtension: true })` and declares
// it; this module re-exports that same object and law name.
const law = TAX_RULES_ART_109.law;
const art = articleOf(law);

/** 国务院令第362号: 自2002年10月15日起施行 (第一百一十三条). */
const FROM_2002 = '2002-10-15';

const articles = {
  art16: art(
    '第十六条',
    {
      zh: '办理注销税务登记前，应结清税款、滞纳金、罚款，缴销发票和税务证件',
      en: 'before deregistration, tax, late fees and fines are settled and invoices and tax certificates surrendered',
    },
    '纳税人在办理注销税务登记前，应当向税务机关结清应纳税款、滞纳金、罚款，缴销发票、税务登记证件和其他税务证件。',
  ),
  art42: art(
    '第四十二条',
    {
      zh: '纳税人申请延期缴纳税款，税务机关应当自收到申请延期缴纳税款报告之日起20日内作出批准或者不予批准的决定',
      en: 'an application to defer payment: the authority decides within 20 days of receiving the report',
    },
    '纳税人需要延期缴纳税款的，应当在缴纳税款期限届满前提出申请，并报送下列材料：申请延期缴纳税款报告，当期货币资金余额情况及所有银行存款账户的对账单，资产负债表，应付职工工资和社会保险费等税务机关要求提供的支出预算。税务机关应当自收到申请延期缴纳税款报告之日起20日内作出批准或者不予批准的决定；不予批准的，从缴纳税款期限届满之日起加收滞纳金。',
  ),
  art75: art(
    '第七十五条',
    {
      zh: '滞纳金自缴纳期限届满次日起算至实际缴纳之日止',
      en: 'the surcharge runs from the day after the due date to the day the tax is paid',
    },
    '税收征管法第三十二条规定的加收滞纳金的起止时间，为法律、行政法规规定或者税务机关依照法律、行政法规的规定确定的税款缴纳期限届满次日起至纳税人、扣缴义务人实际缴纳或者解缴税款之日止。',
  ),
  art78: art(
    '第七十八条',
    {
      zh: '税务机关发现多缴的10日内办理退还；纳税人申请的30日内查实办理；利息按办理退税当天活期存款利率',
      en: 'refund within 10 days when the authority finds it, within 30 days of a taxpayer claim; interest at the demand-deposit rate of the refund day',
    },
    '税务机关发现纳税人多缴税款的，应当自发现之日起10日内办理退还手续；纳税人发现多缴税款，要求退还的，税务机关应当自接到纳税人退还申请之日起30日内查实并办理退还手续。税收征管法第五十一条规定的加算银行同期存款利息的多缴税款退税，不包括依法预缴税款形成的结算退税、出口退税和各种减免退税。退税利息按照税务机关办理退税手续当天中国人民银行规定的活期存款利率计算。',
  ),
  art79: art(
    '第七十九条',
    {
      zh: '既有应退税款又有欠税的，可先抵扣欠税，余额退还',
      en: 'a refund and its interest may first offset arrears; the balance is refunded',
    },
    '当纳税人既有应退税款又有欠缴税款的，税务机关可以将应退税款和利息先抵扣欠缴税款；抵扣后有余额的，退还纳税人。',
  ),
  art82: art(
    '第八十二条',
    {
      zh: '追征期延长到五年的特殊情况：累计数额在10万元以上',
      en: 'the 5-year claw-back applies when the cumulative amount is 100,000 yuan or more',
    },
    '税收征管法第五十二条所称特殊情况，是指纳税人或者扣缴义务人因计算错误等失误，未缴或者少缴、未扣或者少扣、未收或者少收税款，累计数额在10万元以上的。',
  ),
  art108: art(
    '第一百零八条',
    {
      zh: '“以上”“以下”“日内”“届满”均含本数',
      en: '“or more”, “or less”, “within … days” and “on expiry” include the boundary',
    },
    '税收征管法及本细则所称“以上”、“以下”、“日内”、“届满”均含本数。',
  ),
  art109: TAX_RULES_ART_109,
};

/**
 * 中华人民共和国税收征收管理法实施细则 (国务院令第362号, in force 2002-10-15; amended 2012, 2013 and
 * 2016-02-06, none touching the articles here).
 * @example
 * integerAt(taxCollectionRules.params.authorityRefundDays, '2024-06-30') // 10
 */
export const taxCollectionRules = defineStatute({
  key: 'taxCollectionRules',
  law,
  docNo: '国务院令第362号',
  version: { revised: '2016-02-06', inForce: '2016-02-06' },
  articles,
  params: {
    authorityRefundDays: defineParameter({
      name: 'taxCollectionRules.authorityRefundDays',
      label: { zh: '税务机关发现后办理退还期限', en: 'Refund period after discovery by the authority' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2002, value: '10', source: articles.art78 }],
    }),
    claimRefundDays: defineParameter({
      name: 'taxCollectionRules.claimRefundDays',
      label: { zh: '纳税人申请后查实办理期限', en: 'Verification period after a claim' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2002, value: '30', source: articles.art78 }],
    }),
    paymentExtensionDecisionDays: defineParameter({
      name: 'taxCollectionRules.paymentExtensionDecisionDays',
      label: { zh: '延期缴纳税款审批期限', en: 'Decision period on deferring payment' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2002, value: '20', source: articles.art42 }],
    }),
    clawbackExtensionAmount: defineParameter({
      name: 'taxCollectionRules.clawbackExtensionAmount',
      label: { zh: '追征期延长的累计数额', en: 'Cumulative amount for the 5-year claw-back' },
      unit: YUAN,
      entries: [{ from: FROM_2002, value: '100000', source: articles.art82 }],
    }),
  },
});
