// The same 131 rules as a json-rules-engine 7 rule set, for the bench only: declarative
// thresholds become conditions; a hand-written `when` becomes a computed fact the rule tests.
import { Engine } from 'json-rules-engine';
import type { ApprovalFacts, ApprovalRule } from '../dist/internal.js';

const OPS = {
  '<': 'lessThan',
  '<=': 'lessThanInclusive',
  '>': 'greaterThan',
  '>=': 'greaterThanInclusive',
  '==': 'equal',
  '!=': 'notEqual',
  in: 'in',
} as const;

/** A json-rules-engine with one rule per approval rule, firing an event that carries its effect. */
export function jsonRulesEngine(rules: readonly ApprovalRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const r of rules) {
    if (r.declarative) {
      const conditions = r.thresholds.map((t) => ({
        fact: t.fact,
        operator: OPS[t.op],
        value: t.value as never,
      }));
      engine.addRule({
        name: r.id,
        conditions: r.match === 'any' ? { any: conditions } : { all: conditions },
        event: { type: r.id, params: r.effect as never },
      });
    } else {
      const name = `when:${r.id}`;
      engine.addFact(name, async (_p, almanac) => {
        const f = {} as Record<string, unknown>;
        for (const k of r.reads) f[k] = await almanac.factValue(k);
        return r.when(f as ApprovalFacts);
      });
      engine.addRule({
        name: r.id,
        conditions: { all: [{ fact: name, operator: 'equal', value: true }] },
        event: { type: r.id, params: r.effect as never },
      });
    }
  }
  return engine;
}
