import { assumption } from '@gd-ftz/core';
import type { LawValues } from '../law-values';
import { cite } from '../sources';
import { type ApprovalRuleSpec, refer, reject, t } from './spec';

/**
 * Open cases (稽查, 风险应对, 移送公安, pending penalties): ITA-056 … ITA-063.
 * @example
 * casesRules(lawAt('2025-03-03')).length // 8
 */
export function casesRules(_L: LawValues): ApprovalRuleSpec[] {
  const category = 'cases';
  return [
    {
      id: 'ITA-056',
      category,
      title: { zh: '稽查立案未结转人工', en: 'Open tax inspection: refer' },
      basis: assumption({
        zh: '稽查未结可能改变规则所依据的事实，由人工决定',
        en: 'An open inspection may change the facts the rules read; an officer decides',
      }),
      thresholds: [t('openInspection', '==', true)],
      effect: refer('稽查结案后可自动审批', 'Automatic once the inspection closes'),
    },
    {
      id: 'ITA-057',
      category,
      title: { zh: '风险应对任务未完成转人工', en: 'Open risk-response task: refer' },
      basis: assumption({
        zh: '风险应对未完成，表明税务机关自身对纳税人存有疑点',
        en: 'A pending risk response is the office’s own doubt about the taxpayer',
      }),
      thresholds: [t('openRiskResponse', '==', true)],
      effect: refer('完成风险应对', 'Complete the risk response'),
    },
    {
      id: 'ITA-058',
      category,
      title: { zh: '移送公安机关期间不予核定', en: 'Referred to the police: rejected' },
      basis: assumption(
        {
          zh: '移送公安机关在2025年办法中直接判为D级；其间不增加供应',
          en: 'A police referral is a direct D in the 2025 measures; supply is not extended meanwhile',
        },
        cite('credit2025', '第十八条'),
      ),
      thresholds: [t('policeReferral', '==', true)],
      effect: reject('移送案件办结后再申请', 'Apply again when the referred case is closed'),
    },
    {
      id: 'ITA-059',
      category,
      title: { zh: '处罚决定待作出转人工', en: 'Penalty decision pending: refer' },
      basis: assumption({
        zh: '待作出的处罚将改变违法违章记录',
        en: 'A pending penalty will change the violation record',
      }),
      thresholds: [t('pendingPenalty', '==', true)],
      effect: refer('处罚决定作出并履行后可自动审批', 'Automatic once the penalty is decided and paid'),
    },
    {
      id: 'ITA-060',
      category,
      title: { zh: '逾期未改正转人工', en: 'Order to rectify overdue: refer' },
      basis: assumption(
        {
          zh: '逾期未按责令限期改正，属于未纠正的违法行为',
          en: 'An overdue order to rectify (责令限期改正) is an open breach',
        },
        cite('taxCollection', '第六十条', { zh: '条文号未经核实', en: 'article number not verified' }),
      ),
      thresholds: [t('rectificationOverdue', '==', true)],
      effect: refer('按期完成改正', 'Complete the rectification'),
    },
    {
      id: 'ITA-061',
      category,
      title: { zh: '涉税行政复议未结转人工', en: 'Pending administrative review: refer' },
      basis: assumption({
        zh: '涉税行政复议未结，相关记录尚未确定',
        en: 'A pending review of a tax decision leaves the record unsettled',
      }),
      thresholds: [t('administrativeReview', '==', true)],
      effect: refer('复议结案后可自动审批', 'Automatic once the review closes'),
    },
    {
      id: 'ITA-062',
      category,
      title: {
        zh: '稽查中且有未处理异常凭证不予核定',
        en: 'Inspection with unresolved abnormal vouchers: rejected',
      },
      basis: assumption(
        {
          zh: '稽查中且有未处理的异常凭证，符合虚开特征',
          en: 'Inspection plus unresolved abnormal vouchers is the 虚开 pattern',
        },
        cite('abnormalVouchers2019'),
      ),
      thresholds: [t('openInspection', '==', true), t('unresolvedAbnormal', '==', true)],
      effect: reject('处理异常凭证并结案', 'Resolve the abnormal vouchers and close the case'),
    },
    {
      id: 'ITA-063',
      category,
      title: { zh: '风险应对中且红色预警不予核定', en: 'Risk response under a red alert: rejected' },
      basis: assumption(
        {
          zh: '风险应对中且有红色预警的，解除前停止供应',
          en: 'A red alert under an open risk response blocks supply until resolved',
        },
        cite('practitionerRisk'),
      ),
      thresholds: [t('openRiskResponse', '==', true), t('redAlert', '==', true)],
      effect: reject('完成风险应对并解除预警', 'Complete the risk response and clear the alert'),
    },
  ];
}
