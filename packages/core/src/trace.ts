import type { LegalBasis } from './citation';
import type { Localized } from './errors';

/** A JSON-serialisable value, so that every trace survives `JSON.stringify` and a Web Worker. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [k: string]: JsonValue };

/**
 * One step of a decision or process: a rule that was evaluated (fired or not) or a process step
 * that happened, the facts it read, what it produced, and its legal basis. The same shape in every
 * engine, so a trace can be rendered, diffed and audited without knowing the engine.
 */
export interface TraceStep {
  /** Rule id (`ITA-017`) or step id (`refund.issue-order`). */
  readonly id: string;
  readonly kind: 'rule' | 'step';
  readonly title: Localized;
  /** For a rule: did its condition hold. For a step: always true. */
  readonly fired: boolean;
  /** The facts or inputs the step read, by name. Amounts are decimal strings. */
  readonly inputs: { readonly [name: string]: JsonValue };
  /** What the step produced (an effect, a decision, a date), if anything. */
  readonly result?: JsonValue;
  readonly basis: LegalBasis;
  /** When it happened, as a civil date or date-time (`2025-03-04` or `2025-03-04T09:30`). */
  readonly at?: string;
}

/** The full trace of one case: what was decided, and every step that led there. */
export interface Trace {
  /** What the trace is about (an application id, an overpayment id). */
  readonly subject: string;
  readonly outcome: Localized;
  readonly steps: readonly TraceStep[];
}
