// The per-day tables behind a Calendar, built once from its notice years and indexed by
// `epochDay - fromDay`, so every question (working day? n-th working day after? working days
// between?) is one or two array reads. Each Calendar owns its tables: nothing is shared between
// calendars, so no answer can come from another calendar's data.
import { ConfigurationError } from '../errors';
import { type CivilDate, dateFromParts, fromEpochDay, toEpochDay, weekdayOfEpochDay } from './civil-date';
import type { HolidayYearData } from './holiday-year';

/**
 * Day kinds as stored in `CalendarTables.kind` (internal): 0 workday, 1 weekend, 2 listed day off,
 * 3 listed make-up working day. A day is a working day when its kind is KIND_WORKDAY or KIND_MAKE_UP.
 * @example
 * tables.kind[i] === KIND_HOLIDAY; // a day off listed in a notice
 */
export const KIND_WORKDAY = 0;
export const KIND_WEEKEND = 1;
export const KIND_HOLIDAY = 2;
export const KIND_MAKE_UP = 3;

/** The tables of one calendar (internal to core/calendar). */
export interface CalendarTables {
  /** First and last covered day, as epoch days. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly kind: Uint8Array;
  readonly nameIdx: Uint16Array;
  readonly names: readonly string[];
  /** prefix[i] = working days among the first i covered days. */
  readonly prefix: Int32Array;
  /** Offsets of the working days, in order: the k-th working day is fromDay + workIdx[k]. */
  readonly workIdx: Int32Array;
  /** Offset of the first working day at or after each day, -1 when none is covered. */
  readonly nextWork: Int32Array;
  /** For a day off, the offset of the last day of its run of consecutive days off; else -1. */
  readonly offRunEnd: Int32Array;
  readonly dates: readonly CivilDate[];
}

/**
 * The covered range of a set of notice years (sorted, contiguous): from the earlier of 1 January of
 * the first year and the first day any notice lists, to the later of 31 December of the last year
 * and the last day any notice lists. A notice governs its calendar year and the days it lists in the
 * neighbouring December or January (the 2019 notice: 2018-12-29 working, 2018-12-30/31 off); a day
 * no notice held governs (2018-12-28 under the built-in years) is outside.
 * @example
 * coveredRange(BUILT_IN_HOLIDAY_YEARS); // { fromDay: 17894 (2018-12-29), toDay: 20818 (2026-12-31) }
 */
export function coveredRange(years: readonly HolidayYearData[]): { fromDay: number; toDay: number } {
  let fromDay = toEpochDay(dateFromParts(years[0]!.year, 1, 1));
  let toDay = toEpochDay(dateFromParts(years[years.length - 1]!.year, 12, 31));
  for (const y of years) {
    for (const d of y.days) {
      const e = toEpochDay(d.date);
      if (e < fromDay) fromDay = e;
      if (e > toDay) toDay = e;
    }
  }
  return { fromDay, toDay };
}

/**
 * Builds the tables of validated, sorted, contiguous notice years.
 * @throws ConfigurationError when two notices disagree about a day (off in one, working in another).
 * @example
 * const t = buildCalendarTables(BUILT_IN_HOLIDAY_YEARS); t.dates[0]; // '2018-12-29'
 */
export function buildCalendarTables(years: readonly HolidayYearData[]): CalendarTables {
  const { fromDay, toDay } = coveredRange(years);
  const size = toDay - fromDay + 1;
  const kind = new Uint8Array(size);
  const nameIdx = new Uint16Array(size);
  const names: string[] = [''];
  const listed = new Map<number, { isOffDay: boolean; year: number }>();
  for (const y of years) {
    for (const d of y.days) {
      const e = toEpochDay(d.date);
      const prior = listed.get(e);
      if (prior && prior.isOffDay !== d.isOffDay) {
        throw new ConfigurationError(
          `years.${String(y.year)}.days`,
          `${d.date} is a day off in one notice (${String(prior.year)}) and a working day in another (${String(y.year)})`,
        );
      }
      listed.set(e, { isOffDay: d.isOffDay, year: y.year });
      const i = e - fromDay;
      let n = names.indexOf(d.name);
      if (n < 0) n = names.push(d.name) - 1;
      kind[i] = d.isOffDay ? KIND_HOLIDAY : KIND_MAKE_UP;
      nameIdx[i] = n;
    }
  }
  for (let i = 0; i < size; i++) {
    if (kind[i] === KIND_WORKDAY && weekdayOfEpochDay(fromDay + i) >= 6) kind[i] = KIND_WEEKEND;
  }
  const isWorking = (i: number): boolean => kind[i] === KIND_WORKDAY || kind[i] === KIND_MAKE_UP;
  const prefix = new Int32Array(size + 1);
  const work: number[] = [];
  for (let i = 0; i < size; i++) {
    prefix[i + 1] = prefix[i]! + (isWorking(i) ? 1 : 0);
    if (isWorking(i)) work.push(i);
  }
  const nextWork = new Int32Array(size);
  const offRunEnd = new Int32Array(size);
  let next = -1;
  let runEnd = -1;
  for (let i = size - 1; i >= 0; i--) {
    if (isWorking(i)) {
      next = i;
      runEnd = -1;
    } else if (runEnd < 0) {
      runEnd = i;
    }
    nextWork[i] = next;
    offRunEnd[i] = isWorking(i) ? -1 : runEnd;
  }
  return {
    fromDay,
    toDay,
    kind,
    nameIdx,
    names,
    prefix,
    workIdx: Int32Array.from(work),
    nextWork,
    offRunEnd,
    dates: Array.from({ length: size }, (_, i) => fromEpochDay(fromDay + i)),
  };
}
