// The automatic review of a submitted refund application: every check that fails refers the case
// to manual review (a value, never an exception). A rule set of core, so it traces, reports
// coverage and answers "why not".
import {
  assumption,
  createRuleSet,
  defineFacts,
  defineRule,
  type Evaluation,
  type FactsOf,
  type RuleSet,
} from '@gd-ftz/core';
import { CITES } from './law';

/**
 * The facts the auto-review reads.
 * @example
 * REVIEW_FACTS.openRiskFlag.kind // 'boolean'
 */
export const REVIEW_FACTS = defineFacts({
  amountsReconcile: {
    kind: 'boolean',
    label: { zh: '申请金额与入库多缴金额一致', en: 'Claimed amounts match the overpaid receipts' },
  },
  identityVerified: { kind: 'boolean', label: { zh: '实名身份已核验', en: 'Identity verified' } },
  bankAccountVerified: {
    kind: 'boolean',
    label: { zh: '退税账户已核验', en: 'Refund bank account verified' },
  },
  openRiskFlag: { kind: 'boolean', label: { zh: '存在未解除风险疑点', en: 'Open risk flag' } },
});
/**
 * The facts of one application's auto-review.
 * @example
 * const f: ReviewFacts = { amountsReconcile: true, identityVerified: true, bankAccountVerified: true, openRiskFlag: false };
 */
export type ReviewFacts = FactsOf<typeof REVIEW_FACTS>;

const basis = assumption(
  {
    zh: '电子税务局操作指引规定无疑点的申请自动审核即时办结，其余转人工审核；以下审核项目为建模选取，规则原文未公开',
    en: 'The e-tax guide says clean applications pass auto-review (即时办结) and others go to manual review; the checks here are the model’s choice, their rule texts are not published',
  },
  CITES.eTaxFlow,
  CITES.rules78,
);

/**
 * The auto-review rule set (hit policy `collect`): each fired rule is a reason to refer the case.
 * @example
 * REVIEW_RULES.evaluate({ amountsReconcile: true, identityVerified: true, bankAccountVerified: true, openRiskFlag: false }, { asOf: '2022-03-01' }).fired.length // 0
 */
export const REVIEW_RULES: RuleSet<ReviewFacts, string> = createRuleSet({
  id: 'overpayment-refund.auto-review',
  title: { zh: '多缴退税自动审核', en: 'Overpayment refund auto-review' },
  facts: REVIEW_FACTS,
  hitPolicy: 'collect',
  rules: [
    defineRule<ReviewFacts, string>({
      id: 'OPR-REV-1',
      title: { zh: '金额不一致，转人工', en: 'Amounts do not reconcile: refer' },
      basis,
      thresholds: [{ fact: 'amountsReconcile', op: '==', value: false }],
      effect: 'amounts-mismatch',
    }),
    defineRule<ReviewFacts, string>({
      id: 'OPR-REV-2',
      title: { zh: '身份未核验，转人工', en: 'Identity not verified: refer' },
      basis,
      thresholds: [{ fact: 'identityVerified', op: '==', value: false }],
      effect: 'identity-unverified',
    }),
    defineRule<ReviewFacts, string>({
      id: 'OPR-REV-3',
      title: { zh: '退税账户未核验，转人工', en: 'Bank account not verified: refer' },
      basis,
      thresholds: [{ fact: 'bankAccountVerified', op: '==', value: false }],
      effect: 'bank-unverified',
    }),
    defineRule<ReviewFacts, string>({
      id: 'OPR-REV-4',
      title: { zh: '存在风险疑点，转人工', en: 'Open risk flag: refer' },
      basis,
      thresholds: [{ fact: 'openRiskFlag', op: '==', value: true }],
      effect: 'risk-flag',
    }),
  ],
});

/**
 * Runs the auto-review: the reasons to refer (empty = passes, 即时办结) and the evaluation.
 * @throws ValidationError naming `facts.<name>` for missing or ill-typed facts.
 * @example
 * autoReview({ amountsReconcile: true, identityVerified: true, bankAccountVerified: true, openRiskFlag: true }, '2022-03-01').failed // ['risk-flag']
 */
export function autoReview(
  facts: ReviewFacts,
  asOf: string,
  trace = false,
): { readonly failed: readonly string[]; readonly evaluation: Evaluation<ReviewFacts, string> } {
  REVIEW_RULES.validate(facts);
  return reviewOf(facts, asOf, trace);
}

/** {@link autoReview} of facts the batch wrote itself (four booleans, checked by type). Internal. */
export function reviewOf(
  facts: ReviewFacts,
  asOf: string,
  trace = false,
): { readonly failed: readonly string[]; readonly evaluation: Evaluation<ReviewFacts, string> } {
  const evaluation = REVIEW_RULES.evaluate(facts, { asOf, trace });
  return { failed: evaluation.effects, evaluation };
}
