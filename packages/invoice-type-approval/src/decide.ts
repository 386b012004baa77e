import {
  civilDate,
  type JsonValue,
  type LegalBasis,
  type Localized,
  legalBasisAt,
  statutoryDeadline,
  type Trace,
  type TraceStep,
} from '@gd-ftz/core';
import type { ApprovalFacts } from './facts';
import { type Combined, combine, type GrantedLine } from './grant';
import { decisionWorkingDays, newTaxpayerDecisionWorkingDays, routedDecisionWorkingDays } from './law';
import { lawAt } from './law-values';
import type { Application } from './model';
import type { DecisionKind, Finding, Grant, Outcome } from './outcome';
import { type ApprovalRule, type ApprovalRuleSet, approvalRuleSet, ruleCategory } from './rules/catalog';
import { SEVERITY_RANK } from './rules/spec';
import { decisionLimitRows } from './tables';
import { checkDecidedDate, tierValue } from './tiers';
import { factsOf } from './to-facts';
import { validateApplication } from './validate';

/**
 * The result of the fast path: no trace, tiers as indices.
 * @example
 * const d: FactsDecision = decideFacts(toFacts(app), app.date);
 * d.fired.map((r) => r.id) // ['ITA-032']
 */
export interface FactsDecision extends Combined {
  readonly fired: readonly ApprovalRule[];
}

// The last date that passed the check, and its evaluation options: a population decided day by
// day checks (and allocates the options) once a day, not once per application.
let checkedAsOf = '';
let checkedOptions = { asOf: '' };

/**
 * Evaluates the 131 rules on prepared facts and decides, without a trace: the hot path of the
 * simulation and the bench. `asOf` selects the rule versions and parameters in force.
 *
 * The unchecked fast path: the facts are not validated up front. `asOf` is checked (once per
 * distinct date), and a fact of the wrong type or outside its declared range is caught by the
 * compiled evaluation, but facts that are each in range yet could come from no application (say a
 * 24-month count below the 12-month one) are decided as given. For untrusted input use the
 * checked entry points, {@link decideApplication} and `whyNot`, which validate the whole
 * application first and derive the facts themselves.
 * @throws ValidationError naming a bad fact (`facts.<name>`) or date (`asOf`).
 * @example
 * decideFacts(toFacts(app), app.date).decision // 'approve'
 */
export function decideFacts(facts: ApprovalFacts, asOf: string): FactsDecision {
  if (asOf !== checkedAsOf) {
    checkDecidedDate(asOf, 'asOf');
    checkedAsOf = asOf;
    checkedOptions = { asOf };
  }
  const ev = approvalRuleSet().evaluate(facts, checkedOptions);
  const c = combine(facts, ev.effects);
  // Written out rather than spread: one object of one shape per decision.
  return {
    decision: c.decision,
    restricted: c.restricted,
    maxSeverity: c.maxSeverity,
    lines: c.lines,
    fired: ev.fired,
  };
}

const OUTCOME_TEXT: Readonly<Record<DecisionKind, Localized>> = {
  approve: { zh: '自动核准', en: 'Auto-approved' },
  refer: { zh: '转人工审核', en: 'Referred to an officer' },
  reject: { zh: '自动不予核定', en: 'Auto-rejected' },
  'not-applicable': { zh: '不适用票种核定', en: 'Type approval does not apply' },
};

function findingOf(rule: ApprovalRule): Finding {
  const e = rule.effect;
  return {
    ruleId: rule.id,
    category: ruleCategory(rule.id),
    severity: e.severity,
    title: rule.title,
    ...(e.remedy === undefined ? {} : { remedy: e.remedy }),
  };
}

function toGrant(l: GrantedLine, date: string): Grant {
  return {
    kind: l.kind,
    faceValue: tierValue(l.tier, date),
    monthlyQuantity: l.monthlyQuantity,
    supplyMonths: l.supplyMonths,
    perIssue: l.perIssue,
    exchangeOldForNew: l.exchangeOldForNew,
  };
}

interface DecisionLimit {
  readonly days: number;
  readonly basis: LegalBasis;
  readonly param: string;
}

// Decision limits by date, new-or-not and highest tier: resolved once, not per application.
const limits = new Map<string, DecisionLimit>();

/** The statutory decision limit that applies to an application, with its basis (cached). */
function decisionLimit(facts: ApprovalFacts, date: string): DecisionLimit {
  const tier = Math.max(facts.reqSpecialTier, facts.reqOrdinaryTier);
  const key = `${date}|${facts.isNew ? 1 : 0}|${tier}`;
  let limit = limits.get(key);
  if (limit === undefined) {
    limit = resolveLimit(facts.isNew, tier, date);
    limits.set(key, limit);
  }
  return limit;
}

function resolveLimit(isNewTaxpayer: boolean, tier: number, date: string): DecisionLimit {
  const L = lawAt(date);
  const isNew = isNewTaxpayer ? 'yes' : 'no';
  const row = decisionLimitRows(L).find(
    (r) => r.isNew.includes(isNew) && tier >= r.tiers.min && tier <= r.tiers.max,
  );
  if (row === undefined) throw new RangeError(`no decision limit for tier ${tier}`);
  const p =
    row.id === 'new-immediate'
      ? newTaxpayerDecisionWorkingDays
      : row.id === 'routed'
        ? routedDecisionWorkingDays
        : decisionWorkingDays;
  return { days: row.workingDays, basis: legalBasisAt(p, date), param: p.name };
}

/**
 * The last working day for the decision on an application filed on `date`: 2 working days for a
 * new taxpayer's first issue (2018年第29号), 10 for a routed tier above 10万 (office guide), else 5
 * (发票管理办法 第十五条); the filing day does not count.
 * @example
 * decisionDueBy(facts, '2025-09-30') // '2025-10-14' (5 working days over 国庆节)
 * @throws ValidationError naming `date` or a bad fact (`facts.<name>`).
 */
export function decisionDueBy(facts: ApprovalFacts, date: string): string {
  checkDecidedDate(date, 'date');
  const set: ApprovalRuleSet = approvalRuleSet();
  set.validate(facts);
  return statutoryDeadline(civilDate(date), decisionLimit(facts, date).days, 'workingDays');
}

/**
 * Decides one application for invoice-type approval: validates it (a ValidationError names every
 * bad field; nothing is mutated), evaluates all 131 rules as of the application date, collects
 * every finding and lets the most severe decide: auto-approve within the caps (granted kinds,
 * face value, monthly quantity, months at once), auto-reject with reasons, or refer to an officer
 * with reasons. The trace has one step per rule in force (fired or not, inputs and basis), then
 * the grant, the decision and the statutory due date.
 * @example
 * const out = decideApplication(application);
 * out.decision; // 'approve' | 'refer' | 'reject'
 * out.grants;   // [{ kind: 'special', faceValue: '100000', monthlyQuantity: 25, ... }]
 */
export function decideApplication(input: unknown): Outcome {
  const app: Application = validateApplication(input);
  const facts = factsOf(app);
  const date = app.date;
  const ev = approvalRuleSet().evaluate(facts, { asOf: date, trace: true });
  const c = combine(facts, ev.effects);
  const findings = ev.fired
    .map(findingOf)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
    .map((x) => x.f);
  const top = findings[0]?.severity;
  const reasons =
    c.decision === 'approve'
      ? findings
      : c.decision === 'refer' || top === 'reject' || top === 'not-applicable'
        ? findings.filter((f) => f.severity === top)
        : findings.filter((f) => f.severity === 'approve-cap' || f.severity === 'restrict');
  const grants = c.lines.map((l) => toGrant(l, date));
  const limit = decisionLimit(facts, date);
  const dueBy = statutoryDeadline(civilDate(date), limit.days, 'workingDays');
  const decisionBasis: LegalBasis = {
    kind: 'assumption',
    reason: {
      zh: '汇总全部审核结论，以最严重者为准（不适用 > 不予核定 > 转人工 > 限制 > 限额）；改革经验原文未规定合并规则',
      en: 'Collect all findings, the most severe decides (not applicable > reject > refer > restrict > cap); the seed lists no combination rule',
    },
  };
  const steps: TraceStep[] = [
    ...(ev.trace ?? []),
    {
      id: 'ita.grant',
      kind: 'step',
      title: { zh: '按各项上限核定', en: 'Grant within every cap' },
      fired: true,
      inputs: {
        reqSpecialTier: facts.reqSpecialTier,
        reqSpecialQty: facts.reqSpecialQty,
        reqOrdinaryTier: facts.reqOrdinaryTier,
        reqOrdinaryQty: facts.reqOrdinaryQty,
        reqSupplyMonths: facts.reqSupplyMonths,
      },
      result: grants as unknown as JsonValue,
      basis: decisionBasis,
      at: date,
    },
    {
      id: 'ita.decide',
      kind: 'step',
      title: { zh: '最严重的结论决定结果', en: 'The most severe finding decides' },
      fired: true,
      inputs: { fired: ev.fired.map((r) => r.id) },
      result: { decision: c.decision, restricted: c.restricted, reasons: reasons.map((r) => r.ruleId) },
      basis: decisionBasis,
      at: date,
    },
    {
      id: 'ita.due-by',
      kind: 'step',
      title: { zh: '法定办理期限', en: 'Statutory decision limit' },
      fired: true,
      inputs: { parameter: limit.param, workingDays: limit.days, filedOn: date },
      result: dueBy,
      basis: limit.basis,
      at: date,
    },
  ];
  const trace: Trace = { subject: app.id, outcome: OUTCOME_TEXT[c.decision], steps };
  return {
    applicationId: app.id,
    decision: c.decision,
    grants,
    restricted: c.restricted,
    findings,
    reasons,
    dueBy,
    trace,
  };
}
