// 异常增值税扣税凭证 (国家税务总局公告2019年第38号) and 走逃（失联）企业 (2016年第76号): the only
// published numeric invoice-risk thresholds, for the invoice and risk engines.
import { defineParameter, type Localized } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { WORKING_DAYS, YUAN } from './units';

const law = {
  zh: '国家税务总局关于异常增值税扣税凭证管理等有关事项的公告',
  en: 'SAT announcement on abnormal VAT deduction vouchers',
};
const docNo = '国家税务总局公告2019年第38号';
const art = articleOf(law, docNo);
const FROM = '2020-02-01';
const APPROXIMATE: Localized = {
  zh: '起始日期未经核实，取公告施行日期的近似值',
  en: 'from-date not verified: taken as the announcement’s approximate start',
};

const articles = {
  art1: art('第一条', {
    zh: '列入异常凭证范围的情形：丢失、被盗税控设备中的专票；非正常户未申报或未缴税的专票；稽核比对“比对不符”“缺联”“作废”；大数据分析涉嫌虚开；走逃（失联）企业专票（2016年第76号第二条第（一）项）',
    en: 'what is abnormal: special invoices from lost or stolen invoicing devices, from non-filing abnormal households, failing cross-checks, flagged by big-data analysis as likely fake, or issued by absconding firms (2016 No. 76 Art. 2(1))',
  }),
  art2: art('第二条', {
    zh: '增值税一般纳税人申报抵扣异常凭证，异常凭证进项税额累计占同期全部专票进项税额70%（含）以上且累计超过5万元的，其对应开具的专票列入异常凭证范围；尚未申报抵扣、尚未申报出口退税或已作进项税额转出的不计入',
    en: 'a general taxpayer whose claimed abnormal input VAT is 70% or more of its period special-invoice input and over 50,000 yuan: its issued special invoices become abnormal vouchers; unclaimed, unrefunded or reversed abnormal input is left out',
  }),
  art3: art('第三条', {
    zh: '异常凭证的处理：不得抵扣、作进项转出或暂缓出口退税；A级纳税人可在10个工作日内申请核实（项次未经核实）',
    en: 'effect on the buyer: no deduction, input reversed or export refund held; an A-grade buyer may ask for verification within 10 working days (sub-item unconfirmed)',
  }),
};

/**
 * 国家税务总局关于异常增值税扣税凭证管理等有关事项的公告 (2019年第38号). Seen as an official reprint
 * (《财会学习》2020年第2期 reprints the text: the 70% / 5万元 test is 第二条, the list of abnormal
 * invoices 第一条); the in-force date is approximate.
 * @example
 * valueAt(abnormalVouchers.params.abnormalInputShare, '2025-03-03').toString() // '0.7'
 */
export const abnormalVouchers = defineStatute({
  key: 'abnormalVouchers',
  law,
  docNo,
  note: {
    zh: '官方文件，据第三方转载核对；施行日期为近似值',
    en: 'official text, checked against a third-party reprint; in-force date approximate',
  },
  articles,
  params: {
    abnormalInputShare: defineParameter({
      name: 'abnormalVouchers.abnormalInputShare',
      label: { zh: '异常进项占比阈值', en: 'Abnormal input VAT share threshold' },
      entries: [{ from: FROM, value: '0.70', source: articles.art2, note: APPROXIMATE }],
    }),
    abnormalInputAmount: defineParameter({
      name: 'abnormalVouchers.abnormalInputAmount',
      label: { zh: '异常进项金额阈值', en: 'Abnormal input VAT amount threshold' },
      unit: YUAN,
      entries: [{ from: FROM, value: '50000', source: articles.art2, note: APPROXIMATE }],
    }),
    verificationRequestWorkingDays: defineParameter({
      name: 'abnormalVouchers.verificationRequestWorkingDays',
      label: { zh: 'A级纳税人申请核实期限', en: 'Verification request period of an A-grade buyer' },
      unit: WORKING_DAYS,
      kind: 'integer',
      entries: [{ from: FROM, value: '10', source: articles.art3, note: APPROXIMATE }],
    }),
  },
});

/**
 * 国家税务总局公告2016年第76号: 走逃（失联）企业 whose purchases and sales diverge or who have no
 * capacity; their special invoices are treated as abnormal. Cited as a whole (no article checked).
 * @example
 * abscondingFirms.whole.docNo // '国家税务总局公告2016年第76号'
 */
export const abscondingFirms = defineStatute({
  key: 'abscondingFirms',
  law: { zh: '国家税务总局公告2016年第76号', en: 'SAT Announcement 2016 No. 76' },
  docNo: '国家税务总局公告2016年第76号',
  note: {
    zh: '走逃（失联）企业：购销严重背离或无经营能力，其开具的专票列入异常凭证',
    en: 'absconding (走逃/失联) firms with diverging purchases and sales or no capacity: their special invoices become abnormal',
  },
  articles: {},
  params: {},
});
