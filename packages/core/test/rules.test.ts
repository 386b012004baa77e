import { describe, expect, it } from 'vitest';
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
  UnknownFactError,
  ValidationError,
  whenAll,
} from '../src/index';

// A small invoice-approval-like rule set. Effects are ranked reject > refer > approve.
const facts = defineFacts({
  creditGrade: { kind: 'enum', values: ['A', 'B', 'M', 'C', 'D'] },
  violations12m: { kind: 'integer', min: 0, max: 100 },
  revenue: { kind: 'number', min: 0 },
  newTaxpayer: { kind: 'boolean' },
  region: { kind: 'string' },
});
type Facts = FactsOf<typeof facts>;
type Effect = 'approve' | 'refer' | 'reject';
const basis = assumption({ zh: '测试夹具，无法律依据', en: 'test fixture, no legal source' });
const t = (en: string) => ({ zh: en, en });

const rules = [
  defineRule<Facts, Effect>({
    id: 'R1-grade-d',
    title: t('Grade D: reject'),
    basis,
    thresholds: [{ fact: 'creditGrade', op: '==', value: 'D' }],
    effect: 'reject',
    priority: 3,
  }),
  defineRule<Facts, Effect>({
    id: 'R2-violations',
    title: t('Three or more violations: refer'),
    basis,
    when: whenAll<Facts>([{ fact: 'violations12m', op: '>=', value: 3 }]),
    reads: ['violations12m'],
    effect: 'refer',
    priority: 2,
  }),
  defineRule<Facts, Effect>({
    id: 'R3-auto',
    title: t('Grade A/B, under 3 violations: approve'),
    basis,
    reads: ['creditGrade', 'violations12m'],
    when: (f) => (f.creditGrade === 'A' || f.creditGrade === 'B') && f.violations12m < 3,
    thresholds: [
      { fact: 'creditGrade', op: 'in', value: ['A', 'B'] },
      { fact: 'violations12m', op: '<', value: 3 },
    ],
    effect: 'approve',
    priority: 1,
  }),
  defineRule<Facts, Effect>({
    id: 'R4-new-small',
    title: t('New taxpayer under 500: refer'),
    basis,
    thresholds: [
      { fact: 'newTaxpayer', op: '==', value: true },
      { fact: 'revenue', op: '<', value: 500 },
    ],
    effect: 'refer',
  }),
];
const severity = { approve: 0, refer: 1, reject: 2 } as const;
const mostSevere = (es: readonly Effect[]) =>
  es.reduce<Effect | undefined>((a, e) => (a === undefined || severity[e] > severity[a] ? e : a), undefined);
const set = (hitPolicy: HitPolicy) =>
  createRuleSet({
    id: 'ita',
    facts,
    rules,
    hitPolicy,
    ...(hitPolicy === 'collect' ? { aggregate: mostSevere } : {}),
  });

const good: Facts = { creditGrade: 'B', violations12m: 1, revenue: 800, newTaxpayer: false, region: 'GZ' };
const bad: Facts = { creditGrade: 'D', violations12m: 4, revenue: 100, newTaxpayer: true, region: 'SZ' };
const asOf = '2025-03-01';

describe('rule set evaluation: worked examples', () => {
  it('a grade-B taxpayer with one violation fires only R3 and is approved under every policy', () => {
    for (const p of ['first', 'collect', 'priority', 'unique', 'any'] as const) {
      const r = set(p).evaluate(good, { asOf });
      expect(r.fired.map((x) => x.id)).toEqual(['R3-auto']);
      expect(r.decision).toBe('approve');
      expect(r.conflict).toBeUndefined();
    }
  });
  it('grade D with 4 violations, new and small, fires R1, R2, R4; each policy decides as DMN says', () => {
    // fired in rule order: R1 (reject, prio 3), R2 (refer, prio 2), R4 (refer, prio 0)
    expect(
      set('first')
        .evaluate(bad, { asOf })
        .fired.map((x) => x.id),
    ).toEqual(['R1-grade-d', 'R2-violations', 'R4-new-small']);
    expect(set('first').evaluate(bad, { asOf }).decision).toBe('reject'); // first in order: R1
    expect(set('priority').evaluate(bad, { asOf }).decision).toBe('reject'); // highest priority 3: R1
    const collected = set('collect').evaluate(bad, { asOf });
    expect(collected.effects).toEqual(['reject', 'refer', 'refer']);
    expect(collected.decision).toBe('reject'); // most severe of reject, refer, refer
    const unique = set('unique').evaluate(bad, { asOf });
    expect(unique.decision).toBeUndefined();
    expect(unique.conflict).toEqual({
      policy: 'unique',
      ruleIds: ['R1-grade-d', 'R2-violations', 'R4-new-small'],
    });
    expect(set('any').evaluate(bad, { asOf }).conflict?.policy).toBe('any'); // reject != refer
  });
  it('priority picks the highest priority, not the first: grade C with 5 violations, new, small', () => {
    // fires R2 (refer, 2) and R4 (refer, 0); with R4 reordered first, priority still picks R2's effect.
    const reordered = createRuleSet({ id: 'p', facts, rules: [rules[3]!, rules[1]!], hitPolicy: 'priority' });
    const r = reordered.evaluate({ ...bad, creditGrade: 'C', violations12m: 5 }, { asOf });
    expect(r.fired.map((x) => x.id)).toEqual(['R4-new-small', 'R2-violations']);
    expect(r.decision).toBe('refer');
  });
  it('any: equal effects are no conflict (R2 and R4 both refer)', () => {
    const r = set('any').evaluate({ ...bad, creditGrade: 'C' }, { asOf });
    expect(r.fired.map((x) => x.id)).toEqual(['R2-violations', 'R4-new-small']);
    expect(r.decision).toBe('refer');
    expect(r.conflict).toBeUndefined();
  });
  it('nothing fires: grade M, no violations, established: no decision', () => {
    const r = set('first').evaluate({ ...good, creditGrade: 'M' }, { asOf });
    expect(r.fired).toEqual([]);
    expect(r.decision).toBeUndefined();
  });
});

describe('traces', () => {
  it('list every rule in force with its fired flag, the facts it reads, its effect and basis', () => {
    const r = set('collect').evaluate(bad, { asOf, trace: true });
    expect(r.trace?.map((s) => [s.id, s.fired])).toEqual([
      ['R1-grade-d', true],
      ['R2-violations', true],
      ['R3-auto', false],
      ['R4-new-small', true],
    ]);
    const [r1, , r3, r4] = r.trace!;
    expect(r1).toMatchObject({
      kind: 'rule',
      inputs: { creditGrade: 'D' },
      result: 'reject',
      basis,
      at: asOf,
    });
    expect(r3!.inputs).toEqual({ creditGrade: 'D', violations12m: 4 });
    expect(r3).not.toHaveProperty('result');
    expect(r4!.inputs).toEqual({ newTaxpayer: true, revenue: 100 });
    expect(JSON.parse(JSON.stringify(r.trace))).toEqual(r.trace);
  });
  it('are absent unless asked', () => {
    expect(set('first').evaluate(bad, { asOf }).trace).toBeUndefined();
  });
});

describe('dated rule versions', () => {
  // The referral threshold of R2 changes: 5 violations before 2024-07-01, 3 from then on.
  const v1 = defineRule<Facts, Effect>({
    id: 'R2',
    title: t('old'),
    basis,
    thresholds: [{ fact: 'violations12m', op: '>=', value: 5 }],
    effect: 'refer',
    validTo: '2024-07-01',
  });
  const v2 = defineRule<Facts, Effect>({
    id: 'R2',
    title: t('new'),
    basis,
    thresholds: [{ fact: 'violations12m', op: '>=', value: 3 }],
    effect: 'refer',
    validFrom: '2024-07-01',
  });
  const dated = createRuleSet({ id: 'dated', facts, rules: [v1, v2], hitPolicy: 'first' });
  it('apply the version in force: 4 violations are referred from 2024-07-01, not on 2024-06-30', () => {
    const four = { ...good, violations12m: 4 };
    expect(dated.evaluate(four, { asOf: '2024-06-30' }).decision).toBeUndefined();
    expect(dated.evaluate(four, { asOf: '2024-07-01' }).decision).toBe('refer');
    expect(dated.inForce('2024-06-30')).toEqual([v1]);
    expect(dated.inForce('2024-07-01')).toEqual([v2]);
    expect(dated.changeDates).toEqual(['2024-07-01']);
  });
  it('reject overlapping versions of one id at creation', () => {
    const v3 = defineRule<Facts, Effect>({
      ...v2,
      reads: ['violations12m'],
      validFrom: '2024-01-01',
      validTo: '2024-08-01',
    });
    expect(() => createRuleSet({ id: 'x', facts, rules: [v1, v3], hitPolicy: 'first' })).toThrow(
      ConfigurationError,
    );
  });
  it('reject a version that ends before it starts', () => {
    expect(() =>
      defineRule<Facts, Effect>({ ...v2, validFrom: '2024-07-01', validTo: '2024-07-01' }),
    ).toThrow(ConfigurationError);
    expect(() => defineRule<Facts, Effect>({ ...v2, validFrom: '2024-02-30' })).toThrow(ConfigurationError);
  });
});

describe('bad input', () => {
  it('a rule reading an undeclared fact: UnknownFactError at creation', () => {
    const stray = defineRule<Facts & { turnover: number }, Effect>({
      id: 'stray',
      title: t('stray'),
      basis,
      thresholds: [{ fact: 'turnover', op: '>', value: 1 }],
      effect: 'refer',
    });
    let e: unknown;
    try {
      createRuleSet({ id: 'x', facts, rules: [stray as never], hitPolicy: 'first' });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(UnknownFactError);
    expect((e as UnknownFactError).fact).toBe('turnover');
  });
  it('a duplicate rule id: ConfigurationError naming it', () => {
    expect(() =>
      createRuleSet({
        id: 'x',
        facts,
        rules: [rules[0]!, defineRule({ ...rules[1]!, id: 'R1-grade-d' })],
        hitPolicy: 'first',
      }),
    ).toThrow(/duplicate rule id R1-grade-d/);
  });
  it('a rule not made by defineRule (its data unchecked and unfrozen): ConfigurationError naming it', () => {
    expect(() =>
      createRuleSet({ id: 'x', facts, rules: [rules[0]!, { ...rules[1]! }], hitPolicy: 'first' }),
    ).toThrow(/rules\.1: must be a rule made by defineRule/);
  });
  it('a threshold that does not fit its fact: ConfigurationError', () => {
    const wrong = defineRule<Facts, Effect>({
      id: 'w',
      title: t('w'),
      basis,
      thresholds: [{ fact: 'creditGrade', op: '==', value: 'Z' }],
      effect: 'refer',
    });
    expect(() => createRuleSet({ id: 'x', facts, rules: [wrong], hitPolicy: 'first' })).toThrow(
      ConfigurationError,
    );
    const ordered = defineRule<Facts, Effect>({
      id: 'o',
      title: t('o'),
      basis,
      thresholds: [{ fact: 'creditGrade', op: '<', value: 3 }],
      effect: 'refer',
    });
    expect(() => createRuleSet({ id: 'x', facts, rules: [ordered], hitPolicy: 'first' })).toThrow(
      ConfigurationError,
    );
  });
  it('a threshold on a fact missing from reads, or no condition at all: ConfigurationError', () => {
    expect(() =>
      defineRule<Facts, Effect>({
        id: 'r',
        title: t('r'),
        basis,
        reads: ['revenue'],
        thresholds: [{ fact: 'violations12m', op: '>', value: 1 }],
        effect: 'refer',
      }),
    ).toThrow(/not in reads/);
    expect(() => defineRule<Facts, Effect>({ id: 'r', title: t('r'), basis, effect: 'refer' })).toThrow(
      ConfigurationError,
    );
    expect(() =>
      defineRule<Facts, Effect>({ id: '', title: t('r'), basis, thresholds: [], effect: 'refer' }),
    ).toThrow(ConfigurationError);
  });
  it('an assumption without a reason in both languages: ConfigurationError naming the basis', () => {
    const bad = (reason: unknown) => () =>
      defineRule<Facts, Effect>({
        id: 'r',
        title: t('r'),
        basis: { kind: 'assumption', reason } as never,
        thresholds: [],
        effect: 'refer',
      });
    expect(bad('an English-only reason')).toThrow(/rule r\.basis/);
    expect(bad({ zh: '原因', en: '' })).toThrow(ConfigurationError);
    expect(bad({ zh: ' ', en: 'reason' })).toThrow(ConfigurationError);
    expect(bad({ zh: '原因', en: 'reason' })).not.toThrow();
  });
  it('an unknown hit policy or malformed fact schema: ConfigurationError', () => {
    expect(() => createRuleSet({ id: 'x', facts, rules, hitPolicy: 'last' as HitPolicy })).toThrow(
      ConfigurationError,
    );
    expect(() => defineFacts({ g: { kind: 'enum', values: ['A', 'A'] } })).toThrow(ConfigurationError);
    expect(() => defineFacts({ n: { kind: 'integer', min: 5, max: 1 } })).toThrow(ConfigurationError);
  });
  it('missing or ill-typed facts at evaluation: ValidationError naming each, facts untouched', () => {
    const input = Object.freeze({ ...good, violations12m: 1.5, creditGrade: 'E' }) as unknown as Facts;
    let e: unknown;
    try {
      set('first').evaluate(input, { asOf });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).paths).toEqual(['facts.creditGrade', 'facts.violations12m']);
    const { revenue: _, ...missing } = good;
    expect(() => set('first').evaluate(missing as Facts, { asOf })).toThrow(/facts\.revenue/);
    expect(() => set('first').evaluate({ ...good, revenue: Number.NaN }, { asOf })).toThrow(/facts\.revenue/);
    expect(() => set('first').evaluate({ ...good, revenue: -1 }, { asOf })).toThrow(/facts\.revenue/);
  });
  it('a malformed asOf: ValidationError on options.asOf', () => {
    expect(() => set('first').evaluate(good, { asOf: '2025-13-01' })).toThrow(/options\.asOf/);
    expect(() => set('first').evaluate(good, { asOf: '20250301' })).toThrow(ValidationError);
  });
  it('checkReads catches a hand-written condition reading a fact it did not declare', () => {
    const sneaky = defineRule<Facts, Effect>({
      id: 'sneaky',
      title: t('sneaky'),
      basis,
      reads: ['creditGrade'],
      when: (f) => f.creditGrade === 'A' && f.revenue > 10,
      effect: 'approve',
    });
    const s = createRuleSet({ id: 's', facts, rules: [sneaky], hitPolicy: 'first' });
    expect(() => s.checkReads({ ...good, creditGrade: 'A' }, { asOf })).toThrow(UnknownFactError);
    expect(() => set('first').checkReads(good, { asOf })).not.toThrow();
  });
});

describe('why-not and what-would-change: worked examples', () => {
  const first = set('first');
  it('grade B with 4 violations: R3 is blocked by violations12m < 3, nearest integer value 2', () => {
    const w = first.whyNot({ ...good, violations12m: 4 }, 'R3-auto', { asOf });
    expect(w).toMatchObject({
      status: 'blocked',
      blockers: [{ fact: 'violations12m', current: 4, nearest: 2, failed: [{ op: '<', value: 3 }] }],
      suggestion: { violations12m: 2 },
      suggestionFires: true,
    });
  });
  it('grade C: R3 is blocked by the grade; the allowed values are A and B', () => {
    const w = first.whyNot({ ...good, creditGrade: 'C' }, 'R3-auto', { asOf });
    expect(w).toMatchObject({
      status: 'blocked',
      blockers: [{ fact: 'creditGrade', current: 'C', allowed: ['A', 'B'], nearest: 'A' }],
    });
  });
  it('a new taxpayer with revenue 800: R4 needs revenue < 500, nearest is the largest double below 500', () => {
    const w = first.whyNot({ ...good, newTaxpayer: true }, 'R4-new-small', { asOf });
    // 500 lies in [2^8, 2^9): the spacing of doubles there is 2^(8-52) = 2^-44
    expect(w).toMatchObject({
      status: 'blocked',
      blockers: [{ fact: 'revenue', current: 800, nearest: 500 - 2 ** -44 }],
    });
  });
  it('a rule that fired, a rule not in force, a hand-written rule without thresholds', () => {
    expect(first.whyNot(good, 'R3-auto', { asOf }).status).toBe('fired');
    const later = defineRule<Facts, Effect>({ ...rules[0]!, id: 'later', validFrom: '2030-01-01' });
    const opaque = defineRule<Facts, Effect>({
      id: 'opaque',
      title: t('o'),
      basis,
      reads: ['revenue'],
      when: (f) => f.revenue > 1e6,
      effect: 'refer',
    });
    const s = createRuleSet({ id: 's', facts, rules: [later, opaque], hitPolicy: 'first' });
    expect(s.whyNot(good, 'later', { asOf }).status).toBe('not-in-force');
    expect(s.whyNot(good, 'opaque', { asOf }).status).toBe('opaque');
    expect(() => s.whyNot(good, 'nope', { asOf })).toThrow(ValidationError);
  });
  it('what would make grade B with 4 violations auto-approved: only fewer violations, 2 (4 - 2 = 2 of a 0..100 span)', () => {
    const changes = first.whatWouldChange({ ...good, violations12m: 4 }, (r) => r.decision === 'approve', {
      asOf,
    });
    expect(changes).toEqual([{ fact: 'violations12m', from: 4, to: 2, distance: 0.02 }]);
  });
});

describe('coverage', () => {
  const collect = set('collect');
  it('counts evaluations and firings per rule; good + bad fixtures cover every rule both ways', () => {
    const cov = createCoverage(collect);
    for (const f of [good, bad]) cov.record(collect.evaluate(f, { asOf }));
    // good fires R3 only; bad fires R1, R2, R4
    expect(cov.entries()).toEqual([
      { ruleId: 'R1-grade-d', fired: 1, evaluated: 2 },
      { ruleId: 'R2-violations', fired: 1, evaluated: 2 },
      { ruleId: 'R3-auto', fired: 1, evaluated: 2 },
      { ruleId: 'R4-new-small', fired: 1, evaluated: 2 },
    ]);
    expect(cov.runs).toBe(2);
    expect(() => assertFullCoverage(cov)).not.toThrow();
  });
  it('assertFullCoverage lists rules never fired and never skipped', () => {
    const cov = createCoverage(collect);
    cov.record(collect.evaluate(good, { asOf }));
    expect(() => assertFullCoverage(cov)).toThrow(
      'never fired: R1-grade-d, R2-violations, R4-new-small; never skipped: R3-auto',
    );
  });
  it('refuses a result of another rule set', () => {
    const cov = createCoverage(collect);
    const stranger = defineRule<Facts, Effect>({ ...rules[0]!, id: 'stranger' });
    const other = createRuleSet({ id: 'o', facts, rules: [stranger], hitPolicy: 'first' });
    expect(() => cov.record(other.evaluate(good, { asOf }) as never)).toThrow(ValidationError);
  });
});
