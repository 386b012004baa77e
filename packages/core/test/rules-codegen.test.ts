// The two execution paths of a rule set: generated code (the default) and the typed-array
// interpreter it falls back to where `new Function` is forbidden (a CSP without 'unsafe-eval').
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { factsArb } from '../src/arbitraries';
import {
  assumption,
  createRuleSet,
  defineFacts,
  defineRule,
  type FactsOf,
  type Rule,
  type RuleSet,
  type RuleSetDefinition,
  type Threshold,
  ValidationError,
} from '../src/index';
import { setCodegenAllowed } from '../src/rules/codegen';
import { compileRule, layoutOf } from '../src/rules/compile';
import { buildPlan } from '../src/rules/plan';

// One fact of every kind, bounded, half-bounded and unbounded numbers included.
const schema = defineFacts({
  n: { kind: 'integer', min: 0, max: 20 },
  k: { kind: 'integer', min: 0 },
  x: { kind: 'number', min: -10, max: 10 },
  y: { kind: 'number' },
  g: { kind: 'enum', values: ['A', 'B', 'C', 'D'] },
  b: { kind: 'boolean' },
  s: { kind: 'string' },
});
type Facts = FactsOf<typeof schema>;
type T = Threshold<Facts>;
const basis = assumption({ zh: '代码生成测试夹具', en: 'code-generation test fixture' });
const title = (id: string) => ({ zh: id, en: id });
const dates = ['2024-06-01', '2025-06-01'] as const;
const max = (es: readonly number[]) => (es.length === 0 ? undefined : Math.max(...es));

const rule = (id: string, effect: number, def: Partial<Parameters<typeof defineRule<Facts, number>>[0]>) =>
  defineRule<Facts, number>({ id, title: title(id), basis, effect, ...def });

// Worked example: every threshold form, empty all/any, a hand-written `when`, dated versions.
const fixed: Rule<Facts, number>[] = [
  rule('R1', 1, {
    thresholds: [
      { fact: 'n', op: '>=', value: 5 },
      { fact: 'g', op: 'in', value: ['A', 'C'] },
    ],
  }),
  rule('R2', 2, {
    match: 'any',
    thresholds: [
      { fact: 'b', op: '==', value: true },
      { fact: 's', op: 'in', value: ['x', 'ab'] },
      { fact: 'n', op: 'in', value: [1, 2] },
    ],
  }),
  rule('R3', 3, { thresholds: [] }),
  rule('R4', 4, { thresholds: [], match: 'any' }),
  rule('R5', 5, { thresholds: [{ fact: 'x', op: '>', value: -2.5 }] }),
  rule('R6', 6, { thresholds: [{ fact: 's', op: '!=', value: 'ab' }] }),
  rule('R7', 7, { reads: ['k'], when: (f) => f.k % 2 === 1 }),
  rule('R8', 8, {
    thresholds: [
      { fact: 'g', op: '!=', value: 'C' },
      { fact: 'y', op: '<', value: 2e6 },
    ],
  }),
  rule('R9', 9, { thresholds: [{ fact: 'k', op: '>=', value: 7 }], validTo: '2025-01-01' }),
  rule('R9', 10, { thresholds: [{ fact: 'k', op: '>=', value: 8 }], validFrom: '2025-01-01' }),
];
const def = (rules: readonly Rule<Facts, number>[]): RuleSetDefinition<typeof schema, number> => ({
  id: 'codegen',
  facts: schema,
  rules,
  hitPolicy: 'collect',
  aggregate: max,
});
const example: Facts = { n: 5, k: 7, x: -2.5, y: 1e6, g: 'C', b: false, s: 'ab' };

/** A rule set whose plans (one per date of `dates`) are built by the interpreter. */
function interpreted(rules: readonly Rule<Facts, number>[]): RuleSet<Facts, number> {
  setCodegenAllowed(false);
  try {
    const set = createRuleSet(def(rules));
    for (const d of dates) set.inForce(d);
    return set;
  } finally {
    setCodegenAllowed(true);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCodegenAllowed(true);
});

describe('both paths on the worked example', () => {
  const paths = { generated: createRuleSet(def(fixed)), interpreted: interpreted(fixed) };
  for (const [name, set] of Object.entries(paths)) {
    it(`${name}: fires the rules that hold, by hand`, () => {
      // R1: 5 >= 5 and C in [A, C]; R2: s 'ab' in [x, ab]; R3: empty all holds; R4: empty any
      // fails; R5: -2.5 > -2.5 fails; R6: 'ab' != 'ab' fails; R7: 7 is odd; R8: g == C fails;
      // R9 until 2025-01-01: 7 >= 7, from then: 7 >= 8 fails.
      const before = set.evaluate(example, { asOf: '2024-06-01', trace: true });
      expect(before.fired.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R7', 'R9']);
      expect(before.decision).toBe(9); // max(1, 2, 3, 7, 9)
      const after = set.evaluate(example, { asOf: '2025-06-01' });
      expect(after.fired.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R7']);
      expect(after.effects).toEqual([1, 2, 3, 7]);
      expect(after.decision).toBe(7);
      expect(after.trace).toBeUndefined();
      const [, r2, , , r5] = before.trace!;
      expect(r2).toEqual({
        id: 'R2',
        kind: 'rule',
        title: title('R2'),
        fired: true,
        inputs: { b: false, s: 'ab', n: 5 },
        result: 2,
        basis,
        at: '2024-06-01',
      });
      expect(Object.keys(r5!)).toEqual(['id', 'kind', 'title', 'fired', 'inputs', 'basis', 'at']);
      expect(r5!.inputs).toEqual({ x: -2.5 });
    });

    it(`${name}: names every bad fact in a ValidationError`, () => {
      const paths = (f: unknown) => {
        try {
          set.evaluate(f as Facts, { asOf: '2025-06-01' });
        } catch (e) {
          expect(e).toBeInstanceOf(ValidationError);
          return (e as ValidationError).paths;
        }
        return [];
      };
      expect(paths({ ...example, x: 10.5 })).toEqual(['facts.x']); // above max 10
      expect(paths({ ...example, k: -1 })).toEqual(['facts.k']); // below min 0
      expect(paths({ ...example, y: Number.POSITIVE_INFINITY })).toEqual(['facts.y']); // not finite
      expect(paths({ ...example, g: 'E', n: 1.5, b: 0 })).toEqual(['facts.n', 'facts.g', 'facts.b']);
      expect(paths({ ...example, s: undefined })).toEqual(['facts.s']);
      expect(paths(null)).toEqual(['facts']);
    });
  }
});

describe('fallback where new Function is forbidden', () => {
  it('tries code generation once, then interprets every plan with the same results', () => {
    // A function, not an arrow, so that `new` reaches it (as it reaches the real Function).
    const refused = vi.fn(function refuse() {
      throw new EvalError("Refused to evaluate a string as JavaScript: 'unsafe-eval' is not allowed");
    });
    vi.stubGlobal('Function', refused);
    const set = createRuleSet(def(fixed));
    expect(set.evaluate(example, { asOf: '2024-06-01' }).decision).toBe(9);
    expect(refused).toHaveBeenCalledTimes(1);
    // A second plan and a second set: the refusal is remembered, no further attempt.
    expect(set.evaluate(example, { asOf: '2025-06-01' }).decision).toBe(7);
    expect(createRuleSet(def(fixed)).evaluate(example, { asOf: '2025-06-01' }).decision).toBe(7);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(set.engine).toBe('interpreted');
  });

  it('says which path a rule set runs on', () => {
    expect(createRuleSet(def(fixed)).engine).toBe('generated');
    expect(interpreted(fixed).engine).toBe('interpreted');
  });

  it('builds generated plans by default and interpreted ones when generation is off', () => {
    const layout = layoutOf(schema);
    const compiled = fixed.map((r, i) => compileRule(r, layout, `rules.${i}`));
    const rules = fixed.slice(0, 9);
    expect(buildPlan(rules, compiled.slice(0, 9), layout).generated).toBe(true);
    setCodegenAllowed(false);
    expect(buildPlan(rules, compiled.slice(0, 9), layout).generated).toBe(false);
  });
});

// Random rules over every threshold form, checked on both paths against a naive reading.
const numOps = ['<', '<=', '>', '>=', '==', '!='] as const;
const words = ['', 'a', 'ab', 'abc'] as const;
const thresholdArb: fc.Arbitrary<T> = fc.oneof(
  fc.record({
    fact: fc.constantFrom('n' as const, 'k' as const),
    op: fc.constantFrom(...numOps),
    value: fc.integer({ min: -2, max: 22 }),
  }),
  fc.record({
    fact: fc.constantFrom('n' as const, 'k' as const),
    op: fc.constant('in' as const),
    value: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    fact: fc.constantFrom('x' as const, 'y' as const),
    op: fc.constantFrom(...numOps),
    value: fc.double({ min: -11, max: 11, noNaN: true }),
  }),
  fc.record({
    fact: fc.constant('g' as const),
    op: fc.constantFrom('==' as const, '!=' as const),
    value: fc.constantFrom('A', 'B', 'C', 'D'),
  }),
  fc.record({
    fact: fc.constant('g' as const),
    op: fc.constant('in' as const),
    value: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D'), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    fact: fc.constant('b' as const),
    op: fc.constantFrom('==' as const, '!=' as const),
    value: fc.boolean(),
  }),
  fc.record({
    fact: fc.constant('s' as const),
    op: fc.constantFrom('==' as const, '!=' as const),
    value: fc.constantFrom(...words),
  }),
  fc.record({
    fact: fc.constant('s' as const),
    op: fc.constant('in' as const),
    value: fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
  }),
);
const rulesArb = fc
  .array(
    fc.record({
      thresholds: fc.array(thresholdArb, { maxLength: 3 }),
      match: fc.constantFrom('all' as const, 'any' as const),
      effect: fc.integer({ min: 0, max: 9 }),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((specs) => [...specs.map((s, i) => rule(`P${i}`, s.effect, s)), ...fixed]);
const caseArb = rulesArb.chain((rules) =>
  fc.tuple(
    fc.constant(rules),
    fc.array(
      fc
        .tuple(factsArb(schema, { rules }), fc.option(fc.constantFrom(...words)))
        .map(([f, s]): Facts => (s === null ? f : { ...f, s })),
      { minLength: 1, maxLength: 8 },
    ),
    fc.constantFrom(...dates),
  ),
);

function refHolds(t: T, f: Facts): boolean {
  const v = f[t.fact];
  if (t.op === 'in') return (t.value as readonly unknown[]).some((c) => c === v);
  if (t.op === '==') return v === t.value;
  if (t.op === '!=') return v !== t.value;
  const [a, c] = [v as number, t.value as number];
  return t.op === '<' ? a < c : t.op === '<=' ? a <= c : t.op === '>' ? a > c : a >= c;
}
const refFired = (set: RuleSet<Facts, number>, f: Facts, asOf: string) =>
  set
    .inForce(asOf)
    .filter((r) =>
      r.declarative
        ? r.match === 'all'
          ? r.thresholds.every((t) => refHolds(t, f))
          : r.thresholds.some((t) => refHolds(t, f))
        : r.when(f),
    )
    .map((r) => r.id);

describe('properties', () => {
  it('generated code and the interpreter fire what a naive reading fires, with equal results and traces', () => {
    fc.assert(
      fc.property(caseArb, ([rules, batch, asOf]) => {
        const generated = createRuleSet(def(rules));
        const interp = interpreted(rules);
        for (const f of batch) {
          const a = generated.evaluate(f, { asOf, trace: true });
          const b = interp.evaluate(f, { asOf, trace: true });
          expect(a.fired.map((r) => r.id)).toEqual(refFired(generated, f, asOf));
          expect(b).toEqual(a);
          expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace)); // same key order too
          expect(interp.evaluate(f, { asOf })).toEqual(generated.evaluate(f, { asOf }));
        }
      }),
    );
  });

  it('generated validation rejects exactly the facts the interpreter rejects, naming the same facts', () => {
    const names = Object.keys(schema) as (keyof Facts)[];
    const junk = [
      Number.NaN,
      Number.NEGATIVE_INFINITY,
      -1,
      1.5,
      21,
      1e12,
      'A',
      'E',
      '',
      null,
      undefined,
      true,
      {},
    ];
    const generated = createRuleSet(def(fixed));
    const interp = interpreted(fixed);
    const outcome = (set: RuleSet<Facts, number>, f: Facts) => {
      try {
        return set.evaluate(f, { asOf: '2025-06-01' });
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).paths;
      }
    };
    fc.assert(
      fc.property(factsArb(schema), fc.constantFrom(...names), fc.constantFrom(...junk), (f, name, v) => {
        const bad = { ...f, [name]: v } as Facts;
        expect(outcome(interp, bad)).toEqual(outcome(generated, bad));
        expect(bad[name]).toBe(v); // not mutated
      }),
    );
  });
});
