import { z } from '@gd-ftz/core';

/**
 * One field of a validated input, declared once: its zod schema (which names every bad field with
 * its message) and a plain predicate that accepts exactly what the schema accepts, for the common
 * case of good input. Valid input is checked by the predicate alone (no zod run, no copy); input it
 * refuses goes through the schema, whose issues are reported. `T` is the type both accept, so a
 * declaration typed `Field<Application>` is checked against the domain type by the compiler.
 * @example
 * const f: Field<number> = int(0, 12);
 * f.ok(3) // true
 */
export interface Field<T> {
  readonly schema: z.ZodType<T>;
  readonly ok: (v: unknown) => v is T;
  /** Set by {@link optional}: the key may be absent from its object. */
  readonly optional?: true;
}

/** The type a field accepts. */
type ValueOf<F> = F extends Field<infer T> ? T : never;

type OptionalKeys<S> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];

/** The object type of a shape: optional fields as optional keys, the others required. */
type ObjectOf<S> = { [K in Exclude<keyof S, OptionalKeys<S>>]: ValueOf<S[K]> } & {
  [K in OptionalKeys<S>]?: ValueOf<S[K]>;
};

/**
 * A leaf field from its schema and its equivalent predicate.
 * @example
 * const yes = leaf(z.literal(true), (v): v is true => v === true);
 */
export function leaf<T>(schema: z.ZodType<T>, ok: (v: unknown) => v is T): Field<T> {
  return { schema, ok };
}

/**
 * An integer in `[min, max]` (both small, so safe integers).
 * @example
 * int(1, 12).ok(13) // false
 */
export function int(min: number, max: number): Field<number> {
  return leaf(
    z.number().int().min(min).max(max),
    (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
  );
}

/**
 * A string matching `re` (not global: `test` keeps no state).
 * @example
 * pattern(/^\d+$/, 'digits').ok('12') // true
 */
export function pattern(re: RegExp, message: string): Field<string> {
  return leaf(z.string().regex(re, message), (v): v is string => typeof v === 'string' && re.test(v));
}

/**
 * A string that `test` accepts.
 * @example
 * refined(isCivilDate, 'must be a date').ok('2025-02-30') // false
 */
export function refined(test: (s: string) => boolean, message: string): Field<string> {
  return leaf(z.string().refine(test, message), (v): v is string => typeof v === 'string' && test(v));
}

/**
 * A string of `min` to `max` UTF-16 code units.
 * @example
 * text(1, 64).ok('') // false
 */
export function text(min: number, max: number): Field<string> {
  return leaf(
    z.string().min(min).max(max),
    (v): v is string => typeof v === 'string' && v.length >= min && v.length <= max,
  );
}

/**
 * One of `values`.
 * @example
 * oneOf(['A', 'B']).ok('C') // false
 */
export function oneOf<const V extends string>(values: readonly V[]): Field<V> {
  const set = new Set<unknown>(values);
  return leaf(z.enum(values), (v): v is V => typeof v === 'string' && set.has(v));
}

/**
 * The field, or absent (or `undefined`).
 * @example
 * optional(int(0, 1)).ok(undefined) // true
 */
export function optional<T>(f: Field<T>): Field<T | undefined> & { readonly optional: true } {
  return {
    schema: f.schema.optional(),
    ok: (v): v is T | undefined => v === undefined || f.ok(v),
    optional: true,
  };
}

/**
 * A plain object with exactly these fields (unknown keys are refused, as `z.strictObject` does;
 * the predicate also refuses objects with another prototype, which the schema then judges).
 * @example
 * object({ n: int(0, 9) }).ok({ n: 1, extra: 2 }) // false
 */
export function object<S extends Readonly<Record<string, Field<unknown>>>>(shape: S): Field<ObjectOf<S>> {
  const keys = Object.keys(shape);
  const fields = keys.map((k) => shape[k]!);
  const known = new Set(keys);
  const zodShape: Record<string, z.ZodType> = {};
  for (let i = 0; i < keys.length; i++) zodShape[keys[i]!] = fields[i]!.schema;
  // zod infers the output from the shape's static keys, which a shape built key by key has not:
  // the one place the type is asserted. The predicate below and `Field<Application>` at the use
  // site are what the compiler checks against the domain type.
  const schema = z.strictObject(zodShape) as unknown as z.ZodType<ObjectOf<S>>;
  return leaf(schema, (v): v is ObjectOf<S> => {
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

/**
 * A boolean.
 * @example
 * flag.ok('true') // false
 */
export const flag: Field<boolean> = leaf(z.boolean(), (v): v is boolean => typeof v === 'boolean');
