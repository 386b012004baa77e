// Worked examples of the monthly re-scoring, month by month, with the arithmetic beside each value.
import { describe, expect, it } from 'vitest';
import {
  type CreditEvent,
  type DynamicState,
  facilitationOf,
  initialState,
  rescoreMonth,
} from '../src/index';
import { d, returns, ym } from './fixtures';

/** Feeds each month the records dated in it; returns the state after each month. */
function run(events: readonly CreditEvent[], from: string, months: number): DynamicState[] {
  let s = initialState(ym(from));
  const out: DynamicState[] = [];
  const [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 1; i <= months; i++) {
    const idx = y * 12 + m - 1 + i;
    const month = ym(`${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`);
    s = rescoreMonth(
      s,
      events.filter((e) => e.date.slice(0, 7) === month),
      month,
    );
    out.push(s);
  }
  return out;
}

const base: CreditEvent[] = [
  { kind: 'registered', date: d('2015-01-01') },
  { kind: 'non-recurring', date: d('2025-01-10') },
  ...returns(2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  ...returns(2026, [1, 2, 3, 4, 5, 6]),
];

describe('rolling window under both regimes', () => {
  it('two late filings in May 2025: 10 points while 2014年第40号 is in force, 5 from July 2025', () => {
    const ev = [
      ...base,
      { kind: 'late-filing', date: d('2025-05-16'), tax: 'vat' },
      { kind: 'late-filing', date: d('2025-05-16'), tax: 'cit' },
    ] as CreditEvent[];
    const s = run(ev, '2024-12', 19); // 2025-01 … 2026-07
    expect(s[4]?.month).toBe('2025-05');
    expect(s[4]?.score).toBe(90); // 100 − 5 − 5, per tax per time
    expect(s[4]?.grade).toBe('A');
    expect(s[5]?.score).toBe(90); // 2025-06: still 2014 regime
    expect(s[6]?.regime).toBe('sat-2025-12');
    expect(s[6]?.score).toBe(95); // 2025-07: 100 − 5, per month
    // 2026-05: the window is 2025-06 … 2026-05 and May 2025 has dropped out
    expect(s[16]?.month).toBe('2026-05');
    expect(s[16]?.score).toBe(100);
  });
  it('a non-recurring record keeps the full start for 3 years (2020年第15号 二; 2025 第13条)', () => {
    const s = run(base, '2024-12', 19);
    expect(s[18]?.score).toBe(100); // 2026-07: 2025-01 record within 36 months
  });
});

describe('serious breach and repair', () => {
  const ev: CreditEvent[] = [
    ...base,
    { kind: 'breach', date: d('2025-09-12'), code: 'abnormal-household' },
    { kind: 'repair', date: d('2025-11-20'), code: 'abnormal-household' },
  ];
  it('D from the month the case is on record, back when it is repaired', () => {
    const s = run(ev, '2025-07', 6); // 2025-08 … 2026-01
    expect(s.map((x) => x.grade)).toEqual(['A', 'D', 'D', 'A', 'A', 'A']);
    expect(facilitationOf(s[1]?.grade ?? 'A', d('2025-09-30')).restricted).toBe(true);
    expect(facilitationOf(s[0]?.grade ?? 'D', d('2025-08-31')).invoiceMonths).toBe(3); // A: 3 months (2014 第29条)
  });
  it('a linked record that arrives late is placed by its own date', () => {
    let s = run(base, '2025-07', 3)[2] as DynamicState; // through 2025-10
    // A market-regulation record dated 2025-09-12 arrives in November.
    s = rescoreMonth(
      s,
      [{ kind: 'breach', date: d('2025-09-12'), code: 'run-by-d-responsible', source: 'market-regulation' }],
      ym('2025-11'),
    );
    expect(s.grade).toBe('D');
    expect(s.open).toEqual([{ code: 'run-by-d-responsible', date: '2025-09-12' }]);
  });
});

describe('new firm (2025 第15条)', () => {
  it('M for 12 months after the first tax dealing, then by score; under 3 years not A', () => {
    const ev: CreditEvent[] = [
      { kind: 'registered', date: d('2025-03-05') },
      ...returns(2025, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      ...returns(2026, [1, 2, 3]),
    ];
    const s = run(ev, '2025-02', 13); // 2025-03 … 2026-03
    expect(s[11]?.grade).toBe('M'); // 2026-02: registered 2025-03 > 2025-02, still new
    expect(s[12]?.grade).toBe('B'); // 2026-03: 93 by score, capped at B (under 3 years)
    expect(s[12]?.score).toBe(93);
  });
});
