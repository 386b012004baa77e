import type { ApprovalFacts } from './facts';
import type { InvoiceKind } from './model';
import type { DecisionKind } from './outcome';
import { type ApprovalEffect, SEVERITY_RANK } from './rules/spec';

/**
 * One granted kind with its face value as a tier index (1 = 1万 … 4 = 1000万).
 * @example
 * const line: GrantedLine = {
 *   kind: 'special', tier: 2, monthlyQuantity: 25, supplyMonths: 1, perIssue: 25, exchangeOldForNew: false,
 * };
 */
export interface GrantedLine {
  readonly kind: InvoiceKind;
  readonly tier: number;
  readonly monthlyQuantity: number;
  readonly supplyMonths: number;
  readonly perIssue: number;
  readonly exchangeOldForNew: boolean;
}

/**
 * The decision derived from the fired effects ("collect all findings, the most severe decides").
 * @example
 * const c: Combined = combine(facts, evaluation.effects);
 * c.decision // 'approve'
 */
export interface Combined {
  readonly decision: DecisionKind;
  readonly restricted: boolean;
  /** Rank of the most severe finding (−1 when none fired). */
  readonly maxSeverity: number;
  readonly lines: readonly GrantedLine[];
}

const SPECIAL = 1;
const ORDINARY = 2;
const NO_LIMIT = Number.POSITIVE_INFINITY;
const RESTRICT = SEVERITY_RANK.restrict;
const REFER = SEVERITY_RANK.refer;
const REJECT = SEVERITY_RANK.reject;
const NOT_APPLICABLE = SEVERITY_RANK['not-applicable'];

/**
 * An effect as plain numbers (severity rank, kinds as a bit mask, every cap with "no limit" as
 * +∞), so that folding the fired effects reads fixed fields of one shape: no string keys, no
 * optional properties, no allocation.
 */
class CompiledEffect {
  constructor(
    readonly rank: number,
    readonly kinds: number,
    readonly maxTier: number,
    readonly maxQuantity: number,
    readonly maxMonths: number,
    readonly maxPerIssue: number,
    /** −1 when the effect sets no share of the peak month. */
    readonly peakPercent: number,
    readonly exchange: boolean,
  ) {}
}

function compileEffect(e: ApprovalEffect): CompiledEffect {
  const rank = SEVERITY_RANK[e.severity];
  if (e.severity !== 'approve-cap' && e.severity !== 'restrict')
    return new CompiledEffect(rank, 0, NO_LIMIT, NO_LIMIT, NO_LIMIT, NO_LIMIT, -1, false);
  const c = e.cap;
  let kinds = 0;
  for (const k of c.kinds) kinds |= k === 'special' ? SPECIAL : ORDINARY;
  return new CompiledEffect(
    rank,
    kinds,
    c.maxTier ?? NO_LIMIT,
    c.maxMonthlyQuantity ?? NO_LIMIT,
    c.maxSupplyMonths ?? NO_LIMIT,
    c.maxPerIssue ?? NO_LIMIT,
    c.peakPercent ?? -1,
    c.exchangeOldForNew === true,
  );
}

// Effects are immutable rule data: the rule set's own are compiled once, when it is built
// (`precompileEffects`), and looked up by identity; any other effect is compiled on the spot.
const compiled = new Map<ApprovalEffect, CompiledEffect>();

function compiledOf(e: ApprovalEffect): CompiledEffect {
  return compiled.get(e) ?? compileEffect(e);
}

/**
 * Compiles the effects of a rule set once, at build time, so that `combine` only looks them up.
 * @example
 * precompileEffects(rules.map((r) => r.effect));
 */
export function precompileEffects(effects: readonly ApprovalEffect[]): void {
  for (const e of effects) if (!compiled.has(e)) compiled.set(e, compileEffect(e));
}

/** The running limits of one kind while the effects are folded (reused: no allocation per call). */
class KindLimits {
  tier = 0;
  quantity = 0;
  months = 0;
  perIssue = NO_LIMIT;
  exchange = false;

  reset(tier: number, quantity: number, months: number): void {
    this.tier = tier;
    this.quantity = quantity;
    this.months = months;
    this.perIssue = NO_LIMIT;
    this.exchange = false;
  }

  apply(c: CompiledEffect, peak: number): void {
    if (c.maxTier < this.tier) this.tier = c.maxTier;
    if (c.maxQuantity < this.quantity) this.quantity = c.maxQuantity;
    if (c.maxMonths < this.months) this.months = c.maxMonths;
    if (c.maxPerIssue < this.perIssue) this.perIssue = c.maxPerIssue;
    if (c.peakPercent >= 0) {
      // Integer arithmetic on copy counts: floor(peak × pct / 100).
      const q = Math.floor((peak * c.peakPercent) / 100);
      if (q < this.quantity) this.quantity = q;
    }
    if (c.exchange) this.exchange = true;
  }

  /** The granted line, or undefined when nothing of this kind is grantable. */
  line(kind: InvoiceKind): GrantedLine | undefined {
    if (this.tier <= 0 || this.quantity <= 0) return undefined;
    return {
      kind,
      tier: this.tier,
      monthlyQuantity: this.quantity,
      supplyMonths: this.months,
      perIssue: Math.min(this.quantity * this.months, this.perIssue),
      exchangeOldForNew: this.exchange,
    };
  }
}

const special = new KindLimits();
const ordinary = new KindLimits();

// The outcomes without a grant are the same for every application: shared, frozen, not allocated.
const NOTHING: readonly GrantedLine[] = Object.freeze([]);
const REJECTED: readonly Combined[] = [-1, 0, 1, 2, 3].map((maxSeverity) =>
  Object.freeze({ decision: 'reject' as const, restricted: false, maxSeverity, lines: NOTHING }),
);
const INAPPLICABLE: Combined = Object.freeze({
  decision: 'not-applicable',
  restricted: false,
  maxSeverity: NOT_APPLICABLE,
  lines: NOTHING,
});
const REFERRED: Combined = Object.freeze({
  decision: 'refer',
  restricted: false,
  maxSeverity: REFER,
  lines: NOTHING,
});

/**
 * Combines the effects of the fired rules: any `not-applicable` says the procedure does not apply
 * (whatever else fired); any `reject` rejects; a request of which no kind is
 * grantable within the caps is rejected; else any `refer` refers; else the request is approved
 * within every cap (the smallest of each limit wins, never more than asked), `restricted` when a
 * `restrict` fired. One pass over the effects, precompiled to numbers; results without a grant
 * are shared frozen values.
 *
 * Unchecked, on purpose: this is the per-decision fast path, and neither `facts` nor `effects`
 * is validated. Pass facts from `toFacts` and the effects of the rule set's own evaluation;
 * anything else gives an unspecified result, not an error. For untrusted input use the checked
 * entry points `decideApplication` and `whyNot`, which validate the application and then call
 * this with facts and effects they derived.
 * @example
 * combine(facts, evaluation.effects).decision // 'approve'
 */
export function combine(facts: ApprovalFacts, effects: readonly ApprovalEffect[]): Combined {
  let max = -1;
  let restricted = false;
  const asksSpecial = facts.reqSpecialTier > 0;
  const asksOrdinary = facts.reqOrdinaryTier > 0;
  special.reset(facts.reqSpecialTier, facts.reqSpecialQty, facts.reqSupplyMonths);
  ordinary.reset(facts.reqOrdinaryTier, facts.reqOrdinaryQty, facts.reqSupplyMonths);
  for (let i = 0; i < effects.length; i++) {
    const c = compiledOf(effects[i]!);
    if (c.rank > max) max = c.rank;
    // refer and reject carry no cap.
    if (c.rank > RESTRICT) continue;
    if (c.rank === RESTRICT) restricted = true;
    if ((c.kinds & SPECIAL) !== 0) special.apply(c, facts.peakMonthlySpecial);
    if ((c.kinds & ORDINARY) !== 0) ordinary.apply(c, facts.peakMonthlyOrdinary);
  }
  if (max === NOT_APPLICABLE) return INAPPLICABLE;
  if (max === REJECT) return REJECTED[REJECT + 1]!;
  const s = asksSpecial ? special.line('special') : undefined;
  const o = asksOrdinary ? ordinary.line('ordinary') : undefined;
  // Nothing grantable within the caps is a rejection whatever else fired, so a stricter cap can
  // never turn a rejection into a referral: outcomes stay monotone in the caps.
  if (s === undefined && o === undefined) return REJECTED[max + 1]!;
  if (max === REFER) return REFERRED;
  const lines = s === undefined ? [o!] : o === undefined ? [s] : [s, o];
  return { decision: 'approve', restricted, maxSeverity: max, lines };
}
