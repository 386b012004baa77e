import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import type { Rule } from './rule';

/**
 * How the matching rules of a set make one decision (DMN 1.4 single-hit and multiple-hit policies):
 * - `first`: the effect of the first matching rule, in rule order;
 * - `collect`: every matching effect; the decision is the set's `aggregate` of them (if any);
 * - `priority`: the effect of the matching rule with the highest `priority` (ties: rule order);
 * - `unique`: at most one rule may match; several matching is a modelling error, reported as a
 *   `conflict` value (not thrown, so one bad case cannot abort a batch; `checkDecisionTable`
 *   finds such overlaps statically);
 * - `any`: several rules may match only if their effects are equal; otherwise a `conflict`.
 * Every policy evaluates every rule in force, so traces and coverage are complete.
 */
export type HitPolicy = 'first' | 'collect' | 'priority' | 'unique' | 'any';

/** Every hit policy. */
export const HIT_POLICIES: readonly HitPolicy[] = ['first', 'collect', 'priority', 'unique', 'any'];

/** A hit-policy violation: the rules that matched together although the policy forbids it. */
export interface Conflict {
  readonly policy: 'unique' | 'any';
  readonly ruleIds: readonly string[];
}

/**
 * Structural equality of JSON-like values (primitives, arrays, plain objects).
 * @example
 * jsonEqual({ a: [1, 2] }, { a: [1, 2] }); // true
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]));
}

/** The decision and conflict a hit policy derives from the fired rules (in rule order). */
export interface Decided<E> {
  readonly decision: E | undefined;
  readonly conflict: Conflict | undefined;
}

const NONE: Decided<never> = Object.freeze({ decision: undefined, conflict: undefined });

const POLICIES: readonly string[] = HIT_POLICIES;

/** `decide` is public: its arguments are checked here, not trusted to come from a rule set. */
function checkDecideInput(policy: unknown, fired: unknown, effects: unknown, aggregate: unknown): void {
  if (typeof policy !== 'string' || !POLICIES.includes(policy)) {
    throw ValidationError.of(
      'policy',
      `must be one of ${POLICIES.join(', ')}, got ${describeValue(policy)}`,
      `必须是 ${POLICIES.join('、')} 之一，实际为 ${describeValue(policy)}`,
    );
  }
  if (!Array.isArray(fired)) {
    throw ValidationError.of('fired', 'must be an array of rules', '必须是规则数组');
  }
  fired.forEach((r: unknown, i) => {
    const rule = r as { id?: unknown; priority?: unknown } | null;
    if (rule === null || typeof rule !== 'object' || typeof rule.id !== 'string') {
      throw ValidationError.of(`fired.${i}`, 'must be a rule with a string id', '必须是带字符串 id 的规则');
    }
    if (policy === 'priority' && (typeof rule.priority !== 'number' || Number.isNaN(rule.priority))) {
      throw ValidationError.of(`fired.${i}.priority`, 'must be a number', '必须是数字');
    }
  });
  if (!Array.isArray(effects) || effects.length !== fired.length) {
    throw ValidationError.of(
      'effects',
      'must be an array with one effect per fired rule',
      '必须是数组，每条已触发规则一个效果',
    );
  }
  if (aggregate !== undefined && typeof aggregate !== 'function') {
    throw ValidationError.of('aggregate', 'must be a function or absent', '必须是函数或省略');
  }
}

/**
 * Applies a hit policy to the rules that fired (in rule order) and their effects.
 * @example
 * decide('priority', fired, effects); // { decision: <effect of highest priority>, conflict: undefined }
 */
export function decide<F, E>(
  policy: HitPolicy,
  fired: readonly Rule<F, E>[],
  effects: readonly E[],
  aggregate?: (effects: readonly E[]) => E | undefined,
): Decided<E> {
  checkDecideInput(policy, fired, effects, aggregate);
  return decideChecked(policy, fired, effects, aggregate);
}

/** `decide` for a rule set's own, already valid, rules and effects (no per-call checks). */
export function decideChecked<F, E>(
  policy: HitPolicy,
  fired: readonly Rule<F, E>[],
  effects: readonly E[],
  aggregate?: (effects: readonly E[]) => E | undefined,
): Decided<E> {
  const n = fired.length;
  switch (policy) {
    case 'first':
      return n === 0 ? NONE : { decision: effects[0], conflict: undefined };
    case 'collect':
      return aggregate === undefined ? NONE : { decision: aggregate(effects), conflict: undefined };
    case 'priority': {
      if (n === 0) return NONE;
      let best = 0;
      for (let i = 1; i < n; i++) if (fired[i]!.priority > fired[best]!.priority) best = i;
      return { decision: effects[best], conflict: undefined };
    }
    case 'unique':
      if (n <= 1) return n === 0 ? NONE : { decision: effects[0], conflict: undefined };
      return { decision: undefined, conflict: { policy, ruleIds: fired.map((r) => r.id) } };
    case 'any':
      if (n === 0) return NONE;
      for (let i = 1; i < n; i++) {
        if (!jsonEqual(effects[i], effects[0])) {
          return { decision: undefined, conflict: { policy, ruleIds: fired.map((r) => r.id) } };
        }
      }
      return { decision: effects[0], conflict: undefined };
  }
}
