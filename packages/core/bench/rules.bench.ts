// The rule engine on a synthetic 131-rule set over 14 facts (numeric thresholds and enum checks),
// collect policy plus one decision (the most severe effect), over 10,000 seeded applications.
// Baselines measured in the same run: a hand-written array of closures (131 literal arrow
// functions, generated once as source text so each one is a distinct, monomorphic function, as if
// typed by hand), generic closures over `facts[name]`, and json-rules-engine 7 on the same rules.
// Applications per second = hz × applications per iteration (in each bench's name).

import {
  assumption,
  createRuleSet,
  defineFacts,
  defineRule,
  type FactsOf,
  RandomStream,
  type Threshold,
} from '@gd-ftz/core';
import { Engine, type RuleProperties } from 'json-rules-engine';
import { bench, describe } from 'vitest';

const facts = defineFacts({
  income: { kind: 'number', min: 0, max: 1_000_000 },
  yearsActive: { kind: 'integer', min: 0, max: 50 },
  employees: { kind: 'integer', min: 0, max: 5000 },
  debtRatio: { kind: 'number', min: 0, max: 3 },
  lateFilings: { kind: 'integer', min: 0, max: 24 },
  violations12m: { kind: 'integer', min: 0, max: 50 },
  invoiceCount: { kind: 'integer', min: 0, max: 10_000 },
  refundClaims: { kind: 'integer', min: 0, max: 100 },
  creditGrade: { kind: 'enum', values: ['A', 'B', 'M', 'C', 'D'] },
  industry: {
    kind: 'enum',
    values: ['mfg', 'trade', 'it', 'build', 'food', 'logistics', 'finance', 'other'],
  },
  entityType: { kind: 'enum', values: ['llc', 'jsc', 'sole', 'branch'] },
  region: { kind: 'enum', values: ['gz', 'sz', 'zh', 'fs', 'dg', 'zs', 'jm', 'st'] },
  newTaxpayer: { kind: 'boolean' },
  exporter: { kind: 'boolean' },
});
type Facts = FactsOf<typeof facts>;
interface Effect {
  readonly code: string;
  readonly severity: number;
}
const names = Object.keys(facts) as (keyof Facts & string)[];
const rng = RandomStream.fromSeed(20230059);

function randomThreshold(): Threshold<Facts> {
  const fact = names[rng.int(0, names.length - 1)]!;
  const spec = facts[fact];
  if (spec.kind === 'enum') {
    const values = spec.values.filter(() => rng.bernoulli(0.5));
    return values.length === 0
      ? { fact, op: '==', value: spec.values[0] }
      : { fact, op: 'in', value: values };
  }
  if (spec.kind === 'boolean') return { fact, op: '==', value: rng.bernoulli(0.5) };
  const op = (['<', '<=', '>', '>='] as const)[rng.int(0, 3)]!;
  const { min = 0, max = 1 } = spec as { min?: number; max?: number };
  const value = spec.kind === 'integer' ? rng.int(min, max) : Math.round(rng.uniform(min, max) * 100) / 100;
  return { fact, op, value };
}
const specs = Array.from({ length: 131 }, (_, i) => ({
  id: `R${String(i + 1).padStart(3, '0')}`,
  thresholds: Array.from({ length: rng.int(1, 3) }, randomThreshold),
  effect: { code: `E${i + 1}`, severity: rng.int(0, 3) } satisfies Effect,
}));
const mostSevere = (effects: readonly Effect[]): Effect | undefined => {
  let best: Effect | undefined;
  for (let i = 0; i < effects.length; i++)
    if (best === undefined || effects[i]!.severity > best.severity) best = effects[i];
  return best;
};

const basis = assumption({ zh: '合成的基准测试规则', en: 'synthetic benchmark rule' });
const definition = {
  id: 'bench-131',
  facts,
  hitPolicy: 'collect',
  aggregate: mostSevere,
  rules: specs.map((s) => defineRule<Facts, Effect>({ ...s, title: { zh: s.id, en: s.id }, basis })),
} as const;
const ruleSet = createRuleSet(definition);
const emptySet = createRuleSet({
  id: 'empty',
  facts,
  hitPolicy: 'collect',
  aggregate: mostSevere,
  rules: [],
});

function randomFacts(): Facts {
  const f: Record<string, number | boolean | string> = {};
  for (const name of names) {
    const spec = facts[name];
    if (spec.kind === 'enum') f[name] = spec.values[rng.int(0, spec.values.length - 1)]!;
    else if (spec.kind === 'boolean') f[name] = rng.bernoulli(0.5);
    else if (spec.kind === 'integer') f[name] = rng.int(spec.min ?? 0, spec.max ?? 100);
    else f[name] = Math.round(rng.uniform(spec.min ?? 0, spec.max ?? 1) * 100) / 100;
  }
  return f as Facts;
}
const applications = Array.from({ length: 10_000 }, randomFacts);

// Baseline 1: hand-written closures. Source text, compiled once, so each rule is its own literal
// arrow function (what a person writing 131 rules by hand would get). Bench-only; never in src.
const literal = (v: Threshold<Facts>['value']) => JSON.stringify(v);
const source = specs.map((s) => {
  const parts = s.thresholds.map((t) =>
    t.op === 'in'
      ? `(${(t.value as readonly string[]).map((v) => `f.${t.fact} === ${literal(v)}`).join(' || ')})`
      : `f.${t.fact} ${t.op === '==' ? '===' : t.op} ${literal(t.value)}`,
  );
  return `(f) => ${parts.join(' && ')}`;
});
const handWritten = new Function(`return [${source.join(',\n')}];`)() as ((f: Facts) => boolean)[];
// Baseline 2: generic closures reading facts[name] (no code generation).
const generic = specs.map((s) => {
  const tests = s.thresholds.map((t): ((f: Facts) => boolean) => {
    const k = t.fact;
    const c = t.value;
    switch (t.op) {
      case '<':
        return (f) => (f[k] as number) < (c as number);
      case '<=':
        return (f) => (f[k] as number) <= (c as number);
      case '>':
        return (f) => (f[k] as number) > (c as number);
      case '>=':
        return (f) => (f[k] as number) >= (c as number);
      case 'in':
        return (f) => (c as readonly unknown[]).includes(f[k]);
      default:
        return (f) => f[k] === c;
    }
  });
  return (f: Facts) => tests.every((t) => t(f));
});
const effects = specs.map((s) => s.effect);
function runClosures(preds: readonly ((f: Facts) => boolean)[], f: Facts): Effect | undefined {
  const fired: Effect[] = [];
  for (let i = 0; i < preds.length; i++) if (preds[i]!(f)) fired.push(effects[i]!);
  return mostSevere(fired);
}

// Baseline 3: json-rules-engine 7 (asynchronous) on the same rules.
const JRE_OPS = {
  '<': 'lessThan',
  '<=': 'lessThanInclusive',
  '>': 'greaterThan',
  '>=': 'greaterThanInclusive',
  '==': 'equal',
  '!=': 'notEqual',
  in: 'in',
} as const;
const jreRules: RuleProperties[] = specs.map((s) => ({
  name: s.id,
  conditions: { all: s.thresholds.map((t) => ({ fact: t.fact, operator: JRE_OPS[t.op], value: t.value })) },
  event: { type: s.id, params: { ...s.effect } },
}));
const engine = new Engine(jreRules);
const JRE_BATCH = 200;
async function runJre(f: Facts): Promise<number | undefined> {
  const { events } = await engine.run({ ...f });
  let best: number | undefined;
  for (const e of events) {
    const sev = (e.params as unknown as Effect).severity;
    if (best === undefined || sev > best) best = sev;
  }
  return best;
}

// The four implementations must agree before they are compared.
const asOf = '2025-01-01';
const options = { asOf };
const traced = { asOf, trace: true };
let firedTotal = 0;
for (const f of applications) {
  const r = ruleSet.evaluate(f, options);
  firedTotal += r.fired.length;
  const expected = r.decision?.severity;
  if (runClosures(handWritten, f)?.severity !== expected || runClosures(generic, f)?.severity !== expected) {
    throw new Error('baselines disagree with the engine');
  }
}
for (const f of applications.slice(0, JRE_BATCH)) {
  if ((await runJre(f)) !== ruleSet.evaluate(f, options).decision?.severity)
    throw new Error('json-rules-engine disagrees');
}
// The interpreter the engine falls back to where a CSP forbids eval: a set whose plan is built
// while `Function` refuses as a browser without 'unsafe-eval' does. Built after every other plan
// (the refusal is remembered for the rest of the process), and checked against the generated one.
emptySet.evaluate(applications[0]!, options);
const realFunction = globalThis.Function;
globalThis.Function = function refuse() {
  throw new EvalError('unsafe-eval is not allowed (bench)');
} as unknown as FunctionConstructor;
const interpretedSet = createRuleSet(definition);
for (const f of applications.slice(0, JRE_BATCH)) {
  if (interpretedSet.evaluate(f, traced).decision !== ruleSet.evaluate(f, options).decision)
    throw new Error('the interpreter disagrees with the generated code');
}
globalThis.Function = realFunction;
process.stdout.write(
  `rules.bench: mean rules fired per application ${(firedTotal / applications.length).toFixed(2)} of 131\n`,
);

let sink = 0;
describe('131 rules × 14 facts, collect + most severe (10,000 applications per iteration unless noted)', () => {
  bench('core engine, tracing off', () => {
    for (const f of applications) sink += ruleSet.evaluate(f, options).effects.length;
  });
  bench('core engine, full traces', () => {
    for (const f of applications) sink += ruleSet.evaluate(f, traced).trace!.length;
  });
  bench('core engine, interpreter fallback (no eval), tracing off', () => {
    for (const f of applications) sink += interpretedSet.evaluate(f, options).effects.length;
  });
  bench('core engine, interpreter fallback (no eval), full traces', () => {
    for (const f of applications) sink += interpretedSet.evaluate(f, traced).trace!.length;
  });
  bench('baseline: hand-written closures', () => {
    for (const f of applications) sink += runClosures(handWritten, f)?.severity ?? 0;
  });
  bench('baseline: generic closures over facts[name]', () => {
    for (const f of applications) sink += runClosures(generic, f)?.severity ?? 0;
  });
  bench('core engine, 0 rules (fact validation + result only)', () => {
    for (const f of applications) sink += emptySet.evaluate(f, options).effects.length;
  });
  bench(`baseline: json-rules-engine 7 (${JRE_BATCH} applications per iteration)`, async () => {
    for (let i = 0; i < JRE_BATCH; i++) sink += (await runJre(applications[i]!)) ?? 0;
  });
});
if (sink === -1) process.stdout.write('unreachable\n');
