import type { Localized, Trace } from '@gd-ftz/core';
import type { InvoiceKind } from './model';

// What the engine answers: severities, decisions, grants, findings and the outcome with its trace.

/**
 * The severity of a rule's effect, from mildest to most severe.
 * @example
 * const s: Severity = 'refer';
 */
export type Severity = 'approve-cap' | 'restrict' | 'refer' | 'reject' | 'not-applicable';

/**
 * The severities from mildest to most severe. `not-applicable` (the application is outside
 * 票种核定, e.g. a 数电 taxpayer with a total amount instead) outranks every finding: there is
 * nothing to approve, refer or reject.
 * @example
 * SEVERITIES.indexOf('reject') // 3
 */
export const SEVERITIES: readonly Severity[] = [
  'approve-cap',
  'restrict',
  'refer',
  'reject',
  'not-applicable',
];

/**
 * The outcome of an application. `not-applicable`: 票种核定 does not apply (a fully digital
 * e-invoice taxpayer invoices within its total amount), so the application is neither granted nor
 * refused.
 * @example
 * const d: DecisionKind = decideApplication(cleanApplication()).decision; // 'approve'
 */
export type DecisionKind = 'approve' | 'refer' | 'reject' | 'not-applicable';

/**
 * One granted invoice kind.
 * @example
 * const [g]: readonly Grant[] = decideApplication(cleanApplication()).grants;
 * g?.supplyMonths // 3
 */
export interface Grant {
  readonly kind: InvoiceKind;
  /** Highest face value per invoice, yuan (a tier). */
  readonly faceValue: string;
  readonly monthlyQuantity: number;
  /** Months supplied at once. */
  readonly supplyMonths: number;
  /** Copies handed out per issue. */
  readonly perIssue: number;
  /** 交（验）旧供新: new copies only against used ones. */
  readonly exchangeOldForNew: boolean;
}

/**
 * A rule that fired, as the outcome reports it.
 * @example
 * const f: Finding | undefined = decideApplication(cleanApplication()).findings[0];
 * f?.ruleId // 'ITA-032'
 */
export interface Finding {
  readonly ruleId: string;
  readonly category: RuleCategory;
  readonly severity: Severity;
  readonly title: Localized;
  readonly remedy?: Localized;
}

/**
 * The decision on one application.
 * @example
 * const out: Outcome = decideApplication(cleanApplication());
 * out.trace.steps.length // 134
 */
export interface Outcome {
  readonly applicationId: string;
  readonly decision: DecisionKind;
  /** Granted kinds (empty unless approved). */
  readonly grants: readonly Grant[];
  /** Approved with a restriction (D grade, counselling period). */
  readonly restricted: boolean;
  /** Every finding, most severe first, then in rule order. */
  readonly findings: readonly Finding[];
  /** The findings that decided (all of the most severe level). */
  readonly reasons: readonly Finding[];
  /** The statutory last day for an officer's decision (referred cases). */
  readonly dueBy: string;
  readonly trace: Trace;
}

/**
 * The rule categories, following the approval inputs.
 * @example
 * ruleCategory('ITA-001') // 'registration'
 */
export type RuleCategory =
  | 'registration'
  | 'real-name'
  | 'taxpayer-type'
  | 'credit'
  | 'risk'
  | 'cases'
  | 'violations'
  | 'filing'
  | 'abnormal-invoices'
  | 'scope'
  | 'usage'
  | 'scale'
  | 'consistency';
