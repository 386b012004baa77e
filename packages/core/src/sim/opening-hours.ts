// When a resource may start serving: around the clock, or set hours on working days.

import { addDays, type CivilDate, civilDate, isWorkingDay, MINUTES_PER_DAY } from '../calendar/index';
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import type { WorkingDayCalendar } from './simulation';

/**
 * A service schedule on the simulation clock (minutes since 00:00 of the start date).
 * Opening periods are half-open: open at `from`, closed at `to`.
 */
export interface OpeningHours {
  /** A short description, e.g. `working days 09:00-12:00, 13:30-17:00`. */
  readonly label: string;
  /** The date of time 0 these hours are laid on, if they depend on dates. */
  readonly startDate: CivilDate | undefined;
  /** Whether a service may start at time t. */
  isOpen(t: number): boolean;
  /** The earliest time ≥ t at which it is open (t itself when open). */
  nextOpen(t: number): number;
  /** Open minutes in [a, b). */
  openMinutesBetween(a: number, b: number): number;
}

/** One daily opening period, local clock times `HH:MM` (`to` may be `24:00`). */
export interface OpeningPeriod {
  readonly from: string;
  readonly to: string;
}

/** Where working-day hours are laid: the start date of time 0 and the calendar (a Simulation fits). */
export interface HoursClock {
  readonly startDate: CivilDate | string | undefined;
  readonly calendar?: WorkingDayCalendar;
}

function checkTime(t: number, path: string): void {
  if (!(t >= 0 && t < Number.POSITIVE_INFINITY))
    throw new ConfigurationError(path, `must be a finite time ≥ 0, got ${describeValue(t)}`);
}

/**
 * Open 7 days a week, 24 hours a day.
 * @example
 * alwaysOpen().isOpen(12345); // true
 */
export function alwaysOpen(): OpeningHours {
  return {
    label: '7x24',
    startDate: undefined,
    isOpen: () => true,
    nextOpen: (t) => {
      checkTime(t, 't');
      return t;
    },
    openMinutesBetween: (a, b) => {
      checkTime(a, 'a');
      checkTime(b, 'b');
      return Math.max(0, b - a);
    },
  };
}

const CLOCK_TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

function minuteOf(text: unknown, path: string): number {
  const m = typeof text === 'string' ? CLOCK_TIME.exec(text) : null;
  const minute = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!(minute <= MINUTES_PER_DAY))
    throw new ConfigurationError(path, `must be a clock time HH:MM, got ${describeValue(text)}`);
  return minute;
}

/** Days searched ahead for an opening before giving up (covers any run of holidays). */
const SEARCH_DAYS = 60;

/**
 * Open during `periods` on working days of the calendar only (default the statutory calendar with
 * its holidays and make-up working days), closed all day otherwise. `clock` gives the date of
 * time 0 (pass the {@link Simulation} itself). Periods must be ascending and not overlap.
 * @example
 * const sim = createSimulation({ startDate: '2024-02-04' }); // a make-up working Sunday
 * const hours = workingDayHours([{ from: '09:00', to: '12:00' }, { from: '13:30', to: '17:00' }], sim);
 * hours.isOpen(10 * 60); // true
 */
export function workingDayHours(periods: readonly OpeningPeriod[], clock: HoursClock): OpeningHours {
  if (!Array.isArray(periods) || periods.length === 0)
    throw new ConfigurationError('periods', 'must be a non-empty array');
  const from = new Float64Array(periods.length);
  const to = new Float64Array(periods.length);
  periods.forEach((p, i) => {
    from[i] = minuteOf(p?.from, `periods.${i}.from`);
    to[i] = minuteOf(p?.to, `periods.${i}.to`);
    if (!((from[i] as number) < (to[i] as number)))
      throw new ConfigurationError(`periods.${i}.to`, 'must be after from');
    if (i > 0 && (from[i] as number) < (to[i - 1] as number)) {
      throw new ConfigurationError(`periods.${i}.from`, 'periods must be ascending and must not overlap');
    }
  });
  if (clock?.startDate === undefined)
    throw new ConfigurationError('startDate', 'working-day hours need the date of time 0');
  const startDate = civilDate(clock.startDate, 'startDate');
  const calendar = clock.calendar ?? { isWorkingDay };
  // Per simulated day: 0 not yet asked, 1 working day, 2 day off.
  let known = new Uint8Array(64);
  const working = (day: number): boolean => {
    if (day >= known.length) {
      const grown = new Uint8Array(Math.max(known.length * 2, day + 1));
      grown.set(known);
      known = grown;
    }
    let state = known[day] as number;
    if (state === 0) {
      state = calendar.isWorkingDay(addDays(startDate, day)) ? 1 : 2;
      known[day] = state;
    }
    return state === 1;
  };
  const n = periods.length;
  const isOpen = (t: number): boolean => {
    checkTime(t, 't');
    const day = Math.floor(t / MINUTES_PER_DAY);
    if (!working(day)) return false;
    const m = t - day * MINUTES_PER_DAY;
    for (let i = 0; i < n; i++) if (m >= (from[i] as number) && m < (to[i] as number)) return true;
    return false;
  };
  const nextOpen = (t: number): number => {
    checkTime(t, 't');
    let day = Math.floor(t / MINUTES_PER_DAY);
    let m = t - day * MINUTES_PER_DAY;
    for (let searched = 0; searched <= SEARCH_DAYS; searched++, day++, m = 0) {
      if (!working(day)) continue;
      for (let i = 0; i < n; i++) {
        if (m < (to[i] as number)) return day * MINUTES_PER_DAY + Math.max(m, from[i] as number);
      }
    }
    throw new ConfigurationError('hours', `no opening within ${SEARCH_DAYS} days after time ${t}`);
  };
  const openMinutesBetween = (a: number, b: number): number => {
    checkTime(a, 'a');
    checkTime(b, 'b');
    let total = 0;
    for (let day = Math.floor(a / MINUTES_PER_DAY); day * MINUTES_PER_DAY < b; day++) {
      if (!working(day)) continue;
      const base = day * MINUTES_PER_DAY;
      for (let i = 0; i < n; i++) {
        const lo = Math.max(a, base + (from[i] as number));
        const hi = Math.min(b, base + (to[i] as number));
        if (hi > lo) total += hi - lo;
      }
    }
    return total;
  };
  const label = `working days ${periods.map((p) => `${p.from}-${p.to}`).join(', ')}`;
  return { label, startDate, isOpen, nextOpen, openMinutesBetween };
}
