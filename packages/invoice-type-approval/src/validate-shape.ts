import { z } from '@gd-ftz/core';

/**
 * One field of a validated input, declared once: its zod schema (which names every bad field with
 * its message) and a plain predicate that accepts exactly what the schema accepts, for the common
 * case of good input. Valid input is checked by the predicate alone (no zod run, no copy); input it
 * refuses goes through the schema, whose issues are reported.
 * @example
 * const f: Field = int(0, 12);
 * f.ok(3) // true
 */
export interface Field {
  readonly schema: z.ZodType;
  readonly ok: (v: unknown) => boolean;
}

/**
 * A leaf field from its schema and its equivalent predicate.
 * @example
 * const yes = leaf(z.literal(true), (v) => v === true);
 */
export function leaf(schema: z.ZodType, ok: (v: unknown) => boolean): Field {
  return { schema, ok };
}

/**
 * An integer in `[min, max]` (both small, so safe integers).
 * @example
 * int(1, 12).ok(13) // false
 */
export function int(min: number, max: number): Field {
  return leaf(
    z.number().int().min(min).max(max),
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
  );
}

/**
 * A string matching `re` (not global: `test` keeps no state).
 * @example
 * pattern(/^\d+$/, 'digits').ok('12') // true
 */
export function pattern(re: RegExp, message: string): Field {
  return leaf(z.string().regex(re, message), (v) => typeof v === 'string' && re.test(v));
}

/**
 * A string that `test` accepts.
 * @example
 * refined(isCivilDate, 'must be a date').ok('2025-02-30') // false
 */
export function refined(test: (s: string) => boolean, message: string): Field {
  return leaf(z.string().refine(test, message), (v) => typeof v === 'string' && test(v));
}

/**
 * A string of `min` to `max` UTF-16 code units.
 * @example
 * text(1, 64).ok('') // false
 */
export function text(min: number, max: number): Field {
  return leaf(
    z.string().min(min).max(max),
    (v) => typeof v === 'string' && v.length >= min && v.length <= max,
  );
}

/**
 * One of `values`.
 * @example
 * oneOf(['A', 'B']).ok('C') // false
 */
export function oneOf(values: readonly string[]): Field {
  const set = new Set(values);
  return leaf(z.enum(values as readonly [string, ...string[]]), (v) => typeof v === 'string' && set.has(v));
}

/**
 * The field, or absent (or `undefined`).
 * @example
 * optional(int(0, 1)).ok(undefined) // true
 */
export function optional(f: Field): Field {
  return leaf(f.schema.optional(), (v) => v === undefined || f.ok(v));
}

/**
 * A plain object with exactly these fields (unknown keys are refused, as `z.strictObject` does;
 * the predicate also refuses objects with another prototype, which the schema then judges).
 * @example
 * object({ n: int(0, 9) }).ok({ n: 1, extra: 2 }) // false
 */
export function object(shape: Readonly<Record<string, Field>>): Field {
  const keys = Object.keys(shape);
  const fields = keys.map((k) => shape[k]!);
  const known = new Set(keys);
  const schema = z.strictObject(Object.fromEntries(keys.map((k, i) => [k, fields[i]!.schema])));
  return leaf(schema, (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    // for…in, as the schema's unknown-key check: own and inherited enumerable string keys.
    for (const k in v) if (!known.has(k)) return false;
    const o = v as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) if (!fields[i]!.ok(o[keys[i]!])) return false;
    return true;
  });
}

/** A boolean. */
export const flag: Field = leaf(z.boolean(), (v) => typeof v === 'boolean');
