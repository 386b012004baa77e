import type { Change, Localized } from '@gd-ftz/core';
import type { ApprovalFacts, FactName } from './facts';
import { combine } from './grant';
import type { DecisionKind, Finding } from './outcome';
import { approvalRuleSet, ruleCategory } from './rules/catalog';
import { factsOf } from './to-facts';
import { validateApplication } from './validate';

/**
 * One finding that stands between the application and an unrestricted auto-approval.
 * @example
 * const [b]: readonly Blocker[] = whyNot(app).blockers;
 * b?.changes[0] // e.g. { fact: 'arrearsFen', to: 0 }
 */
export interface Blocker extends Finding {
  /** Single-fact changes after which this rule no longer fires (nearest first). */
  readonly changes: readonly Change<ApprovalFacts>[];
}

/**
 * Why an application is not auto-approved as asked, and what would change that.
 * @example
 * const r: WhyNotReport = whyNot(app);
 * r.toAutoApproval // the single-fact changes that lead to auto-approval
 */
export interface WhyNotReport {
  readonly applicationId: string;
  readonly decision: DecisionKind;
  readonly restricted: boolean;
  /** Reject, refer and restrict findings, most severe first. */
  readonly blockers: readonly Blocker[];
  /** Caps that bound the grant, with what would lift them. */
  readonly limits: readonly Finding[];
  /** Single-fact changes after which the application is auto-approved without restriction. */
  readonly toAutoApproval: readonly Change<ApprovalFacts>[];
  readonly summary: Localized;
}

const RANK = { 'not-applicable': 4, reject: 3, refer: 2, restrict: 1, 'approve-cap': 0 } as const;

/**
 * Why-not for one application: every finding that blocks an unrestricted auto-approval, with the
 * remedy its rule names and the nearest single-fact changes that lift it (from core's
 * `whatWouldChange`), the caps that limited the grant, and the single changes that alone would
 * make the application auto-approved.
 * @throws ValidationError naming every bad field.
 * @example
 * whyNot(application).blockers[0]; // { ruleId: 'ITA-001', remedy: { zh: '解除非正常户状态…' }, changes: [...] }
 */
export function whyNot(input: unknown): WhyNotReport {
  const app = validateApplication(input);
  const facts = factsOf(app);
  const set = approvalRuleSet();
  const asOf = app.date;
  const ev = set.evaluate(facts, { asOf });
  const c = combine(facts, ev.effects);
  const blockers: Blocker[] = [];
  const limits: Finding[] = [];
  for (const rule of ev.fired) {
    const e = rule.effect;
    const finding: Finding = {
      ruleId: rule.id,
      category: ruleCategory(rule.id),
      severity: e.severity,
      title: rule.title,
      ...(e.remedy === undefined ? {} : { remedy: e.remedy }),
    };
    if (e.severity === 'approve-cap') {
      limits.push(finding);
      continue;
    }
    const reads = new Set<FactName>(rule.reads);
    const changes = set
      .whatWouldChange(facts, (r) => !r.fired.some((f) => f.id === rule.id), { asOf })
      .filter((ch) => reads.has(ch.fact));
    blockers.push({ ...finding, changes });
  }
  blockers.sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  const toAutoApproval =
    c.decision === 'approve' && !c.restricted
      ? []
      : set.whatWouldChange(
          facts,
          (r) => {
            const k = combine(facts, r.effects);
            return k.decision === 'approve' && !k.restricted;
          },
          { asOf },
        );
  const n = blockers.length;
  const summary: Localized =
    n === 0
      ? { zh: '已自动核准，无阻碍项', en: 'Auto-approved; nothing blocks it' }
      : { zh: `有${n}项阻碍自动核准`, en: `${n} finding(s) block an unrestricted auto-approval` };
  return {
    applicationId: app.id,
    decision: c.decision,
    restricted: c.restricted,
    blockers,
    limits,
    toAutoApproval,
    summary,
  };
}
