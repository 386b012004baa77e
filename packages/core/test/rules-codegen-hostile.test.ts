// Generated code takes names and values from rule data: fact names, rule ids, enum and string
// values. Hostile ones (quotes, backslashes, `*/`, U+2028/U+2029, `${`, `</script>`, and the
// names of Object.prototype's own members) must give the same decisions and traces on both
// paths, and rule data changed after creation must never reach the generated source.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assumption,
  CodegenError,
  ConfigurationError,
  createRuleSet,
  defineFacts,
  defineRule,
  type FactSchema,
  type FactSpec,
  type Rule,
  type RuleSet,
  type Threshold,
} from '../src/index';
import { setCodegenAllowed } from '../src/rules/codegen';

type Facts = Record<string, string | number | boolean>;
type AnyRule = Rule<Facts, number>;
const basis = assumption({ zh: '恶意名称测试数据', en: 'hostile-name test fixture' });
const asOf = '2025-06-01';
const max = (es: readonly number[]) => (es.length === 0 ? undefined : Math.max(...es));

// Each payload, if it escaped a string literal, would set this global.
const PWNED = '__gdFtzCodegenPwned';
const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g[PWNED];
  setCodegenAllowed(true);
});

const HOSTILE = [
  '"',
  "'",
  '`',
  '\\',
  '\\"',
  '*/',
  '/*',
  '//',
  '\u2028',
  '\u2029',
  '${',
  '}',
  '</script>',
  '\n',
  '\r',
  '\0',
  `"); globalThis.${PWNED} = 1; ("`,
  `*/ globalThis.${PWNED} = 1; /*`,
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
] as const;
const hostileArb = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc
    .array(fc.constantFrom(...HOSTILE, 'a', ' ', 'é', '中'), { minLength: 1, maxLength: 4 })
    .map((p) => p.join('')),
  fc.string({ minLength: 1, maxLength: 6 }),
);

/** Builds the two rule sets: generated (checked to be generated) and interpreted. */
function bothPaths(facts: FactSchema, rules: readonly AnyRule[]) {
  const def = { id: 'hostile', facts, rules, hitPolicy: 'collect' as const, aggregate: max };
  const generated = createRuleSet(def) as unknown as RuleSet<Facts, number>;
  setCodegenAllowed(false);
  let interpreted: RuleSet<Facts, number>;
  try {
    interpreted = createRuleSet(def) as unknown as RuleSet<Facts, number>;
    expect(interpreted.engine).toBe('interpreted'); // builds its plans while generation is off
  } finally {
    setCodegenAllowed(true);
  }
  expect(generated.engine).toBe('generated');
  return { generated, interpreted };
}

/** Own properties only: the facts record as JSON would build it (`__proto__` an own key). */
const record = (entries: readonly (readonly [string, unknown])[]): Facts =>
  Object.fromEntries(entries) as Facts;

describe('worked example: facts named like members of Object.prototype', () => {
  const facts = defineFacts(
    record([
      ['__proto__', { kind: 'integer', min: 0, max: 9 }],
      ['constructor', { kind: 'string' }],
      ['toString', { kind: 'enum', values: ['a', 'b'] }],
    ]) as unknown as FactSchema,
  );
  const rules = [
    defineRule<Facts, number>({
      id: 'P1',
      title: { zh: 'P1', en: 'P1' },
      basis,
      thresholds: [{ fact: '__proto__', op: '>=', value: 5 }],
      effect: 1,
    }),
    defineRule<Facts, number>({
      id: 'P2',
      title: { zh: 'P2', en: 'P2' },
      basis,
      thresholds: [
        { fact: 'constructor', op: '==', value: 'x' },
        { fact: 'toString', op: '==', value: 'b' },
      ],
      effect: 2,
    }),
  ];

  it('both paths read own properties, fire the same rules and trace the inputs as own keys', () => {
    const { generated, interpreted } = bothPaths(facts, rules);
    const f = record([
      ['__proto__', 7],
      ['constructor', 'x'],
      ['toString', 'b'],
    ]);
    for (const set of [generated, interpreted]) {
      const r = set.evaluate(f, { asOf, trace: true });
      // P1: 7 >= 5; P2: 'x' == 'x' and 'b' == 'b'; collect, max(1, 2) = 2.
      expect(r.fired.map((x) => x.id)).toEqual(['P1', 'P2']);
      expect(r.decision).toBe(2);
      const inputs = r.trace![0]!.inputs;
      expect(Object.getOwnPropertyDescriptor(inputs, '__proto__')?.value).toBe(7);
      expect(Object.getPrototypeOf(inputs)).toBe(Object.prototype);
    }
    const a = generated.evaluate(f, { asOf, trace: true });
    const b = interpreted.evaluate(f, { asOf, trace: true });
    expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
  });

  it('both paths reject a record where those facts are only inherited, naming them', () => {
    const { generated, interpreted } = bothPaths(facts, rules);
    for (const set of [generated, interpreted]) {
      // `{}` inherits __proto__, constructor and toString from Object.prototype: none is a valid fact.
      expect(() => set.evaluate({}, { asOf })).toThrow(
        /facts\.__proto__.*facts\.constructor.*facts\.toString/,
      );
    }
  });
});

describe('code injection through rule data changed after creation (issue 32)', () => {
  // An expression, so that it compiles inside `(x0 === (…) || …)`; reached when nothing before it matches.
  const payload = `0) || (globalThis.${PWNED} = 1) || (0`;
  const hostile = { toString: () => payload, valueOf: () => 0 };

  it('an object with a hostile toString pushed into a number `in` list after creation', () => {
    const list: unknown[] = [1, 2];
    const rule = defineRule<Facts, number>({
      id: 'R',
      title: { zh: 'R', en: 'R' },
      basis,
      thresholds: [{ fact: 'n', op: 'in', value: list as number[] }],
      effect: 1,
    });
    const set = createRuleSet({
      id: 's',
      facts: { n: { kind: 'integer' } },
      rules: [rule],
      hitPolicy: 'first',
    });
    list.push(hostile);
    expect(set.evaluate({ n: 2 }, { asOf }).decision).toBe(1);
    expect(set.evaluate({ n: 0 }, { asOf }).decision).toBeUndefined();
    expect(set.engine).toBe('generated');
    expect(g[PWNED]).toBeUndefined();
    expect(rule.thresholds[0]!.value).toEqual([1, 2]); // the rule kept its own frozen copy
    expect(Object.isFrozen(rule.thresholds[0]!.value)).toBe(true);
  });

  it('a fact bound (`facts.n.min`) set to a string after creation', () => {
    const facts = { n: { kind: 'integer', min: 0, max: 9 } } as {
      n: { kind: 'integer'; min: unknown; max: number };
    };
    const rule = defineRule<Facts, number>({
      id: 'R',
      title: { zh: 'R', en: 'R' },
      basis,
      thresholds: [{ fact: 'n', op: '>', value: 3 }],
      effect: 1,
    });
    const set = createRuleSet({
      id: 's',
      facts: facts as unknown as FactSchema,
      rules: [rule],
      hitPolicy: 'first',
    });
    facts.n.min = `0) || (globalThis.${PWNED} = 1`;
    expect(set.evaluate({ n: 4 }, { asOf }).decision).toBe(1);
    expect(() => set.evaluate({ n: -1 }, { asOf })).toThrow(/facts\.n/); // the bound in force is still 0
    expect(set.engine).toBe('generated');
    expect(g[PWNED]).toBeUndefined();
    expect((set.facts.n as FactSpec & { min: unknown }).min).toBe(0);
  });

  it('an `in` list element that is a getter (read once, at creation)', () => {
    const list: unknown[] = [1];
    let reads = 0;
    Object.defineProperty(list, 1, {
      enumerable: true,
      get: () => (reads++ === 0 ? 5 : hostile),
    });
    const rule = defineRule<Facts, number>({
      id: 'R',
      title: { zh: 'R', en: 'R' },
      basis,
      thresholds: [{ fact: 'n', op: 'in', value: list as number[] }],
      effect: 1,
    });
    const set = createRuleSet({
      id: 's',
      facts: { n: { kind: 'integer' } },
      rules: [rule],
      hitPolicy: 'first',
    });
    expect(set.evaluate({ n: 5 }, { asOf }).decision).toBe(1);
    expect(set.evaluate({ n: 0 }, { asOf }).decision).toBeUndefined();
    expect(set.engine).toBe('generated');
    expect(reads).toBe(1);
    expect(g[PWNED]).toBeUndefined();
  });

  it('non-finite numbers never reach the source: rejected when the rule is defined', () => {
    const define = (value: Threshold<Facts>['value']) => () =>
      defineRule<Facts, number>({
        id: 'R',
        title: { zh: 'R', en: 'R' },
        basis,
        thresholds: [{ fact: 'n', op: Array.isArray(value) ? 'in' : '==', value }],
        effect: 1,
      });
    expect(define(Number.NaN)).toThrow(ConfigurationError);
    expect(define([1, Number.POSITIVE_INFINITY])).toThrow(/thresholds\.0\.value\.1/);
    expect(define([1, hostile as unknown as number])).toThrow(/thresholds\.0\.value\.1/);
  });
});

describe('a generator failure other than a CSP refusal', () => {
  it('throws CodegenError instead of falling back silently, and does not switch generation off', () => {
    const rule = defineRule<Facts, number>({
      id: 'R',
      title: { zh: 'R', en: 'R' },
      basis,
      thresholds: [{ fact: 'n', op: '>', value: 3 }],
      effect: 1,
    });
    const def = {
      id: 's',
      facts: { n: { kind: 'integer' } } as FactSchema,
      rules: [rule],
      hitPolicy: 'first' as const,
    };
    const real = globalThis.Function;
    // A function, not an arrow, so that `new` reaches it (as it reaches the real Function).
    globalThis.Function = function broken() {
      throw new SyntaxError('Unexpected token (simulated generator bug)');
    } as unknown as FunctionConstructor;
    let error: unknown;
    try {
      createRuleSet(def).evaluate({ n: 4 }, { asOf });
    } catch (e) {
      error = e;
    } finally {
      globalThis.Function = real;
    }
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).code).toBe('GDFTZ_CODEGEN');
    expect((error as CodegenError).cause).toBeInstanceOf(SyntaxError);
    expect(createRuleSet(def).engine).toBe('generated');
  });
});

// --- property: hostile fact names, rule ids, titles and string values ---------------------------

type Kind = 'integer' | 'string' | 'enum' | 'boolean';
interface FactPlan {
  readonly name: string;
  readonly kind: Kind;
  readonly values: readonly string[]; // enum domain, or the string values thresholds compare with
}

const factPlansArb: fc.Arbitrary<FactPlan[]> = fc
  .uniqueArray(hostileArb, { minLength: 1, maxLength: 6 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          kind: fc.constantFrom<Kind>('integer', 'string', 'enum', 'boolean'),
          values: fc.uniqueArray(hostileArb, { minLength: 1, maxLength: 4 }),
        }),
      ),
    ),
  );

function specOf(p: FactPlan): FactSpec {
  switch (p.kind) {
    case 'integer':
      return { kind: 'integer', min: -5, max: 5 };
    case 'enum':
      return { kind: 'enum', values: p.values as [string, ...string[]] };
    default:
      return { kind: p.kind };
  }
}

function thresholdArb(p: FactPlan): fc.Arbitrary<Threshold<Facts>> {
  const fact = fc.constant(p.name);
  switch (p.kind) {
    case 'integer':
      return fc.oneof(
        fc.record({
          fact,
          op: fc.constantFrom(
            '<' as const,
            '<=' as const,
            '>' as const,
            '>=' as const,
            '==' as const,
            '!=' as const,
          ),
          value: fc.integer({ min: -6, max: 6 }),
        }),
        fc.record({
          fact,
          op: fc.constant('in' as const),
          value: fc.uniqueArray(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 3 }),
        }),
      );
    case 'boolean':
      return fc.record({ fact, op: fc.constantFrom('==' as const, '!=' as const), value: fc.boolean() });
    default:
      return fc.oneof(
        fc.record({
          fact,
          op: fc.constantFrom('==' as const, '!=' as const),
          value: fc.constantFrom(...p.values),
        }),
        fc.record({
          fact,
          op: fc.constant('in' as const),
          value: fc.uniqueArray(fc.constantFrom(...p.values), { minLength: 1, maxLength: 3 }),
        }),
      );
  }
}

function valueArb(p: FactPlan): fc.Arbitrary<string | number | boolean> {
  switch (p.kind) {
    case 'integer':
      return fc.integer({ min: -5, max: 5 });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...p.values);
    case 'string':
      return fc.oneof(fc.constantFrom(...p.values), hostileArb);
  }
}

const caseArb = factPlansArb.chain((plans) =>
  fc.record({
    plans: fc.constant(plans),
    rules: fc.uniqueArray(
      fc.record({
        id: hostileArb.filter((s) => s.trim() !== ''),
        title: hostileArb,
        match: fc.constantFrom('all' as const, 'any' as const),
        thresholds: fc.array(fc.oneof(...plans.map(thresholdArb)), { maxLength: 3 }),
        effect: fc.integer({ min: 0, max: 9 }),
      }),
      { minLength: 1, maxLength: 8, selector: (r) => r.id },
    ),
    batch: fc.array(fc.tuple(...plans.map(valueArb)), { minLength: 1, maxLength: 5 }),
  }),
);

function holds(t: Threshold<Facts>, f: Facts): boolean {
  const v = Object.getOwnPropertyDescriptor(f, t.fact)?.value;
  const c = t.value;
  switch (t.op) {
    case 'in':
      return (c as readonly unknown[]).includes(v);
    case '==':
      return v === c;
    case '!=':
      return v !== c;
    case '<':
      return v < c;
    case '<=':
      return v <= c;
    case '>':
      return v > c;
    case '>=':
      return v >= c;
  }
}

describe('property', () => {
  it('hostile fact names, rule ids and string values: both paths agree with a naive reading, decisions and traces', () => {
    fc.assert(
      fc.property(caseArb, ({ plans, rules: specs, batch }) => {
        const facts = defineFacts(record(plans.map((p) => [p.name, specOf(p)])) as unknown as FactSchema);
        const rules = specs.map((s) =>
          defineRule<Facts, number>({
            id: s.id,
            title: { zh: s.title, en: s.title },
            basis,
            thresholds: s.thresholds,
            match: s.match,
            effect: s.effect,
          }),
        );
        const { generated, interpreted } = bothPaths(facts, rules);
        for (const values of batch) {
          const f = record(plans.map((p, i) => [p.name, values[i]]));
          const a = generated.evaluate(f, { asOf, trace: true });
          const b = interpreted.evaluate(f, { asOf, trace: true });
          const expected = rules
            .filter((r) =>
              r.match === 'all'
                ? r.thresholds.every((t) => holds(t, f))
                : r.thresholds.some((t) => holds(t, f)),
            )
            .map((r) => r.id);
          expect(a.fired.map((r) => r.id)).toEqual(expected);
          expect(b).toEqual(a);
          expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace));
          expect(a.trace!.map((s) => s.id)).toEqual(rules.map((r) => r.id));
        }
        expect(g[PWNED]).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});
