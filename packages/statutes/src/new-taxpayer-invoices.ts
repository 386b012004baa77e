// 国家税务总局关于增值税发票管理等有关事项的公告 (2018年第29号): a new taxpayer's first invoice supply,
// the paper-era cap that the 数电 credit limit replaced; shared by the invoice engines.
import { articleOf, defineStatute, parameterOf } from './statute';
import { YUAN } from './units';

const law = {
  zh: '国家税务总局关于增值税发票管理等有关事项的公告',
  en: 'SAT announcement on VAT invoice administration and related matters',
};
const docNo = '国家税务总局公告2018年第29号';
const art = articleOf(law, docNo);
// "除新疆、青海、西藏以外的地区，本公告自2018年8月1日起施行": Guangdong is in the first group.
const FROM = '2018-08-01';
const COPIES = { zh: '份/月', en: 'copies a month' };

const articles = {
  art3: art('第三条', {
    zh: '新办纳税人首次申领增值税专用发票，最高开票限额不超过10万元，每月最高领用数量不超过25份；普通发票不超过10万元、50份（据官方文件转载核对）',
    en: 'a new taxpayer’s first special-invoice supply: face value cap at most 100,000 yuan, at most 25 copies a month (plain invoices 100,000 yuan, 50 copies); checked against an official reprint',
  }),
};

const param = parameterOf('newTaxpayerInvoices', FROM);

/**
 * 国家税务总局公告2018年第29号 (in force in Guangdong from 2018-08-01): the caps on a new taxpayer's
 * first 专票 supply (第三条).
 * @example
 * valueAt(newTaxpayerInvoices.params.specialFaceValueCap, '2024-01-02').toString() // '100000'
 */
export const newTaxpayerInvoices = defineStatute({
  key: 'newTaxpayerInvoices',
  law,
  docNo,
  note: {
    zh: '官方文件，据第三方转载核对（广东自2018年8月1日起施行）',
    en: 'official text, checked against a third-party reprint (in force in Guangdong from 2018-08-01)',
  },
  articles,
  params: {
    specialFaceValueCap: param(
      'specialFaceValueCap',
      { zh: '新办纳税人专票最高开票限额', en: 'New taxpayer’s special-invoice face value cap' },
      YUAN,
      '100000',
      articles.art3,
    ),
    specialMonthlyCopies: param(
      'specialMonthlyCopies',
      { zh: '新办纳税人专票每月最高领用数量', en: 'New taxpayer’s special invoices a month' },
      COPIES,
      '25',
      articles.art3,
    ),
  },
});
