import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, BOTH, cap, refer, reject, restrict, t } from './spec';

/**
 * Violations and penalties in the last 12 and 24 months: ITA-064 … ITA-075. Every threshold is
 * "at least", so fewer violations never fire a stricter rule (monotonicity).
 * @example
 * violationRules(lawAt('2025-03-03')).length // 12
 */
export function violationRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'violations';
  const dBasis =
    L.regime === '2025' ? cite('credit2025', '第三十四条') : cite('creditTrial2014', '第三十二条');
  const circular80 = cite('innovation2014', undefined, {
    zh: '另据其引述的国税发〔2008〕80号第三条第三项：首次申领和一年内有违章的纳税人限量供应',
    en: 'and 国税发〔2008〕80号 第三条第三项 as quoted there: first applicants and those with a violation within a year are limited',
  });
  return [
    {
      id: 'ITA-064',
      category,
      title: { zh: '近12个月多次违章转人工', en: 'Repeated violations in 12 months: refer' },
      basis: assumption({
        zh: `一年内违法违章${L.violations12mRefer}次以上，由人工审核`,
        en: `${L.violations12mRefer} or more violations in a year need an officer`,
      }),
      thresholds: [t('violations12m', '>=', L.violations12mRefer)],
      effect: refer('违章次数减少后可自动审批', 'Automatic with fewer violations'),
    },
    {
      id: 'ITA-065',
      category,
      title: { zh: '近24个月多次违章转人工', en: 'Repeated violations in 24 months: refer' },
      basis: assumption({
        zh: `两年内违法违章${L.violations24mRefer}次以上，由人工审核`,
        en: `${L.violations24mRefer} or more violations in two years need an officer`,
      }),
      thresholds: [t('violations24m', '>=', L.violations24mRefer)],
      effect: refer('违章次数减少后可自动审批', 'Automatic with fewer violations'),
    },
    {
      id: 'ITA-066',
      category,
      title: { zh: '一年内有违章记录按一个月供应', en: 'Violation within a year: one month’s supply' },
      basis: assumption(
        {
          zh: '2008年通知对一年内有违章的纳税人限量供应；模型按一个月用量',
          en: 'The 2008 circular limits supply after a violation within a year; one month is the model',
        },
        circular80,
      ),
      thresholds: [t('violations12m', '>=', 1)],
      effect: cap({ kinds: BOTH, maxSupplyMonths: 1 }, { zh: '一年内无违章', en: 'No violation for a year' }),
    },
    {
      id: 'ITA-067',
      category,
      title: { zh: '发票违章普票交旧供新', en: 'Invoice violation: ordinary invoices against used ones' },
      basis: assumption(
        {
          zh: '有发票违章的，实行交（验）旧供新',
          en: 'After an invoice violation new copies are handed out against used ones',
        },
        circular80,
      ),
      thresholds: [t('invoiceViolations24m', '>=', 1)],
      effect: restrict(
        { kinds: ['ordinary'], exchangeOldForNew: true },
        { zh: '两年内无发票违章', en: 'No invoice violation for two years' },
      ),
    },
    {
      id: 'ITA-068',
      category,
      title: { zh: '多次发票违章转人工', en: 'Repeated invoice violations: refer' },
      basis: assumption({
        zh: `两年内发票违章${L.invoiceViolationsRefer}次以上，由人工审核`,
        en: `${L.invoiceViolationsRefer} or more invoice violations in two years need an officer`,
      }),
      thresholds: [t('invoiceViolations24m', '>=', L.invoiceViolationsRefer)],
      effect: refer('发票违章减少后可自动审批', 'Automatic with fewer invoice violations'),
    },
    {
      id: 'ITA-069',
      category,
      title: { zh: '近12个月罚款金额较大转人工', en: 'Material penalties in 12 months: refer' },
      basis: assumption({
        zh: '一年内罚款达到首次领用限额一半以上的，属于重大',
        en: 'Penalties of half the first-issue cap or more in a year are material',
      }),
      thresholds: [t('penalties12mFen', '>=', L.penalties12mRefer)],
      effect: refer('由税务人员审核', 'An officer reviews'),
    },
    {
      id: 'ITA-070',
      category,
      title: { zh: '近24个月罚款金额较大转人工', en: 'Material penalties in 24 months: refer' },
      basis: assumption({ zh: '两年内的重大罚款', en: 'Material penalties over two years' }),
      thresholds: [t('penalties24mFen', '>=', L.penalties24mRefer)],
      effect: refer('由税务人员审核', 'An officer reviews'),
    },
    {
      id: 'ITA-071',
      category,
      title: { zh: '罚款未缴清不予核定', en: 'Unpaid penalties: rejected' },
      basis: assumption({
        zh: '罚款未缴属于未纠正的违法行为；缴清后恢复供应',
        en: 'An unpaid penalty is an open breach; supply resumes when paid',
      }),
      thresholds: [t('unpaidPenalties', '==', true)],
      effect: reject('缴清罚款', 'Pay the penalties'),
    },
    {
      id: 'ITA-072',
      category,
      title: { zh: '丢失税控设备按一个月供应', en: 'Lost tax-control device: one month’s supply' },
      basis: assumption(
        {
          zh: '丢失税控设备是纳税信用扣分指标（1分）；供应从紧',
          en: 'Losing a device is a credit indicator (1 point); supply is kept short',
        },
        cite('creditTrial2014', undefined, {
          zh: '评价指标，2014年第48号公告',
          en: 'indicators, 2014年第48号',
        }),
      ),
      thresholds: [t('lostTaxDevice12m', '>=', 1)],
      effect: cap({ kinds: BOTH, maxSupplyMonths: 1 }),
    },
    {
      id: 'ITA-073',
      category,
      title: { zh: '损毁或擅自改动税控设备不予核定', en: 'Tampered tax-control device: rejected' },
      basis: assumption(
        {
          zh: '擅自改动税控设备是11分指标；设备恢复前不予供应',
          en: 'Tampering is an 11-point indicator; no supply until the device is restored',
        },
        cite('creditTrial2014', undefined, {
          zh: '评价指标，2014年第48号公告',
          en: 'indicators, 2014年第48号',
        }),
      ),
      thresholds: [t('taxDeviceTampering', '==', true)],
      effect: reject('恢复税控设备并接受处理', 'Restore the device and settle the case'),
    },
    {
      id: 'ITA-074',
      category,
      title: { zh: '近24个月有虚开发票记录不予核定', en: 'False invoicing in 24 months: rejected' },
      basis: cited(
        cite('creditTrial2014', '第二十条', {
          zh: '发票违法造成税款流失的，直接判为D级',
          en: 'invoice violations causing tax loss: direct D',
        }),
        cite('digitalCreditRules', undefined, {
          zh: '虚开属Ⅱ类风险指标',
          en: 'false invoicing (虚开) is a class Ⅱ marker',
        }),
      ),
      thresholds: [t('falseInvoicing24m', '==', true)],
      effect: reject('两年内无虚开记录', 'No false invoicing for two years'),
    },
    {
      id: 'ITA-075',
      category,
      title: { zh: '偷税达直接判D标准按D级限制', en: 'Evasion meeting the direct-D test: D restrictions' },
      basis: cited(
        cite('creditTrial2014', '第二十条', {
          zh: '偷税金额10万元以上且占应纳税额10%以上',
          en: 'evasion ≥100,000 yuan and ≥10% of tax due',
        }),
        dBasis,
      ),
      thresholds: [t('evasionFen', '>=', L.evasionFen), t('evasionShareBp', '>=', L.evasionShareBp)],
      effect: restrict(
        {
          kinds: ['special'],
          maxPerIssue: L.counsellingPerIssue,
          maxSupplyMonths: 1,
        },
        { zh: '信用修复', en: 'Repair the credit record' },
      ),
    },
  ];
}
