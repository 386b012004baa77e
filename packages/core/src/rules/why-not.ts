import type { FactSchema, FactSpec, FactValue } from './facts';
import type { Rule } from './rule';
import { type AnyThreshold, type Threshold, testChecked } from './threshold';

/** One fact that blocks a rule, the thresholds it fails, and the nearest value that satisfies them. */
export interface Blocker<F> {
  readonly fact: keyof F & string;
  readonly current: FactValue;
  /** The rule's thresholds on this fact that the current value fails. */
  readonly failed: readonly Threshold<F>[];
  /**
   * The value nearest to `current`, inside the fact's domain, that satisfies the rule's thresholds
   * on this fact (all of them for an `all` rule, one for an `any` rule): the bound itself for
   * inclusive bounds, bound ± 1 for integers, the adjacent double for numbers, the first allowed
   * value for enums. Undefined when no value of the domain does.
   */
  readonly nearest: FactValue | undefined;
  /** For enum facts: every value that satisfies the thresholds, in declared order. */
  readonly allowed?: readonly string[];
}

/** Why a rule did not fire on given facts. */
export type WhyNot<F> =
  | { readonly status: 'fired'; readonly ruleId: string }
  | { readonly status: 'not-in-force'; readonly ruleId: string }
  /** The rule has a hand-written condition and declares no thresholds: nothing more can be said. */
  | { readonly status: 'opaque'; readonly ruleId: string }
  | {
      readonly status: 'blocked';
      readonly ruleId: string;
      readonly match: 'all' | 'any';
      readonly blockers: readonly Blocker<F>[];
      /** The smallest change that makes the rule fire: every blocker for `all`, the nearest one for `any`. */
      readonly suggestion: Partial<F> | undefined;
      /** Whether the rule's own condition holds on the facts with `suggestion` applied. */
      readonly suggestionFires: boolean;
    };

/** A single-fact change that reaches a target outcome. */
export interface Change<F> {
  readonly fact: keyof F & string;
  readonly from: FactValue;
  readonly to: FactValue;
  /** Relative size of the change: |Δ| / domain span for bounded numbers, |Δ| / max(1, |from|) otherwise, 1 for others. */
  readonly distance: number;
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The adjacent double towards +∞ (dir 1) or −∞ (dir −1). */
function nextDouble(x: number, dir: 1 | -1): number {
  if (x === 0) return dir * Number.MIN_VALUE;
  f64[0] = x;
  i64[0]! += x > 0 === dir > 0 ? 1n : -1n;
  return f64[0]!;
}

function inDomain(spec: FactSpec, v: FactValue): boolean {
  switch (spec.kind) {
    case 'number':
    case 'integer':
      return (
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (spec.kind === 'number' || Number.isInteger(v)) &&
        (spec.min === undefined || v >= spec.min) &&
        (spec.max === undefined || v <= spec.max)
      );
    case 'enum':
      return spec.values.includes(v as string);
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
  }
}

/** Candidate values of a fact that can change the outcome of the given thresholds. */
function candidates(spec: FactSpec, thresholds: readonly AnyThreshold[], current: FactValue): FactValue[] {
  if (spec.kind === 'enum') return [...spec.values];
  if (spec.kind === 'boolean') return [false, true];
  const out: FactValue[] = [current];
  for (const t of thresholds) for (const v of Array.isArray(t.value) ? t.value : [t.value]) out.push(v);
  if (spec.kind === 'string') return out.filter((v) => typeof v === 'string');
  for (const t of thresholds) {
    for (const c of Array.isArray(t.value) ? t.value : [t.value]) {
      if (typeof c !== 'number') continue;
      if (spec.kind === 'integer') out.push(Math.floor(c) - 1, Math.floor(c), Math.ceil(c), Math.ceil(c) + 1);
      else out.push(nextDouble(c, -1), nextDouble(c, 1));
    }
  }
  if (spec.min !== undefined) out.push(spec.min);
  if (spec.max !== undefined) out.push(spec.max);
  return out;
}

function distance(spec: FactSpec, from: FactValue, to: FactValue): number {
  if (
    (spec.kind !== 'number' && spec.kind !== 'integer') ||
    typeof from !== 'number' ||
    typeof to !== 'number'
  ) {
    return from === to ? 0 : 1;
  }
  const span =
    spec.min !== undefined && spec.max !== undefined && spec.max > spec.min ? spec.max - spec.min : undefined;
  return Math.abs(to - from) / (span ?? Math.max(1, Math.abs(from)));
}

function nearestSatisfying(
  spec: FactSpec,
  ts: readonly AnyThreshold[],
  match: 'all' | 'any',
  current: FactValue,
): { nearest: FactValue | undefined; allowed?: string[] } {
  const ok = (v: FactValue) =>
    inDomain(spec, v) &&
    (match === 'all' ? ts.every((t) => testChecked(t, v)) : ts.some((t) => testChecked(t, v)));
  if (spec.kind === 'enum') {
    const allowed = spec.values.filter(ok);
    return { nearest: allowed[0], allowed };
  }
  let best: FactValue | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const v of candidates(spec, ts, current)) {
    if (!ok(v)) continue;
    const d = distance(spec, current, v);
    if (d < bestD || (d === bestD && typeof v === 'number' && typeof best === 'number' && v < best)) {
      best = v;
      bestD = d;
    }
  }
  return { nearest: best };
}

/**
 * Explains why `rule` (the version in force, or undefined if none) did not fire on `facts`.
 * @example
 * whyNot(schema, rule, { violations12m: 1 }); // { status: 'blocked', blockers: [{ fact: 'violations12m', nearest: 3, ... }] }
 */
export function whyNot<F, E>(
  schema: FactSchema,
  rule: Rule<F, E> | undefined,
  facts: F,
  ruleId: string = rule?.id ?? '',
): WhyNot<F> {
  if (rule === undefined) return { status: 'not-in-force', ruleId };
  if (rule.when(facts)) return { status: 'fired', ruleId };
  if (rule.thresholds.length === 0) return { status: 'opaque', ruleId };
  const rec = facts as Record<string, FactValue>;
  const byFact = new Map<keyof F & string, Threshold<F>[]>();
  for (const t of rule.thresholds) byFact.set(t.fact, [...(byFact.get(t.fact) ?? []), t]);
  const blockers: Blocker<F>[] = [];
  for (const [fact, ts] of byFact) {
    const current = rec[fact]!;
    const failed = ts.filter((t) => !testChecked(t, current));
    if (failed.length === 0) continue;
    const { nearest, allowed } = nearestSatisfying(schema[fact]!, ts, rule.match, current);
    blockers.push(
      allowed === undefined
        ? { fact, current, failed, nearest }
        : { fact, current, failed, nearest, allowed },
    );
  }
  let suggestion: Record<string, FactValue> | undefined;
  if (rule.match === 'all' && blockers.every((b) => b.nearest !== undefined)) {
    suggestion = Object.fromEntries(blockers.map((b) => [b.fact, b.nearest!]));
  } else if (rule.match === 'any') {
    const options = blockers.filter((b) => b.nearest !== undefined);
    options.sort(
      (a, b) =>
        distance(schema[a.fact]!, a.current, a.nearest!) - distance(schema[b.fact]!, b.current, b.nearest!),
    );
    if (options[0] !== undefined) suggestion = { [options[0].fact]: options[0].nearest! };
  }
  const suggestionFires = suggestion !== undefined && rule.when({ ...facts, ...suggestion } as F);
  return {
    status: 'blocked',
    ruleId,
    match: rule.match,
    blockers,
    suggestion: suggestion as Partial<F> | undefined,
    suggestionFires,
  };
}

/**
 * Searches single-fact changes, over the values the rules' thresholds and the declared domains
 * make relevant, after which `reaches` holds; per fact the nearest change on each side (numbers)
 * or every reaching value (enums, booleans), nearest first.
 * @example
 * whatWouldChange(schema, rules, facts, (f) => set.evaluate(f, { asOf }).decision === 'approve');
 */
export function whatWouldChange<F, E>(
  schema: FactSchema,
  rules: readonly Rule<F, E>[],
  facts: F,
  reaches: (facts: F) => boolean,
): Change<F>[] {
  const rec = facts as Record<string, FactValue>;
  const changes: Change<F>[] = [];
  for (const [fact, spec] of Object.entries(schema)) {
    const from = rec[fact]!;
    const ts = rules.flatMap((r) => r.thresholds.filter((t) => t.fact === fact)) as AnyThreshold[];
    const seen = new Set<FactValue>([from]);
    const found: Change<F>[] = [];
    for (const to of candidates(spec, ts, from)) {
      if (seen.has(to) || !inDomain(spec, to)) continue;
      seen.add(to);
      if (reaches({ ...facts, [fact]: to }))
        found.push({ fact: fact as keyof F & string, from, to, distance: distance(spec, from, to) });
    }
    if (spec.kind === 'number' || spec.kind === 'integer') {
      const below = found
        .filter((c) => (c.to as number) < (from as number))
        .sort((a, b) => a.distance - b.distance)[0];
      const above = found
        .filter((c) => (c.to as number) > (from as number))
        .sort((a, b) => a.distance - b.distance)[0];
      for (const c of [below, above]) if (c !== undefined) changes.push(c);
    } else changes.push(...found);
  }
  return changes.sort((a, b) => a.distance - b.distance || (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0));
}
