// The statutory calendar: built once from State Council notice years into per-day tables indexed by
// epoch day, so every question (working day? n-th working day after? working days between?) is
// answered by one or two array reads.
import { CalendarRangeError, ConfigurationError, ValidationError } from '../errors';
import { type CivilDate, fromEpochDay, toEpochDay, weekdayOfEpochDay } from './civil-date';
import { type HolidayYearData, parseHolidayYear } from './holiday-year';

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
    throw ValidationError.of('n', `must be an integer, got ${String(n)}`, `必须是整数，收到 ${String(n)}`);
  }
}

/**
 * The mainland China statutory calendar for a contiguous run of whole calendar years. Immutable:
 * `withYear` returns a new calendar. Build one with `createCalendar`; the module-level functions
 * (`isWorkingDay`, `addWorkingDays`, …) use the default calendar of the built-in years.
 * @example
 * const cal = createCalendar(BUILT_IN_HOLIDAY_YEARS);
 * cal.isWorkingDay(civilDate('2025-02-08')); // true: a make-up Saturday of 春节 2025
 */
export class StatutoryCalendar {
  /** The notice years this calendar was built from, sorted by year. */
  readonly years: readonly HolidayYearData[];
  /** First and last covered day (1 January of the first year, 31 December of the last). */
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** The same bounds as epoch days. */
  readonly fromDay: number;
  readonly toDay: number;
  readonly #kind: Uint8Array;
  readonly #nameIdx: Uint16Array;
  readonly #names: readonly string[];
  /** prefix[i] = working days among the first i covered days. */
  readonly #prefix: Int32Array;
  /** Offsets of the working days, in order: the k-th working day is fromDay + workIdx[k]. */
  readonly #workIdx: Int32Array;
  /** Offset of the first working day at or after each day, -1 when none is covered. */
  readonly #nextWork: Int32Array;
  /** For a day off, the offset of the last day of its run of consecutive days off. */
  readonly #offRunEnd: Int32Array;
  readonly #dates: readonly CivilDate[];

  private constructor(years: readonly HolidayYearData[]) {
    this.years = Object.freeze([...years]);
    const first = years[0]!.year;
    const last = years[years.length - 1]!.year;
    this.fromDay = toEpochDay(`${String(first).padStart(4, '0')}-01-01`);
    this.toDay = toEpochDay(`${String(last).padStart(4, '0')}-12-31`);
    this.from = fromEpochDay(this.fromDay);
    this.to = fromEpochDay(this.toDay);
    const size = this.toDay - this.fromDay + 1;
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
        const i = e - this.fromDay;
        if (i < 0 || i >= size) continue;
        let n = names.indexOf(d.name);
        if (n < 0) n = names.push(d.name) - 1;
        kind[i] = d.isOffDay ? 2 : 3;
        nameIdx[i] = n;
      }
    }
    for (let i = 0; i < size; i++) {
      if (kind[i] === 0 && weekdayOfEpochDay(this.fromDay + i) >= 6) kind[i] = 1;
    }
    const prefix = new Int32Array(size + 1);
    const work: number[] = [];
    for (let i = 0; i < size; i++) {
      const working = kind[i] === 0 || kind[i] === 3;
      prefix[i + 1] = prefix[i]! + (working ? 1 : 0);
      if (working) work.push(i);
    }
    const nextWork = new Int32Array(size);
    const offRunEnd = new Int32Array(size);
    let next = -1;
    let runEnd = -1;
    for (let i = size - 1; i >= 0; i--) {
      const working = kind[i] === 0 || kind[i] === 3;
      if (working) {
        next = i;
        runEnd = -1;
      } else if (runEnd < 0) {
        runEnd = i;
      }
      nextWork[i] = next;
      offRunEnd[i] = working ? -1 : runEnd;
    }
    this.#kind = kind;
    this.#nameIdx = nameIdx;
    this.#names = names;
    this.#prefix = prefix;
    this.#workIdx = Int32Array.from(work);
    this.#nextWork = nextWork;
    this.#offRunEnd = offRunEnd;
    this.#dates = Array.from({ length: size }, (_, i) => fromEpochDay(this.fromDay + i));
    Object.freeze(this);
  }

  /**
   * Builds a calendar from notice years (validated; the input is not modified). The years must be
   * contiguous and distinct.
   * @throws ValidationError for malformed data; ConfigurationError for gaps, duplicates or conflicts.
   */
  static fromYears(years: readonly unknown[]): StatutoryCalendar {
    if (!Array.isArray(years) || years.length === 0) {
      throw ValidationError.of('years', 'must be a non-empty array of notice years', '必须是非空的年度数组');
    }
    const parsed = years
      .map((y, i) => parseHolidayYear(y, `years.${String(i)}`))
      .sort((a, b) => a.year - b.year);
    for (let i = 1; i < parsed.length; i++) {
      const gap = parsed[i]!.year - parsed[i - 1]!.year;
      if (gap !== 1) {
        throw new ConfigurationError(
          'years',
          gap === 0
            ? `year ${String(parsed[i]!.year)} is given twice`
            : `years must be contiguous: nothing between ${String(parsed[i - 1]!.year)} and ${String(parsed[i]!.year)}`,
        );
      }
    }
    return new StatutoryCalendar(parsed);
  }

  /**
   * A new calendar with one more notice year, adjacent to the covered years. Re-registering a
   * covered year returns this calendar if the listed days are identical and is an error otherwise.
   * @example
   * const next = calendar.withYear(data2027);
   */
  withYear(data: unknown): StatutoryCalendar {
    const year = parseHolidayYear(data);
    const existing = this.years.find((y) => y.year === year.year);
    if (existing) {
      const same =
        existing.days.length === year.days.length &&
        existing.days.every((d, i) => {
          const o = year.days[i]!;
          return d.date === o.date && d.name === o.name && d.isOffDay === o.isOffDay;
        });
      if (same) return this;
      throw new ConfigurationError(
        'year',
        `${String(year.year)} is already covered with different days; build a new calendar with createCalendar to replace it`,
      );
    }
    return StatutoryCalendar.fromYears([...this.years, year]);
  }

  /**
   * The covered range, whole calendar years.
   * @example
   * calendar.coverage(); // { from: '2019-01-01', to: '2026-12-31' }
   */
  coverage(): { from: CivilDate; to: CivilDate } {
    return { from: this.from, to: this.to };
  }

  #offset(epochDay: number): number {
    const i = epochDay - this.fromDay;
    if (i < 0 || epochDay > this.toDay || !Number.isInteger(i)) this.#outOfRange(epochDay);
    return i;
  }

  #outOfRange(epochDay: number): never {
    const date = Number.isInteger(epochDay) ? fromEpochDay(epochDay) : String(epochDay);
    throw new CalendarRangeError(date, { from: this.from, to: this.to });
  }

  /** Whether an epoch day is a working day (the fast path for simulations). */
  isWorkingEpochDay(epochDay: number): boolean {
    const k = this.#kind[this.#offset(epochDay)];
    return k === 0 || k === 3;
  }

  /** The n-th working day after an epoch day (before it for negative n); `n = 0` returns the day. */
  addWorkingEpochDays(epochDay: number, n: number): number {
    const i = this.#offset(epochDay);
    checkCount(n);
    if (n === 0) return epochDay;
    const k = n > 0 ? this.#prefix[i + 1]! + n - 1 : this.#prefix[i]! + n;
    if (k < 0) this.#outOfRange(this.fromDay - 1);
    if (k >= this.#workIdx.length) this.#outOfRange(this.toDay + 1);
    return this.fromDay + this.#workIdx[k]!;
  }

  /** Signed working days stepped onto walking from `a` to `b`, `a` excluded and `b` included. */
  workingEpochDaysBetween(a: number, b: number): number {
    const ia = this.#offset(a);
    const ib = this.#offset(b);
    return ib >= ia ? this.#prefix[ib + 1]! - this.#prefix[ia + 1]! : this.#prefix[ib]! - this.#prefix[ia]!;
  }

  /** The epoch day itself if working, else the next working day. */
  nextWorkingEpochDay(epochDay: number): number {
    const j = this.#nextWork[this.#offset(epochDay)]!;
    if (j < 0) this.#outOfRange(this.toDay + 1);
    return this.fromDay + j;
  }

  /** For a day off, the last day of its run of consecutive days off (clipped to the coverage); else -1. */
  offRunEndEpochDay(epochDay: number): number {
    const j = this.#offRunEnd[this.#offset(epochDay)]!;
    return j < 0 ? -1 : this.fromDay + j;
  }

  /** The civil date of a covered epoch day, from a precomputed table. */
  dateOf(epochDay: number): CivilDate {
    return this.#dates[this.#offset(epochDay)]!;
  }

  /**
   * Whether `date` is a working day: a listed day off is not, a listed make-up day is, otherwise
   * Monday–Friday.
   * @example
   * calendar.isWorkingDay(civilDate('2025-01-26')); // true (Sunday, 春节 make-up day)
   */
  isWorkingDay(date: CivilDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  /**
   * Everything the calendar knows about one day.
   * @example
   * calendar.dayInfo(civilDate('2025-01-29')); // { date, kind: 'holiday', isWorkingDay: false, name: '春节' }
   */
  dayInfo(date: CivilDate): DayInfo {
    const e = toEpochDay(date);
    const i = this.#offset(e);
    const kind = KINDS[this.#kind[i]!]!;
    const isWorkingDay = kind === 'workday' || kind === 'makeUpWorkday';
    const n = this.#nameIdx[i]!;
    return n > 0
      ? { date: this.#dates[i]!, kind, isWorkingDay, name: this.#names[n]! }
      : { date: this.#dates[i]!, kind, isWorkingDay };
  }

  /**
   * The holiday name of an official day off (`春节`), or undefined for any other day (make-up
   * working days included: they are working days).
   * @example
   * calendar.holidayName(civilDate('2025-01-29')); // '春节'
   */
  holidayName(date: CivilDate): string | undefined {
    const i = this.#offset(toEpochDay(date));
    return this.#kind[i] === 2 ? this.#names[this.#nameIdx[i]!] : undefined;
  }

  /**
   * The n-th working day after `date`; the start day never counts (民法典 第二百零一条). Negative n
   * counts backwards (the n-th working day before `date`, `date` excluded); n = 0 returns `date`.
   * @example
   * calendar.addWorkingDays(civilDate('2024-09-30'), 1); // '2024-10-08' (国庆节 2024-10-01..07)
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate {
    return this.dateOf(this.addWorkingEpochDays(toEpochDay(date), n));
  }

  /**
   * Signed count of working days from `a` to `b`: those in (a, b] when b ≥ a, minus those in
   * [b, a) when b < a, so that `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   * @example
   * calendar.workingDaysBetween(civilDate('2024-09-30'), civilDate('2024-10-08')); // 1
   */
  workingDaysBetween(a: CivilDate, b: CivilDate): number {
    return this.workingEpochDaysBetween(toEpochDay(a, 'a'), toEpochDay(b, 'b'));
  }

  /**
   * `date` itself if it is a working day, otherwise the next working day.
   * @example
   * calendar.nextWorkingDay(civilDate('2024-10-05')); // '2024-10-08'
   */
  nextWorkingDay(date: CivilDate): CivilDate {
    return this.dateOf(this.nextWorkingEpochDay(toEpochDay(date)));
  }
}

/**
 * An isolated calendar from notice years (e.g. the built-in years plus a test year); it never
 * affects the default calendar.
 * @example
 * const cal = createCalendar(BUILT_IN_HOLIDAY_YEARS);
 */
export function createCalendar(years: readonly unknown[]): StatutoryCalendar {
  return StatutoryCalendar.fromYears(years);
}
