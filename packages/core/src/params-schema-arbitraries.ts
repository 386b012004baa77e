// The fast-check arbitrary of a scenario schema, derived from the schema itself so that the ranges
// of the tests never drift from the ranges of the form. fast-check is a peer dependency.

// Through core's public entry: the built arbitraries share core's classes (ConfigurationError).
import {
  ConfigurationError,
  type ParamSpec,
  type ParamsOf,
  type ParamsSchema,
  refineIssues,
} from '@gd-ftz/core';
import fc from 'fast-check';

/** A narrower range of a numeric parameter (integers and numbers as numbers, decimals as strings). */
export type ParamRange<P extends ParamSpec> = P extends { readonly kind: 'decimal' }
  ? { readonly min?: string; readonly max?: string }
  : P extends { readonly kind: 'integer' | 'number' }
    ? { readonly min?: number; readonly max?: number }
    : never;

/** Per-parameter overrides: an arbitrary of its own, or a narrower range inside the schema's. */
export type ParamsArbOverrides<S extends ParamsSchema> = {
  readonly [K in keyof S]?: fc.Arbitrary<ParamsOf<S>[K]> | ParamRange<S[K]>;
};

function decimals(text: string): number {
  return text.split('.')[1]?.length ?? 0;
}

function scaled(text: string, places: number): bigint {
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const value = BigInt(int + frac.padEnd(places, '0'));
  return negative ? -value : value;
}

function unscaled(value: bigint, places: number): string {
  if (places === 0) return value.toString();
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

function specArb(name: string, spec: ParamSpec, range: { min?: number | string; max?: number | string }) {
  const outside = () => new ConfigurationError(`overrides.${name}`, 'must lie inside the schema range');
  switch (spec.kind) {
    case 'integer':
    case 'number': {
      const min = (range.min as number | undefined) ?? spec.min;
      const max = (range.max as number | undefined) ?? spec.max;
      if (!(spec.min <= min && min <= max && max <= spec.max)) throw outside();
      return spec.kind === 'integer'
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'decimal': {
      const min = (range.min as string | undefined) ?? spec.min;
      const max = (range.max as string | undefined) ?? spec.max;
      const places = Math.max(
        decimals(spec.min),
        decimals(spec.max),
        decimals(spec.default),
        decimals(min),
        decimals(max),
      );
      const lo = scaled(min, places);
      const hi = scaled(max, places);
      if (!(scaled(spec.min, places) <= lo && lo <= hi && hi <= scaled(spec.max, places))) throw outside();
      return fc.bigInt({ min: lo, max: hi }).map((v) => unscaled(v, places));
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.options.map((o) => o.value));
  }
}

function isArbitrary(o: unknown): o is fc.Arbitrary<unknown> {
  return typeof o === 'object' && o !== null && typeof (o as { generate?: unknown }).generate === 'function';
}

/**
 * The fast-check arbitrary of every valid parameter set of a schema: integers and numbers within
 * min..max, decimals as strings within range (at the schema's precision), booleans, enum values;
 * sets that break the schema's cross-field `refine` are filtered out. `overrides` narrows a
 * numeric range (small populations keep properties fast) or replaces a field's arbitrary.
 * @throws ConfigurationError naming `overrides.<name>` for an unknown parameter or a range outside the schema's.
 * @example
 * export const paramsArb = paramsArbOf(PARAMS, { population: { max: 400 } });
 * fc.assert(fc.property(paramsArb, (p) => measure.simulate(p, { seed: 1 }).kpis.length > 0));
 */
export function paramsArbOf<S extends ParamsSchema>(
  schema: S,
  overrides: ParamsArbOverrides<S> = {},
): fc.Arbitrary<ParamsOf<S>> {
  for (const name of Object.keys(overrides)) {
    if (!Object.hasOwn(schema, name)) throw new ConfigurationError(`overrides.${name}`, 'is not a parameter');
  }
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const o = (overrides as Record<string, unknown>)[name];
    // Duck-typed: an arbitrary from another copy of fast-check is still an arbitrary.
    if (isArbitrary(o)) fields[name] = o;
    else if (o !== undefined && (spec.kind === 'boolean' || spec.kind === 'enum'))
      throw new ConfigurationError(`overrides.${name}`, 'a boolean or enum takes an arbitrary, not a range');
    else fields[name] = specArb(name, spec, (o ?? {}) as { min?: number | string; max?: number | string });
  }
  const arb = fc.record(fields) as unknown as fc.Arbitrary<ParamsOf<S>>;
  return arb.filter((p) => refineIssues(schema, p).length === 0);
}
