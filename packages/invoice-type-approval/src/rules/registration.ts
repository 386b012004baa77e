import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, BOTH, cap, refer, reject, t, tierAbove } from './spec';

/**
 * Registration status (正常 / 非正常 / 注销中 / 停业) and registration facts: ITA-001 … ITA-009.
 * @example
 * registrationRules(lawAt('2025-03-03')).length // 9
 */
export function registrationRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'registration';
  return [
    {
      id: 'ITA-001',
      category,
      title: { zh: '非正常户不予核定发票', en: 'Non-normal (非正常户) taxpayer: rejected' },
      basis: assumption(
        {
          zh: '非正常户不予供应：该状态直接判为D级，且属Ⅰ类（高）风险',
          en: 'No supply to a 非正常户: the status is a direct D and the class Ⅰ (high) risk marker',
        },
        cite('creditTrial2014', '第二十条'),
        cite('digitalCreditRules'),
      ),
      thresholds: [t('regStatus', '==', 'abnormal')],
      effect: reject(
        '解除非正常户状态（补办申报、缴清税款和罚款）',
        'Lift the non-normal status (file, pay taxes and fines)',
      ),
    },
    {
      id: 'ITA-002',
      category,
      title: { zh: '注销中纳税人不予核定发票', en: 'Taxpayer being deregistered: rejected' },
      basis: assumption(
        {
          zh: '注销中的纳税人应当缴销发票，故不予供应',
          en: 'A taxpayer in deregistration must surrender its invoices, so none are supplied',
        },
        cite('taxCollectionRules', '第十六条', { zh: '条文号未经核实', en: 'article number not verified' }),
      ),
      thresholds: [t('regStatus', '==', 'deregistering')],
      effect: reject('撤回注销申请后再申请', 'Withdraw the deregistration first'),
    },
    {
      id: 'ITA-003',
      category,
      title: { zh: '停业期间不予核定发票', en: 'Suspended business: rejected' },
      basis: assumption(
        {
          zh: '停业期间由税务机关收存其发票',
          en: 'During a declared suspension the office holds the taxpayer’s invoices',
        },
        cite('registrationMeasures', '第二十条', {
          zh: '办理停业登记时，税务机关收回税务登记证、发票领购簿和发票（不便收回的当场封存）；复业登记后方启用（第二十三条）',
          en: 'on suspension the office takes back the registration certificate, the invoice book and the invoices (or seals them); they are used again after resumption is registered (第二十三条)',
        }),
      ),
      thresholds: [t('regStatus', '==', 'suspended')],
      effect: reject('办理复业登记', 'Register the resumption of business'),
    },
    {
      id: 'ITA-004',
      category,
      title: { zh: '走逃（失联）企业不予核定', en: 'Absconded (走逃失联) firm: rejected' },
      basis: cited(
        cite('abscondingFirms2016'),
        cite('credit2025', '第十八条', { zh: '走逃（失联）直接判为D级', en: '走逃（失联） is a direct D' }),
      ),
      thresholds: [t('absconded', '==', true)],
      effect: reject('恢复联系并接受核查', 'Restore contact and pass the check'),
    },
    {
      id: 'ITA-005',
      category,
      title: { zh: '营业执照被吊销不予核定', en: 'Business licence revoked: rejected' },
      basis: assumption({
        zh: '无有效营业执照即无合法经营，不应开具发票',
        en: 'Without a valid business licence there is no lawful business to invoice',
      }),
      thresholds: [t('licenceRevoked', '==', true)],
      effect: reject('恢复营业执照', 'Restore the business licence'),
    },
    {
      id: 'ITA-006',
      category,
      title: { zh: '非正常户解除未满期限转人工', en: 'Non-normal status lifted recently: refer' },
      basis: assumption(
        {
          zh: `非正常户解除不满${L.recentlyLiftedMonths}个月的，仍属Ⅰ类风险，由人工核实`,
          en: `A status lifted less than ${L.recentlyLiftedMonths} months ago is still a class Ⅰ risk marker; an officer checks`,
        },
        cite('digitalCreditRules'),
      ),
      thresholds: [t('monthsSinceAbnormalLifted', '<', L.recentlyLiftedMonths)],
      effect: refer(
        `非正常户解除满${L.recentlyLiftedMonths}个月后可自动审批`,
        `Automatic after ${L.recentlyLiftedMonths} months since lifting`,
      ),
    },
    {
      id: 'ITA-007',
      category,
      title: { zh: '登记地址无法核实转人工', en: 'Registered address unverified: refer' },
      basis: assumption(
        {
          zh: '登记地址查无下落是认定非正常户的前兆；税务机关根据需要实地核查',
          en: 'An unverifiable address (查无下落) precedes 非正常 status; the office checks on site as needed',
        },
        cite('licenceAuthority2013'),
      ),
      thresholds: [t('addressVerified', '==', false)],
      effect: refer('完成登记地址核实', 'Have the registered address verified'),
    },
    {
      id: 'ITA-008',
      category,
      title: {
        zh: '登记未满期限申请流转档限额转人工',
        en: 'Recently registered, high tier requested: refer',
      },
      basis: assumption(
        {
          zh: `登记不满${L.youngFirmMonths}个月的企业没有记录支撑即办档次以上的限额`,
          en: `A firm registered under ${L.youngFirmMonths} months has no record to support a tier above the immediate route`,
        },
        cite('xiamenGuide'),
      ),
      ...tierAbove(L.immediateMaxTier, [
        t('monthsRegistered', '<', L.youngFirmMonths),
        t('isNew', '==', false),
      ]),
      effect: refer(
        '申请10万元及以下限额，或经营满期限后再申请',
        'Ask for 100k or less, or apply after the minimum period',
      ),
    },
    {
      id: 'ITA-009',
      category,
      title: { zh: '临时税务登记按月供应', en: 'Temporary registration: one month’s supply' },
      basis: assumption({
        zh: '临时税务登记有期限，按月供应',
        en: 'A temporary registration (临时税务登记) is time-limited; supply is kept to one month',
      }),
      thresholds: [t('temporaryRegistration', '==', true)],
      effect: cap(
        { kinds: BOTH, maxSupplyMonths: 1 },
        { zh: '办理正式税务登记', en: 'Complete a full tax registration' },
      ),
    },
  ];
}
