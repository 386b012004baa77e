import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsArb } from '../src/arbitraries';
import {
  assertFullCoverage,
  assumption,
  ConfigurationError,
  createCoverage,
  createRuleSet,
  defineFacts,
  defineRule,
  type FactsOf,
  type HitPolicy,
  type Rule,
  type Threshold,
} from '../src/index';

// A schema with one fact of each kind that thresholds compile for.
const schema = defineFacts({
  g: { kind: 'enum', values: ['A', 'B', 'C', 'D'] },
  n: { kind: 'integer', min: 0, max: 20 },
  x: { kind: 'number', min: -10, max: 10 },
  b: { kind: 'boolean' },
});
type Facts = FactsOf<typeof schema>;
type T = Threshold<Facts>;
const basis = assumption({ zh: '性质测试夹具', en: 'property-test fixture' });
const asOf = '2025-01-01';

const numOps = ['<', '<=', '>', '>=', '==', '!='] as const;
const thresholdArb: fc.Arbitrary<T> = fc.oneof(
  fc.record({
    fact: fc.constant('n' as const),
    op: fc.constantFrom(...numOps),
    value: fc.integer({ min: -2, max: 22 }),
  }),
  fc.record({
    fact: fc.constant('n' as const),
    op: fc.constant('in' as const),
    value: fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    fact: fc.constant('x' as const),
    op: fc.constantFrom(...numOps),
    value: fc.oneof(fc.integer({ min: -11, max: 11 }), fc.double({ min: -11, max: 11, noNaN: true })),
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
);
interface Spec {
  thresholds: T[];
  match: 'all' | 'any';
  effect: number;
  priority: number;
}
const specArb: fc.Arbitrary<Spec> = fc.record({
  thresholds: fc.array(thresholdArb, { minLength: 1, maxLength: 3 }),
  match: fc.constantFrom('all' as const, 'any' as const),
  effect: fc.integer({ min: 0, max: 3 }),
  priority: fc.integer({ min: 0, max: 3 }),
});
const toRules = (specs: Spec[]): Rule<Facts, number>[] =>
  specs.map((s, i) =>
    defineRule<Facts, number>({ id: `r${i}`, title: { zh: `规则${i}`, en: `rule ${i}` }, basis, ...s }),
  );
const policyArb = fc.constantFrom<HitPolicy>('first', 'collect', 'priority', 'unique', 'any');
const caseArb = fc
  .tuple(fc.array(specArb, { minLength: 1, maxLength: 12 }), policyArb)
  .chain(([specs, policy]) => {
    const rules = toRules(specs);
    return fc.tuple(fc.constant(rules), fc.constant(policy), factsArb(schema, { rules }));
  });
const maxOf = (es: readonly number[]) => (es.length === 0 ? undefined : Math.max(...es));

// The reference: a naive, independent reading of each threshold and of DMN's hit policies.
function refHolds(t: T, f: Facts): boolean {
  const v = f[t.fact];
  if (t.op === 'in') return (t.value as readonly unknown[]).some((c) => c === v);
  if (t.op === '==') return v === t.value;
  if (t.op === '!=') return v !== t.value;
  const [a, c] = [v as number, t.value as number];
  return t.op === '<' ? a < c : t.op === '<=' ? a <= c : t.op === '>' ? a > c : a >= c;
}
const refFires = (r: Rule<Facts, number>, f: Facts) =>
  r.match === 'all' ? r.thresholds.every((t) => refHolds(t, f)) : r.thresholds.some((t) => refHolds(t, f));
function refDecide(rules: Rule<Facts, number>[], f: Facts, policy: HitPolicy) {
  const fired = rules.filter((r) => refFires(r, f));
  const effects = fired.map((r) => r.effect);
  let decision: number | undefined;
  let conflict = false;
  if (policy === 'first') decision = effects[0];
  if (policy === 'collect') decision = maxOf(effects);
  if (policy === 'priority') {
    const top = Math.max(...fired.map((r) => r.priority));
    decision = fired.find((r) => r.priority === top)?.effect;
  }
  if (policy === 'unique') [decision, conflict] = fired.length > 1 ? [undefined, true] : [effects[0], false];
  if (policy === 'any')
    [decision, conflict] = new Set(effects).size > 1 ? [undefined, true] : [effects[0], false];
  return { fired: fired.map((r) => r.id), decision, conflict };
}
const build = (rules: Rule<Facts, number>[], hitPolicy: HitPolicy) =>
  createRuleSet({
    id: 'prop',
    facts: schema,
    rules,
    hitPolicy,
    ...(hitPolicy === 'collect' ? { aggregate: maxOf } : {}),
  });

describe('rule engine properties', () => {
  it('hit policies: fired rules and decision equal a naive DMN reference', () => {
    fc.assert(
      fc.property(caseArb, ([rules, policy, facts]) => {
        const r = build(rules, policy).evaluate(facts, { asOf });
        const ref = refDecide(rules, facts, policy);
        expect(r.fired.map((x) => x.id)).toEqual(ref.fired);
        expect(r.decision).toBe(ref.decision);
        expect(r.conflict !== undefined).toBe(ref.conflict);
      }),
    );
  });

  it('purity: frozen facts are not mutated and the same facts give the same result', () => {
    fc.assert(
      fc.property(caseArb, ([rules, policy, facts]) => {
        const set = build(rules, policy);
        const frozen = Object.freeze({ ...facts });
        const a = set.evaluate(frozen, { asOf, trace: true });
        set.evaluate({ ...facts, n: facts.n === 0 ? 1 : 0 }, { asOf }); // an unrelated evaluation in between
        const b = set.evaluate(frozen, { asOf, trace: true });
        expect(frozen).toEqual(facts);
        expect(b).toEqual(a);
      }),
    );
  });

  it('trace: one step per rule in order, fired flags as the reference, inputs = the facts read', () => {
    fc.assert(
      fc.property(caseArb, ([rules, policy, facts]) => {
        const steps = build(rules, policy).evaluate(facts, { asOf, trace: true }).trace!;
        expect(steps.map((s) => s.id)).toEqual(rules.map((r) => r.id));
        steps.forEach((s, i) => {
          const fired = refFires(rules[i]!, facts);
          expect(s.fired).toBe(fired);
          expect(s.inputs).toEqual(Object.fromEntries(rules[i]!.reads.map((k) => [k, facts[k]])));
          expect('result' in s).toBe(fired);
        });
      }),
    );
  });

  it('why-not: the suggested nearest values make the blocked rule fire, and no nearer integer does', () => {
    fc.assert(
      fc.property(caseArb, ([rules, policy, facts]) => {
        const set = build(rules, policy);
        for (const rule of rules) {
          const w = set.whyNot(facts, rule.id, { asOf });
          if (refFires(rule, facts)) {
            expect(w.status).toBe('fired');
            continue;
          }
          if (w.status !== 'blocked') throw new Error(`expected blocked, got ${w.status}`);
          if (w.suggestion !== undefined) {
            expect(refFires(rule, { ...facts, ...w.suggestion })).toBe(true);
            expect(w.suggestionFires).toBe(true);
          }
          for (const bl of w.blockers) {
            if (bl.fact !== 'n' || typeof bl.nearest !== 'number') continue;
            const onN = rule.thresholds.filter((t) => t.fact === 'n');
            const ok = (v: number) =>
              (rule.match === 'all' ? onN.every : onN.some).call(onN, (t) => refHolds(t, { ...facts, n: v }));
            expect(ok(bl.nearest)).toBe(true);
            // no integer of the domain strictly nearer to the current value satisfies the thresholds
            for (let v = 0; v <= 20; v++)
              if (Math.abs(v - facts.n) < Math.abs(bl.nearest - facts.n)) expect(ok(v)).toBe(false);
          }
          for (const bl of w.blockers) {
            if (bl.nearest !== undefined || bl.fact === 'x') continue;
            // "no value satisfies": check by brute force over the finite domain of the fact
            const domain: readonly (string | number | boolean)[] =
              bl.fact === 'g'
                ? ['A', 'B', 'C', 'D']
                : bl.fact === 'b'
                  ? [true, false]
                  : Array.from({ length: 21 }, (_, v) => v);
            const on = rule.thresholds.filter((t) => t.fact === bl.fact);
            const sat = (v: string | number | boolean) =>
              on.map((t) => refHolds(t, { ...facts, [bl.fact]: v }));
            for (const v of domain)
              expect(rule.match === 'all' ? sat(v).every(Boolean) : sat(v).some(Boolean)).toBe(false);
          }
        }
      }),
    );
  });

  it('what-would-change: every reported single-fact change reaches the target decision', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 3 }), ([rules, policy, facts], goal) => {
        const set = build(rules, policy);
        const changes = set.whatWouldChange(facts, (r) => r.decision === goal, { asOf });
        for (const c of changes) {
          expect(refDecide(rules, { ...facts, [c.fact]: c.to }, policy).decision).toBe(goal);
          expect(c.from).toBe(facts[c.fact]);
        }
        expect(changes.map((c) => c.distance)).toEqual(changes.map((c) => c.distance).sort((a, b) => a - b));
      }),
      { numRuns: 50 },
    );
  });

  it('coverage: fired and evaluated counts equal the reference over a batch', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 8 }).chain((specs) => {
          const rules = toRules(specs);
          return fc.tuple(fc.constant(rules), fc.array(factsArb(schema, { rules }), { maxLength: 30 }));
        }),
        ([rules, batch]) => {
          const set = build(rules, 'collect');
          const cov = createCoverage(set);
          for (const f of batch) cov.record(set.evaluate(f, { asOf }));
          expect(cov.entries()).toEqual(
            rules.map((r) => ({
              ruleId: r.id,
              evaluated: batch.length,
              fired: batch.filter((f) => refFires(r, f)).length,
            })),
          );
          const complete = cov.entries().every((e) => e.fired > 0 && e.fired < e.evaluated);
          if (complete) expect(() => assertFullCoverage(cov)).not.toThrow();
          else expect(() => assertFullCoverage(cov)).toThrow(ConfigurationError);
        },
      ),
    );
  });
});

// Days as ISO strings, independent of the machine's time zone (UTC arithmetic in the test only).
const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const start = Date.UTC(2019, 0, 1);
const end = Date.UTC(2026, 11, 31);

describe('dated rule versions across a range', () => {
  it('on every day of 2019–2026 exactly the version whose range holds the day applies (no gap, no overlap)', () => {
    const cutsArb = fc.uniqueArray(fc.integer({ min: 1, max: (end - start) / DAY_MS }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(cutsArb, (offsets) => {
        const cuts = offsets.sort((a, b) => a - b).map((o) => iso(start + o * DAY_MS));
        const versions = [undefined, ...cuts].map((from, k) =>
          defineRule<Facts, number>({
            id: 'limit',
            title: { zh: '限额', en: 'limit' },
            basis,
            thresholds: [{ fact: 'n', op: '>=', value: 0 }],
            effect: k,
            ...(from === undefined ? {} : { validFrom: from }),
            ...(cuts[k] === undefined ? {} : { validTo: cuts[k] }),
          }),
        );
        const set = build(versions.slice().reverse(), 'unique');
        const f: Facts = { g: 'A', n: 1, x: 0, b: true };
        const wrong: string[] = [];
        for (let ms = start; ms <= end; ms += DAY_MS) {
          const day = iso(ms);
          const expected = cuts.filter((c) => c <= day).length; // the version started by the last cut on or before the day
          const r = set.evaluate(f, { asOf: day });
          if (r.evaluated.length !== 1 || r.decision !== expected) wrong.push(day);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('versions of one id whose ranges intersect are rejected; adjacent ones are accepted', () => {
    const dayArb = fc.integer({ min: 0, max: 400 }).map((o) => iso(start + o * DAY_MS));
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, dayArb, (a, b, c, d) => {
        fc.pre(a < b && c < d);
        const v = (from: string, to: string, k: number) =>
          defineRule<Facts, number>({
            id: 'v',
            title: { zh: 'v', en: 'v' },
            basis,
            thresholds: [],
            effect: k,
            validFrom: from,
            validTo: to,
          });
        const overlap = a < d && c < b;
        const create = () => build([v(a, b, 0), v(c, d, 1)], 'first');
        if (overlap) expect(create).toThrow(ConfigurationError);
        else expect(create).not.toThrow();
      }),
    );
  });
});
