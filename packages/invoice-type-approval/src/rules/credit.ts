import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, BOTH, cap, refer, restrict, t } from './spec';

const MCD = ['M', 'C', 'D'];
const CD = ['C', 'D'];

/**
 * 纳税信用级别 A/B/M/C/D: supply months, D restrictions, and referrals for weak grades:
 * ITA-032 … ITA-043. A better grade never fires a stricter rule (monotonicity).
 * @example
 * creditRules(lawAt('2025-03-03')).length // 12
 */
export function creditRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'credit';
  const is2025 = L.regime === '2025';
  const aBasis = is2025
    ? cite('credit2025', undefined, {
        zh: 'A级：可一次领取3个月用量（实务资料）',
        en: 'A: 3 months’ invoices (practitioner source)',
      })
    : cite('creditTrial2014', '第二十九条');
  const dBasis = is2025 ? cite('credit2025', '第三十四条') : cite('creditTrial2014', '第三十二条');
  const repair = { zh: '信用修复或等级提升后解除', en: 'Lifted when the grade is repaired or improves' };
  return [
    {
      id: 'ITA-032',
      category,
      title: { zh: 'A级纳税人一次最多领用三个月', en: 'Grade A: up to 3 months at once' },
      basis: cited(aBasis),
      thresholds: [t('creditGrade', '==', 'A')],
      effect: cap({ kinds: BOTH, maxSupplyMonths: L.supplyMonthsA }),
    },
    {
      id: 'ITA-033',
      category,
      title: { zh: 'B级纳税人一次最多领用两个月', en: 'Grade B: up to 2 months at once' },
      basis: cited(cite('creditB2014')),
      thresholds: [t('creditGrade', '==', 'B')],
      effect: cap(
        { kinds: BOTH, maxSupplyMonths: L.supplyMonthsB },
        { zh: '信用评为A级', en: 'Reach grade A' },
      ),
    },
    {
      id: 'ITA-034',
      category,
      title: { zh: 'M、C级纳税人按一个月用量供应', en: 'Grades M and C: one month’s supply' },
      basis: assumption(
        {
          zh: '无信用级别激励时，按首次领用规则供应一个月用量',
          en: 'The one-month base supply of the first-issue rule applies where no grade incentive does',
        },
        cite('innovation2014'),
      ),
      thresholds: [t('creditGrade', 'in', ['M', 'C'])],
      effect: cap(
        { kinds: BOTH, maxSupplyMonths: 1 },
        { zh: '信用评为B级以上', en: 'Reach grade B or better' },
      ),
    },
    {
      id: 'ITA-035',
      category,
      title: {
        zh: 'D级纳税人专票按辅导期按次限量（每次不超过25份）',
        en: 'Grade D: special invoices limited per issue under counselling rules (≤25 a time)',
      },
      // The 25 copies bind every D taxpayer; the 10万 cap only a small trading firm (ITA-024).
      basis: cited(dBasis, cite('counselling2010', '第八条第（二）项')),
      thresholds: [t('creditGrade', '==', 'D')],
      effect: restrict(
        { kinds: ['special'], maxPerIssue: L.counsellingPerIssue, maxSupplyMonths: 1 },
        repair,
      ),
    },
    {
      id: 'ITA-036',
      category,
      title: { zh: 'D级纳税人普票交（验）旧供新', en: 'Grade D: ordinary invoices only against used ones' },
      basis: cited(dBasis),
      thresholds: [t('creditGrade', '==', 'D')],
      effect: restrict({ kinds: ['ordinary'], exchangeOldForNew: true, maxSupplyMonths: 1 }, repair),
    },
    {
      id: 'ITA-037',
      category,
      title: {
        zh: 'M级及以下或按D级管理（非小型商贸）申请流转档限额转人工',
        en: 'Grade M or worse, or under D rules (not a small trading firm), routed tier: refer',
      },
      basis: assumption(
        {
          zh: '十万元以上档次仅对B级及以上纳税人自动核定；按D级管理的非小型商贸批发企业，专票限额“根据实际经营情况重新核定”，由人工进行',
          en: 'A 100k+ tier is automatic only with a B or better record; under D rules a firm other than a small trading one has its cap “re-determined from actual operations”, which an officer does',
        },
        cite('xiamenGuide'),
        cite('counselling2010', '第八条第（一）项'),
      ),
      // D rules reach a B-or-better firm through a D-linked legal representative (ITA-018) or
      // direct-D evasion (ITA-075); a small trading firm's cap is fixed at 10万 instead (ITA-024).
      when: (f) =>
        (f.reqSpecialTier > L.immediateMaxTier || f.reqOrdinaryTier > L.immediateMaxTier) &&
        !f.isNew &&
        (MCD.includes(f.creditGrade) ||
          (!f.smallTrading &&
            (f.legalRepLinkedD || (f.evasionFen >= L.evasionFen && f.evasionShareBp >= L.evasionShareBp)))),
      reads: [
        'reqSpecialTier',
        'reqOrdinaryTier',
        'isNew',
        'creditGrade',
        'smallTrading',
        'legalRepLinkedD',
        'evasionFen',
        'evasionShareBp',
      ],
      effect: refer('信用评为B级以上，或申请10万元及以下限额', 'Reach grade B, or ask for 100k or less'),
    },
    {
      id: 'ITA-038',
      category,
      title: { zh: '直接判D（严重失信）转人工', en: 'Directly rated D (serious breach): refer' },
      basis: cited(is2025 ? cite('credit2025', '第十八条') : cite('creditTrial2014', '第二十条')),
      thresholds: [t('directD', '==', true)],
      effect: refer('信用修复', 'Repair the credit record'),
    },
    {
      id: 'ITA-039',
      category,
      title: { zh: 'C、D级申请提高专票限额转人工', en: 'Grade C or D asking a higher special cap: refer' },
      basis: assumption({
        zh: '信用较差的纳税人提高限额，由人工审核',
        en: 'A cap increase for weak credit needs an officer',
      }),
      when: (f) =>
        (f.creditGrade === 'C' || f.creditGrade === 'D') &&
        f.reqSpecialTier > f.curSpecialTier &&
        f.curSpecialTier > 0,
      reads: ['creditGrade', 'reqSpecialTier', 'curSpecialTier'],
      effect: refer('维持现有限额或提升信用等级', 'Keep the current cap or improve the grade'),
    },
    {
      id: 'ITA-040',
      category,
      title: {
        zh: 'M级及以下专票用量不超过历史峰值',
        en: 'Grade M or worse: special quantity up to the peak month',
      },
      basis: assumption(
        {
          zh: '未达到B级的，按实际使用量供应',
          en: 'Without a B or better grade the supply follows proven usage',
        },
        cite('innovation2014'),
      ),
      when: (f) =>
        f.creditGrade !== 'A' &&
        f.creditGrade !== 'B' &&
        f.monthsOfHistory >= L.minHistoryMonths &&
        f.peakMonthlySpecial > 0 &&
        f.reqSpecialQty > f.peakMonthlySpecial &&
        f.reqSpecialTier > 0,
      reads: ['creditGrade', 'monthsOfHistory', 'reqSpecialQty', 'peakMonthlySpecial', 'reqSpecialTier'],
      effect: cap(
        { kinds: ['special'], peakPercent: 100 },
        { zh: '信用评为B级以上', en: 'Reach grade B or better' },
      ),
    },
    {
      id: 'ITA-041',
      category,
      title: { zh: 'D级普票严格限量', en: 'Grade D: ordinary quantity strictly limited' },
      basis: assumption(
        {
          zh: '“严格限量”没有公布的数量标准；按首次领用数量的一半',
          en: '“Strictly limited” has no published number; half the first-issue quantity',
        },
        dBasis,
      ),
      thresholds: [t('creditGrade', '==', 'D'), t('reqOrdinaryTier', '>', 0)],
      effect: restrict({ kinds: ['ordinary'], maxMonthlyQuantity: L.gradeDOrdinaryQuantity }, repair),
    },
    {
      id: 'ITA-042',
      category,
      title: { zh: 'C、D级高风险行业转人工', en: 'Grade C or D in an invoice-intensive industry: refer' },
      basis: assumption(
        {
          zh: '再生资源回收和批发是虚开发票的高发行业',
          en: 'Recycling and wholesale are the classic invoice-fraud trades',
        },
        cite('practitionerRisk'),
      ),
      thresholds: [t('creditGrade', 'in', CD), t('industry', 'in', ['recycling', 'wholesale'])],
      effect: refer('信用评为M级以上', 'Reach grade M or better'),
    },
    {
      id: 'ITA-043',
      category,
      title: { zh: 'C、D级专票月用量上限', en: 'Grades C and D: monthly special quantity cap' },
      basis: assumption({
        zh: '信用较差的，专用发票供应量维持在首次领用水平附近',
        en: 'Weak credit keeps the special-invoice supply near the first-issue level',
      }),
      thresholds: [t('creditGrade', 'in', CD), t('reqSpecialTier', '>', 0)],
      effect: cap({ kinds: ['special'], maxMonthlyQuantity: L.lowGradeSpecialQuantity }, repair),
    },
  ];
}
