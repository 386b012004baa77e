// The law of measure 11: the shared articles from @gd-ftz/statutes, this measure's own texts,
// and every legal number as a dated, cited parameter declared once. Values no published text fixes
// are marked as assumptions with their reason. Template: replace the placeholders with the
// measure's real documents (its notice, the department's rules) and their articles.
import { assumption, type Citation, defineParameter, type LegalBasis } from '@gd-ftz/core';
import { administrativeLicensing, seedItem } from '@gd-ftz/statutes';

/**
 * The citations of measure 11, by what they establish: shared articles from @gd-ftz/statutes
 * and the seed's entry for the measure.
 * @example
 * CITES.decisionPeriod.article // '第四十二条'
 */
export const CITES = {
  decisionPeriod: administrativeLicensing.articles.art42,
  incompleteness: administrativeLicensing.articles.art32item4,
  seed: seedItem(11),
} as const satisfies Record<string, Citation>;

/**
 * Working days to decide after accepting a complete application (行政许可法 第四十二条: 二十日;
 * 第八十二条: 以工作日计算), from @gd-ftz/statutes.
 * @example
 * integerAt(DECISION_WORKING_DAYS, '2024-06-30') // 20
 */
export const DECISION_WORKING_DAYS = administrativeLicensing.params.decisionWorkingDays;

/**
 * Working days the office promises after the reform, from the day the seed notice took effect.
 * Template value: the seed does not state it, so it is marked an assumption; cite the measure's
 * own notice here once its number is known.
 * @example
 * integerAt(PROMISED_WORKING_DAYS, '2024-06-30') // 5
 */
export const PROMISED_WORKING_DAYS = defineParameter({
  name: 'digitalSpaceAuthorization.promisedWorkingDays',
  label: { zh: '改革后承诺办结时限', en: 'Promised decision period after the reform' },
  unit: { zh: '个工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: '2023-05-20', value: '5', source: CITES.seed }],
  assumption: {
    zh: '粤府函〔2023〕59号未写明承诺时限；5个工作日为模板占位值，应以本事项的实施文件为准',
    en: 'The seed notice states no promised period; 5 working days is a template placeholder until the measure’s own implementing notice is cited',
  },
});

/**
 * A modelling assumption with its reason: an incomplete file is put right in one supplement round.
 * @example
 * SUPPLEMENT_ROUND.kind // 'assumption'
 */
export const SUPPLEMENT_ROUND: LegalBasis = assumption(
  {
    zh: '假设：一次告知后申请人一次补正即齐全（第三十二条要求一次告知全部补正内容）',
    en: 'Assumption: after the one-time notice the applicant completes the file in one round (art. 32 requires every missing item in one notice)',
  },
  CITES.incompleteness,
);
