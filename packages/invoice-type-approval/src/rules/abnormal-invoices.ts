import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, cap, refer, reject, t, tierAbove } from './spec';

/**
 * Abnormal invoices (异常凭证) issued and received: ITA-088 … ITA-096.
 * @example
 * abnormalInvoiceRules(lawAt('2025-03-03')).length // 9
 */
export function abnormalInvoiceRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'abnormal-invoices';
  const ann38 = cite('abnormalVouchers2019', '第一条');
  return [
    {
      id: 'ITA-088',
      category,
      title: {
        zh: '异常进项达标准（≥70%且>5万元）转人工',
        en: 'Abnormal input at the 70% and 50k test: refer',
      },
      basis: cited(
        cite('abnormalVouchers2019', '第二条', {
          zh: '其开具的专用发票列入异常凭证',
          en: 'its issued special invoices become abnormal vouchers',
        }),
      ),
      thresholds: [
        t('abnormalInputShareBp', '>=', L.abnormalInputShareBp),
        t('abnormalInputFen', '>', L.abnormalInputFen),
      ],
      effect: refer('核实异常进项并作进项转出', 'Verify the abnormal input and reverse it'),
    },
    {
      id: 'ITA-089',
      category,
      title: { zh: '近12个月开具过异常凭证转人工', en: 'Issued abnormal vouchers in 12 months: refer' },
      basis: assumption(
        {
          zh: '所开发票被列为异常凭证的销售方，由人工审核',
          en: 'A seller whose invoices became abnormal needs an officer',
        },
        ann38,
      ),
      thresholds: [t('abnormalIssued12m', '>=', 1)],
      effect: refer('异常凭证核实完毕', 'Have the abnormal vouchers verified'),
    },
    {
      id: 'ITA-090',
      category,
      title: { zh: '多次开具异常凭证不予核定', en: 'Many abnormal vouchers issued: rejected' },
      basis: assumption(
        {
          zh: `一年内开具异常凭证${L.abnormalIssuedReject}份以上，具有虚开发票企业特征`,
          en: `${L.abnormalIssuedReject} or more abnormal vouchers in a year mark an invoice mill`,
        },
        ann38,
      ),
      thresholds: [t('abnormalIssued12m', '>=', L.abnormalIssuedReject)],
      effect: reject('异常凭证全部处理完毕', 'Resolve every abnormal voucher'),
    },
    {
      id: 'ITA-091',
      category,
      title: { zh: '多次取得异常凭证转人工', en: 'Many abnormal vouchers received: refer' },
      basis: assumption(
        {
          zh: `一年内取得异常进项凭证${L.abnormalReceivedRefer}份以上，由人工审核`,
          en: `${L.abnormalReceivedRefer} or more abnormal input vouchers in a year need an officer`,
        },
        ann38,
      ),
      thresholds: [t('abnormalReceived12m', '>=', L.abnormalReceivedRefer)],
      effect: refer('说明进项来源', 'Explain the input sources'),
    },
    {
      id: 'ITA-092',
      category,
      title: { zh: '有未处理的异常凭证不予核定', en: 'Unresolved abnormal vouchers: rejected' },
      basis: assumption(
        {
          zh: '异常凭证未处理（未作进项转出、未申请核实）的，停止供应发票',
          en: 'Unresolved vouchers (no reversal, no verification request) block supply',
        },
        ann38,
      ),
      thresholds: [t('unresolvedAbnormal', '==', true)],
      effect: reject(
        '处理异常凭证（进项转出或申请核实）',
        'Resolve the abnormal vouchers (reverse or ask for verification)',
      ),
    },
    {
      id: 'ITA-093',
      category,
      title: {
        zh: '取得过异常凭证专票按一个月供应',
        en: 'Abnormal input received: one month of special invoices',
      },
      basis: assumption(
        { zh: '有异常进项的，专用发票供应量从紧', en: 'Any abnormal input keeps the special supply short' },
        ann38,
      ),
      thresholds: [t('abnormalReceived12m', '>=', 1), t('reqSpecialTier', '>', 0)],
      effect: cap({ kinds: ['special'], maxSupplyMonths: 1 }),
    },
    {
      id: 'ITA-094',
      category,
      title: {
        zh: '异常进项占比高但金额未达标准专票按月供应',
        en: 'High abnormal share below the amount test: monthly special supply',
      },
      basis: assumption(
        {
          zh: '仅满足2019年公告标准中的占比条件，作为预警',
          en: 'The share half of the 2019 test alone is a warning',
        },
        cite('abnormalVouchers2019', '第二条'),
      ),
      thresholds: [
        t('abnormalInputShareBp', '>=', L.abnormalInputShareBp),
        t('abnormalInputFen', '<=', L.abnormalInputFen),
        t('reqSpecialTier', '>', 0),
      ],
      effect: cap({ kinds: ['special'], maxSupplyMonths: 1 }),
    },
    {
      id: 'ITA-095',
      category,
      title: {
        zh: '开具过异常凭证申请提高专票限额不予核定',
        en: 'Abnormal vouchers issued and a higher special cap asked: rejected',
      },
      basis: assumption(
        {
          zh: '本年度所开发票被列为异常凭证的销售方，不提高最高开票限额',
          en: 'No higher cap for a seller whose invoices were abnormal this year',
        },
        ann38,
      ),
      when: (f) => f.abnormalIssued12m >= 1 && f.reqSpecialTier > f.curSpecialTier,
      reads: ['abnormalIssued12m', 'reqSpecialTier', 'curSpecialTier'],
      effect: reject('维持现有专票限额', 'Keep the current special cap'),
    },
    {
      id: 'ITA-096',
      category,
      title: {
        zh: '异常进项金额超标申请流转档限额转人工',
        en: 'Abnormal input above 50k, routed tier: refer',
      },
      basis: assumption(
        {
          zh: '仅满足2019年公告标准中的金额条件，较高限额档次转人工审核',
          en: 'The amount half of the 2019 test alone holds high tiers for an officer',
        },
        ann38,
      ),
      ...tierAbove(L.immediateMaxTier, [t('abnormalInputFen', '>', L.abnormalInputFen)]),
      effect: refer('申请10万元及以下限额', 'Ask for 100k or less'),
    },
  ];
}
