// Bad input to every public function: a typed error naming each bad field, and nothing changed.
import {
  CalendarRangeError,
  type CivilDate,
  civilDate,
  ParameterNotInForceError,
  ValidationError,
} from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  applyLedgerEvent,
  createLedger,
  hazardRecheckDeadline,
  type InspectionInput,
  inspectionRequestDeadline,
  type Ledger,
  type LedgerEvent,
  measure,
  nextInspectionDue,
  registrationDeadline,
} from '../src/index';

const d = (s: string): CivilDate => civilDate(s);

/** Calls `f`, expects a ValidationError, returns its sorted paths. */
function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return [...(e as ValidationError).paths].sort();
  }
  throw new Error('expected a ValidationError');
}

describe('nextInspectionDue', () => {
  const vessel = {
    kind: 'pressure-vessel',
    commissionedOn: d('2018-03-01'),
    lastInspectedOn: d('2021-03-01'),
  };
  const cases: [string, unknown, string[]][] = [
    ['grade 6', { ...vessel, safetyGrade: 6 }, ['safetyGrade']],
    ['cycleYears 7 at grade 3', { ...vessel, safetyGrade: 3, cycleYears: 7 }, ['cycleYears']],
    ['cycleYears 4 at grade 4 (≤ 3)', { ...vessel, safetyGrade: 4, cycleYears: 4 }, ['cycleYears']],
    ['grade 3 without its cycle', { ...vessel, safetyGrade: 3 }, ['cycleYears']],
    ['a cycle where the grade fixes it', { ...vessel, safetyGrade: 2, cycleYears: 6 }, ['cycleYears']],
    [
      'inspected before use',
      { ...vessel, lastInspectedOn: d('2017-12-31'), safetyGrade: 1 },
      ['lastInspectedOn'],
    ],
    ['a vessel inspected without a grade', vessel, ['safetyGrade']],
    ['a cylinder without its gas', { kind: 'gas-cylinder', commissionedOn: d('2021-08-17') }, ['gas']],
    [
      'a grade on an elevator',
      { kind: 'elevator', commissionedOn: d('2021-08-17'), safetyGrade: 1 },
      ['safetyGrade'],
    ],
    ['gas on a boiler', { kind: 'boiler-internal', commissionedOn: d('2021-08-17'), gas: 'inert' }, ['gas']],
    ['an unknown kind', { kind: 'rocket', commissionedOn: d('2021-08-17') }, ['kind']],
    ['a date that does not exist', { kind: 'elevator', commissionedOn: '2025-02-29' }, ['commissionedOn']],
    [
      'two bad fields at once',
      { kind: 'elevator', commissionedOn: 20210817, nonMetallic: 'yes' },
      ['commissionedOn', 'nonMetallic'],
    ],
  ];
  for (const [name, input, paths] of cases) {
    it(`${name} → ${paths.join(', ')}, input unchanged`, () => {
      const before = JSON.stringify(input);
      expect(pathsOf(() => nextInspectionDue(input as InspectionInput))).toEqual(paths);
      expect(JSON.stringify(input)).toBe(before);
    });
  }
  it('an unknown field is named by its own path', () => {
    const input = { kind: 'elevator', commissionedOn: d('2021-08-17'), colour: 'red' };
    expect(pathsOf(() => nextInspectionDue(input as never))).toEqual(['colour']);
  });
});

describe('the deadlines', () => {
  it('a bad date names its argument', () => {
    expect(pathsOf(() => registrationDeadline('2024-13-01' as CivilDate))).toEqual(['commissionedOn']);
    expect(pathsOf(() => registrationDeadline(20240905 as unknown as CivilDate))).toEqual(['commissionedOn']);
    expect(pathsOf(() => inspectionRequestDeadline('soon' as CivilDate))).toEqual(['due']);
    expect(pathsOf(() => hazardRecheckDeadline('2024-02-30' as CivilDate))).toEqual(['reportedOn']);
  });
  it('before the law or beyond the calendar: typed errors, never a guess', () => {
    expect(() => registrationDeadline(d('2013-12-15'))).toThrow(ParameterNotInForceError);
    expect(() => registrationDeadline(d('2026-12-20'))).toThrow(CalendarRangeError);
    expect(() => hazardRecheckDeadline(d('2022-06-30'))).toThrow(ParameterNotInForceError);
  });
});

describe('applyLedgerEvent', () => {
  const base: Ledger = applyLedgerEvent(createLedger(), {
    type: 'unit-commissioned',
    at: d('2024-03-01'),
    unitId: 'PV-1',
    userId: 'U-1',
    kind: 'pressure-vessel',
  });
  const cases: [string, unknown, string[]][] = [
    ['no unitId', { type: 'self-checked', at: '2024-04-01' }, ['event.unitId']],
    ['an unknown type', { type: 'unit-painted', at: '2024-04-01', unitId: 'PV-1' }, ['event.type']],
    ['an unknown unit', { type: 'self-checked', at: '2024-04-01', unitId: 'PV-9' }, ['event.unitId']],
    [
      'a unit twice',
      { type: 'unit-commissioned', at: '2024-04-01', unitId: 'PV-1', userId: 'U-1', kind: 'elevator' },
      ['event.unitId'],
    ],
    [
      'inspected before use',
      {
        type: 'unit-inspected',
        at: '2024-02-01',
        unitId: 'PV-1',
        inspection: 'pressure-vessel',
        passed: true,
        safetyGrade: 1,
      },
      ['event.at'],
    ],
    [
      'grade 6',
      {
        type: 'unit-inspected',
        at: '2024-04-01',
        unitId: 'PV-1',
        inspection: 'pressure-vessel',
        passed: true,
        safetyGrade: 6,
      },
      ['event.safetyGrade'],
    ],
    [
      'cycleYears 7 at grade 3',
      {
        type: 'unit-inspected',
        at: '2024-04-01',
        unitId: 'PV-1',
        inspection: 'pressure-vessel',
        passed: true,
        safetyGrade: 3,
        cycleYears: 7,
      },
      ['event.cycleYears'],
    ],
    [
      'an elevator inspection of a vessel',
      { type: 'unit-inspected', at: '2024-04-01', unitId: 'PV-1', inspection: 'elevator', passed: true },
      ['event.inspection'],
    ],
    [
      'a cylinder without gas',
      { type: 'unit-commissioned', at: '2024-04-01', unitId: 'GC-1', userId: 'U-1', kind: 'gas-cylinder' },
      ['event.gas'],
    ],
    [
      'an unknown field',
      { type: 'self-checked', at: '2024-04-01', unitId: 'PV-1', colour: 'red' },
      ['event.colour'],
    ],
    [
      'an unknown hazard',
      { type: 'hazard-fixed', at: '2024-04-01', unitId: 'PV-1', hazardId: 'H9' },
      ['event.hazardId'],
    ],
    [
      'a bad severity and date',
      {
        type: 'hazard-found',
        at: '2024-04-31',
        unitId: 'PV-1',
        hazardId: 'H1',
        severity: 'mild',
        foundBy: 'self-check',
      },
      ['event.at', 'event.severity'],
    ],
  ];
  for (const [name, event, paths] of cases) {
    it(`${name} → ${paths.join(', ')}, ledger unchanged`, () => {
      const before = JSON.stringify(base);
      expect(pathsOf(() => applyLedgerEvent(base, event as LedgerEvent))).toEqual(paths);
      expect(JSON.stringify(base)).toBe(before);
    });
  }
  it('not a ledger, or a ledger whose head does not match its records', () => {
    const e: LedgerEvent = { type: 'self-checked', at: d('2024-04-01'), unitId: 'PV-1' };
    expect(pathsOf(() => applyLedgerEvent({} as Ledger, e))).toEqual(['ledger']);
    expect(pathsOf(() => applyLedgerEvent({ ...base, records: [] }, e))).toEqual(['ledger.head']);
  });
});

describe('measure.simulate', () => {
  it('rejects out-of-range, mistyped and unknown parameters naming each, input unchanged', () => {
    const bad = { units: 10, lateRequest: 1.5, fineLevel: 'harsh', order74From: '2023-06-01', colour: 'red' };
    const before = JSON.stringify(bad);
    expect(pathsOf(() => measure.simulateUnknown(bad, { seed: 1 }))).toEqual([
      'colour',
      'fineLevel',
      'lateRequest',
      'order74From',
      'units',
    ]);
    expect(JSON.stringify(bad)).toBe(before);
  });
});
