// Income taxes: the enterprise income tax prepayment period, and the individual income tax on
// property leases (rates, deductions, what "each time" means), for the tax engines.
import { defineParameter } from '@gd-ftz/core';
import { articleOf, defineStatute } from './statute';
import { DAYS, YUAN } from './units';

const eitLaw = { zh: '中华人民共和国企业所得税法', en: 'Enterprise Income Tax Law of the PRC' };
const eitArticles = {
  art54: articleOf(eitLaw)(
    '第五十四条',
    {
      zh: '自月份或者季度终了之日起15日内报送预缴申报表、预缴税款',
      en: 'file the prepayment return and prepay within 15 days after each month or quarter',
    },
    '企业应当自月份或者季度终了之日起十五日内，向税务机关报送预缴企业所得税纳税申报表，预缴税款。',
  ),
};

/**
 * 中华人民共和国企业所得税法 (adopted 2007-03-16, in force 2008-01-01; amended 2017 and 2018-12-29).
 * @example
 * integerAt(enterpriseIncomeTax.params.prepaymentFilingDays, '2022-03-31') // 15
 */
export const enterpriseIncomeTax = defineStatute({
  key: 'enterpriseIncomeTax',
  law: eitLaw,
  version: { revised: '2018-12-29', inForce: '2018-12-29' },
  articles: eitArticles,
  params: {
    prepaymentFilingDays: defineParameter({
      name: 'enterpriseIncomeTax.prepaymentFilingDays',
      label: { zh: '企业所得税预缴申报期限', en: 'CIT prepayment filing period' },
      unit: DAYS,
      kind: 'integer',
      entries: [{ from: '2008-01-01', value: '15', source: eitArticles.art54 }],
    }),
  },
});

const iitLaw = { zh: '中华人民共和国个人所得税法', en: 'Individual Income Tax Law of the PRC' };
const iit = articleOf(iitLaw);
const FROM_2019 = '2019-01-01';
const iitArticles = {
  art3: iit('第三条', {
    zh: '财产租赁所得等适用比例税率，税率为百分之二十',
    en: 'income from leasing property is taxed at a flat 20%',
  }),
  art6: iit('第六条', {
    zh: '财产租赁所得每次收入不超过4000元的减除费用800元，4000元以上的减除20%',
    en: 'lease income: deduct 800 yuan when each receipt is 4,000 yuan or less, 20% above',
  }),
};

/**
 * 中华人民共和国个人所得税法 (amended 2018-08-31, in force 2019-01-01): the property-lease rate and
 * deductions. The reduced 10% rate for housing (财税〔2008〕24号) belongs to the engine that uses it.
 * @example
 * valueAt(individualIncomeTax.params.propertyLeaseRate, '2024-06-30').toString() // '0.2'
 */
export const individualIncomeTax = defineStatute({
  key: 'individualIncomeTax',
  law: iitLaw,
  version: { revised: '2018-08-31', inForce: FROM_2019 },
  articles: iitArticles,
  params: {
    propertyLeaseRate: defineParameter({
      name: 'individualIncomeTax.propertyLeaseRate',
      label: { zh: '财产租赁所得税率', en: 'Tax rate on property-lease income' },
      entries: [{ from: FROM_2019, value: '0.20', source: iitArticles.art3 }],
    }),
    leaseFixedDeduction: defineParameter({
      name: 'individualIncomeTax.leaseFixedDeduction',
      label: { zh: '每次收入4000元以下的减除费用', en: 'Fixed deduction for receipts up to the threshold' },
      unit: YUAN,
      entries: [{ from: FROM_2019, value: '800', source: iitArticles.art6 }],
    }),
    leaseDeductionThreshold: defineParameter({
      name: 'individualIncomeTax.leaseDeductionThreshold',
      label: { zh: '定额与定率减除的分界', en: 'Receipt at which the deduction turns to a share' },
      unit: YUAN,
      entries: [{ from: FROM_2019, value: '4000', source: iitArticles.art6 }],
    }),
    leaseDeductionShare: defineParameter({
      name: 'individualIncomeTax.leaseDeductionShare',
      label: { zh: '每次收入4000元以上的减除比例', en: 'Deduction share above the threshold' },
      entries: [{ from: FROM_2019, value: '0.20', source: iitArticles.art6 }],
    }),
  },
});

const iitRulesLaw = {
  zh: '中华人民共和国个人所得税法实施条例',
  en: 'Regulations for the Implementation of the Individual Income Tax Law',
};

/**
 * 中华人民共和国个人所得税法实施条例 (revised 2018-12-18, in force 2019-01-01).
 * @example
 * individualIncomeTaxRules.articles.art14.article // '第十四条'
 */
export const individualIncomeTaxRules = defineStatute({
  key: 'individualIncomeTaxRules',
  law: iitRulesLaw,
  version: { revised: '2018-12-18', inForce: FROM_2019 },
  articles: {
    art14: articleOf(iitRulesLaw)('第十四条', {
      zh: '财产租赁所得以一个月内取得的收入为一次',
      en: 'for property-lease income, one month’s receipts count as “each time”',
    }),
  },
  params: {},
});
