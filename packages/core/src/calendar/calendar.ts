// The statutory calendar as a value: built from State Council notice years, immutable, passed to
// whoever counts on it. Adding a year gives a new calendar; nothing global changes.

import { describeValue } from '../describe-value';
import { CalendarRangeError, ConfigurationError, ValidationError } from '../errors';
import { optionsObject } from '../options-object';
import {
  buildCalendarTables,
  type CalendarTables,
  KIND_HOLIDAY,
  KIND_MAKE_UP,
  KIND_WORKDAY,
} from './calendar-tables';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';
import {
  type DeadlineExplanation,
  type DeadlineOptions,
  deadlineOn,
  explainDeadlineOn,
  type PeriodUnit,
} from './deadlines';
import { type HolidayYearData, parseHolidayYear, parseHolidayYears } from './holiday-year';

/** What a day is: an ordinary weekday or weekend day, a listed day off, or a make-up working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/** One day of the statutory calendar. `name` is the holiday block for listed days (off or make-up). */
export interface DayInfo {
  readonly date: CivilDate;
  readonly kind: DayKind;
  readonly isWorkingDay: boolean;
  readonly name?: string;
}

const KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeUpWorkday'];

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n)) {
    throw ValidationError.of(
      'n',
      `must be an integer, got ${describeValue(n)}`,
      `必须是整数，收到 ${describeValue(n)}`,
    );
  }
}

function sameDays(a: HolidayYearData, b: HolidayYearData): boolean {
  return (
    a.days.length === b.days.length &&
    a.days.every((d, i) => {
      const o = b.days[i]!;
      return d.date === o.date && d.name === o.name && d.isOffDay === o.isOffDay;
    })
  );
}

/**
 * The mainland China statutory calendar of a contiguous run of State Council notice years: which
 * days are working days (调休 included), and the periods counted on them. A value: immutable, passed
 * to whatever counts on it; `withYear` returns a new calendar and leaves this one as it was. Each
 * calendar owns its per-day tables, so answers (and anything cached from them) never mix
 * calendars. Build one with {@link createCalendar}; {@link DEFAULT_CALENDAR} holds the built-in
 * notices, and the module-level functions (`isWorkingDay`, `addWorkingDays`, `statutoryDeadline`,
 * …) are its methods called on it.
 *
 * Coverage: every day governed by a notice held, that is, from the earlier of 1 January of the
 * first notice year and the first day any notice lists, to the later of 31 December of the last
 * year and the last day any notice lists. The 2019 notice (国办发明电〔2018〕15号) lists 2018-12-29
 * (a working Saturday) and 2018-12-30/31 (元旦), so the built-in calendar runs 2018-12-29..2026-12-31
 * and 2018-12-28 is outside. Outside the coverage every question is a `CalendarRangeError`.
 * @example
 * const cal = createCalendar(BUILT_IN_HOLIDAY_YEARS);
 * cal.isWorkingDay(civilDate('2025-02-08')); // true: a make-up Saturday of 春节 2025
 * cal.addWorkingDays(civilDate('2024-09-30'), 1); // '2024-10-08'
 */
export class Calendar {
  /** The notice years this calendar was built from, sorted by year. */
  readonly years: readonly HolidayYearData[];
  /** First and last covered day (see the class comment for the rule). */
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** The same bounds as epoch days. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly #t: CalendarTables;

  private constructor(years: readonly unknown[]) {
    // Validated here, not only in fromYears: the constructor is private in TypeScript but callable
    // from JavaScript (`new Calendar(x)`), and a bad year must be a ValidationError (issue 32).
    this.years = Object.freeze(parseHolidayYears(years));
    this.#t = buildCalendarTables(this.years);
    this.fromDay = this.#t.fromDay;
    this.toDay = this.#t.toDay;
    this.from = fromEpochDay(this.fromDay);
    this.to = fromEpochDay(this.toDay);
    Object.freeze(this);
  }

  /**
   * Builds a calendar from notice years (validated; the input is not modified). The years must be
   * contiguous and distinct. Prefer {@link createCalendar}, which is this function.
   * @throws ValidationError for malformed data; ConfigurationError for gaps, duplicates or conflicts.
   * @example
   * Calendar.fromYears(BUILT_IN_HOLIDAY_YEARS).coverage(); // { from: '2018-12-29', to: '2026-12-31' }
   */
  static fromYears(years: readonly unknown[]): Calendar {
    return new Calendar(years);
  }

  /**
   * A new calendar with one more notice year (validated first), adjacent to the years held; this
   * calendar is unchanged. A year already held with identical days returns this calendar; with
   * different days it is an error (build a new calendar with `createCalendar` to replace it). New
   * notices come out every November.
   * @throws ValidationError for malformed data (each bad field under `data`); ConfigurationError for
   * a gap or a conflicting year.
   * @example
   * const next = DEFAULT_CALENDAR.withYear({
   *   year: 2027,
   *   days: [{ date: '2027-01-01', name: '元旦', isOffDay: true }],
   *   source: { notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知' }] },
   * });
   * next.coverage().to; // '2027-12-31'; DEFAULT_CALENDAR still ends 2026-12-31
   */
  withYear(data: unknown): Calendar {
    const year = parseHolidayYear(data);
    const existing = this.years.find((y) => y.year === year.year);
    if (existing) {
      if (sameDays(existing, year)) return this;
      throw new ConfigurationError(
        'year',
        `${String(year.year)} is already covered with different days; build a new calendar with createCalendar to replace it`,
      );
    }
    return Calendar.fromYears([...this.years, year]);
  }

  /**
   * The covered range: every day a notice held governs.
   * @example
   * DEFAULT_CALENDAR.coverage(); // { from: '2018-12-29', to: '2026-12-31' }
   */
  coverage(): { from: CivilDate; to: CivilDate } {
    return { from: this.from, to: this.to };
  }

  /**
   * Whether `date` is inside the coverage (a malformed date is a ValidationError, not `false`).
   * @example
   * DEFAULT_CALENDAR.covers(civilDate('2018-12-29')); // true: listed by the 2019 notice
   * DEFAULT_CALENDAR.covers(civilDate('2018-12-28')); // false
   */
  covers(date: CivilDate): boolean {
    const e = toEpochDay(date);
    return e >= this.fromDay && e <= this.toDay;
  }

  #offset(epochDay: number): number {
    // Not a day at all (a string, NaN, a fraction) is bad input, not a date outside the calendar.
    if (typeof epochDay !== 'number' || !Number.isInteger(epochDay)) {
      throw ValidationError.of(
        'epochDay',
        `must be an integer epoch day, got ${describeValue(epochDay)}`,
        `必须是整数纪元日，实际为 ${describeValue(epochDay)}`,
      );
    }
    const i = epochDay - this.fromDay;
    if (i < 0 || epochDay > this.toDay || !Number.isInteger(i)) this.#outOfRange(epochDay);
    return i;
  }

  #outOfRange(epochDay: number): never {
    const date = Number.isInteger(epochDay) ? fromEpochDay(epochDay) : String(epochDay);
    throw new CalendarRangeError(date, { from: this.from, to: this.to });
  }

  #working(i: number): boolean {
    const k = this.#t.kind[i];
    return k === KIND_WORKDAY || k === KIND_MAKE_UP;
  }

  /**
   * Whether an epoch day is a working day (the fast path for simulations).
   * @example
   * DEFAULT_CALENDAR.isWorkingEpochDay(toEpochDay(civilDate('2025-02-08'))); // true
   */
  isWorkingEpochDay(epochDay: number): boolean {
    return this.#working(this.#offset(epochDay));
  }

  /**
   * The n-th working day after an epoch day (before it for negative n); `n = 0` returns the day.
   * @example
   * DEFAULT_CALENDAR.addWorkingEpochDays(toEpochDay(civilDate('2024-09-30')), 1); // epoch day of 2024-10-08
   */
  addWorkingEpochDays(epochDay: number, n: number): number {
    const i = this.#offset(epochDay);
    checkCount(n);
    if (n === 0) return epochDay;
    const k = n > 0 ? this.#t.prefix[i + 1]! + n - 1 : this.#t.prefix[i]! + n;
    if (k < 0) this.#outOfRange(this.fromDay - 1);
    if (k >= this.#t.workIdx.length) this.#outOfRange(this.toDay + 1);
    return this.fromDay + this.#t.workIdx[k]!;
  }

  /**
   * Signed working days stepped onto walking from `a` to `b`, `a` excluded and `b` included.
   * @example
   * DEFAULT_CALENDAR.workingEpochDaysBetween(toEpochDay(civilDate('2024-09-30')), toEpochDay(civilDate('2024-10-08'))); // 1
   */
  workingEpochDaysBetween(a: number, b: number): number {
    const ia = this.#offset(a);
    const ib = this.#offset(b);
    const p = this.#t.prefix;
    return ib >= ia ? p[ib + 1]! - p[ia + 1]! : p[ib]! - p[ia]!;
  }

  /**
   * The epoch day itself if working, else the next working day.
   * @example
   * DEFAULT_CALENDAR.nextWorkingEpochDay(toEpochDay(civilDate('2024-10-05'))); // epoch day of 2024-10-08
   */
  nextWorkingEpochDay(epochDay: number): number {
    const j = this.#t.nextWork[this.#offset(epochDay)]!;
    if (j < 0) this.#outOfRange(this.toDay + 1);
    return this.fromDay + j;
  }

  /**
   * For a day off, the last day of its run of consecutive days off (clipped to the coverage); else -1.
   * @example
   * DEFAULT_CALENDAR.offRunEndEpochDay(toEpochDay(civilDate('2025-01-28'))); // epoch day of 2025-02-04
   */
  offRunEndEpochDay(epochDay: number): number {
    const j = this.#t.offRunEnd[this.#offset(epochDay)]!;
    return j < 0 ? -1 : this.fromDay + j;
  }

  /**
   * The civil date of a covered epoch day, from a precomputed table.
   * @example
   * DEFAULT_CALENDAR.dateOf(20_117); // '2025-01-29'
   */
  dateOf(epochDay: number): CivilDate {
    return this.#t.dates[this.#offset(epochDay)]!;
  }

  /**
   * Whether `date` is a working day: a listed day off is not, a listed make-up day is, otherwise
   * Monday–Friday.
   * @throws CalendarRangeError outside the coverage; ValidationError for a malformed date.
   * @example
   * DEFAULT_CALENDAR.isWorkingDay(civilDate('2025-01-26')); // true (Sunday, 春节 make-up day)
   */
  isWorkingDay(date: CivilDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  /**
   * Whether `date` is a day off (a weekend or listed holiday; make-up working days are not).
   * @example
   * DEFAULT_CALENDAR.isDayOff(civilDate('2025-01-28')); // true: 除夕, 春节 2025
   */
  isDayOff(date: CivilDate): boolean {
    return !this.isWorkingDay(date);
  }

  /**
   * Everything the calendar knows about one day.
   * @example
   * DEFAULT_CALENDAR.dayInfo(civilDate('2025-01-29')); // { date, kind: 'holiday', isWorkingDay: false, name: '春节' }
   */
  dayInfo(date: CivilDate): DayInfo {
    const i = this.#offset(toEpochDay(date));
    const kind = KINDS[this.#t.kind[i]!]!;
    const isWorkingDay = this.#working(i);
    const n = this.#t.nameIdx[i]!;
    const day = this.#t.dates[i]!;
    return n > 0
      ? { date: day, kind, isWorkingDay, name: this.#t.names[n]! }
      : { date: day, kind, isWorkingDay };
  }

  /**
   * The holiday name of an official day off (`春节`), or undefined for any other day (make-up
   * working days included: they are working days).
   * @example
   * DEFAULT_CALENDAR.holidayName(civilDate('2025-01-29')); // '春节'
   */
  holidayName(date: CivilDate): string | undefined {
    const i = this.#offset(toEpochDay(date));
    return this.#t.kind[i] === KIND_HOLIDAY ? this.#t.names[this.#t.nameIdx[i]!] : undefined;
  }

  /**
   * The n-th working day after `date`; the start day never counts (民法典 第二百零一条). Negative n
   * counts backwards (the n-th working day before `date`, `date` excluded); n = 0 returns `date`.
   * @example
   * DEFAULT_CALENDAR.addWorkingDays(civilDate('2024-09-30'), 1); // '2024-10-08' (国庆节 2024-10-01..07)
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate {
    return this.dateOf(this.addWorkingEpochDays(toEpochDay(date), n));
  }

  /**
   * Signed count of working days from `a` to `b`: those in (a, b] when b ≥ a, minus those in
   * [b, a) when b < a, so that `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   * @example
   * DEFAULT_CALENDAR.workingDaysBetween(civilDate('2024-09-30'), civilDate('2024-10-08')); // 1
   */
  workingDaysBetween(a: CivilDate, b: CivilDate): number {
    return this.workingEpochDaysBetween(toEpochDay(a, 'a'), toEpochDay(b, 'b'));
  }

  /**
   * `date` itself if it is a working day, otherwise the next working day.
   * @example
   * DEFAULT_CALENDAR.nextWorkingDay(civilDate('2024-10-05')); // '2024-10-08'
   */
  nextWorkingDay(date: CivilDate): CivilDate {
    return this.dateOf(this.nextWorkingEpochDay(toEpochDay(date)));
  }

  /**
   * The last day of a statutory period of `n` days, working days, months or years after `start`,
   * counted on this calendar. The start day is not counted (民法典 第二百零一条); a period in months
   * or years ends on the corresponding day of the last month, or on its last day when it has none
   * (第二百零二条); a last day that is a day off moves to the next working day (第二百零三条). With
   * `taxHolidayExtension` (征管法实施细则 第一百零九条), every run of 3 or more consecutive days off
   * inside a natural-day period extends it by that many natural days first (the monthly filing
   * deadline is counted differently, in working days: `filingDeadline` of `@gd-ftz/statutes`). The
   * result is never a day off.
   * @throws ValidationError for bad arguments; CalendarRangeError when the period leaves the coverage.
   * @example
   * DEFAULT_CALENDAR.statutoryDeadline(civilDate('2024-09-25'), 10, 'days'); // '2024-10-08': 10-05 is 国庆节
   * DEFAULT_CALENDAR.statutoryDeadline(civilDate('2024-01-31'), 1, 'months'); // '2024-02-29'
   */
  statutoryDeadline(start: CivilDate, n: number, unit: PeriodUnit, options: DeadlineOptions = {}): CivilDate {
    optionsObject(options);
    return deadlineOn(this, start, n, unit, options);
  }

  /**
   * {@link Calendar.statutoryDeadline} with its reasons (zh/en) and the articles applied, for traces.
   * @example
   * DEFAULT_CALENDAR.explainDeadline(civilDate('2025-01-31'), 15, 'days', { taxHolidayExtension: true }).steps;
   */
  explainDeadline(
    start: CivilDate,
    n: number,
    unit: PeriodUnit,
    options: DeadlineOptions = {},
  ): DeadlineExplanation {
    return explainDeadlineOn(this, start, n, unit, options);
  }
}

/**
 * A calendar from notice years, e.g. the built-in years plus a newly published one. It is a new,
 * separate value: no other calendar changes.
 * @throws ValidationError for malformed data; ConfigurationError for gaps, duplicates or conflicts.
 * @example
 * const cal = createCalendar(BUILT_IN_HOLIDAY_YEARS);
 * cal.coverage(); // { from: '2018-12-29', to: '2026-12-31' }
 */
export function createCalendar(years: readonly unknown[]): Calendar {
  return Calendar.fromYears(years);
}
