import { assumption, cited } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite, citeInvoiceMeasures } from '../sources';
import { type ApprovalRuleSpec, refer, reject, restrict, t } from './spec';

/**
 * Real-name verification of the legal representative and the tax officer, and the people's links
 * to risky firms: ITA-010 … ITA-019.
 * @example
 * realNameRules(lawAt('2025-03-03')).length // 10
 */
export function realNameRules(L: LawValues): ApprovalRuleSpec[] {
  const category = 'real-name';
  const firstIssue = cite('newTaxpayerFirstIssue', undefined, {
    zh: '前提：办税人员和法定代表人已完成实名验证',
    en: 'precondition: tax officer and legal representative real-name verified',
  });
  const dBasis =
    L.regime === '2025' ? cite('credit2025', '第三十四条') : cite('creditTrial2014', '第三十二条');
  return [
    {
      id: 'ITA-010',
      category,
      title: {
        zh: '法定代表人未实名认证不予核定',
        en: 'Legal representative not real-name verified: rejected',
      },
      basis: cited(firstIssue),
      thresholds: [t('legalRepVerified', '==', false)],
      effect: reject(
        '法定代表人完成实名信息采集和验证',
        'Have the legal representative complete real-name verification',
      ),
    },
    {
      id: 'ITA-011',
      category,
      title: { zh: '办税人员未实名认证不予核定', en: 'Tax officer not real-name verified: rejected' },
      basis: cited(firstIssue),
      thresholds: [t('taxOfficerVerified', '==', false)],
      effect: reject(
        '办税人员完成实名信息采集和验证',
        'Have the tax officer complete real-name verification',
      ),
    },
    {
      id: 'ITA-012',
      category,
      title: {
        zh: '小规模纳税人财务负责人未实名转人工',
        en: 'Small-scale, finance head not verified: refer',
      },
      basis: cited(
        cite('innovation2014', undefined, {
          zh: '可要求法定代表人或财务负责人到场',
          en: 'legal representative or finance head may be required in person',
        }),
      ),
      thresholds: [t('taxpayerType', '==', 'small-scale'), t('financeHeadVerified', '==', false)],
      effect: refer('财务负责人完成实名认证', 'Have the finance head complete real-name verification'),
    },
    {
      id: 'ITA-013',
      category,
      title: { zh: '身份核验不一致转人工', en: 'Identity check failed: refer' },
      basis: assumption(
        {
          zh: '申请时人脸识别或身份核验未通过的，由人工核实申请人身份',
          en: 'A failed face or identity check at application needs an officer to confirm who applies',
        },
        citeInvoiceMeasures(L.date, '第二十六条', {
          zh: '配合身份验证的义务',
          en: 'identity verification duty',
        }),
      ),
      thresholds: [t('identityMismatch', '==', true)],
      effect: refer('重新完成身份核验', 'Pass the identity check again'),
    },
    {
      id: 'ITA-014',
      category,
      title: { zh: '法定代表人名下企业过多转人工', en: 'Legal representative of many firms: refer' },
      basis: assumption(
        {
          zh: `法定代表人担任${L.manyFirmsLegalRep}户以上企业的，具有空壳企业特征`,
          en: `A legal representative of ${L.manyFirmsLegalRep} or more firms is a shell-firm marker`,
        },
        cite('practitionerRisk'),
      ),
      thresholds: [t('legalRepOtherFirms', '>=', L.manyFirmsLegalRep)],
      effect: refer('说明关联企业经营情况', 'Explain the related firms'),
    },
    {
      id: 'ITA-015',
      category,
      title: { zh: '办税人员代办企业过多转人工', en: 'Tax officer acting for many firms: refer' },
      basis: assumption(
        {
          zh: `办税人员为${L.manyFirmsOfficer}户以上企业办税的，具有发票中介特征`,
          en: `A tax officer acting for ${L.manyFirmsOfficer} or more firms is a marker of invoice brokers`,
        },
        cite('practitionerRisk'),
      ),
      thresholds: [t('taxOfficerOtherFirms', '>=', L.manyFirmsOfficer)],
      effect: refer('更换或说明办税人员', 'Change or explain the tax officer'),
    },
    {
      id: 'ITA-016',
      category,
      title: {
        zh: '法定代表人关联非正常户转人工',
        en: 'Legal representative linked to a non-normal firm: refer',
      },
      basis: cited(
        L.regime === '2025'
          ? cite('credit2025', '第十八条', {
              zh: '同一负责人在非正常户事件后新设的企业',
              en: 'firm set up after a 非正常 event by the same responsible person',
            })
          : cite('creditTrial2014', '第二十条', {
              zh: '由D级企业负责人经营的企业',
              en: 'firm run by the responsible person of a D firm',
            }),
      ),
      thresholds: [t('legalRepLinkedAbnormal', '==', true)],
      effect: refer('关联非正常户解除后可自动审批', 'Automatic once the linked firm’s status is lifted'),
    },
    {
      id: 'ITA-017',
      category,
      title: {
        zh: '法定代表人关联走逃企业转人工',
        en: 'Legal representative linked to an absconded firm: refer',
      },
      basis: cited(cite('abscondingFirms2016'), cite('credit2025', '第十八条')),
      thresholds: [t('legalRepLinkedAbsconded', '==', true)],
      effect: refer('由税务人员核实关联关系', 'An officer verifies the link'),
    },
    {
      id: 'ITA-018',
      category,
      title: {
        zh: '法定代表人关联D级企业按D级限制',
        en: 'Legal representative linked to a D firm: D restrictions',
      },
      basis: cited(
        L.regime === '2025' ? cite('credit2025', '第十八条') : cite('creditTrial2014', '第二十条'),
        dBasis,
      ),
      thresholds: [t('legalRepLinkedD', '==', true)],
      effect: restrict(
        { kinds: ['special'], maxPerIssue: L.counsellingPerIssue },
        { zh: '关联D级企业信用修复后解除', en: 'Lifted when the linked firm’s credit is repaired' },
      ),
    },
    {
      id: 'ITA-019',
      category,
      title: {
        zh: '新办企业法定代表人为省外人员转人工',
        en: 'New firm with an out-of-province legal representative: refer',
      },
      basis: assumption(
        {
          zh: '新办企业法定代表人为外地人员，属实务风险指标',
          en: 'Out-of-area legal representatives of new firms are a practitioner risk marker',
        },
        cite('practitionerRisk'),
      ),
      thresholds: [t('isNew', '==', true), t('legalRepOutOfProvince', '==', true)],
      effect: refer('法定代表人现场或视频核验', 'Legal representative verified in person or by video'),
    },
  ];
}
