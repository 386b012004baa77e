import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, checkDecisionTable, type TableCondition, type TableRow } from '../src/index';

const grade = { name: 'grade', domain: { kind: 'enum' as const, values: ['A', 'B', 'C', 'D'] } };
const violations = {
  name: 'violations',
  domain: { kind: 'interval' as const, min: 0, max: 100, integer: true },
};

describe('decision tables: worked examples', () => {
  it('finds the deliberate gaps: grade C with 0–2 violations, and A/B/C with more than 10', () => {
    const check = checkDecisionTable({
      inputs: [grade, violations],
      rows: [
        { id: 'approve', conditions: { grade: ['A', 'B'], violations: { max: 2 } } },
        { id: 'refer', conditions: { grade: ['A', 'B', 'C'], violations: { min: 3, max: 10 } } },
        { id: 'reject', conditions: { grade: 'D' } },
      ],
      hitPolicy: 'unique',
    });
    // Boundaries 0, 2, 3, 10, 100 split the integers into {0}, {1}, {2}, {3}, 4..9, {10}, 11..99, {100};
    // uncovered: A and B on 11..99 and 100 (2 cells each), C on 0, 1, 2, 11..99, 100 (5 cells).
    expect(check.gaps.map((g) => `${g.example.grade}:${g.example.violations}`)).toEqual([
      'A:11',
      'A:100',
      'B:11',
      'B:100',
      'C:0',
      'C:1',
      'C:2',
      'C:11',
      'C:100',
    ]);
    expect(check.gaps[0]!.cell).toEqual({
      grade: { value: 'A' },
      violations: { min: 10, max: 100, minInclusive: false, maxInclusive: false },
    });
    expect(check.overlaps).toEqual([]);
  });

  it('finds the deliberate overlap: both rows claim a score of exactly 60 (unique policy)', () => {
    const rows: TableRow[] = [
      { id: 'low', conditions: { score: { max: 60 } }, output: 'fail' },
      { id: 'high', conditions: { score: { min: 60 } }, output: 'pass' },
    ];
    const inputs = [{ name: 'score', domain: { kind: 'interval' as const, min: 0, max: 100 } }];
    const unique = checkDecisionTable({ inputs, rows, hitPolicy: 'unique' });
    expect(unique.overlaps).toEqual([{ rows: ['low', 'high'], example: { score: 60 } }]);
    expect(unique.gaps).toEqual([]);
    // the first policy allows overlapping rows; `any` allows them only with equal outputs
    expect(checkDecisionTable({ inputs, rows, hitPolicy: 'first' }).overlaps).toEqual([]);
    expect(checkDecisionTable({ inputs, rows, hitPolicy: 'any' }).overlaps).toHaveLength(1);
    const same = rows.map((r) => ({ ...r, output: 'x' }));
    expect(checkDecisionTable({ inputs, rows: same, hitPolicy: 'any' }).overlaps).toEqual([]);
  });

  it('passes a complete table; the same rows leave a gap (59, 60) on a real-valued domain', () => {
    const rows: TableRow[] = [
      { id: 'low', conditions: { score: { max: 59 } } },
      { id: 'high', conditions: { score: { min: 60 } } },
    ];
    const integer = [
      { name: 'score', domain: { kind: 'interval' as const, min: 0, max: 100, integer: true } },
    ];
    expect(checkDecisionTable({ inputs: integer, rows, hitPolicy: 'unique' })).toMatchObject({
      gaps: [],
      overlaps: [],
    });
    const real = [{ name: 'score', domain: { kind: 'interval' as const, min: 0, max: 100 } }];
    expect(
      checkDecisionTable({ inputs: real, rows, hitPolicy: 'unique' }).gaps.map((g) => g.example),
    ).toEqual([
      { score: 59.5 }, // the midpoint of the open cell (59, 60)
    ]);
    const halfOpen: TableRow[] = [
      { id: 'low', conditions: { score: { max: 60, maxInclusive: false } } },
      { id: 'high', conditions: { score: { min: 60 } } },
    ];
    expect(checkDecisionTable({ inputs: real, rows: halfOpen, hitPolicy: 'unique' })).toMatchObject({
      gaps: [],
      overlaps: [],
    });
  });

  it('rejects a malformed table with ConfigurationError', () => {
    const bad = (rows: TableRow[]) => () =>
      checkDecisionTable({ inputs: [grade], rows, hitPolicy: 'unique' });
    expect(
      bad([
        { id: 'a', conditions: {} },
        { id: 'a', conditions: {} },
      ]),
    ).toThrow(ConfigurationError);
    expect(bad([{ id: 'a', conditions: { colour: 'red' } }])).toThrow(/colour/);
    expect(() => checkDecisionTable({ inputs: [grade, grade], rows: [], hitPolicy: 'first' })).toThrow(
      ConfigurationError,
    );
  });
});

// Brute force over every point of small integer and enum domains: the exact answer.
const enumValues = ['x', 'y', 'z'];
const conditionArb: fc.Arbitrary<[string, TableCondition] | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...enumValues).map((v) => ['e', v] as [string, TableCondition]),
  fc
    .uniqueArray(fc.constantFrom(...enumValues), { minLength: 1 })
    .map((v) => ['e', v] as [string, TableCondition]),
  fc
    .record(
      {
        min: fc.integer({ min: -1, max: 11 }),
        max: fc.integer({ min: -1, max: 11 }),
        minInclusive: fc.boolean(),
        maxInclusive: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .map((r) => ['n', r] as [string, TableCondition]),
  fc.integer({ min: 0, max: 10 }).map((v) => ['n', v] as [string, TableCondition]),
);
const rowsArb = fc.array(fc.array(conditionArb, { maxLength: 2 }), { maxLength: 5 }).map((rows) =>
  rows.map(
    (conds, i): TableRow => ({
      id: `row${i}`,
      conditions: Object.fromEntries(conds.filter((c) => c !== undefined)),
    }),
  ),
);
function holds(c: TableCondition | undefined, v: string | number): boolean {
  if (c === undefined) return true;
  if (Array.isArray(c)) return c.includes(v);
  if (typeof c === 'object') {
    const r = c as { min?: number; max?: number; minInclusive?: boolean; maxInclusive?: boolean };
    if (typeof v !== 'number') return false;
    const lo = r.min === undefined || (r.minInclusive === false ? v > r.min : v >= r.min);
    const hi = r.max === undefined || (r.maxInclusive === false ? v < r.max : v <= r.max);
    return lo && hi;
  }
  return c === v;
}

describe('decision tables: properties', () => {
  it('gaps and overlapping pairs equal a brute-force enumeration of every input point', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const check = checkDecisionTable({
          inputs: [
            { name: 'e', domain: { kind: 'enum', values: enumValues } },
            { name: 'n', domain: { kind: 'interval', min: 0, max: 10, integer: true } },
          ],
          rows,
          hitPolicy: 'unique',
        });
        const match = (e: string, n: number) =>
          rows.filter((r) => holds(r.conditions.e, e) && holds(r.conditions.n, n));
        let anyGap = false;
        const pairs = new Set<string>();
        for (const e of enumValues) {
          for (let n = 0; n <= 10; n++) {
            const m = match(e, n);
            if (m.length === 0) anyGap = true;
            for (let a = 0; a < m.length; a++)
              for (let b = a + 1; b < m.length; b++) pairs.add(`${m[a]!.id}|${m[b]!.id}`);
          }
        }
        expect(check.gaps.length > 0).toBe(anyGap);
        for (const g of check.gaps) expect(match(g.example.e as string, g.example.n as number)).toEqual([]);
        expect(new Set(check.overlaps.map((o) => o.rows.join('|')))).toEqual(pairs);
        for (const o of check.overlaps) {
          expect(match(o.example.e as string, o.example.n as number).map((r) => r.id)).toEqual(
            expect.arrayContaining([...o.rows]),
          );
        }
      }),
    );
  });
});

// Issue 32: the check enumerates the partition, exponential in the number of inputs (26 two-value
// inputs took 14 s, doubling per input). Gap finding is as hard as satisfiability, so the work is
// bounded instead: past `maxCells` partition cells it stops with a ConfigurationError naming
// maxCells, never a silent partial answer.
describe('decision tables: bounded work (issue 32)', () => {
  const binaryInputs = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      name: `x${i}`,
      domain: { kind: 'enum' as const, values: ['a', 'b'] },
    }));
  // Rows that split only on the last input: no pruning before the last level, 2^n cells.
  const table = (n: number) => ({
    inputs: binaryInputs(n),
    rows: [
      { id: 'A', conditions: { [`x${n - 1}`]: 'a' } },
      { id: 'B', conditions: { [`x${n - 1}`]: 'b' } },
      { id: 'C', conditions: { x0: 'a', [`x${n - 1}`]: 'a' } },
    ],
    hitPolicy: 'unique' as const,
  });
  const configPath = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ConfigurationError) return e.path;
      throw e;
    }
    throw new Error('expected a ConfigurationError');
  };

  it('a table needing more cells than maxCells is refused naming maxCells', () => {
    // 12 inputs: 2^12 = 4096 leaves, beyond a budget of 1000
    expect(configPath(() => checkDecisionTable({ ...table(12), maxCells: 1000 }))).toBe('maxCells');
  });

  it('26 two-value inputs stop at the default budget instead of running for seconds', () => {
    expect(configPath(() => checkDecisionTable(table(26)))).toBe('maxCells');
  });

  it('within the budget the answer is unchanged: C overlaps A where x0 = a and x11 = a', () => {
    const r = checkDecisionTable({ ...table(12), maxCells: 100_000 });
    expect(r.gaps).toEqual([]);
    expect(r.overlaps.map((o) => o.rows)).toEqual([['A', 'C']]);
  });

  it('a bad maxCells or limit is refused naming it', () => {
    expect(configPath(() => checkDecisionTable({ ...table(3), maxCells: Number.NaN }))).toBe('maxCells');
    expect(configPath(() => checkDecisionTable({ ...table(3), limit: -1 }))).toBe('limit');
  });
});
