import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, BOTH, cap, refer, t } from './spec';

/**
 * Taxpayer type: new (首次申领), counselling period (辅导期), general or small-scale: ITA-020 … ITA-031.
 * @example
 * taxpayerTypeRules(lawAt('2025-03-03')).length // 12
 */
export function taxpayerTypeRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'taxpayer-type';
  const firstIssue = cite('newTaxpayerFirstIssue');
  const counselling = cite('counselling2010');
  return [
    {
      id: 'ITA-020',
      category,
      title: { zh: '新办纳税人专票首次核定上限', en: 'New taxpayer: first-issue cap on special invoices' },
      basis: cited(firstIssue),
      thresholds: [t('isNew', '==', true), t('reqSpecialTier', '>', 0)],
      effect: cap({
        kinds: ['special'],
        maxTier: L.newSpecialMaxTier,
        maxMonthlyQuantity: L.newSpecialQuantity,
      }),
    },
    {
      id: 'ITA-021',
      category,
      title: { zh: '新办纳税人普票首次核定上限', en: 'New taxpayer: first-issue cap on ordinary invoices' },
      basis: cited(firstIssue),
      thresholds: [t('isNew', '==', true), t('reqOrdinaryTier', '>', 0)],
      effect: cap({
        kinds: ['ordinary'],
        maxTier: L.newOrdinaryMaxTier,
        maxMonthlyQuantity: L.newOrdinaryQuantity,
      }),
    },
    {
      id: 'ITA-022',
      category,
      title: { zh: '首次领用按一个月用量供应', en: 'First supply: one month’s usage' },
      basis: cited(
        cite('innovation2014', undefined, {
          zh: '首次供应约一个月用量',
          en: 'first supply about one month’s usage',
        }),
      ),
      thresholds: [t('isNew', '==', true)],
      effect: cap({ kinds: BOTH, maxSupplyMonths: 1 }),
    },
    {
      id: 'ITA-023',
      category,
      title: { zh: '辅导期专票按次限量', en: 'Counselling period: special invoices limited per issue' },
      basis: cited(cite('counselling2010', '第八条第（二）项')),
      thresholds: [t('counselling', '==', true), t('reqSpecialTier', '>', 0)],
      effect: cap({ kinds: ['special'], maxPerIssue: L.counsellingPerIssue }),
    },
    {
      id: 'ITA-024',
      category,
      title: {
        zh: '辅导期或D级小型商贸批发企业专票限额不超过十万元',
        en: 'Small trading firm in counselling or under D rules: special cap ≤100k',
      },
      // 第八条第（一）项 binds 小型商贸批发企业 only; other taxpayers' caps are 根据实际经营情况重新核定,
      // which the engine leaves to an officer for tiers above 10万 (ITA-037 for D grades). D rules
      // reach a taxpayer by its grade, a D-linked legal representative (ITA-018) or direct-D evasion
      // (ITA-075): the same triggers as the D restrictions.
      basis: cited(
        cite('counselling2010', '第八条第（一）项'),
        L.regime === '2025' ? cite('credit2025', '第三十四条') : cite('creditTrial2014', '第三十二条'),
      ),
      when: (f) =>
        f.smallTrading &&
        f.reqSpecialTier > 0 &&
        (f.counselling ||
          f.creditGrade === 'D' ||
          f.legalRepLinkedD ||
          (f.evasionFen >= L.evasionFen && f.evasionShareBp >= L.evasionShareBp)),
      reads: [
        'smallTrading',
        'reqSpecialTier',
        'counselling',
        'creditGrade',
        'legalRepLinkedD',
        'evasionFen',
        'evasionShareBp',
      ],
      effect: cap({ kinds: ['special'], maxTier: L.counsellingMaxTier }),
    },
    {
      id: 'ITA-025',
      category,
      title: { zh: '辅导期按次供应', en: 'Counselling period: one month’s supply' },
      basis: cited(counselling),
      thresholds: [t('counselling', '==', true)],
      effect: cap(
        { kinds: BOTH, maxSupplyMonths: 1 },
        { zh: '辅导期结束后解除', en: 'Lifted when the counselling period ends' },
      ),
    },
    {
      id: 'ITA-026',
      category,
      title: {
        zh: '小规模纳税人申请百万元以上专票限额转人工',
        en: 'Small-scale taxpayer, special cap of 1m or more: refer',
      },
      basis: assumption({
        zh: '小规模纳税人销售额本身有上限；申请百万元专用发票限额由人工审核',
        en: 'Small-scale sales are capped by definition; a 1m special-invoice cap needs an officer',
      }),
      thresholds: [
        t('taxpayerType', '==', 'small-scale'),
        t('isNew', '==', false),
        t('reqSpecialTier', '>', L.immediateMaxTier),
      ],
      effect: refer('申请10万元及以下专票限额', 'Ask for a special cap of 100k or less'),
    },
    {
      id: 'ITA-027',
      category,
      title: {
        zh: '小规模纳税人申请千万元普票限额转人工',
        en: 'Small-scale taxpayer, ordinary cap of 10m: refer',
      },
      basis: assumption({
        zh: '千万元普通发票限额与小规模纳税人的经营规模不相称',
        en: 'A 10m ordinary-invoice cap is out of scale for a small-scale taxpayer',
      }),
      thresholds: [
        t('taxpayerType', '==', 'small-scale'),
        t('isNew', '==', false),
        t('reqOrdinaryTier', '>=', 4),
      ],
      effect: refer('申请较低普票限额', 'Ask for a lower ordinary cap'),
    },
    {
      id: 'ITA-028',
      category,
      title: {
        zh: '小规模纳税人专票月用量上限',
        en: 'Small-scale taxpayer: monthly special-invoice quantity cap',
      },
      basis: assumption({
        zh: '小规模纳税人开具专用发票较少，以首次领用数量为上限',
        en: 'Small-scale taxpayers issue few special invoices; the first-issue quantity bounds them',
      }),
      thresholds: [t('taxpayerType', '==', 'small-scale'), t('reqSpecialTier', '>', 0)],
      effect: cap(
        { kinds: ['special'], maxMonthlyQuantity: L.smallScaleSpecialQuantity },
        { zh: '登记为一般纳税人', en: 'Register as a general taxpayer' },
      ),
    },
    {
      id: 'ITA-029',
      category,
      title: {
        zh: '新办小型商贸批发企业按辅导期管理',
        en: 'New small trading firm: counselling-period limits',
      },
      basis: cited(counselling),
      thresholds: [t('isNew', '==', true), t('smallTrading', '==', true), t('reqSpecialTier', '>', 0)],
      effect: cap({ kinds: ['special'], maxTier: L.counsellingMaxTier, maxPerIssue: L.counsellingPerIssue }),
    },
    {
      id: 'ITA-030',
      category,
      title: {
        zh: '首次申请专票即申请流转档限额转人工',
        en: 'First special-invoice approval at a routed tier: refer',
      },
      basis: assumption(
        {
          zh: '存量企业首次核定十万元以上专用发票限额，缺乏使用记录支撑',
          en: 'An existing firm’s first special-invoice approval above 100k has no usage record behind it',
        },
        cite('xiamenGuide'),
      ),
      thresholds: [
        t('isNew', '==', false),
        t('curSpecialTier', '==', 0),
        t('reqSpecialTier', '>', L.immediateMaxTier),
      ],
      effect: refer('先申请10万元及以下专票限额', 'Start with a special cap of 100k or less'),
    },
    {
      id: 'ITA-031',
      category,
      title: { zh: '新办企业无从业人员转人工', en: 'New firm without staff: refer' },
      basis: assumption(
        {
          zh: '无工资发放（未代扣个人所得税、未缴社保）属Ⅱ类风险指标',
          en: 'No payroll (no PIT or social-insurance withholding) is a class Ⅱ risk marker',
        },
        cite('digitalCreditRules'),
      ),
      thresholds: [t('isNew', '==', true), t('staff', '==', 0)],
      effect: refer('办理员工个税及社保登记', 'Register staff for IIT withholding and social insurance'),
    },
  ];
}
