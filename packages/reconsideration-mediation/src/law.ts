// The law of measure 17: the 行政复议法 (2023 revision) articles and periods from @gd-ftz/statutes,
// the 民事诉讼法 counting rule it borrows (第八十八条 → 第八十五条), and the modelling assumptions the
// law leaves open, each marked with its reason.
import {
  assumption,
  CIVIL_CODE_ART_201,
  CIVIL_CODE_ART_203,
  type Citation,
  type DatedParameter,
  defineParameter,
  type LegalBasis,
} from '@gd-ftz/core';
import { administrativeReconsideration as arl, civilProcedure, seedItem } from '@gd-ftz/statutes';

/**
 * 民事诉讼法 第八十五条 (2023 amendment, in force 2024-01-01), applied through 行政复议法 第八十八条
 * to the periods of natural days: the start day is not counted, a last day that is a day off moves
 * to the first day after it.
 * @example
 * CIVIL_PROCEDURE_ART_85.article // '第八十五条'
 */
export const CIVIL_PROCEDURE_ART_85: Citation = civilProcedure.articles.art85;

/**
 * The citations of measure 17, by what they establish.
 * @example
 * CITES.decide.article // '第六十二条'
 */
export const CITES = {
  mediationLimits: arl.articles.art5,
  apply: arl.articles.art20,
  outerLimit: arl.articles.art21,
  acceptance: arl.articles.art30,
  completion: arl.articles.art31,
  forward: arl.articles.art32,
  sue: arl.articles.art34,
  suspension: arl.articles.art39,
  ordinary: arl.articles.art48,
  hearing: arl.articles.art50,
  summaryScope: arl.articles.art53,
  summary: arl.articles.art54,
  decide: arl.articles.art62,
  mediationDocument: arl.articles.art73,
  settlement: arl.articles.art74,
  perform: arl.articles.art77,
  enforce: arl.articles.art78,
  workingDayPeriods: arl.articles.art88,
  naturalDayPeriods: CIVIL_PROCEDURE_ART_85,
  startDay: CIVIL_CODE_ART_201,
  lastDayOff: CIVIL_CODE_ART_203,
  seed: seedItem(17),
} as const satisfies Record<string, Citation>;

/** The statutory steps whose last day {@link reconsiderationDeadline} computes. */
export const RECONSIDERATION_STEPS = [
  'apply',
  'acceptance-review',
  'completion-notice',
  'completion-supply',
  'forward',
  'send-copy',
  'answer',
  'send-copy-summary',
  'answer-summary',
  'decide',
  'decide-extended',
  'decide-summary',
  'sue-after',
] as const;

/** One statutory step of a reconsideration case. */
export type ReconsiderationStep = (typeof RECONSIDERATION_STEPS)[number];

/** A step's period: the dated, cited parameter and whether it counts working days (第八十八条). */
export interface StepPeriod {
  readonly param: DatedParameter;
  readonly unit: 'days' | 'workingDays';
  readonly label: { readonly zh: string; readonly en: string };
}

const p = arl.params;

/**
 * Every step's period, from @gd-ftz/statutes (行政复议法, in force 2024-01-01). 3/5/7/10-day
 * periods are working days (第八十八条); 15, 30 and 60 days are natural days (民事诉讼法 第八十五条).
 * @example
 * STEP_PERIODS.answer.unit // 'workingDays'
 */
export const STEP_PERIODS: Readonly<Record<ReconsiderationStep, StepPeriod>> = {
  apply: { param: p.applicationDays, unit: 'days', label: { zh: '申请期限', en: 'Apply' } },
  'acceptance-review': {
    param: p.acceptanceReviewWorkingDays,
    unit: 'workingDays',
    label: { zh: '受理审查', en: 'Acceptance review' },
  },
  'completion-notice': {
    param: p.supplementNoticeWorkingDays,
    unit: 'workingDays',
    label: { zh: '通知补正', en: 'Completion notice' },
  },
  'completion-supply': {
    param: p.supplementWorkingDays,
    unit: 'workingDays',
    label: { zh: '申请人补正', en: 'Completion supplied' },
  },
  forward: { param: p.forwardWorkingDays, unit: 'workingDays', label: { zh: '转送', en: 'Forwarding' } },
  'send-copy': {
    param: p.copyToRespondentWorkingDays,
    unit: 'workingDays',
    label: { zh: '发送副本', en: 'Copy to respondent' },
  },
  answer: { param: p.answerWorkingDays, unit: 'workingDays', label: { zh: '书面答复', en: 'Answer' } },
  'send-copy-summary': {
    param: p.summaryCopyWorkingDays,
    unit: 'workingDays',
    label: { zh: '简易程序发送副本', en: 'Copy to respondent (summary)' },
  },
  'answer-summary': {
    param: p.summaryAnswerWorkingDays,
    unit: 'workingDays',
    label: { zh: '简易程序答复', en: 'Answer (summary)' },
  },
  decide: { param: p.decisionDays, unit: 'days', label: { zh: '作出决定', en: 'Decision' } },
  'decide-extended': {
    param: p.decisionExtensionMaxDays,
    unit: 'days',
    label: { zh: '延长后作出决定', en: 'Decision (extended)' },
  },
  'decide-summary': {
    param: p.summaryDecisionDays,
    unit: 'days',
    label: { zh: '简易程序作出决定', en: 'Decision (summary)' },
  },
  'sue-after': { param: p.suitAfterRefusalDays, unit: 'days', label: { zh: '起诉期限', en: 'Sue' } },
};

/**
 * The citation of each step's period.
 * @example
 * STEP_CITES.forward.article // '第三十二条'
 */
export const STEP_CITES: Readonly<Record<ReconsiderationStep, Citation>> = {
  apply: CITES.apply,
  'acceptance-review': CITES.acceptance,
  'completion-notice': CITES.completion,
  'completion-supply': CITES.completion,
  forward: CITES.forward,
  'send-copy': CITES.ordinary,
  answer: CITES.ordinary,
  'send-copy-summary': CITES.summary,
  'answer-summary': CITES.summary,
  decide: CITES.decide,
  'decide-extended': CITES.decide,
  'decide-summary': CITES.decide,
  'sue-after': CITES.sue,
};

/**
 * Assumption: days suspended for mediation (第三十九条) do not count toward the 第六十二条 decision
 * period. The law says only that review resumes when the ground ends (第四十条).
 * @example
 * SUSPENSION_NOT_COUNTED.kind // 'assumption'
 */
export const SUSPENSION_NOT_COUNTED: LegalBasis = assumption(
  {
    zh: '假设：因调解中止的期间不计入第六十二条的审理期限（法律只规定中止原因消除后恢复审理）',
    en: 'Assumption: days suspended for mediation do not count toward the art. 62 period (the law only says review resumes)',
  },
  CITES.suspension,
  CITES.decide,
);

/**
 * Assumption: the ≤ 30-day extension runs from the original deadline as moved by the last-day rule.
 * @example
 * EXTENSION_FROM_MOVED_DEADLINE.kind // 'assumption'
 */
export const EXTENSION_FROM_MOVED_DEADLINE: LegalBasis = assumption(
  {
    zh: '假设：延长期限自原期限（经法定休假日顺延后）届满之日起算',
    en: 'Assumption: the extension runs from the original deadline as moved past a day off',
  },
  CITES.decide,
  CITES.naturalDayPeriods,
);

/**
 * Months after closure in which a lawsuit, petition or new application means the dispute was not
 * resolved substantively. The seed says 实质性化解 without a test: an assumption of this model.
 * @example
 * integerAt(RELAPSE_WINDOW_MONTHS, '2024-06-30') // 6
 */
export const RELAPSE_WINDOW_MONTHS = defineParameter({
  name: 'reconsiderationMediation.relapseWindowMonths',
  label: { zh: '实质性化解观察期', en: 'Window for a dispute to come back' },
  unit: { zh: '个月', en: 'months' },
  kind: 'integer',
  entries: [{ from: '2023-05-20', value: '6', source: CITES.seed }],
  assumption: {
    zh: '粤府函〔2023〕59号未定义“实质性化解”的检验；以结案后6个月内未起诉、信访或再申请为准',
    en: 'The seed does not define 实质性化解; the model counts a dispute resolved if no lawsuit, petition or new application follows within 6 months',
  },
});
