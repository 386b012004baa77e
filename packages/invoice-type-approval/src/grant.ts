import type { ApprovalFacts } from './facts';
import type { DecisionKind, InvoiceKind } from './model';
import { type ApprovalEffect, SEVERITY_RANK } from './rules/spec';

/** One granted kind with its face value as a tier index (1 = 1万 … 4 = 1000万). */
export interface GrantedLine {
  readonly kind: InvoiceKind;
  readonly tier: number;
  readonly monthlyQuantity: number;
  readonly supplyMonths: number;
  readonly perIssue: number;
  readonly exchangeOldForNew: boolean;
}

/** The decision derived from the fired effects ("collect all findings, the most severe decides"). */
export interface Combined {
  readonly decision: DecisionKind;
  readonly restricted: boolean;
  /** Rank of the most severe finding (−1 when none fired). */
  readonly maxSeverity: number;
  readonly lines: readonly GrantedLine[];
}

function grantLine(
  kind: InvoiceKind,
  tier: number,
  quantity: number,
  months: number,
  peak: number,
  effects: readonly ApprovalEffect[],
): GrantedLine | undefined {
  let perIssue = Number.POSITIVE_INFINITY;
  let exchange = false;
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    if (e.severity !== 'approve-cap' && e.severity !== 'restrict') continue;
    const c = e.cap;
    if (c.kinds.length !== 2 && c.kinds[0] !== kind) continue;
    if (c.maxTier !== undefined && c.maxTier < tier) tier = c.maxTier;
    if (c.maxMonthlyQuantity !== undefined && c.maxMonthlyQuantity < quantity)
      quantity = c.maxMonthlyQuantity;
    if (c.maxSupplyMonths !== undefined && c.maxSupplyMonths < months) months = c.maxSupplyMonths;
    if (c.maxPerIssue !== undefined && c.maxPerIssue < perIssue) perIssue = c.maxPerIssue;
    if (c.peakPercent !== undefined) {
      // Integer arithmetic on copy counts: floor(peak × pct / 100).
      const q = Math.floor((peak * c.peakPercent) / 100);
      if (q < quantity) quantity = q;
    }
    if (c.exchangeOldForNew === true) exchange = true;
  }
  if (tier <= 0 || quantity <= 0) return undefined;
  const issue = Math.min(quantity * months, perIssue);
  return {
    kind,
    tier,
    monthlyQuantity: quantity,
    supplyMonths: months,
    perIssue: issue,
    exchangeOldForNew: exchange,
  };
}

/**
 * Combines the effects of the fired rules: any `reject` rejects; a request of which no kind is
 * grantable within the caps is rejected; else any `refer` refers; else the request is approved
 * within every cap (the smallest of each limit wins, never more than asked), `restricted` when a
 * `restrict` fired.
 * @example
 * combine(facts, evaluation.effects).decision // 'approve'
 */
export function combine(facts: ApprovalFacts, effects: readonly ApprovalEffect[]): Combined {
  let max = -1;
  let restricted = false;
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i]!;
    const r = SEVERITY_RANK[e.severity];
    if (r > max) max = r;
    if (e.severity === 'restrict') restricted = true;
  }
  if (max === SEVERITY_RANK.reject)
    return { decision: 'reject', restricted: false, maxSeverity: max, lines: [] };
  const lines: GrantedLine[] = [];
  if (facts.reqSpecialTier > 0) {
    const l = grantLine(
      'special',
      facts.reqSpecialTier,
      facts.reqSpecialQty,
      facts.reqSupplyMonths,
      facts.peakMonthlySpecial,
      effects,
    );
    if (l !== undefined) lines.push(l);
  }
  if (facts.reqOrdinaryTier > 0) {
    const l = grantLine(
      'ordinary',
      facts.reqOrdinaryTier,
      facts.reqOrdinaryQty,
      facts.reqSupplyMonths,
      facts.peakMonthlyOrdinary,
      effects,
    );
    if (l !== undefined) lines.push(l);
  }
  // Nothing grantable within the caps is a rejection whatever else fired, so a stricter cap can
  // never turn a rejection into a referral: outcomes stay monotone in the caps.
  if (lines.length === 0) return { decision: 'reject', restricted: false, maxSeverity: max, lines };
  if (max === SEVERITY_RANK.refer)
    return { decision: 'refer', restricted: false, maxSeverity: max, lines: [] };
  return { decision: 'approve', restricted, maxSeverity: max, lines };
}
