// Issue #32 follow-ups (the last core entries of tooling/fuzz/known-defects.json): the Rate
// constructor called from JavaScript, the audit-log helpers given no records, and
// checkDecisionTable given no table, each refuse with a ValidationError naming the argument.
import { describe, expect, it } from 'vitest';
import {
  assumption,
  auditHash,
  checkDecisionTable,
  createAuditLog,
  createRuleSet,
  defineFacts,
  defineRule,
  type FactsOf,
  Rate,
  toAuditJsonLines,
  ValidationError,
} from '../src/index';

function pathOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths.join(',');
  }
  throw new Error('expected a ValidationError');
}

// Values from JavaScript callers that the TypeScript signatures forbid.
const any = (v: unknown) => v as never;

describe('Rate constructor called from JavaScript', () => {
  const R = Rate as unknown as new (f: unknown) => Rate;
  it('refuses NaN, ±Infinity and non-decimals instead of printing "NaN"', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, '0.1'])
      expect(pathOf(() => new R(bad))).toBe('fraction');
  });
  it('still builds rates the public way: 0.35% is 0.0035', () => {
    expect(Rate.percent('0.35').toString()).toBe('0.0035');
  });
});

describe('audit-log helpers given no records', () => {
  it('auditHash names the record', () => {
    expect(pathOf(() => auditHash(any(undefined)))).toBe('record');
    expect(pathOf(() => auditHash(any(null)))).toBe('record');
  });
  it('toAuditJsonLines names the records unless they are an array; [] is no lines', () => {
    for (const bad of [undefined, null, Number.NaN, '', 'x', 10n, { a: 1 }])
      expect(pathOf(() => toAuditJsonLines(any(bad)))).toBe('records');
    expect(toAuditJsonLines([])).toBe('');
  });
  it('createAuditLog names a null options object; absent options is an empty log', () => {
    expect(pathOf(() => createAuditLog(any(null)))).toBe('options');
    expect(createAuditLog().length).toBe(0);
  });
});

describe('checkDecisionTable given a malformed table', () => {
  it('names the table or the field before reading it', () => {
    for (const bad of [undefined, null, Number.NaN, 'a', [], 10n])
      expect(pathOf(() => checkDecisionTable(any(bad)))).toBe('table');
    expect(pathOf(() => checkDecisionTable(any({ inputs: null, rows: [], hitPolicy: 'first' })))).toBe(
      'table.inputs',
    );
    expect(pathOf(() => checkDecisionTable(any({ inputs: [], rows: {}, hitPolicy: 'first' })))).toBe(
      'table.rows',
    );
    expect(
      pathOf(() =>
        checkDecisionTable(any({ inputs: [{ name: 'a', domain: null }], rows: [], hitPolicy: 'first' })),
      ),
    ).toBe('table.inputs.0.domain');
    expect(
      pathOf(() =>
        checkDecisionTable(
          any({
            inputs: [{ name: 'a', domain: { kind: 'enum', values: ['x'] } }],
            rows: [{ id: 'r' }],
            hitPolicy: 'first',
          }),
        ),
      ),
    ).toBe('table.rows.0.conditions');
  });
});

// invoice-type-approval's approvalRuleSet() held ±Infinity as the bounds of its unbounded facts;
// REVIEW_RULES.planOf (private to TypeScript only) indexed its plans by a junk object's text.
describe('a rule set holds no non-finite number and checks its span index', () => {
  const facts = defineFacts({ amount: { kind: 'number' }, count: { kind: 'integer', min: 0 } });
  const set = createRuleSet({
    id: 'amount',
    facts,
    rules: [
      defineRule<FactsOf<typeof facts>, string>({
        id: 'big',
        title: { zh: '大额', en: 'large amount' },
        basis: assumption({ zh: '测试夹具，无法律依据', en: 'test fixture, no legal source' }),
        thresholds: [{ fact: 'amount', op: '>', value: 1000 }],
        effect: 'refer',
      }),
    ],
    hitPolicy: 'first',
  });
  const numbersIn = (root: unknown): number[] => {
    const out: number[] = [];
    const seen = new Set<unknown>();
    const stack = [root];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v === 'number') out.push(v);
      else if (typeof v === 'object' && v !== null && !seen.has(v)) {
        seen.add(v);
        stack.push(...Object.values(v));
      }
    }
    return out;
  };
  it('unbounded facts keep no ±Infinity, and still take any finite value (1e308 fires the rule)', () => {
    expect(numbersIn(set).every(Number.isFinite)).toBe(true);
    expect(set.evaluate({ amount: 1e308, count: 0 }, { asOf: '2025-01-01' }).fired.map((r) => r.id)).toEqual([
      'big',
    ]);
    expect(set.evaluate({ amount: -1e308, count: 0 }, { asOf: '2025-01-01' }).fired).toEqual([]);
  });
  it('infinite facts are still refused', () => {
    expect(pathOf(() => set.validate({ amount: Number.POSITIVE_INFINITY, count: 0 }))).toBe('facts.amount');
  });
  it('the span index of planOf is named when it is not one', () => {
    const planOf = (set as unknown as { planOf(p: unknown, asOf: string): unknown }).planOf.bind(set);
    const hostile = { constructor: { prototype: {} }, toString: 'x' };
    for (const bad of [hostile, -1, 1.5, 99, '0']) expect(pathOf(() => planOf(bad, '2025-01-01'))).toBe('p');
  });
});
