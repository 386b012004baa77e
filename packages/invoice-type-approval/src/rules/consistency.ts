import { assumption, cited } from '@gd-ftz/core';
import { administrativeLicensing } from '@gd-ftz/statutes';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, notApplicable, refer, reject, t } from './spec';

/**
 * Consistency checks of the application itself: ITA-122 … ITA-131.
 * @example
 * consistencyRules(lawAt('2025-03-03')).length // 10
 */
export function consistencyRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'consistency';
  const licensing = administrativeLicensing.articles.art32item4;
  return [
    {
      id: 'ITA-122',
      category,
      title: { zh: '未申请任何票种不予受理', en: 'No invoice kind requested: rejected' },
      basis: assumption({
        zh: '未申请任何票种，无可核定事项',
        en: 'An application without a kind has nothing to decide',
      }),
      thresholds: [t('reqSpecialTier', '==', 0), t('reqOrdinaryTier', '==', 0)],
      effect: reject('选择申请的票种', 'Choose the kinds to apply for'),
    },
    {
      id: 'ITA-123',
      category,
      title: { zh: '代理人未获授权不予受理', en: 'Agent without authorisation: rejected' },
      basis: assumption({
        zh: '代理人须经纳税人授权方可办理',
        en: 'An agent acts only under the taxpayer’s authorisation',
      }),
      thresholds: [t('byAgent', '==', true), t('agentAuthorised', '==', false)],
      effect: reject('上传授权委托书', 'Upload the power of attorney'),
    },
    {
      id: 'ITA-124',
      category,
      title: { zh: '申请材料不齐全不予受理', en: 'Incomplete materials: rejected' },
      basis: assumption(
        { zh: '材料不齐全的，退回补正', en: 'Incomplete materials are returned for completion (补正)' },
        licensing,
      ),
      thresholds: [t('materialsComplete', '==', false)],
      effect: reject('补正申请材料', 'Complete the materials'),
    },
    {
      id: 'ITA-125',
      category,
      title: { zh: '存在在办申请不予重复受理', en: 'Another application pending: rejected' },
      basis: assumption({
        zh: '每户纳税人同时只受理一件申请，避免决定冲突',
        en: 'One pending application per taxpayer avoids conflicting decisions',
      }),
      thresholds: [t('pendingApplication', '==', true)],
      effect: reject('等待在办申请办结', 'Wait for the pending application'),
    },
    {
      id: 'ITA-126',
      category,
      title: { zh: '数电发票纳税人无需票种核定', en: 'Fully digital e-invoice taxpayer: no approval needed' },
      basis: cited(cite('gdDigitalInvoicePilot')),
      thresholds: [t('digitalInvoicing', '==', true)],
      // Not a refusal: a 数电 taxpayer has no 票种核定 at all (it invoices within a total amount), so
      // the procedure does not apply; "reject" would report a refusal that never happens.
      effect: notApplicable('通过数电发票总额度开票', 'Invoice within the digital-invoice total amount'),
    },
    {
      id: 'ITA-127',
      category,
      title: { zh: '申报销售额与登记数据差异较大转人工', en: 'Declared sales far from the record: refer' },
      basis: assumption({
        zh: '申报数与登记数相差30%以上的，需作出说明',
        en: 'A declared figure 30% off the record needs an explanation',
      }),
      thresholds: [t('declaredSalesGapBp', '>', L.declaredSalesGap)],
      effect: refer('按申报数据填写销售额', 'Enter the filed sales'),
    },
    {
      id: 'ITA-128',
      category,
      title: {
        zh: '小规模纳税人标记为辅导期转人工',
        en: 'Small-scale taxpayer marked as counselling: refer',
      },
      basis: cited(
        cite('counselling2010', undefined, {
          zh: '辅导期仅适用于增值税一般纳税人',
          en: 'the counselling period applies to general taxpayers only',
        }),
      ),
      thresholds: [t('taxpayerType', '==', 'small-scale'), t('counselling', '==', true)],
      effect: refer('更正纳税人类型', 'Correct the taxpayer type'),
    },
    {
      id: 'ITA-129',
      category,
      title: { zh: '首次申领但已有核定限额转人工', en: 'First application but an approval exists: refer' },
      basis: assumption({
        zh: '首次申请不应有在用核定；记录需更正',
        en: 'A first application cannot have a current approval; the record needs correcting',
      }),
      when: (f) => f.isNew && (f.curSpecialTier > 0 || f.curOrdinaryTier > 0),
      reads: ['isNew', 'curSpecialTier', 'curOrdinaryTier'],
      effect: refer('更正申请类型', 'Correct the application type'),
    },
    {
      id: 'ITA-130',
      category,
      title: { zh: '用票记录长于登记时长转人工', en: 'Usage history longer than the registration: refer' },
      basis: assumption({
        zh: '历史数据不应早于登记日期；记录需更正',
        en: 'History cannot predate the registration; the record needs correcting',
      }),
      when: (f) => f.monthsOfHistory > f.monthsRegistered + 1,
      reads: ['monthsOfHistory', 'monthsRegistered'],
      effect: refer('更正用票记录', 'Correct the usage record'),
    },
    {
      id: 'ITA-131',
      category,
      title: { zh: '申请份数异常偏大转人工', en: 'Unusually large quantity: refer' },
      basis: assumption({
        zh: `每月申请超过${L.saneMonthlyQuantity}份的，人工审核`,
        en: `More than ${L.saneMonthlyQuantity} copies a month is reviewed`,
      }),
      match: 'any',
      thresholds: [
        t('reqSpecialQty', '>', L.saneMonthlyQuantity),
        t('reqOrdinaryQty', '>', L.saneMonthlyQuantity),
      ],
      effect: refer('按实际需要申请份数', 'Ask for the copies you need'),
    },
  ];
}
