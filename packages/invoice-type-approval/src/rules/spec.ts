import {
  type LegalBasis,
  type Localized,
  type Predicate,
  type Threshold,
  type ThresholdMatch,
  whenAll,
} from '@gd-ftz/core';
import type { ApprovalFacts, FactName } from '../facts';
import type { InvoiceKind } from '../model';
import type { RuleCategory, Severity } from '../outcome';

/**
 * A limit a rule puts on what is granted, for the kinds it names.
 * @example
 * const c: Cap = { kinds: ['special'], maxTier: 2, maxMonthlyQuantity: 25 };
 */
export interface Cap {
  readonly kinds: readonly InvoiceKind[];
  /** Highest face value tier (1 = 1万 … 4 = 1000万). */
  readonly maxTier?: number;
  readonly maxMonthlyQuantity?: number;
  readonly maxPerIssue?: number;
  readonly maxSupplyMonths?: number;
  /** 交（验）旧供新. */
  readonly exchangeOldForNew?: boolean;
  /** Monthly quantity at most this percentage of the kind's peak month (开票突增 control). */
  readonly peakPercent?: number;
}

/**
 * What a rule does when it fires. `remedy` says what would lift it (for why-not).
 * @example
 * const e: ApprovalEffect = refer('结清欠税', 'Pay the arrears');
 */
export type ApprovalEffect =
  | { readonly severity: 'approve-cap' | 'restrict'; readonly cap: Cap; readonly remedy?: Localized }
  | { readonly severity: 'refer' | 'reject' | 'not-applicable'; readonly remedy: Localized };

/**
 * One of the 131 rules as data: the input of core's `defineRule`, plus its category.
 * @example
 * const spec: ApprovalRuleSpec = ruleSpecsAt('2025-03-03')[0]!;
 * spec.category // 'registration'
 */
export interface ApprovalRuleSpec {
  readonly id: string;
  readonly category: RuleCategory;
  readonly title: Localized;
  readonly basis: LegalBasis;
  readonly thresholds?: readonly Threshold<ApprovalFacts>[];
  readonly match?: ThresholdMatch;
  /** A hand-written condition (then `reads` lists every fact it reads). */
  readonly when?: Predicate<ApprovalFacts>;
  readonly reads?: readonly FactName[];
  readonly effect: ApprovalEffect;
  readonly validFrom?: string;
  readonly validTo?: string;
}

/**
 * A threshold on one fact.
 * @example
 * t('violations12m', '>=', 3)
 */
export function t<K extends FactName>(
  fact: K,
  op: Threshold<ApprovalFacts>['op'],
  value: Threshold<ApprovalFacts>['value'],
): Threshold<ApprovalFacts> {
  return { fact, op, value };
}

/**
 * A rejecting effect with the remedy the applicant needs.
 * @example
 * reject('完成实名认证', 'Complete real-name verification')
 */
export function reject(zh: string, en: string): ApprovalEffect {
  return { severity: 'reject', remedy: { zh, en } };
}

/**
 * A referring effect (an officer decides) with what would allow an automatic decision.
 * @example
 * refer('结清欠税', 'Pay the arrears')
 */
export function refer(zh: string, en: string): ApprovalEffect {
  return { severity: 'refer', remedy: { zh, en } };
}

/**
 * An effect saying the procedure does not apply (not a refusal), with where the applicant goes
 * instead.
 * @example
 * notApplicable('通过数电发票总额度开票', 'Invoice within the digital-invoice total amount')
 */
export function notApplicable(zh: string, en: string): ApprovalEffect {
  return { severity: 'not-applicable', remedy: { zh, en } };
}

/**
 * An approval cap.
 * @example
 * cap({ kinds: ['special'], maxTier: 2, maxMonthlyQuantity: 25 })
 */
export function cap(c: Cap, remedy?: Localized): ApprovalEffect {
  return remedy === undefined
    ? { severity: 'approve-cap', cap: c }
    : { severity: 'approve-cap', cap: c, remedy };
}

/**
 * An approval under restriction (D grade, counselling rules).
 * @example
 * restrict({ kinds: ['ordinary'], exchangeOldForNew: true }, { zh: '修复信用', en: 'Repair the credit grade' })
 */
export function restrict(c: Cap, remedy: Localized): ApprovalEffect {
  return { severity: 'restrict', cap: c, remedy };
}

/**
 * The severity rank (0 = approve-cap … 3 = reject).
 * @example
 * SEVERITY_RANK.refer > SEVERITY_RANK.restrict // true
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  'approve-cap': 0,
  restrict: 1,
  refer: 2,
  reject: 3,
  'not-applicable': 4,
};

/**
 * Both invoice kinds.
 * @example
 * cap({ kinds: BOTH, maxSupplyMonths: 3 })
 */
export const BOTH: readonly InvoiceKind[] = ['special', 'ordinary'];

/**
 * A condition "every threshold holds and either kind asks for a tier above `tier`", with its reads.
 * The highest requested tier is not a fact of its own, so why-not suggestions change real inputs.
 * @example
 * tierAbove(2, [t('creditGrade', 'in', ['M', 'C', 'D'])]) // { when, reads }
 */
export function tierAbove(
  tier: number,
  conds: readonly Threshold<ApprovalFacts>[],
): { readonly when: Predicate<ApprovalFacts>; readonly reads: readonly FactName[] } {
  const base = whenAll(conds);
  return {
    when: (f) => (f.reqSpecialTier > tier || f.reqOrdinaryTier > tier) && base(f),
    reads: [...new Set<FactName>([...conds.map((c) => c.fact), 'reqSpecialTier', 'reqOrdinaryTier'])],
  };
}
