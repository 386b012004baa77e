// 中华人民共和国税收征收管理法: the articles and numbers the tax engines share.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { DAYS, YEARS } from './units';

const law = {
  zh: '中华人民共和国税收征收管理法',
  en: 'Law of the PRC on the Administration of Tax Collection',
};
const art = articleOf(law);

/** The 2001 revision (第九十四条: 自2001年5月1日起施行); the articles below are unchanged since. */
const FROM_2001 = '2001-05-01';

const articles = {
  art15: art(
    '第十五条',
    {
      zh: '从事生产、经营的纳税人申报办理税务登记，税务机关应当于收到申报的当日办理登记并发给税务登记证件',
      en: 'tax registration of a business: the authority registers it and issues the certificate on the day it receives the application',
    },
    '企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位（以下统称从事生产、经营的纳税人）自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。税务机关应当于收到申报的当日办理登记并发给税务登记证件。',
  ),
  art32: art(
    '第三十二条',
    {
      zh: '逾期缴纳税款按日加收万分之五滞纳金',
      en: 'late payment: a surcharge of 0.05% of the overdue tax per day',
    },
    '纳税人未按照规定期限缴纳税款的，扣缴义务人未按照规定期限解缴税款的，税务机关除责令限期缴纳外，从滞纳税款之日起，按日加收滞纳税款万分之五的滞纳金。',
  ),
  art51: art(
    '第五十一条',
    {
      zh: '多缴税款：税务机关发现的立即退还；纳税人三年内发现的可要求退还并加算银行同期存款利息',
      en: 'overpaid tax: refunded at once when the authority finds it; a taxpayer who finds it within 3 years may claim it with interest',
    },
    '纳税人超过应纳税额缴纳的税款，税务机关发现后应当立即退还；纳税人自结算缴纳税款之日起三年内发现的，可以向税务机关要求退还多缴的税款并加算银行同期存款利息，税务机关及时查实后应当立即退还；涉及从国库中退库的，依照法律、行政法规有关国库管理的规定退还。',
  ),
  art52: art(
    '第五十二条',
    {
      zh: '补缴和追征期限：三年，特殊情况五年；偷税、抗税、骗税不受限制',
      en: 'claw-back: 3 years, 5 in special cases; no limit for evasion, resistance or fraud',
    },
    '因税务机关的责任，致使纳税人、扣缴义务人未缴或者少缴税款的，税务机关在三年内可以要求纳税人、扣缴义务人补缴税款，但是不得加收滞纳金。因纳税人、扣缴义务人计算错误等失误，未缴或者少缴税款的，税务机关在三年内可以追征税款、滞纳金；有特殊情况的，追征期可以延长到五年。对偷税、抗税、骗税的，税务机关追征其未缴或者少缴的税款、滞纳金或者所骗取的税款，不受前款规定期限的限制。',
  ),
  art60: art(
    '第六十条',
    {
      zh: '未按规定办理税务登记、设置账簿、报告账号、使用税控装置等，责令限期改正，可处罚款',
      en: 'registration, bookkeeping, account-reporting and tax-control-device failings: an order to rectify within a time limit, and possibly a fine',
    },
    '纳税人有下列行为之一的，由税务机关责令限期改正，可以处二千元以下的罚款；情节严重的，处二千元以上一万元以下的罚款：……',
  ),
  art63: art(
    '第六十三条',
    {
      zh: '偷税的定义及处罚：追缴税款、滞纳金，并处百分之五十以上五倍以下罚款',
      en: 'tax evasion defined; back tax, surcharge and a fine of 50% to 5 times the tax',
    },
    '纳税人伪造、变造、隐匿、擅自销毁帐簿、记帐凭证，或者在帐簿上多列支出或者不列、少列收入，或者经税务机关通知申报而拒不申报或者进行虚假的纳税申报，不缴或者少缴应纳税款的，是偷税。……',
  ),
  art88: art(
    '第八十八条',
    {
      zh: '纳税争议先缴税或担保再申请行政复议（复议前置）；处罚等可复议也可诉讼',
      en: 'a tax dispute goes to reconsideration after paying or securing the tax (reconsideration first); penalties may go to either',
    },
    '纳税人、扣缴义务人、纳税担保人同税务机关在纳税上发生争议时，必须先依照税务机关的纳税决定缴纳或者解缴税款及滞纳金或者提供相应的担保，然后可以依法申请行政复议；对行政复议决定不服的，可以依法向人民法院起诉。……',
  ),
};

/**
 * 中华人民共和国税收征收管理法 (revised 2001-04-28, in force 2001-05-01; amended 2013-06-29 and
 * 2015-04-24, neither touching the articles here).
 * @example
 * valueAt(taxCollection.params.lateFeeDailyRate, '2024-06-30').toString() // '0.0005'
 */
export const taxCollection = defineStatute({
  key: 'taxCollection',
  law,
  version: { revised: '2015-04-24', inForce: '2015-04-24' },
  articles,
  params: {
    /** 第十五条 "当日": 0 days after receipt (the day of receipt itself). */
    registrationSameDayDays: defineParameter({
      name: 'taxCollection.registrationSameDayDays',
      label: { zh: '税务登记办理时限（收到申报后日数）', en: 'Tax registration limit (days after receipt)' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: FROM_2001, value: '0', source: articles.art15 }],
    }),
    lateFeeDailyRate: defineParameter({
      name: 'taxCollection.lateFeeDailyRate',
      label: { zh: '滞纳金日加收比例', en: 'Late-payment surcharge per day' },
      entries: [{ from: FROM_2001, value: '0.0005', source: articles.art32 }],
    }),
    refundClaimWindowYears: defineParameter({
      name: 'taxCollection.refundClaimWindowYears',
      label: { zh: '纳税人申请退还多缴税款期限', en: 'Taxpayer claim window for overpaid tax' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2001, value: '3', source: articles.art51 }],
    }),
    clawbackYears: defineParameter({
      name: 'taxCollection.clawbackYears',
      label: { zh: '补缴、追征期限', en: 'Claw-back period' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2001, value: '3', source: articles.art52 }],
    }),
    clawbackExtendedYears: defineParameter({
      name: 'taxCollection.clawbackExtendedYears',
      label: { zh: '特殊情况追征期限', en: 'Claw-back period in special cases' },
      unit: YEARS,
      kind: 'integer',
      entries: [{ from: FROM_2001, value: '5', source: articles.art52 }],
    }),
  },
});
