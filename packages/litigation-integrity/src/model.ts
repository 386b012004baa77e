// The domain of measure 18: parties, their conduct in a civil case, and the facts the courts weigh.
// Amounts cross the public surface as decimal strings (yuan, at most two decimals) and come back as
// core Money.
import type { Money } from '@gd-ftz/core';

/** Who is fined: 民事诉讼法 第一百一十八条 sets different limits for individuals and entities. */
export type PartyKind = 'individual' | 'entity';

/** The outcome of checking a fine against 第一百一十八条 (limits include their number, 民法典 第一千二百五十九条). */
export type FineCheck = 'within-limits' | 'below-minimum' | 'above-maximum';

/** The conduct the measure sanctions (民事诉讼法 第六十八条, 第一百一十四条–第一百一十六条, 第一百三十条). */
export type Conduct =
  | 'abusive-objection'
  | 'late-evidence'
  | 'forged-evidence'
  | 'false-suit'
  | 'evading-enforcement';

/** Every conduct, in the order above. */
export const CONDUCTS: readonly Conduct[] = [
  'abusive-objection',
  'late-evidence',
  'forged-evidence',
  'false-suit',
  'evading-enforcement',
];

/** The fault behind late evidence (民诉法解释 第一百零二条). */
export type LateEvidenceFault = 'intent' | 'gross-negligence' | 'ordinary-negligence';

/** The facts of one piece of late evidence (民诉法解释 第一百零一条、第一百零二条). */
export interface LateEvidenceFacts {
  /** The delay had an objective cause (客观原因). */
  readonly objectiveCause: boolean;
  /** The other side objected to the late evidence. */
  readonly opponentObjects: boolean;
  readonly fault: LateEvidenceFault;
  /** The evidence concerns the case's basic facts (基本事实). */
  readonly concernsBasicFacts: boolean;
}

/** What the court does with late evidence. */
export type LateEvidenceOutcome =
  | 'not-late'
  | 'excluded'
  | 'admitted-with-reprimand-or-fine'
  | 'admitted-with-reprimand';

/** The kinds of cost an innocent party claims. */
export type CostKind = 'travel' | 'lodging' | 'meals' | 'lost-work' | 'witness' | 'attorney-fee' | 'other';

/** Every cost kind, in the order above. */
export const COST_KINDS: readonly CostKind[] = [
  'travel',
  'lodging',
  'meals',
  'lost-work',
  'witness',
  'attorney-fee',
  'other',
];

/** One cost the innocent party claims: its kind and amount in yuan (decimal string, ≤ 2 decimals). */
export interface CostItem {
  readonly kind: CostKind;
  readonly amount: string;
}

/** The ground of a cost award: late evidence (解释 第一百零二条第三款) or abuse of procedure (法发〔2016〕21号). */
export type CostBasis = 'late-evidence' | 'procedural-abuse';

/** The result of {@link CostItem} screening: the total the abuser pays and the items refused. */
export interface RecoverableCosts {
  readonly recoverable: Money;
  readonly rejected: readonly CostItem[];
}
