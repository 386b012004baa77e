import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, BOTH, cap, refer, reject, t, tierAbove } from './spec';

const MEDIUM_UP = ['medium', 'high'];

/**
 * Risk level (Ⅰ–Ⅳ) and risk lists: ITA-044 … ITA-055.
 * @example
 * riskRules(lawAt('2025-03-03')).length // 12
 */
export function riskRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'risk';
  const classes = cite('digitalCreditRules');
  const p = cite('practitionerRisk');
  return [
    {
      id: 'ITA-044',
      category,
      title: { zh: '高风险纳税人转人工', en: 'High-risk taxpayer: refer' },
      basis: assumption(
        {
          zh: 'Ⅰ类（高）风险在额度规则中仅给予象征性额度，由人工决定',
          en: 'Class Ⅰ (high) risk gets a token limit in the credit rules; an officer decides',
        },
        classes,
      ),
      thresholds: [t('riskLevel', '==', 'high')],
      effect: refer('完成风险应对、降低风险等级', 'Clear the risk response and lower the risk level'),
    },
    {
      id: 'ITA-045',
      category,
      title: { zh: '中风险申请流转档限额转人工', en: 'Medium risk, routed tier: refer' },
      basis: assumption(
        {
          zh: 'Ⅱ类（中）风险的高档次限额由人工审核',
          en: 'Class Ⅱ (medium) risk keeps high tiers for an officer',
        },
        classes,
      ),
      ...tierAbove(L.immediateMaxTier, [t('riskLevel', 'in', MEDIUM_UP)]),
      effect: refer('申请10万元及以下限额', 'Ask for 100k or less'),
    },
    {
      id: 'ITA-046',
      category,
      title: { zh: '中高风险按一个月用量供应', en: 'Medium or high risk: one month’s supply' },
      basis: cited(
        cite('innovation2014', undefined, {
          zh: '低风险、信用好的纳税人方可超过一个月用量',
          en: 'more than one month only for low-risk, good-credit taxpayers',
        }),
      ),
      thresholds: [t('riskLevel', 'in', MEDIUM_UP)],
      effect: cap({ kinds: BOTH, maxSupplyMonths: 1 }, { zh: '降低风险等级', en: 'Lower the risk level' }),
    },
    {
      id: 'ITA-047',
      category,
      title: { zh: '发票风险纳税人不予核定', en: 'On the invoice-risk list: rejected' },
      basis: assumption(
        {
          zh: '发票风险纳税人属Ⅰ类，风险解除前停止供应',
          en: 'An invoice-risk taxpayer is class Ⅰ: supply stops until the risk is cleared',
        },
        classes,
      ),
      thresholds: [t('invoiceRiskList', '==', true)],
      effect: reject('解除发票风险纳税人标记', 'Get off the invoice-risk list'),
    },
    {
      id: 'ITA-048',
      category,
      title: { zh: '列入经营异常名录停供发票', en: 'On the abnormal-operations list: supply stopped' },
      basis: cited(
        cite('innovation2014', undefined, {
          zh: '对列入企业异常名录的纳税人停止供应发票',
          en: 'taxpayers on the abnormal-enterprise list get no invoices',
        }),
      ),
      thresholds: [t('abnormalOperationsList', '==', true)],
      effect: reject('移出经营异常名录', 'Get off the abnormal-operations list'),
    },
    {
      id: 'ITA-049',
      category,
      title: { zh: '重大税收违法失信主体转人工', en: 'Major tax-violation list: refer' },
      basis: cited(
        cite('credit2025', '第十八条', { zh: '直接判为D级', en: 'a direct D' }),
        cite('creditTrial2014', '第二十条'),
      ),
      thresholds: [t('majorViolationList', '==', true)],
      effect: refer('移出重大税收违法失信主体名单', 'Get off the major-violation list'),
    },
    {
      id: 'ITA-050',
      category,
      title: { zh: '红色预警转人工', en: 'Red alert: refer' },
      basis: assumption(
        {
          zh: '红色应对级别（阻断并通知）是否为官方规定未经核实，由人工决定',
          en: 'Red response tier (block and notify) is unconfirmed as official; an officer decides',
        },
        p,
      ),
      thresholds: [t('redAlert', '==', true)],
      effect: refer('完成预警核实', 'Clear the alert'),
    },
    {
      id: 'ITA-051',
      category,
      title: { zh: '黄色预警申请流转档限额转人工', en: 'Yellow alert, routed tier: refer' },
      basis: assumption(
        {
          zh: '黄色级别需重新核验；高档次限额待核验后办理',
          en: 'Yellow tier means re-verification; high tiers wait for it',
        },
        p,
      ),
      ...tierAbove(L.immediateMaxTier, [t('yellowAlert', '==', true)]),
      effect: refer('完成预警核实', 'Clear the alert'),
    },
    {
      id: 'ITA-052',
      category,
      title: { zh: '多户共用开票IP转人工', en: 'IP address shared by several firms: refer' },
      basis: assumption(
        {
          zh: '共用IP地址是实务中虚开团伙的风险指标',
          en: 'Shared IPs are a practitioner marker of invoice rings',
        },
        p,
      ),
      thresholds: [t('sharedIpFirms', '>=', L.sharedIpFirms)],
      effect: refer('说明共用网络情况', 'Explain the shared network'),
    },
    {
      id: 'ITA-053',
      category,
      title: { zh: '多户共用联系电话转人工', en: 'Phone shared by several firms: refer' },
      basis: assumption(
        {
          zh: '共用联系方式是实务中虚开团伙的风险指标',
          en: 'Shared contacts are a practitioner marker of invoice rings',
        },
        p,
      ),
      thresholds: [t('sharedPhoneFirms', '>=', L.sharedPhoneFirms)],
      effect: refer('更新联系方式', 'Update the contact details'),
    },
    {
      id: 'ITA-054',
      category,
      title: { zh: '中高风险新办纳税人转人工', en: 'New taxpayer at medium or high risk: refer' },
      basis: cited(
        cite('newTaxpayerFirstIssue', undefined, {
          zh: '各省按风险程度确定首次领用标准',
          en: 'provinces set first-issue standards by risk',
        }),
      ),
      thresholds: [t('isNew', '==', true), t('riskLevel', 'in', MEDIUM_UP)],
      effect: refer('由税务人员按风险程度核定', 'An officer sets the first issue by risk'),
    },
    {
      id: 'ITA-055',
      category,
      title: { zh: '一次领用不超过三个月用量', en: 'At most three months’ supply at once' },
      basis: cited(
        cite('innovation2014', undefined, {
          zh: '省局未规定上限的，最多三个月用量',
          en: 'at most three months where the province sets no maximum',
        }),
      ),
      thresholds: [t('reqSupplyMonths', '>', L.maxSupplyMonths)],
      effect: cap({ kinds: BOTH, maxSupplyMonths: L.maxSupplyMonths }),
    },
  ];
}
