// The rule engine on a synthetic 131-rule set over 14 facts (numeric thresholds and enum checks),
// collect policy plus one decision (the most severe effect), over 10,000 seeded applications.
// Baselines measured in the same run: a hand-written array of closures (131 literal arrow
// functions, generated once as source text so each one is a distinct, monomorphic function, as if
// typed by hand), generic closures over `facts[name]`, and json-rules-engine 7 on the same rules.
// Every bench evaluates the same number of applications per iteration (BATCH, the next window of
// the population each time), so hz ratios — vitest's "× faster than" lines — are per-application
// ratios, json-rules-engine included. Applications per second = hz × BATCH, per second of CPU
// time (see cpu-clock.ts). Every path is warmed up on the whole population before timing (the
// traced path's first thousands of evaluations run while V8 is still compiling it).

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
import { cpuNow } from './cpu-clock';

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
const POPULATION = 10_000;
const applications = Array.from({ length: POPULATION }, randomFacts);
// Applications per iteration, in every bench: about 0.2 ms for the engine (long enough for the
// CPU clock), about 0.5 s for json-rules-engine (about 1,000 a second; tinybench runs at least 10).
const BATCH = 500;
let cursor = 0;
/** The first index of the next window of BATCH applications (the windows cycle through the population). */
function nextWindow(): number {
  const from = cursor;
  cursor = (cursor + BATCH) % POPULATION;
  return from;
}

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
// Agreement with json-rules-engine is checked on the first applications (it is slow).
const JRE_CHECKED = 200;
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
// The traced path decides the same; this also warms it up on the whole population.
for (const f of applications) {
  const r = ruleSet.evaluate(f, traced);
  if (r.decision !== ruleSet.evaluate(f, options).decision || r.trace?.length !== 131)
    throw new Error('the traced path disagrees');
}
for (const f of applications.slice(0, JRE_CHECKED)) {
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
for (const f of applications) {
  if (
    interpretedSet.evaluate(f, traced).decision !== ruleSet.evaluate(f, options).decision ||
    interpretedSet.evaluate(f, options).decision !== ruleSet.evaluate(f, options).decision
  )
    throw new Error('the interpreter disagrees with the generated code');
}
globalThis.Function = realFunction;
process.stdout.write(
  `rules.bench: mean rules fired per application ${(firedTotal / applications.length).toFixed(2)} of 131\n`,
);

let sink = 0;
const timing = { now: cpuNow };
describe(`131 rules × 14 facts, collect + most severe (${BATCH} applications per iteration in every bench)`, () => {
  bench(
    'core engine, tracing off',
    () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++)
        sink += ruleSet.evaluate(applications[i]!, options).effects.length;
    },
    timing,
  );
  bench(
    'core engine, full traces',
    () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++)
        sink += ruleSet.evaluate(applications[i]!, traced).trace!.length;
    },
    timing,
  );
  bench(
    'core engine, interpreter fallback (no eval), tracing off',
    () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++)
        sink += interpretedSet.evaluate(applications[i]!, options).effects.length;
    },
    timing,
  );
  bench(
    'core engine, interpreter fallback (no eval), full traces',
    () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++)
        sink += interpretedSet.evaluate(applications[i]!, traced).trace!.length;
    },
    timing,
  );
  bench(
    'baseline: hand-written closures',
    () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++)
        sink += runClosures(handWritten, applications[i]!)?.severity ?? 0;
    },
    timing,
  );
  bench(
    'baseline: generic closures over facts[name]',
    () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++) sink += runClosures(generic, applications[i]!)?.severity ?? 0;
    },
    timing,
  );
  bench(
    'core engine, 0 rules (fact validation + result only)',
    () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++)
        sink += emptySet.evaluate(applications[i]!, options).effects.length;
    },
    timing,
  );
  bench(
    'baseline: json-rules-engine 7',
    async () => {
      const from = nextWindow();
      for (let i = from; i < from + BATCH; i++) sink += (await runJre(applications[i]!)) ?? 0;
    },
    timing,
  );
});
if (sink === -1) process.stdout.write('unreachable\n');
