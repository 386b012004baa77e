import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateTimeArb } from '../src/calendar/arbitraries';
import {
  addMinutes,
  type CivilDate,
  type CivilDateTime,
  civilDate,
  compareDateTimes,
  dateTime,
  formatDateTime,
  fromEpochMinutes,
  minutesBetween,
  parseDateTime,
  toEpochMinutes,
} from '../src/calendar/index';
import { ValidationError } from '../src/errors';

const d = (s: string): CivilDate => civilDate(s);

describe('civil date-times', () => {
  it('a 4-hour objection window from 2025-09-30T22:00 ends 2025-10-01T02:00', () => {
    const result = dateTime(d('2025-09-30'), '22:00'); // 22 × 60 = minute 1320
    expect(result).toEqual({ date: '2025-09-30', minute: 1320 });
    const end = addMinutes(result, 4 * 60); // 1320 + 240 = 1560 = 1440 + 120 → next day 02:00
    expect(formatDateTime(end)).toBe('2025-10-01T02:00');
    expect(minutesBetween(result, end)).toBe(240);
  });

  it('crosses year ends and leap days', () => {
    expect(formatDateTime(addMinutes(parseDateTime('2024-12-31T23:59'), 1))).toBe('2025-01-01T00:00');
    expect(formatDateTime(addMinutes(parseDateTime('2024-02-28T23:00'), 120))).toBe('2024-02-29T01:00');
    expect(formatDateTime(addMinutes(parseDateTime('2025-03-01T00:30'), -60))).toBe('2025-02-28T23:30');
  });

  it('counts minutes from 1970-01-01T00:00 civil time', () => {
    expect(toEpochMinutes(parseDateTime('1970-01-02T00:30'))).toBe(1470); // 1440 + 30
    expect(formatDateTime(fromEpochMinutes(-1))).toBe('1969-12-31T23:59');
    expect(
      compareDateTimes(parseDateTime('2025-01-01T08:00'), parseDateTime('2025-01-01T09:00')),
    ).toBeLessThan(0);
  });

  it('rejects bad times with the field path', () => {
    const paths = (f: () => unknown): string[] => {
      try {
        f();
      } catch (e) {
        return (e as ValidationError).paths;
      }
      return [];
    };
    expect(paths(() => dateTime(d('2025-01-01'), '24:00'))).toEqual(['time']);
    expect(paths(() => dateTime(d('2025-01-01'), '7:00'))).toEqual(['time']);
    expect(paths(() => dateTime(d('2025-01-01'), 1440))).toEqual(['time']);
    expect(paths(() => dateTime(d('2025-01-01'), 1.5))).toEqual(['time']);
    expect(paths(() => dateTime('2025-02-29' as CivilDate, 0))).toEqual(['date']);
    expect(paths(() => parseDateTime('2025-10-01 02:00'))).toEqual(['dateTime']);
    expect(paths(() => addMinutes({ date: d('2025-01-01'), minute: -1 }, 1))).toEqual(['dateTime.minute']);
    expect(paths(() => addMinutes(parseDateTime('2025-01-01T00:00'), 0.5))).toEqual(['n']);
    expect(() => fromEpochMinutes(Number.NaN)).toThrow(ValidationError);
  });

  it('property: minute arithmetic agrees with UTC milliseconds at civil midnight', () => {
    fc.assert(
      fc.property(dateTimeArb(), (dt: CivilDateTime) => {
        // Test oracle only: Date.UTC reads the civil fields as UTC, so no time zone enters.
        const ms = Date.parse(`${dt.date}T00:00:00Z`) + dt.minute * 60_000;
        expect(toEpochMinutes(dt)).toBe(ms / 60_000);
        expect(formatDateTime(dt)).toBe(new Date(ms).toISOString().slice(0, 16));
      }),
    );
  });

  it('property: addMinutes and minutesBetween are inverse; format and parse round-trip', () => {
    fc.assert(
      fc.property(dateTimeArb(), fc.integer({ min: -1_000_000, max: 1_000_000 }), (dt, n) => {
        expect(minutesBetween(dt, addMinutes(dt, n))).toBe(n);
        expect(parseDateTime(formatDateTime(dt))).toEqual(dt);
        expect(fromEpochMinutes(toEpochMinutes(dt))).toEqual(dt);
      }),
    );
  });
});
