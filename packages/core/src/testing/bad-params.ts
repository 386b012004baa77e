// Bad parameter sets derived from a schema: for each parameter a value of the wrong type, values
// outside its range, and one unknown name. Each set has exactly one bad field, so the contract can
// ask that the ValidationError names exactly that field.
import { decimal, type ParamSpec, type ParamsSchema } from '@gd-ftz/core';

/** One bad parameter set and the field its ValidationError must name. */
export interface BadParams {
  readonly why: string;
  readonly path: string;
  readonly params: { readonly [name: string]: unknown };
}

/** The name the contract uses for an unknown parameter (no schema declares it). */
export const UNKNOWN_PARAM = 'noSuchParameter';

function badValues(spec: ParamSpec): [why: string, value: unknown][] {
  switch (spec.kind) {
    case 'integer':
    case 'number': {
      const out: [string, unknown][] = [
        ['a string', 'not-a-number'],
        ['NaN', Number.NaN],
        ['Infinity', Number.POSITIVE_INFINITY],
        ['below min', spec.min - 1],
        ['above max', spec.max + 1],
      ];
      if (spec.kind === 'integer' && spec.min + 0.5 <= spec.max) out.push(['a fraction', spec.min + 0.5]);
      return out;
    }
    case 'decimal':
      return [
        ['a JS number', 1.5],
        ['not a decimal', '1e3'],
        ['below min', decimal(spec.min).minus(1).toFixed()],
        ['above max', decimal(spec.max).plus(1).toFixed()],
      ];
    case 'boolean':
      return [
        ['a string', 'yes'],
        ['a number', 1],
      ];
    case 'enum':
      return [
        ['not an option', 'no-such-option'],
        ['a number', 42],
      ];
  }
}

/**
 * Every bad single-field parameter set of a schema, added to `base` (valid params).
 * @example
 * badParamsOf(PARAMS, {}).map((b) => `${b.path}: ${b.why}`); // ['population: a string', …, 'noSuchParameter: unknown']
 */
export function badParamsOf(schema: ParamsSchema, base: { readonly [name: string]: unknown }): BadParams[] {
  const out: BadParams[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    for (const [why, value] of badValues(spec))
      out.push({ why, path: name, params: { ...base, [name]: value } });
  }
  out.push({ why: 'unknown', path: UNKNOWN_PARAM, params: { ...base, [UNKNOWN_PARAM]: 1 } });
  return out;
}

/**
 * A deep-frozen copy of plain data: a run that tries to mutate it throws a TypeError.
 * @example
 * const p = deepFreeze({ a: { b: 1 } }); Object.isFrozen(p.a); // true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
