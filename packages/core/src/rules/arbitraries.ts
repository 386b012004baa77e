// fast-check arbitraries of core/rules values.
import fc from 'fast-check';
import type { FactSchema, FactSpec, FactsOf, FactValue } from './facts';

/** Options of `factsArb`. */
export interface FactsArbOptions {
  /**
   * Rules whose threshold values (and the values just beside them) are drawn half of the time,
   * so that boundaries are exercised and most rules both fire and are skipped.
   */
  readonly rules?: readonly {
    readonly thresholds: readonly { readonly fact: string; readonly value: unknown }[];
  }[];
}

// Unbounded numeric facts are drawn from a wide but finite range.
const WIDE = 1e9;

function baseArb(spec: FactSpec): fc.Arbitrary<FactValue> {
  switch (spec.kind) {
    case 'integer':
      return fc.integer({ min: Math.max(spec.min ?? -WIDE, -WIDE), max: Math.min(spec.max ?? WIDE, WIDE) });
    case 'number':
      return fc.double({
        min: Math.max(spec.min ?? -WIDE, -WIDE),
        max: Math.min(spec.max ?? WIDE, WIDE),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'string':
      return fc.string({ maxLength: 12 });
  }
}

function boundaryValues(spec: FactSpec, name: string, rules: FactsArbOptions['rules']): FactValue[] {
  if (spec.kind !== 'integer' && spec.kind !== 'number') return [];
  const out = new Set<number>();
  for (const r of rules ?? []) {
    for (const t of r.thresholds) {
      if (t.fact !== name) continue;
      for (const c of Array.isArray(t.value) ? t.value : [t.value]) {
        if (typeof c !== 'number') continue;
        const near =
          spec.kind === 'integer' ? [Math.floor(c) - 1, Math.floor(c), Math.ceil(c), Math.ceil(c) + 1] : [c];
        for (const v of near) {
          if ((spec.min === undefined || v >= spec.min) && (spec.max === undefined || v <= spec.max))
            out.add(v);
        }
      }
    }
  }
  return [...out];
}

/**
 * An arbitrary of valid facts records for a fact schema (every fact present, in its domain).
 * With `rules`, numeric facts hit the rules' thresholds and their neighbours half of the time.
 * @example
 * fc.assert(fc.property(factsArb(schema, { rules }), (facts) => set.evaluate(facts, { asOf }).conflict === undefined));
 */
export function factsArb<S extends FactSchema>(
  schema: S,
  options: FactsArbOptions = {},
): fc.Arbitrary<FactsOf<S>> {
  // fromEntries, not assignment: a fact named `__proto__` stays an own key.
  const parts: Record<string, fc.Arbitrary<FactValue>> = Object.fromEntries(
    Object.entries(schema).map(([name, spec]) => {
      const base = baseArb(spec);
      const edges = boundaryValues(spec, name, options.rules);
      return [name, edges.length === 0 ? base : fc.oneof(base, fc.constantFrom(...edges))];
    }),
  );
  return fc.record(parts) as unknown as fc.Arbitrary<FactsOf<S>>;
}
