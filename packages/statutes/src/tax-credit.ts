// 纳税信用: the 2014 trial measures and the 2025 measures that replaced them. Grades, the bars to
// an A, direct D ratings and what each grade means for invoice supply, for every tax engine.
import { defineParameter, type Localized } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { MONTHS, YUAN } from './units';

const OFFICIAL_REPRINT: Localized = {
  zh: '官方文件，据第三方转载核对',
  en: 'official text, checked against a third-party reprint',
};

const trialLaw = { zh: '纳税信用管理办法（试行）', en: 'Tax Credit Management Measures (Trial)' };
const trial = articleOf(trialLaw, '国家税务总局公告2014年第40号');

/**
 * 纳税信用管理办法（试行） (国家税务总局公告2014年第40号, in force 2014-10-01; replaced from 2025-07-01 by
 * {@link taxCredit}). Texts seen as official reprints.
 * @example
 * taxCreditTrial2014.articles.art20.article // '第二十条'
 */
export const taxCreditTrial2014 = defineStatute({
  key: 'taxCreditTrial2014',
  law: trialLaw,
  docNo: '国家税务总局公告2014年第40号',
  version: { revised: '2014-07-04', inForce: '2014-10-01' },
  note: OFFICIAL_REPRINT,
  articles: {
    art15: trial('第十五条', {
      zh: '年度扣分评价加直接判级；起评分100分（非经常性指标缺失为90分）',
      en: 'annual deduction scoring plus direct rating; starting score 100 (90 without non-recurring indicators)',
    }),
    art18: trial('第十八条', {
      zh: '信用级别：A级90分以上，B级70分以上不满90分，C级40分以上不满70分，D级不满40分或直接判级',
      en: 'grades: A from 90, B from 70 to under 90, C from 40 to under 70, D under 40 or rated directly',
    }),
    art19: trial('第十九条', {
      zh: '不得评为A级的情形，含增值税连续3个月或累计6个月零申报、负申报',
      en: 'bars to an A, including zero or negative VAT returns for 3 consecutive or 6 cumulative months',
    }),
    art20: trial('第二十条', {
      zh: '直接判为D级的情形，含偷税金额10万元以上且占应纳税额10%以上',
      en: 'direct D ratings, including evasion of 100,000 yuan or more that is 10% or more of the tax due',
    }),
    art23: trial('第二十三条', {
      zh: '评价结果每年4月确定',
      en: 'ratings are determined each April',
    }),
    art29: trial('第二十九条', {
      zh: 'A级激励措施，含可一次领取不超过3个月的增值税发票用量',
      en: 'A-grade incentives, including up to 3 months’ invoice supply at once',
    }),
    art32: trial('第三十二条', {
      zh: 'D级管理：专用发票按辅导期一般纳税人政策办理，普通发票交（验）旧供新、严格限量供应',
      en: 'D-grade measures: special invoices under counselling-period rules, ordinary invoices strictly limited',
    }),
  },
  params: {},
});

const law = {
  zh: '纳税缴费信用管理办法',
  en: 'Measures for the Management of Tax and Fee Payment Credit',
};
const art = articleOf(law, '国家税务总局公告2025年第12号');
const FROM_2014 = '2014-10-01';
const FROM_2025 = '2025-07-01';

const articles = {
  art3: art('第三条', {
    zh: '企业纳入信用管理；社会保险费和非税收入一并评价（税费同评）',
    en: 'enterprises are rated automatically; social insurance and non-tax revenue are rated too',
  }),
  art13: art('第十三条', {
    zh: '起评分：信息齐全100分，非经常性指标缺失93分，其他90分',
    en: 'starting score 100, 93 without non-recurring indicators, 90 otherwise',
  }),
  art15: art('第十五条', {
    zh: '评价周期为公历年度；首次涉税一年内的经营主体评为M级',
    en: 'the rating year is the calendar year; entities within a year of first dealing are rated M',
  }),
  art16: art('第十六条', {
    zh: '信用级别的分数标准与2014年办法相同',
    en: 'the grade thresholds are those of the 2014 measures',
  }),
  art17: art('第十七条', {
    zh: '不得评为A级：含增值税连续3个月或累计6个月应纳税额为0（非正常原因）',
    en: 'bars to an A, including VAT due of zero for 3 consecutive or 6 cumulative months without a normal reason',
  }),
  art18: art('第十八条', {
    zh: '直接判为D级的13种情形，新增骗取留抵退税、走逃（失联）等',
    en: 'the 13 direct D cases, adding VAT-credit refund fraud and absconding (走逃) among others',
  }),
  art34: art('第三十四条', {
    zh: 'D级管理：限额限量供应专用发票、限制数电发票额度，普通发票交（验）旧领新',
    en: 'D-grade measures: special invoices capped, digital-invoice credit limited, ordinary invoices strictly limited',
  }),
};

const WHOLE_2025 = { law, docNo: '国家税务总局公告2025年第12号' };

function zeroFiling(name: string, label: Localized, value: string) {
  return defineParameter({
    name: `taxCredit.${name}`,
    label,
    unit: MONTHS,
    kind: 'integer',
    entries: [
      { from: FROM_2014, value, source: taxCreditTrial2014.articles.art19 },
      { from: FROM_2025, value, source: articles.art17 },
    ],
  });
}

function grade(name: string, label: Localized, value: string) {
  return defineParameter({
    name: `taxCredit.${name}`,
    label,
    kind: 'integer',
    entries: [
      { from: FROM_2014, value, source: taxCreditTrial2014.articles.art18 },
      { from: FROM_2025, value, source: articles.art16 },
    ],
  });
}

/**
 * 纳税缴费信用管理办法 (国家税务总局公告2025年第12号, issued 2025-05-16, in force 2025-07-01), with
 * the parameters' history back to the 2014 trial measures it replaced. Texts seen as official
 * reprints.
 * @example
 * integerAt(taxCredit.params.zeroFilingConsecutiveMonths, '2025-08-01') // 3
 */
export const taxCredit = defineStatute({
  key: 'taxCredit',
  law,
  docNo: '国家税务总局公告2025年第12号',
  version: { revised: '2025-05-16', inForce: FROM_2025 },
  note: OFFICIAL_REPRINT,
  articles,
  params: {
    gradeAMinScore: grade('gradeAMinScore', { zh: 'A级最低分', en: 'Lowest score of grade A' }, '90'),
    gradeBMinScore: grade('gradeBMinScore', { zh: 'B级最低分', en: 'Lowest score of grade B' }, '70'),
    gradeCMinScore: grade('gradeCMinScore', { zh: 'C级最低分', en: 'Lowest score of grade C' }, '40'),
    zeroFilingConsecutiveMonths: zeroFiling(
      'zeroFilingConsecutiveMonths',
      { zh: '连续零申报月数', en: 'Consecutive months of zero VAT filing' },
      '3',
    ),
    zeroFilingCumulativeMonths: zeroFiling(
      'zeroFilingCumulativeMonths',
      { zh: '累计零申报月数', en: 'Cumulative months of zero VAT filing' },
      '6',
    ),
    supplyMonthsA: defineParameter({
      name: 'taxCredit.supplyMonthsA',
      label: { zh: 'A级纳税人一次领用月数上限', en: "Grade A: months' supply at once" },
      unit: MONTHS,
      kind: 'integer',
      entries: [
        { from: FROM_2014, value: '3', source: taxCreditTrial2014.articles.art29 },
        {
          from: FROM_2025,
          value: '3',
          source: {
            ...WHOLE_2025,
            note: {
              zh: 'A级激励措施（3个月用量）；条文号未经核实，据实务资料',
              en: 'A-grade incentive (3 months’ supply); article number unconfirmed, from practitioner sources',
            },
          },
        },
      ],
    }),
    evasionAmount: defineParameter({
      name: 'taxCredit.evasionAmount',
      label: { zh: '偷税直接判D金额', en: 'Tax evasion amount for a direct D' },
      unit: YUAN,
      entries: [{ from: FROM_2014, value: '100000', source: taxCreditTrial2014.articles.art20 }],
    }),
    evasionShare: defineParameter({
      name: 'taxCredit.evasionShare',
      label: { zh: '偷税直接判D占应纳税额比例', en: 'Tax evasion share of tax due for a direct D' },
      entries: [{ from: FROM_2014, value: '0.10', source: taxCreditTrial2014.articles.art20 }],
    }),
  },
});
