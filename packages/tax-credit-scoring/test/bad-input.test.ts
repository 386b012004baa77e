// Bad input to every public function: a typed error naming each bad field, nothing mutated.
import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  annualScore,
  type CreditEvent,
  creditGrade,
  explainCreditGrade,
  facilitationOf,
  type GradeInput,
  initialState,
  regimeAt,
  rescoreMonth,
  yearMonth,
} from '../src/index';
import { cleanYear, d, ym } from './fixtures';

/** Calls `f`, expects a ValidationError, returns its paths. */
function paths(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).code).toBe('GDFTZ_VALIDATION');
    return (e as ValidationError).paths;
  }
  throw new Error('expected a ValidationError');
}

const NEW = d('2025-07-01');
const OLD = d('2025-06-30');

describe('creditGrade / explainCreditGrade', () => {
  const cases: [string, unknown, string, string[]][] = [
    ['score above 100', { score: 100.5 }, NEW, ['score']],
    ['score NaN', { score: Number.NaN }, NEW, ['score']],
    ['score negative', { score: -1 }, NEW, ['score']],
    ['score as a string', { score: '95' }, NEW, ['score']],
    ['unknown entity', { score: 95, entity: 'dormant' }, NEW, ['entity']],
    ['unknown not-A case', { score: 95, notA: ['zero-vat-months', 'late'] }, NEW, ['notA.1']],
    ['unknown breach code', { score: 95, seriousBreaches: ['fraud'] }, NEW, ['seriousBreaches.0']],
    [
      'a 2025-only code before 2025-07-01',
      { score: 95, seriousBreaches: ['abnormal-household', 'police-referral'] },
      OLD,
      ['seriousBreaches.1'],
    ],
    [
      'a 2014-only code from 2025-07-01',
      { score: 95, seriousBreaches: ['tax-crime'] },
      NEW,
      ['seriousBreaches.0'],
    ],
    [
      'evaded above the tax due',
      { score: 95, evasion: { evaded: '200000.00', taxDue: '100000.00' } },
      NEW,
      ['evasion.evaded'],
    ],
    [
      'evasion amounts as numbers',
      { score: 95, evasion: { evaded: 150000, taxDue: 1200000 } },
      NEW,
      ['evasion.evaded', 'evasion.taxDue'],
    ],
    [
      'a negative amount',
      { score: 95, evasion: { evaded: '-1.00', taxDue: '10.00' } },
      NEW,
      ['evasion.evaded'],
    ],
    ['zero tax due', { score: 95, evasion: { evaded: '0', taxDue: '0' } }, NEW, ['evasion.taxDue']],
    ['an unknown field', { score: 95, grade: 'A' }, NEW, ['grade']],
    ['a new firm before the M grade existed', { score: 95, entity: 'new' }, '2018-03-31', ['entity']],
    ['every bad field at once', { score: 101, entity: 'x', notA: 'all' }, NEW, ['score', 'entity', 'notA']],
    ['not a date', { score: 95 }, '2025-02-30', ['asOf']],
    ['before 2014-10-01', { score: 95 }, '2014-09-30', ['asOf']],
  ];
  for (const [name, input, asOf, expected] of cases) {
    it(`${name} → ${expected.join(', ')}`, () => {
      const before = JSON.stringify(input);
      expect(paths(() => creditGrade(input as GradeInput, asOf as never))).toEqual(expected);
      expect(paths(() => explainCreditGrade(input as GradeInput, asOf as never))).toEqual(expected);
      expect(JSON.stringify(input)).toBe(before);
    });
  }
  it('a frozen valid input is accepted and left as it was', () => {
    const input = Object.freeze({ score: 95, notA: Object.freeze(['zero-vat-months'] as const) });
    expect(creditGrade(input, NEW)).toBe('B');
  });
});

describe('annualScore', () => {
  const ev = cleanYear(2024);
  it('bad year and as-of date', () => {
    expect(paths(() => annualScore(ev, 2013, d('2025-04-30')))).toEqual(['year']);
    expect(paths(() => annualScore(ev, 2024.5, d('2025-04-30')))).toEqual(['year']);
    expect(paths(() => annualScore(ev, 2024, d('2023-12-31')))).toEqual(['asOf']);
    expect(paths(() => annualScore(ev, 2024, d('2025-13-01')))).toEqual(['asOf']);
  });
  it('bad events name the event and field', () => {
    const bad = [
      ...ev,
      { kind: 'breach', date: d('2024-05-01'), code: 'police-referral' }, // 2025-only, known on 2025-04-30
      { kind: 'indicator', date: d('2024-05-01'), code: 'false-undertaking' }, // 2025-only indicator
      { kind: 'late-filing', date: d('2024-05-01'), tax: 'customs-duty' },
      { kind: 'filing', date: d('2024-05-01'), period: '2024-13', vat: 'positive', revenue: true },
      { kind: 'audit', date: d('2024-05-01') },
      { kind: 'evasion', date: d('2024-05-01'), evaded: '1e5', taxDue: '200000.00' },
      { kind: 'breach', date: d('2024-05-01'), recordedOn: d('2024-04-01'), code: 'abnormal-household' },
    ] as unknown as CreditEvent[];
    const n = ev.length;
    const before = JSON.stringify(bad);
    expect(paths(() => annualScore(bad, 2024, d('2025-04-30')))).toEqual([
      `events.${n}.code`,
      `events.${n + 1}.code`,
      `events.${n + 2}.tax`,
      `events.${n + 3}.period`,
      `events.${n + 4}.kind`,
      `events.${n + 5}.evaded`,
      `events.${n + 6}.recordedOn`,
    ]);
    expect(JSON.stringify(bad)).toBe(before);
  });
  it('not an array', () => {
    expect(paths(() => annualScore('events' as never, 2024, d('2025-04-30')))).toEqual(['events']);
  });
  it('a record not yet known is only shape-checked', () => {
    const later = [...ev, { kind: 'breach', date: d('2025-08-01'), code: 'police-referral' } as CreditEvent];
    expect(annualScore(later, 2024, d('2025-04-30')).grade).toBe('A');
  });
});

describe('initialState / rescoreMonth', () => {
  const s = initialState(ym('2025-05'));
  it('bad months', () => {
    expect(paths(() => initialState(ym('2025-5')))).toEqual(['month']);
    expect(paths(() => rescoreMonth(s, [], ym('2025-05')))).toEqual(['month']);
    expect(paths(() => rescoreMonth(s, [], ym('2025-04')))).toEqual(['month']);
    expect(paths(() => rescoreMonth(s, [], ym('2025-00')))).toEqual(['month']);
  });
  it('a bad state', () => {
    expect(paths(() => rescoreMonth(null as never, [], ym('2025-06')))).toEqual(['state']);
    expect(paths(() => rescoreMonth({ ...s, window: [1, 2] }, [], ym('2025-06')))).toEqual(['state.window']);
    expect(paths(() => rescoreMonth({ ...s, month: 'May' as never }, [], ym('2025-06')))).toEqual([
      'state.month',
    ]);
  });
  it('a record dated after the month, a 2025-only code in June 2025', () => {
    const before = JSON.stringify(s);
    const ev = [
      { kind: 'filing', date: d('2025-07-01'), period: '2025-06', vat: 'positive', revenue: true },
      { kind: 'breach', date: d('2025-06-02'), code: 'absconded' },
    ] as CreditEvent[];
    expect(paths(() => rescoreMonth(s, ev, ym('2025-06')))).toEqual(['events.0.date', 'events.1.code']);
    expect(JSON.stringify(s)).toBe(before);
    expect(rescoreMonth(s, [ev[1] as CreditEvent], ym('2025-07')).grade).toBe('D');
  });
});

describe('regimeAt, facilitationOf, yearMonth', () => {
  it('typed errors naming the field', () => {
    expect(paths(() => regimeAt(d('2014-09-30')))).toEqual(['asOf']);
    expect(paths(() => regimeAt('yesterday' as never))).toEqual(['asOf']);
    expect(paths(() => facilitationOf('E' as never, NEW))).toEqual(['grade']);
    expect(paths(() => facilitationOf('A', d('2025-02-29')))).toEqual(['asOf']);
    expect(paths(() => yearMonth('2025/07'))).toEqual(['month']);
  });
});
