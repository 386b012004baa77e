// Rule and fact data are copied and deep-frozen when a rule or rule set is created, each property
// read exactly once: validation and code generation then see the same values, and nothing the
// caller does afterwards (a push into an `in` list, a changed bound, a getter that answers
// differently the second time) reaches the generated source. Keys are written with
// CreateDataProperty semantics (`Object.fromEntries`), so a fact named `__proto__` stays an own
// property instead of replacing the prototype.
import { ConfigurationError } from '../errors';
import type { FactSchema, FactSpec } from './facts';
import type { AnyThreshold } from './threshold';

// JSON-like rule data (titles, legal bases) is shallow; a deeper structure is a cycle or a mistake.
const MAX_DEPTH = 16;

/**
 * A deep, frozen copy of JSON-like data (plain objects, arrays, primitives); each property is read
 * once. Functions and class instances are kept by reference (they are not data).
 * @throws ConfigurationError naming `path` for data nested deeper than 16 levels (or cyclic).
 * @example
 * const basis = frozenCopy(cited({ law: LAWS.invoiceMeasures, article: '第三十五条' }), 'rule R1.basis');
 */
export function frozenCopy<T>(value: T, path: string, depth = 0): T {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw new ConfigurationError(path, `nested deeper than ${MAX_DEPTH} levels`);
  if (Array.isArray(value)) {
    return Object.freeze(Array.from(value, (v, i) => frozenCopy(v, `${path}.${i}`, depth + 1))) as T;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const entries = Object.keys(value).map((k) => [
    k,
    frozenCopy((value as Record<string, unknown>)[k], `${path}.${k}`, depth + 1),
  ]);
  return Object.freeze(Object.fromEntries(entries)) as T;
}

/**
 * A frozen copy of one threshold: `fact`, `op` and `value` read once, an `in` list copied.
 * @example
 * const t = copyThreshold({ fact: 'n', op: 'in', value: [1, 2] }, 'rule R1.thresholds.0');
 */
export function copyThreshold(t: unknown, path: string): AnyThreshold {
  if (typeof t !== 'object' || t === null) throw new ConfigurationError(path, 'must be an object');
  const { fact, op, value } = t as AnyThreshold;
  const copied = Array.isArray(value) ? Object.freeze(Array.from(value as readonly unknown[])) : value;
  return Object.freeze({ fact, op, value: copied as AnyThreshold['value'] });
}

function copySpec(spec: unknown, path: string): FactSpec {
  if (typeof spec !== 'object' || spec === null) return spec as FactSpec;
  const { kind, label } = spec as { kind: unknown; label?: unknown };
  const out: Record<string, unknown> = { kind };
  if (label !== undefined) out.label = frozenCopy(label, `${path}.label`);
  if (kind === 'number' || kind === 'integer') {
    const { min, max } = spec as { min?: unknown; max?: unknown };
    if (min !== undefined) out.min = min;
    if (max !== undefined) out.max = max;
  } else if (kind === 'enum') {
    const { values } = spec as { values?: unknown };
    out.values = Array.isArray(values) ? Object.freeze(Array.from(values as readonly unknown[])) : values;
  }
  return Object.freeze(out) as unknown as FactSpec;
}

/**
 * A frozen copy of a fact schema, each declaration read once (validate the copy, not the original).
 * @example
 * const facts = defineFacts(copyFactSchema(def.facts));
 */
export function copyFactSchema(schema: unknown): FactSchema {
  if (typeof schema !== 'object' || schema === null) return schema as FactSchema;
  const entries = Object.keys(schema).map((name) => [
    name,
    copySpec((schema as Record<string, unknown>)[name], `facts.${name}`),
  ]);
  return Object.freeze(Object.fromEntries(entries)) as FactSchema;
}
