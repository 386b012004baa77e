// One hand-made firm through the baseline, the reform and the current record: the dates each
// view holds an external breach, and the months each loses A/B, worked by hand.
import { defaultParams } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { runFirm } from '../src/firm-run';
import type { CreditEvent } from '../src/index';
import { PARAMS, type TaxCreditScoringParams } from '../src/params';
import { type SyntheticFirm, scenarioOf } from '../src/population';
import { d, returns } from './fixtures';

const p = {
  ...defaultParams(PARAMS),
  linkDelayDays: 15,
  exchangeMonth: 3,
  adjustDays: 30,
} as TaxCreditScoringParams;
const sc = scenarioOf('sat-2025-12'); // records 2024-01 … 2027-04, use 2026-05 … 2027-04

function firm(extra: CreditEvent[], linked: boolean): SyntheticFirm {
  const head: CreditEvent[] = [
    { kind: 'registered', date: d('2012-04-01') },
    { kind: 'non-recurring', date: d('2024-03-10') },
  ];
  const events: CreditEvent[] = [
    ...head,
    ...returns(2024, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    ...returns(2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    ...returns(2026, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    ...returns(2027, [1, 2, 3]),
    ...extra,
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // linkU 0 → linked; linkZ 0 → the median delay exactly.
  return { id: 'F1', events, linkU: events.map(() => (linked ? 0 : 0.99)), linkZ: events.map(() => 0) };
}

describe('an external breach (市场监管: run by a D firm’s responsible person) on 2026-06-10', () => {
  const breach: CreditEvent = {
    kind: 'breach',
    date: d('2026-06-10'),
    code: 'run-by-d-responsible',
    source: 'market-regulation',
  };
  it('linked: the reform holds it 15 days later and grades D at the end of June', () => {
    const r = runFirm(firm([breach], true), p, sc);
    expect(r.cases).toEqual([
      // reform: 2026-06-10 + 15 = 06-25; baseline: the exchange of 2026 records in March 2027
      {
        date: '2026-06-10',
        code: 'run-by-d-responsible',
        external: true,
        reform: '2026-06-25',
        baseline: '2027-03-01',
      },
    ]);
    // Index 0 = 2026-04, 1 = 2026-05, 2 = 2026-06 …, 11 = 2027-03, 12 = 2027-04.
    expect(r.truth.slice(0, 3)).toEqual(['A', 'A', 'D']);
    expect(r.reform.slice(0, 3)).toEqual(['A', 'A', 'D']);
    // Baseline: A (set April 2026) until 2027-03-01 + 30 days = 2027-03-31 ≤ end of March → D.
    expect(r.baseline).toEqual(['A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'D', 'D']);
  });
  it('not linked: the reform falls back on the yearly exchange and sees it on 2027-03-01', () => {
    const r = runFirm(firm([breach], false), p, sc);
    expect(r.cases[0]?.reform).toBe('2027-03-01');
    expect(r.reform.slice(10, 13)).toEqual(['A', 'D', 'D']); // D at the end of March 2027
  });
});

describe('a repaired case (非正常户 lifted)', () => {
  it('the baseline re-rates 30 days after the repair; the reform at the month’s end', () => {
    const ev: CreditEvent[] = [
      { kind: 'breach', date: d('2026-07-05'), code: 'abnormal-household' },
      { kind: 'repair', date: d('2026-09-20'), code: 'abnormal-household' },
    ];
    const r = runFirm(firm(ev, true), p, sc);
    // reform and truth: D at the end of July and August, A from September (repair on 09-20)
    expect(r.reform.slice(0, 7)).toEqual(['A', 'A', 'A', 'D', 'D', 'A', 'A']);
    expect(r.truth.slice(0, 7)).toEqual(['A', 'A', 'A', 'D', 'D', 'A', 'A']);
    // baseline: D from 07-05 + 30 = 08-04 (end of August), back after 09-20 + 30 = 10-20 (end of October)
    expect(r.baseline.slice(0, 8)).toEqual(['A', 'A', 'A', 'A', 'D', 'D', 'A', 'A']);
  });
});
