// The executable form of the rules in force on some dates: generated code where the environment
// allows `new Function`, else the typed-array interpreter of compile.ts. Both give the same hits,
// trace steps and bad-fact index (checked by test/rules-codegen.test.ts).
import type { JsonValue, TraceStep } from '../trace';
import { generate, type RunFn, type TraceFn } from './codegen';
import { assemble, type CompiledRule, type FactLayout, fillVector, run } from './compile';
import type { Rule } from './rule';

/** The rules in force on some dates, ready to run. */
export interface Plan<F, E> {
  readonly rules: readonly Rule<F, E>[];
  readonly effects: readonly E[];
  readonly run: RunFn<F>;
  readonly trace: TraceFn<F>;
  /** True when `run` and `trace` are generated code, false when interpreted. */
  readonly generated: boolean;
}

/** The interpreted trace: the same two step shapes as the generated one. */
function interpretedTrace<F, E>(rules: readonly Rule<F, E>[]): TraceFn<F> {
  return (facts, hits, count, asOf) => {
    const rec = facts as Record<string, JsonValue>;
    const trace: TraceStep[] = [];
    let next = 0;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const hit = next < count && hits[next] === i;
      if (hit) next++;
      const inputs: Record<string, JsonValue> = {};
      for (const k of rule.reads) {
        // As the generated object literal does (`["__proto__"]: …`): an own property, never the prototype.
        if (k === '__proto__')
          Object.defineProperty(inputs, k, {
            value: rec[k],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else inputs[k] = rec[k]!;
      }
      if (hit)
        trace.push({
          id: rule.id,
          kind: 'rule',
          title: rule.title,
          fired: true,
          inputs,
          result: rule.effect as JsonValue,
          basis: rule.basis,
          at: asOf,
        });
      else
        trace.push({
          id: rule.id,
          kind: 'rule',
          title: rule.title,
          fired: false,
          inputs,
          basis: rule.basis,
          at: asOf,
        });
    }
    return trace;
  };
}

/**
 * Builds the plan of `rules` (in order; `compiled` holds their compiled forms).
 * @example
 * const plan = buildPlan(rules, rules.map((r, i) => compileRule(r, layout, `rules.${i}`)), layout);
 * const count = plan.run(facts, hits); // < 0: fact `-1 - count` is bad
 */
export function buildPlan<F, E>(
  rules: readonly Rule<F, E>[],
  compiled: readonly CompiledRule<F>[],
  layout: FactLayout,
): Plan<F, E> {
  const effects = rules.map((r) => r.effect);
  const gen = generate(rules, compiled, layout.names, layout.specs);
  if (gen !== undefined) return { rules, effects, run: gen.run, trace: gen.trace, generated: true };
  const program = assemble(compiled);
  const vec = new Float64Array(layout.names.length);
  return {
    rules,
    effects,
    run: (facts, hits) => {
      const bad = fillVector(layout, facts, vec);
      return bad >= 0 ? -1 - bad : run(program, facts, vec, hits);
    },
    trace: interpretedTrace(rules),
    generated: false,
  };
}
