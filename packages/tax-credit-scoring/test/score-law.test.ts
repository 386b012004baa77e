// Worked examples of the annual evaluation, by article, with the arithmetic beside each value.
import { describe, expect, it } from 'vitest';
import { annualScore, type CreditEvent } from '../src/index';
import { ALL_MONTHS, cleanYear, d, returns } from './fixtures';

describe('late filing (2014 第48号: 5 per tax per time; 2025 附件1: 5 per month)', () => {
  it('late VAT + late CIT prepayment in one month: 5 + 5 = 10 points under 2014', () => {
    const ev: CreditEvent[] = [
      ...cleanYear(2024),
      { kind: 'late-filing', date: d('2024-04-16'), tax: 'vat' },
      { kind: 'late-filing', date: d('2024-04-16'), tax: 'cit' },
    ];
    const r = annualScore(ev, 2024, d('2025-04-30'));
    expect(r.regime).toBe('sat-2014-40');
    expect(r.start).toBe(100); // non-recurring record in the year (第15条)
    expect(r.deductions).toEqual([{ what: 'late-filing ×2', month: '2024-04', points: 10 }]);
    expect(r.score).toBe(90); // 100 − 10
    expect(r.grade).toBe('A'); // 90 以上
  });
  it('the same month under 2025: 5 points, taxes merged', () => {
    const ev: CreditEvent[] = [
      ...cleanYear(2025),
      { kind: 'late-filing', date: d('2025-10-16'), tax: 'vat' },
      { kind: 'late-filing', date: d('2025-10-16'), tax: 'cit' },
    ];
    const r = annualScore(ev, 2025, d('2026-04-30'));
    expect(r.regime).toBe('sat-2025-12');
    expect(r.deductions).toEqual([{ what: 'late-filing (per month)', month: '2025-10', points: 5 }]);
    expect(r.score).toBe(95); // 100 − 5
  });
  it('late social-insurance filing is rated only from 2025-07-01 (第三条 税费同评)', () => {
    const late = { kind: 'late-filing', date: d('2024-09-16'), tax: 'social-insurance' } as const;
    expect(annualScore([...cleanYear(2024), late], 2024, d('2025-04-30')).score).toBe(100);
    const late25 = { ...late, date: d('2025-09-16') };
    expect(annualScore([...cleanYear(2025), late25], 2025, d('2026-04-30')).score).toBe(95); // 100 − 5
  });
});

describe('start score (2014 第15条, 2020年第15号 二; 2025 第13条)', () => {
  const base: CreditEvent[] = [
    { kind: 'registered', date: d('2015-01-01') },
    ...returns(2025, [1, 2, 3, 4, 5, 6]),
  ];
  it('93 only from 2025-07-01: returns on record, no non-recurring record', () => {
    // 2025-06-30: returns Jan–May on record, 2014 regime → 90
    expect(annualScore(base, 2025, d('2025-06-30')).start).toBe(90);
    // 2025-07-01: returns Jan–Jun on record (June's filed 07-01), 2025 regime → 93
    expect(annualScore(base, 2025, d('2025-07-01')).start).toBe(93);
  });
  it('90 from 2025-07-01 when a month before the as-of month lacks its return', () => {
    const gap = base.filter((e) => !(e.kind === 'filing' && e.period === '2025-03'));
    expect(annualScore(gap, 2025, d('2025-07-01')).start).toBe(90);
  });
  it('100 for a non-recurring record in the last 3 years from the 2020 evaluation; 1 year before', () => {
    const old = (y: number): CreditEvent[] => [
      { kind: 'registered', date: d('2010-01-01') },
      { kind: 'non-recurring', date: d(`${y - 2}-05-01`) },
      ...returns(y, ALL_MONTHS),
    ];
    expect(annualScore(old(2020), 2020, d('2021-04-30')).start).toBe(100); // 2018 within 2018–2020
    expect(annualScore(old(2019), 2019, d('2020-04-30')).start).toBe(90); // 2017 outside 2019
  });
});

describe('the previous year (2014 第19条(二), 第32条; 2020年第15号 三; 2025 第17条(二), 第34条)', () => {
  const rated = (year: number, grade: 'A' | 'D', basis: 'score' | 'direct'): CreditEvent => ({
    kind: 'rated',
    date: d(`${year + 1}-04-30`),
    year,
    grade,
    basis,
  });
  it('a score-based D costs 11 more points and blocks A', () => {
    const r = annualScore([...cleanYear(2024), rated(2023, 'D', 'score')], 2024, d('2025-04-30'));
    expect(r.deductions).toEqual([{ what: 'previous score-based D', month: '2024-12', points: 11 }]);
    expect(r.score).toBe(89); // 100 − 11
    expect(r.input.notA).toEqual(['d-last-year']);
    expect(r.grade).toBe('B');
  });
  it('a direct D is kept a second year', () => {
    const r = annualScore([...cleanYear(2024), rated(2023, 'D', 'direct')], 2024, d('2025-04-30'));
    expect(r.grade).toBe('D');
    expect(r.basis).toBe('kept');
  });
  it('before the 2019 evaluation a score-based D was kept too (第32条)', () => {
    const r = annualScore([...cleanYear(2018), rated(2017, 'D', 'score')], 2018, d('2019-04-30'));
    expect(r.grade).toBe('D');
    expect(r.basis).toBe('kept');
  });
  it('after an A, +1 under 2025 (assumption, capped at 100)', () => {
    const ev: CreditEvent[] = [
      ...cleanYear(2025),
      rated(2024, 'A', 'score'),
      { kind: 'late-filing', date: d('2025-08-16'), tax: 'vat' },
    ];
    expect(annualScore(ev, 2025, d('2026-04-30')).score).toBe(96); // 100 − 5 + 1
  });
});

describe('zero VAT (2014 第19条(三), 2015年第85号; 2025 第17条(三))', () => {
  const zeroes = (year: number, reason?: 'credit-carryforward'): CreditEvent[] => [
    { kind: 'registered', date: d('2015-01-01') },
    { kind: 'non-recurring', date: d(`${year}-06-10`) },
    ...returns(year, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    ...returns(year, [10, 11, 12], { vat: 'zero', ...(reason ? { zeroReason: reason } : {}) }),
  ];
  it('3 consecutive zero months without a normal reason: at most B', () => {
    const r = annualScore(zeroes(2024), 2024, d('2025-04-30'));
    expect(r.score).toBe(100);
    expect(r.input.notA).toEqual(['zero-vat-months']);
    expect(r.grade).toBe('B');
  });
  it('zero because of 留抵: blocks A under 2014, not under 2025', () => {
    expect(annualScore(zeroes(2024, 'credit-carryforward'), 2024, d('2025-04-30')).grade).toBe('B');
    expect(annualScore(zeroes(2025, 'credit-carryforward'), 2025, d('2026-04-30')).grade).toBe('A');
  });
  it('6 cumulative zero months, none 3 in a row', () => {
    const ev: CreditEvent[] = [
      { kind: 'registered', date: d('2015-01-01') },
      ...returns(2024, [2, 4, 6, 8, 10, 12]),
      ...returns(2024, [1, 3, 5, 7, 9, 11], { vat: 'negative' }),
    ];
    expect(annualScore(ev, 2024, d('2025-04-30')).input.notA).toEqual(['zero-vat-months']);
  });
});

describe('entity (2018年第8号; 2025 第15–16条)', () => {
  it('first tax dealing within the evaluated year: new → M', () => {
    const ev: CreditEvent[] = [
      { kind: 'registered', date: d('2025-03-01') },
      ...returns(2025, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    ];
    const r = annualScore(ev, 2025, d('2026-04-30'));
    expect(r.input.entity).toBe('new');
    expect(r.grade).toBe('M');
  });
  it('no operating revenue all year and ≥ 70: M', () => {
    const ev: CreditEvent[] = [
      { kind: 'registered', date: d('2015-01-01') },
      ...returns(2024, ALL_MONTHS, { revenue: false }),
    ];
    const r = annualScore(ev, 2024, d('2025-04-30'));
    expect(r.input.entity).toBe('no-revenue');
    expect(r.grade).toBe('M');
  });
  it('under 3 years in operation: at most B', () => {
    const ev: CreditEvent[] = [
      { kind: 'registered', date: d('2023-02-01') },
      { kind: 'non-recurring', date: d('2024-06-10') },
      ...returns(2024, ALL_MONTHS),
    ];
    expect(annualScore(ev, 2024, d('2025-04-30')).input.notA).toEqual(['under-3-years']);
  });
});

describe('何时记载何时评价 (2025 第12条) and repair', () => {
  const breach: CreditEvent = {
    kind: 'breach',
    date: d('2024-11-05'),
    recordedOn: d('2025-05-10'),
    code: 'run-by-d-responsible',
    source: 'market-regulation',
  };
  it('a record counts from the day it is on record', () => {
    expect(annualScore([...cleanYear(2024), breach], 2024, d('2025-04-30')).grade).toBe('A');
    expect(annualScore([...cleanYear(2024), breach], 2024, d('2025-05-31')).grade).toBe('D');
  });
  it('a repaired case no longer makes D', () => {
    const ev: CreditEvent[] = [
      ...cleanYear(2024),
      { kind: 'breach', date: d('2024-03-05'), code: 'abnormal-household' },
      { kind: 'repair', date: d('2024-06-20'), code: 'abnormal-household' },
    ];
    expect(annualScore(ev, 2024, d('2024-05-31')).grade).toBe('D');
    expect(annualScore(ev, 2024, d('2025-04-30')).grade).toBe('A');
  });
  it('the trace cites every article it used', () => {
    const r = annualScore([...cleanYear(2024), breach], 2024, d('2025-05-31'));
    const cited = r.trace.steps.map((s) => [
      s.id,
      s.basis.kind === 'cited' ? (s.basis.citations[0].article ?? s.basis.citations[0].docNo) : 'assumption',
    ]);
    expect(cited).toEqual([
      ['score.regime', '国家税务总局公告2014年第40号'],
      ['score.start', '二'], // 2020年第15号 二: 3-year look-back
      ['score.deductions', '国家税务总局公告2014年第48号'],
      ['score.total', 'assumption'],
      ['grade.direct-d.run-by-d-responsible', '第二十条（九）'],
    ]);
  });
});
