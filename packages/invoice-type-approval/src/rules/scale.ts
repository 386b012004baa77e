import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite, citeInvoiceMeasures } from '../sources';
import { type ApprovalRuleSpec, BOTH, cap, refer, t, tierAbove } from './spec';

/**
 * Scale (sales, capital, staff) against the requested limit, and the tier routes: ITA-115 … ITA-121.
 * @example
 * scaleRules(lawAt('2025-03-03')).length // 7
 */
export function scaleRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'scale';
  const scale = citeInvoiceMeasures(L.date, '第十五条', {
    zh: '根据经营范围、规模和风险等级确认',
    en: 'decided by business scope, scale and risk level',
  });
  const down = { zh: '规模达到后可申请百万元档', en: 'Ask for the 1m tier once the scale supports it' };
  const fen = L.tierFen;
  const overCapacity = (qty: number, tier: number, sales: number) =>
    sales > 0 && qty * (fen[tier] ?? 0) * 12 > sales * L.capacityFactor;
  return [
    {
      id: 'ITA-115',
      category,
      title: {
        zh: '千万元档限额一律转人工（必要时实地核查）',
        en: '10m tier: always referred (site check as needed)',
      },
      basis: cited(
        cite('licenceAuthority2013'),
        cite('xiamenGuide', undefined, {
          zh: '依国税发〔2006〕156号，千万元以上限额原由省级税务机关审批',
          en: '≥10m was a provincial approval under 国税发〔2006〕156号',
        }),
      ),
      ...tierAbove(3, []),
      effect: refer('申请百万元及以下限额', 'Ask for 1m or less'),
    },
    {
      id: 'ITA-116',
      category,
      title: {
        zh: '销售额不足以支持百万元档，按十万元档核定',
        en: 'Sales too low for the 1m tier: 100k granted',
      },
      basis: assumption(
        {
          zh: '每年至少按限额开具十份发票，才具备百万元档次的经营规模',
          en: 'Ten invoices at the cap a year is the least scale for the 1m tier',
        },
        scale,
      ),
      ...tierAbove(L.immediateMaxTier, [t('sales12mFen', '<', L.salesFor1m)]),
      effect: cap({ kinds: BOTH, maxTier: L.immediateMaxTier }, down),
    },
    {
      id: 'ITA-117',
      category,
      title: {
        zh: '注册资本不足以支持百万元档，按十万元档核定',
        en: 'Capital too low for the 1m tier: 100k granted',
      },
      basis: assumption(
        { zh: '注册资本至少相当于一份限额发票', en: 'Capital of one invoice at the cap' },
        scale,
      ),
      ...tierAbove(L.immediateMaxTier, [t('registeredCapitalFen', '<', L.capitalFor1m)]),
      effect: cap({ kinds: BOTH, maxTier: L.immediateMaxTier }, down),
    },
    {
      id: 'ITA-118',
      category,
      title: {
        zh: '从业人数不足以支持百万元档，按十万元档核定',
        en: 'Staff too few for the 1m tier: 100k granted',
      },
      basis: assumption(
        {
          zh: '从业人数不足五人的企业很少单笔销售百万元',
          en: 'A firm of fewer than five rarely sells 1m per invoice',
        },
        scale,
      ),
      ...tierAbove(L.immediateMaxTier, [t('staff', '<', L.staffFor1m)]),
      effect: cap({ kinds: BOTH, maxTier: L.immediateMaxTier }, down),
    },
    {
      id: 'ITA-119',
      category,
      title: { zh: '经营满一年无销售额转人工', en: 'No sales after a year of history: refer' },
      basis: assumption(
        {
          zh: '一年无销售记录，不支持新增发票',
          en: 'A year of history without sales does not support new invoices',
        },
        scale,
      ),
      thresholds: [t('isNew', '==', false), t('monthsOfHistory', '>=', 12), t('sales12mFen', '==', 0)],
      effect: refer('申报实际销售', 'File the actual sales'),
    },
    {
      id: 'ITA-120',
      category,
      title: {
        zh: '专票申请开票能力远超销售规模转人工',
        en: 'Special-invoice capacity far above sales: refer',
      },
      basis: assumption(
        {
          zh: '年开票能力（份数 × 限额 × 12）远超年销售额，不合常理',
          en: 'Yearly capacity (copies × cap × 12) far above annual sales is implausible',
        },
        scale,
      ),
      when: (f) => !f.isNew && overCapacity(f.reqSpecialQty, f.reqSpecialTier, f.sales12mFen),
      reads: ['isNew', 'reqSpecialQty', 'reqSpecialTier', 'sales12mFen'],
      effect: refer('按销售规模申请', 'Ask in line with sales'),
    },
    {
      id: 'ITA-121',
      category,
      title: {
        zh: '普票申请开票能力远超销售规模转人工',
        en: 'Ordinary-invoice capacity far above sales: refer',
      },
      basis: assumption(
        {
          zh: '年开票能力（份数 × 限额 × 12）远超年销售额，不合常理',
          en: 'Yearly capacity (copies × cap × 12) far above annual sales is implausible',
        },
        scale,
      ),
      when: (f) => !f.isNew && overCapacity(f.reqOrdinaryQty, f.reqOrdinaryTier, f.sales12mFen),
      reads: ['isNew', 'reqOrdinaryQty', 'reqOrdinaryTier', 'sales12mFen'],
      effect: refer('按销售规模申请', 'Ask in line with sales'),
    },
  ];
}
