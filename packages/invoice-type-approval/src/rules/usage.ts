import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, cap, refer, t } from './spec';

/**
 * Historical usage against the requested volume: ITA-105 … ITA-114.
 * @example
 * usageRules(lawAt('2025-03-03')).length // 10
 */
export function usageRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'usage';
  const surge = cite('practitionerRisk', undefined, {
    zh: '实务资料：当月开票超过历史峰值的150%',
    en: 'practitioner source: a month above 150% of the historical peak',
  });
  const oneMonth = cite('innovation2014', undefined, {
    zh: '按实际使用量供应',
    en: 'supply follows actual usage',
  });
  const minH = L.minHistoryMonths;
  const pct = L.surgePercent;
  return [
    {
      id: 'ITA-105',
      category,
      title: {
        zh: '专票申请量超过历史峰值的150%按峰值比例核定',
        en: 'Special quantity above 150% of the peak: capped',
      },
      basis: assumption(
        {
          zh: '将“开票突增”风险指标转化为每月数量上限',
          en: 'The 开票突增 marker turned into a cap on the monthly quantity',
        },
        surge,
      ),
      when: (f) =>
        f.monthsOfHistory >= minH &&
        f.reqSpecialTier > 0 &&
        f.peakMonthlySpecial > 0 &&
        f.reqSpecialQty * 100 > f.peakMonthlySpecial * pct,
      reads: ['monthsOfHistory', 'reqSpecialTier', 'reqSpecialQty', 'peakMonthlySpecial'],
      effect: cap(
        { kinds: ['special'], peakPercent: pct },
        { zh: '提供新增业务合同', en: 'Show contracts for the new business' },
      ),
    },
    {
      id: 'ITA-106',
      category,
      title: {
        zh: '普票申请量超过历史峰值的150%按峰值比例核定',
        en: 'Ordinary quantity above 150% of the peak: capped',
      },
      basis: assumption(
        {
          zh: '将“开票突增”风险指标转化为每月数量上限',
          en: 'The 开票突增 marker turned into a cap on the monthly quantity',
        },
        surge,
      ),
      when: (f) =>
        f.monthsOfHistory >= minH &&
        f.reqOrdinaryTier > 0 &&
        f.peakMonthlyOrdinary > 0 &&
        f.reqOrdinaryQty * 100 > f.peakMonthlyOrdinary * pct,
      reads: ['monthsOfHistory', 'reqOrdinaryTier', 'reqOrdinaryQty', 'peakMonthlyOrdinary'],
      effect: cap(
        { kinds: ['ordinary'], peakPercent: pct },
        { zh: '提供新增业务合同', en: 'Show contracts for the new business' },
      ),
    },
    {
      id: 'ITA-107',
      category,
      title: {
        zh: '顶额开票比例高且申请提高专票限额转人工',
        en: 'Invoicing at the cap and asking a higher special cap: refer',
      },
      basis: assumption(
        {
          zh: '顶额开票既可能是实际需要，也可能是拆分开票的迹象，由人工判断',
          en: '顶额开票 is both a need and a splitting marker; an officer tells which',
        },
        cite('practitionerRisk'),
      ),
      when: (f) =>
        f.topLimitShareBp >= L.topLimitShare && f.reqSpecialTier > f.curSpecialTier && f.curSpecialTier > 0,
      reads: ['topLimitShareBp', 'reqSpecialTier', 'curSpecialTier'],
      effect: refer('提供单笔大额合同', 'Show the large contracts'),
    },
    {
      id: 'ITA-108',
      category,
      title: { zh: '作废红冲比例高转人工', en: 'High void and red-letter share: refer' },
      basis: assumption(
        { zh: '实务风险指标（超过15%）', en: 'Practitioner marker (>15%)' },
        cite('practitionerRisk'),
      ),
      thresholds: [t('monthsOfHistory', '>=', minH), t('voidShareBp', '>', L.voidShare)],
      effect: refer('说明作废红冲原因', 'Explain the voided invoices'),
    },
    {
      id: 'ITA-109',
      category,
      title: { zh: '专票结存较多按一个月供应', en: 'Large unused special stock: one month’s supply' },
      basis: assumption(
        {
          zh: '结存发票达两个月用量的，无需一次多领',
          en: 'Unused stock of two months’ use means no need for more at once',
        },
        oneMonth,
      ),
      when: (f) =>
        f.reqSpecialTier > 0 &&
        f.avgMonthlySpecial > 0 &&
        f.unusedSpecial >= f.avgMonthlySpecial * L.unusedMultiple,
      reads: ['reqSpecialTier', 'avgMonthlySpecial', 'unusedSpecial'],
      effect: cap({ kinds: ['special'], maxSupplyMonths: 1 }),
    },
    {
      id: 'ITA-110',
      category,
      title: { zh: '普票结存较多按一个月供应', en: 'Large unused ordinary stock: one month’s supply' },
      basis: assumption(
        {
          zh: '结存发票达两个月用量的，无需一次多领',
          en: 'Unused stock of two months’ use means no need for more at once',
        },
        oneMonth,
      ),
      when: (f) =>
        f.reqOrdinaryTier > 0 &&
        f.avgMonthlyOrdinary > 0 &&
        f.unusedOrdinary >= f.avgMonthlyOrdinary * L.unusedMultiple,
      reads: ['reqOrdinaryTier', 'avgMonthlyOrdinary', 'unusedOrdinary'],
      effect: cap({ kinds: ['ordinary'], maxSupplyMonths: 1 }),
    },
    {
      id: 'ITA-111',
      category,
      title: {
        zh: '长期未使用专票按少量核定',
        en: 'No special invoices used for six months: token quantity',
      },
      basis: assumption(
        { zh: '六个月未使用的，仅给予象征性供应', en: 'Six months without use supports only a token supply' },
        oneMonth,
      ),
      thresholds: [
        t('monthsOfHistory', '>=', 6),
        t('curSpecialTier', '>', 0),
        t('peakMonthlySpecial', '==', 0),
        t('reqSpecialTier', '>', 0),
      ],
      effect: cap({ kinds: ['special'], maxMonthlyQuantity: L.neverUsedQuantity }),
    },
    {
      id: 'ITA-112',
      category,
      title: { zh: '专票限额跨档提高转人工', en: 'Special cap raised by more than one tier: refer' },
      basis: assumption(
        { zh: '根据实际使用情况逐档提高限额', en: 'Caps are raised tier by tier on proven use' },
        cite('xiamenGuide'),
      ),
      when: (f) => f.curSpecialTier > 0 && f.reqSpecialTier > f.curSpecialTier + 1,
      reads: ['curSpecialTier', 'reqSpecialTier'],
      effect: refer('逐档申请提高限额', 'Raise the cap one tier at a time'),
    },
    {
      id: 'ITA-113',
      category,
      title: { zh: '普票限额跨档提高转人工', en: 'Ordinary cap raised by more than one tier: refer' },
      basis: assumption(
        { zh: '根据实际使用情况逐档提高限额', en: 'Caps are raised tier by tier on proven use' },
        cite('xiamenGuide'),
      ),
      when: (f) => f.curOrdinaryTier > 0 && f.reqOrdinaryTier > f.curOrdinaryTier + 1,
      reads: ['curOrdinaryTier', 'reqOrdinaryTier'],
      effect: refer('逐档申请提高限额', 'Raise the cap one tier at a time'),
    },
    {
      id: 'ITA-114',
      category,
      title: { zh: '用量记录不足按一个月供应', en: 'Short usage record: one month’s supply' },
      basis: cited(
        cite('innovation2014', undefined, {
          zh: '用量未明前按一个月用量供应',
          en: 'supply sized on one month’s usage until usage is known',
        }),
      ),
      thresholds: [t('isNew', '==', false), t('monthsOfHistory', '<', minH), t('reqSupplyMonths', '>', 1)],
      effect: cap({ kinds: ['special', 'ordinary'], maxSupplyMonths: 1 }),
    },
  ];
}
