import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite, citeInvoiceMeasures } from '../sources';
import { type ApprovalRuleSpec, cap, refer, reject, t, tierAbove } from './spec';

/**
 * Business scope and industry: ITA-097 … ITA-104.
 * @example
 * scopeRules(lawAt('2025-03-03')).length // 8
 */
export function scopeRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'scope';
  return [
    {
      id: 'ITA-097',
      category,
      title: {
        zh: '经营范围不支持申请票种不予核定',
        en: 'Business scope does not cover the request: rejected',
      },
      basis: cited(
        citeInvoiceMeasures(L.date, '第十五条', {
          zh: '根据经营范围、规模和风险等级确认票种',
          en: 'types decided by business scope, scale and risk level',
        }),
      ),
      thresholds: [t('scopeCoversRequest', '==', false)],
      effect: reject('变更经营范围或调整申请票种', 'Amend the business scope or the kinds asked'),
    },
    {
      id: 'ITA-098',
      category,
      title: { zh: '许可经营项目无许可转人工', en: 'Licensed activity without a permit: refer' },
      basis: assumption({
        zh: '为未取得许可的经营活动开票，由人工审核',
        en: 'Invoicing an activity that needs a permit the firm lacks needs an officer',
      }),
      thresholds: [t('unlicensedActivity', '==', true)],
      effect: refer('取得经营许可', 'Obtain the permit'),
    },
    {
      id: 'ITA-099',
      category,
      title: { zh: '向消费者零售消费品不核定专票', en: 'Consumer retail: no special invoices' },
      // Published law (增值税专用发票使用规定 第十条), not an assumption: cited as such.
      basis: cited(
        cite('specialInvoiceRules2006', '第十条', {
          zh: '商业企业一般纳税人零售烟、酒、食品、服装、鞋帽（不包括劳保专用部分）、化妆品等消费品的，不得开具专用发票（原文未在此核对）',
          en: 'a general taxpayer retailing tobacco, alcohol, food, clothing, footwear (other than work-safety items) or cosmetics may not issue special invoices for them (wording not checked here)',
        }),
      ),
      thresholds: [t('consumerRetail', '==', true), t('reqSpecialTier', '>', 0)],
      effect: cap(
        { kinds: ['special'], maxMonthlyQuantity: 0 },
        { zh: '申请普票', en: 'Ask for ordinary invoices' },
      ),
    },
    {
      id: 'ITA-100',
      category,
      title: { zh: '再生资源行业申请专票转人工', en: 'Recycling trade asking special invoices: refer' },
      basis: assumption(
        {
          zh: '再生资源回收是虚开专用发票的高发行业',
          en: 'Recycling is the classic special-invoice fraud trade',
        },
        cite('practitionerRisk'),
      ),
      thresholds: [t('industry', '==', 'recycling'), t('reqSpecialTier', '>', 0)],
      effect: refer('由税务人员核实货源', 'An officer verifies the supply chain'),
    },
    {
      id: 'ITA-101',
      category,
      title: { zh: '农业生产者申请专票转人工', en: 'Agricultural producer asking special invoices: refer' },
      basis: assumption({
        zh: '销售自产农产品免征增值税，不得开具专用发票；其他销售由人工核实',
        en: 'Own-produce sales are VAT-exempt and carry no special invoices; an officer checks the other sales',
      }),
      thresholds: [t('industry', '==', 'agriculture'), t('reqSpecialTier', '>', 0)],
      effect: refer('说明应税销售', 'Explain the taxable sales'),
    },
    {
      id: 'ITA-102',
      category,
      title: {
        zh: '非农企业农产品进项占比高转人工',
        en: 'Non-agricultural firm with high agricultural input: refer',
      },
      basis: assumption(
        { zh: '实务风险指标（农产品进项占比超过10%）', en: 'Practitioner marker (>10% agricultural input)' },
        cite('practitionerRisk'),
      ),
      thresholds: [t('industry', '!=', 'agriculture'), t('agriInputShareBp', '>', L.agriInputShare)],
      effect: refer('说明农产品采购', 'Explain the agricultural purchases'),
    },
    {
      id: 'ITA-103',
      category,
      title: { zh: '进销项品目匹配率低转人工', en: 'Input and output goods do not match: refer' },
      basis: assumption(
        { zh: '实务风险指标（进销项匹配率低于70%）', en: 'Practitioner marker (<70% match)' },
        cite('practitionerRisk'),
      ),
      thresholds: [
        t('monthsOfHistory', '>=', L.minHistoryMonths),
        t('inputOutputMatchBp', '<', L.inputOutputMatch),
      ],
      effect: refer('说明购销品目差异', 'Explain the goods mismatch'),
    },
    {
      id: 'ITA-104',
      category,
      title: { zh: '零售企业申请流转档限额转人工', en: 'Retailer asking a routed tier: refer' },
      basis: assumption({
        zh: '零售单笔金额小；申请十万元以上限额需作出说明',
        en: 'Retail sales are small; a 100k+ cap per invoice needs an explanation',
      }),
      ...tierAbove(L.immediateMaxTier, [t('industry', '==', 'retail')]),
      effect: refer('申请10万元及以下限额', 'Ask for 100k or less'),
    },
  ];
}
