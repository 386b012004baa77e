import { describeValue } from '../describe-value';
// The shape of one year's official holiday arrangement (one State Council notice year) and its
// validation. New notices come out every November; `calendar.withYear(data)` adds one to a calendar.
import { ConfigurationError, ValidationError, type ValidationIssue } from '../errors';
import { parse, z } from '../validation';
import {
  type CivilDate,
  dateFromParts,
  fromEpochDay,
  isCivilDate,
  toEpochDay,
  weekdayOfEpochDay,
} from './civil-date';

/** One State Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知, or an amendment). */
export interface HolidayNotice {
  readonly title: string;
  /** The 国办发明电 number; `null` where the published notice carries none. */
  readonly docNo?: string | null;
  /** Date of the notice, `YYYY-MM-DD`. */
  readonly dated?: string;
  readonly url?: string;
}

/** One listed day: an official day off (`isOffDay`) or a weekend day that is a working day (调休). */
export interface HolidayDay {
  readonly date: CivilDate;
  /** The holiday block's name as in the notice headings, e.g. `春节`, `国庆节、中秋节`. */
  readonly name: string;
  readonly isOffDay: boolean;
}

/** One notice year: its listed days and the notices they come from. */
export interface HolidayYearData {
  /** The notice year; a few days may fall in December before or January after it. */
  readonly year: number;
  readonly days: readonly HolidayDay[];
  readonly source: { readonly notices: readonly HolidayNotice[] };
}

/** A holiday block as a notice states it: a contiguous range of days off and the make-up days. */
export interface HolidayBlock {
  readonly name: string;
  /** First and last day off, inclusive. */
  readonly off: readonly [string, string];
  /** Weekend days that are working days for this block (调休上班). */
  readonly work: readonly string[];
}

/** Checks the shape of the blocks up front, so a bad one is a ValidationError naming it (issue 32). */
function checkBlocks(blocks: unknown): asserts blocks is readonly HolidayBlock[] {
  if (!Array.isArray(blocks)) {
    throw ValidationError.of(
      'blocks',
      `must be an array of holiday blocks, got ${describeValue(blocks)}`,
      `必须是假期区块数组，收到 ${describeValue(blocks)}`,
    );
  }
  blocks.forEach((b: unknown, i) => {
    const at = `blocks.${String(i)}`;
    if (typeof b !== 'object' || b === null) {
      throw ValidationError.of(at, 'must be a holiday block object', '必须是假期区块对象');
    }
    const { name, off, work } = b as Record<string, unknown>;
    if (typeof name !== 'string' || name.length === 0) {
      throw ValidationError.of(`${at}.name`, 'must be a non-empty string', '必须是非空字符串');
    }
    if (!Array.isArray(off) || off.length !== 2) {
      throw ValidationError.of(`${at}.off`, 'must be [first, last] day off', '必须是 [首日, 末日] 两个日期');
    }
    if (!Array.isArray(work)) {
      throw ValidationError.of(`${at}.work`, 'must be an array of dates', '必须是日期数组');
    }
  });
}

/**
 * Expands notice-style blocks into listed days, sorted by date.
 * @example
 * expandHolidayBlocks([{ name: '春节', off: ['2025-01-28', '2025-02-04'], work: ['2025-01-26', '2025-02-08'] }]).length; // 10
 */
export function expandHolidayBlocks(blocks: readonly HolidayBlock[]): HolidayDay[] {
  checkBlocks(blocks);
  const days: { epoch: number; day: HolidayDay }[] = [];
  for (const b of blocks) {
    const first = toEpochDay(b.off[0], 'off.0');
    const last = toEpochDay(b.off[1], 'off.1');
    for (let e = first; e <= last; e++) {
      days.push({ epoch: e, day: { date: fromEpochDay(e), name: b.name, isOffDay: true } });
    }
    for (const w of b.work) {
      days.push({
        epoch: toEpochDay(w, 'work'),
        day: { date: w as CivilDate, name: b.name, isOffDay: false },
      });
    }
  }
  return days.sort((x, y) => x.epoch - y.epoch).map((x) => x.day);
}

const noticeSchema = z.object({
  title: z.string().min(1),
  docNo: z.string().min(1).nullable().optional(),
  dated: z.string().refine(isCivilDate, 'must be a real date YYYY-MM-DD').optional(),
  url: z.string().min(1).optional(),
});

const yearSchema = z.object({
  year: z.number().int().min(1901).max(9998),
  days: z
    .array(
      z.object({
        date: z.string().refine(isCivilDate, 'must be a real date YYYY-MM-DD'),
        name: z.string().min(1),
        isOffDay: z.boolean(),
      }),
    )
    .min(1),
  source: z.object({ notices: z.array(noticeSchema).min(1) }),
});

/**
 * Validates one year's data: shape, real dates within the notice year ±1 month (a notice may reach
 * into the neighbouring December or January), no date listed twice, and every make-up working day a
 * Saturday or Sunday (a weekday is a working day anyway; listing one signals a data error).
 * Returns a frozen, date-sorted copy; the input is never modified.
 * @throws ValidationError naming each bad field under `path`.
 * @example
 * parseHolidayYear({ year: 2027, days: [{ date: '2027-01-01', name: '元旦', isOffDay: true }], source: { notices: [{ title: '…' }] } });
 */
export function parseHolidayYear(input: unknown, path: string = 'data'): HolidayYearData {
  // The path only labels messages; a non-string one (from JavaScript) falls back to the default.
  if (typeof path !== 'string') path = 'data';
  const data = parse(yearSchema, input, path);
  const windowFrom = toEpochDay(dateFromParts(data.year - 1, 12, 1));
  const windowTo = toEpochDay(dateFromParts(data.year + 1, 1, 31));
  const issues: ValidationIssue[] = [];
  const seen = new Set<number>();
  data.days.forEach((d, i) => {
    const e = toEpochDay(d.date);
    const at = `${path}.days.${String(i)}.date`;
    if (e < windowFrom || e > windowTo) {
      issues.push({
        path: at,
        message: {
          en: `${d.date} is too far from the notice year ${String(data.year)} (allowed: one month either side)`,
          zh: `${d.date} 超出通知年度 ${String(data.year)} 前后一个月的范围`,
        },
      });
    }
    if (seen.has(e)) {
      issues.push({ path: at, message: { en: `${d.date} is listed twice`, zh: `${d.date} 重复列出` } });
    }
    seen.add(e);
    if (!d.isOffDay && weekdayOfEpochDay(e) < 6) {
      issues.push({
        path: `${path}.days.${String(i)}.isOffDay`,
        message: {
          en: `${d.date} is a weekday; only a Saturday or Sunday can be a make-up working day`,
          zh: `${d.date} 是工作日（周一至周五），只有周六、周日才可能调休上班`,
        },
      });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const days = data.days
    .map((d) => Object.freeze({ date: d.date as CivilDate, name: d.name, isOffDay: d.isOffDay }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const notices = data.source.notices.map((n) => Object.freeze({ ...n }) as HolidayNotice);
  return Object.freeze({
    year: data.year,
    days: Object.freeze(days),
    source: Object.freeze({ notices: Object.freeze(notices) }),
  });
}

/**
 * Validates the notice years of a calendar: each year as {@link parseHolidayYear} does (paths
 * `years.<i>…`), then the set: non-empty, distinct and contiguous. Returns them sorted by year.
 * @throws ValidationError for malformed data; ConfigurationError for a gap or a year given twice.
 * @example
 * parseHolidayYears(BUILT_IN_HOLIDAY_YEARS).map((y) => y.year); // [2019, 2020, …, 2026]
 */
export function parseHolidayYears(years: readonly unknown[]): HolidayYearData[] {
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
  return parsed;
}
