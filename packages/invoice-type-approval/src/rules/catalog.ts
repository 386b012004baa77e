import {
  createRuleSet,
  defineRule,
  describeValue,
  type Rule,
  type RuleSet,
  ValidationError,
} from '@gd-ftz/core';
import { APPROVAL_FACTS, type ApprovalFacts } from '../facts';
import { precompileEffects } from '../grant';
import { type LawValues, lawAt, lawChangeDates } from '../law-values';
import type { RuleCategory } from '../outcome';
import { abnormalInvoiceRules } from './abnormal-invoices';
import { casesRules } from './cases';
import { consistencyRules } from './consistency';
import { creditRules } from './credit';
import { filingRules } from './filing';
import { realNameRules } from './real-name';
import { registrationRules } from './registration';
import { riskRules } from './risk';
import { scaleRules } from './scale';
import { scopeRules } from './scope';
import type { ApprovalEffect, ApprovalRuleSpec } from './spec';
import { taxpayerTypeRules } from './taxpayer-type';
import { usageRules } from './usage';
import { violationRules } from './violations';

const BUILDERS: readonly ((L: LawValues) => ApprovalRuleSpec[])[] = [
  registrationRules,
  realNameRules,
  taxpayerTypeRules,
  creditRules,
  riskRules,
  casesRules,
  violationRules,
  filingRules,
  abnormalInvoiceRules,
  scopeRules,
  usageRules,
  scaleRules,
  consistencyRules,
];

/**
 * The 131 rule specs with the parameters in force on `date`, in id order.
 * @example
 * ruleSpecsAt('2025-03-03').length // 131
 * @throws ValidationError naming `date` unless it is a real YYYY-MM-DD date from EARLIEST_DATE (2020-02-01).
 */
export function ruleSpecsAt(date: string): readonly ApprovalRuleSpec[] {
  const L = lawAt(date);
  return BUILDERS.flatMap((b) => b(L));
}

/**
 * A rule of the approval rule set.
 * @example
 * const rule: ApprovalRule = approvalRuleSet().inForce('2025-03-03')[0]!;
 * rule.id // 'ITA-001'
 */
export type ApprovalRule = Rule<ApprovalFacts, ApprovalEffect>;

/**
 * The approval rule set over the approval facts.
 * @example
 * const set: ApprovalRuleSet = approvalRuleSet();
 * set.evaluate(toFacts(app), { asOf: app.date }).fired
 */
export type ApprovalRuleSet = RuleSet<ApprovalFacts, ApprovalEffect>;

function toRule(spec: ApprovalRuleSpec, from: string, to: string | undefined): ApprovalRule {
  const validFrom = spec.validFrom !== undefined && spec.validFrom > from ? spec.validFrom : from;
  const validTo = spec.validTo !== undefined && (to === undefined || spec.validTo < to) ? spec.validTo : to;
  const dated = { validFrom, ...(validTo === undefined ? {} : { validTo }) };
  const head = { id: spec.id, title: spec.title, basis: spec.basis, effect: spec.effect, ...dated };
  return spec.when !== undefined
    ? defineRule<ApprovalFacts, ApprovalEffect>({ ...head, when: spec.when, reads: spec.reads ?? [] })
    : defineRule<ApprovalFacts, ApprovalEffect>({
        ...head,
        thresholds: spec.thresholds ?? [],
        ...(spec.match === undefined ? {} : { match: spec.match }),
      });
}

let cached: ApprovalRuleSet | undefined;
let categories: ReadonlyMap<string, RuleCategory> | undefined;

/**
 * The compiled rule set of the 131 rules, hit policy `collect` (every finding is collected; the
 * most severe decides, see `decideFacts`). Each rule has one dated version per span of
 * {@link lawChangeDates}, carrying the parameter values and citations of that span. Built once,
 * with every effect compiled to numbers for `combine`.
 * @example
 * approvalRuleSet().ids.length // 131
 */
export function approvalRuleSet(): ApprovalRuleSet {
  if (cached !== undefined) return cached;
  const dates = lawChangeDates();
  const rules: ApprovalRule[] = [];
  dates.forEach((from, k) => {
    const to = dates[k + 1];
    for (const spec of ruleSpecsAt(from)) rules.push(toRule(spec, from, to));
  });
  cached = createRuleSet({
    id: 'invoice-type-approval',
    title: { zh: '发票票种核定131条判断规则', en: 'The 131 invoice-type approval rules' },
    facts: APPROVAL_FACTS,
    rules,
    hitPolicy: 'collect',
  });
  precompileEffects(rules.map((r) => r.effect));
  return cached;
}

/**
 * The category of a rule id.
 * @example
 * ruleCategory('ITA-032') // 'credit'
 * @throws ValidationError naming `id` when it is no rule id of the set.
 */
export function ruleCategory(id: string): RuleCategory {
  if (categories === undefined) {
    categories = new Map(ruleSpecsAt(lawChangeDates()[0]!).map((s) => [s.id, s.category]));
  }
  const c = typeof id === 'string' ? categories.get(id) : undefined;
  if (c === undefined) {
    throw ValidationError.of(
      'id',
      `must be a rule id ITA-001…ITA-131, got ${describeValue(id)}`,
      '须为规则编号 ITA-001…ITA-131',
    );
  }
  return c;
}
