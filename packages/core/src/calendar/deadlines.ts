// Statutory periods and their last day, as the Civil Code and the tax collection rules count them.
// The rules take the calendar to count on; `Calendar#statutoryDeadline` and the default-calendar
// function `statutoryDeadline` both answer through them.

import type { Citation } from '../citation';
import { describeValue } from '../describe-value';
import { type Localized, ValidationError } from '../errors';
import type { Calendar } from './calendar';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';
import { addMonths, addYears } from './months';

/**
 * Unit of a statutory period: natural days, working days of the calendar, or calendar months or
 * years (民法典 第二百零二条: the corresponding day of the last month, else that month's last day).
 */
export type PeriodUnit = 'days' | 'workingDays' | 'months' | 'years';

const UNITS: readonly PeriodUnit[] = ['days', 'workingDays', 'months', 'years'];

/** Options of `statutoryDeadline` / `explainDeadline`. */
export interface DeadlineOptions {
  /**
   * Tax variant (征管法实施细则 第一百零九条): each run of 3 or more consecutive days off inside a
   * period of natural days (`days`, `months` or `years`) extends it by that many natural days. Not
   * for `workingDays`, which already skip days off. Not the filing deadline either: the yearly
   * notices count the days off as working days (2024-10 → 10-24, where this gives 10-22); use
   * `filingDeadline` of `@gd-ftz/statutes`.
   */
  readonly taxHolidayExtension?: boolean;
}

/** A deadline with the reasons for it, step by step, and the articles applied. */
export interface DeadlineExplanation {
  readonly deadline: CivilDate;
  /** Days added by the tax holiday extension (0 without it). */
  readonly extensionDays: number;
  readonly steps: readonly Localized[];
  readonly citations: readonly Citation[];
}

// The articles core's own period arithmetic applies. Core keeps them because
// `explainDeadline` returns them; `@gd-ftz/statutes` re-exports these same objects in its
// `civilCode` and `taxCollectionRules` modules (statutes depends on core, never the reverse).
const CIVIL_CODE: Localized = { zh: '中华人民共和国民法典', en: 'Civil Code of the PRC' };
const TAX_COLLECTION_RULES: Localized = {
  zh: '中华人民共和国税收征收管理法实施细则',
  en: 'Detailed Rules for the Implementation of the Tax Collection Administration Law',
};

/**
 * 民法典 第二百零一条: the day a period starts is not counted; counting begins the next day.
 * @example
 * explainDeadline(civilDate('2024-09-28'), 10, 'days').citations; // [CIVIL_CODE_ART_201]
 */
export const CIVIL_CODE_ART_201: Citation = {
  law: CIVIL_CODE,
  article: '第二百零一条',
  // The note is the article's first sentence word for word (days, not hours: the second sentence,
  // on periods in hours, is in the quote only).
  note: {
    zh: '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
    en: 'for a period in years, months or days, the day it starts is not counted; counting begins the next day',
  },
  quote:
    '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。',
};
/**
 * 民法典 第二百零二条: a period in years or months ends on the corresponding day of the last month;
 * without one, on that month's last day.
 * @example
 * explainDeadline(civilDate('2024-01-31'), 1, 'months').citations; // [CIVIL_CODE_ART_201, CIVIL_CODE_ART_202]
 */
export const CIVIL_CODE_ART_202: Citation = {
  law: CIVIL_CODE,
  article: '第二百零二条',
  note: {
    zh: '按年、月计算的期间，到期月的对应日为最后一日；没有对应日的，月末日为最后一日',
    en: "a period in years or months ends on the corresponding day of the last month; without one, on that month's last day",
  },
  quote: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。',
};
/**
 * 民法典 第二百零三条: a last day that is a statutory day off moves to the day after it ends.
 * @example
 * explainDeadline(civilDate('2024-09-25'), 10, 'days').citations; // [CIVIL_CODE_ART_201, CIVIL_CODE_ART_203]
 */
export const CIVIL_CODE_ART_203: Citation = {
  law: CIVIL_CODE,
  article: '第二百零三条',
  note: {
    zh: '期间最后一日是法定休假日的，顺延至休假日结束的次日',
    en: 'a last day that is a statutory day off moves to the day after the days off end',
  },
  quote:
    '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。',
};
/**
 * 征管法实施细则 第一百零九条: last-day rule and the extension for 3+ consecutive days off. Core reads
 * "按休假日天数顺延" as natural days. For the monthly/quarterly filing deadline the State Taxation
 * Administration's yearly notices count those days as working days after the 15th (from 2021):
 * use `filingDeadline('YYYY-MM')` of `@gd-ftz/statutes` for it, not this option.
 * @example
 * explainDeadline(civilDate('2025-01-31'), 15, 'days', { taxHolidayExtension: true }).citations; // [CIVIL_CODE_ART_201, TAX_RULES_ART_109]
 */
export const TAX_RULES_ART_109: Citation = {
  law: TAX_COLLECTION_RULES,
  article: '第一百零九条',
  note: {
    zh: '期限最后一日是法定休假日的顺延；期限内有连续3日以上法定休假日的，按休假日天数顺延',
    en: 'a last day off moves to the next working day; a run of 3 or more days off inside the period extends it by that many days',
  },
  quote:
    '税收征管法及本细则所规定期限的最后一日是法定休假日的，以休假日期满的次日为期限的最后一日；在期限内有连续3日以上法定休假日的，按休假日天数顺延。',
};

/** Minimum length of a run of days off that extends a tax period (第一百零九条: 连续3日以上). */
const TAX_EXTENSION_MIN_RUN = 3;

interface Computed {
  readonly start: number;
  readonly periodEnd: number;
  /** 民法典 第二百零二条 applied: the start's day of the month does not exist in the last month. */
  readonly clamped: boolean;
  readonly runs: readonly (readonly [number, number])[];
  readonly extended: number;
  readonly deadline: number;
}

/** The last day of the period as stated, before any extension or last-day rule. */
function periodEndOf(cal: Calendar, s: number, start: CivilDate, n: number, unit: PeriodUnit): number {
  if (unit === 'days') return s + n;
  if (unit === 'workingDays') return cal.addWorkingEpochDays(s, n);
  return toEpochDay(unit === 'months' ? addMonths(start, n) : addYears(start, n));
}

function compute(
  cal: Calendar,
  start: CivilDate,
  n: number,
  unit: PeriodUnit,
  options: DeadlineOptions,
): Computed {
  const s = toEpochDay(start, 'start');
  if (!Number.isSafeInteger(n) || n < 0) {
    throw ValidationError.of(
      'n',
      `must be a non-negative integer, got ${describeValue(n)}`,
      `必须是非负整数，收到 ${String(n)}`,
    );
  }
  if (!UNITS.includes(unit)) {
    throw ValidationError.of('unit', `must be one of ${UNITS.join(', ')}`, `必须是 ${UNITS.join('、')} 之一`);
  }
  const tax = options?.taxHolidayExtension ?? false;
  if (typeof tax !== 'boolean') {
    throw ValidationError.of('options.taxHolidayExtension', 'must be a boolean', '必须是布尔值');
  }
  if (tax && unit === 'workingDays') {
    throw ValidationError.of(
      'options.taxHolidayExtension',
      'applies to periods of natural days only: a working-day period already skips days off',
      '仅适用于按自然日计算的期限：按工作日计算的期限已跳过休假日',
    );
  }
  cal.isWorkingEpochDay(s); // the start day must be covered too
  const periodEnd = periodEndOf(cal, s, start, n, unit);
  const clamped =
    (unit === 'months' || unit === 'years') && n > 0 && start.slice(8) !== fromEpochDay(periodEnd).slice(8);
  const runs: [number, number][] = [];
  let extension = 0;
  if (tax) {
    // One pass over the period as stated (start excluded): each maximal run of days off, clipped to
    // the period, of 3 or more days adds its length. Days off met in the extension itself only
    // matter through the last-day rule.
    let e = s + 1;
    while (e <= periodEnd) {
      const runEnd = cal.offRunEndEpochDay(e);
      if (runEnd < 0) {
        e++;
        continue;
      }
      const last = Math.min(runEnd, periodEnd);
      if (last - e + 1 >= TAX_EXTENSION_MIN_RUN) {
        runs.push([e, last]);
        extension += last - e + 1;
      }
      e = runEnd + 1;
    }
  }
  const extended = periodEnd + extension;
  return { start: s, periodEnd, clamped, runs, extended, deadline: cal.nextWorkingEpochDay(extended) };
}

/**
 * The last day of a statutory period on calendar `cal` (the rules behind
 * `Calendar#statutoryDeadline`; see there).
 * @example
 * deadlineOn(DEFAULT_CALENDAR, civilDate('2024-09-25'), 10, 'days', {}); // '2024-10-08'
 */
export function deadlineOn(
  cal: Calendar,
  start: CivilDate,
  n: number,
  unit: PeriodUnit,
  options: DeadlineOptions,
): CivilDate {
  return cal.dateOf(compute(cal, start, n, unit, options).deadline);
}

function periodStep(n: number, unit: PeriodUnit, end: string, clamped: boolean): Localized {
  const N = String(n);
  switch (unit) {
    case 'days':
      return { zh: `${N} 日期间的最后一日为 ${end}`, en: `${N} days end on ${end}` };
    case 'workingDays':
      return { zh: `第 ${N} 个工作日为 ${end}`, en: `Working day no. ${N} after the start is ${end}` };
    default: {
      const zhUnit = unit === 'months' ? '个月' : '年';
      const enUnit = unit === 'months' ? (n === 1 ? 'month' : 'months') : n === 1 ? 'year' : 'years';
      return clamped
        ? {
            zh: `${N} ${zhUnit}期间到期月没有对应日，月末日 ${end} 为期间的最后一日`,
            en: `${N} ${enUnit}: the last month has no corresponding day, so its last day, ${end}, ends the period`,
          }
        : {
            zh: `${N} ${zhUnit}期间到期月的对应日 ${end} 为期间的最后一日`,
            en: `${N} ${enUnit} ${n === 1 ? 'ends' : 'end'} on the corresponding day, ${end}`,
          };
    }
  }
}

/**
 * A deadline on calendar `cal` with its reasons (the rules behind `Calendar#explainDeadline`).
 * @example
 * explainDeadlineOn(DEFAULT_CALENDAR, civilDate('2025-01-31'), 15, 'days', { taxHolidayExtension: true }).extensionDays; // 4
 */
export function explainDeadlineOn(
  cal: Calendar,
  start: CivilDate,
  n: number,
  unit: PeriodUnit,
  options: DeadlineOptions,
): DeadlineExplanation {
  const c = compute(cal, start, n, unit, options);
  const d = (e: number): string => cal.dateOf(e);
  const tax = options?.taxHolidayExtension === true;
  const steps: Localized[] = [
    {
      zh: `期间自 ${d(c.start)} 的次日开始计算，开始当日不计入`,
      en: `The period starts the day after ${d(c.start)}; the start day is not counted`,
    },
    periodStep(n, unit, d(c.periodEnd), c.clamped),
  ];
  for (const [a, b] of c.runs) {
    const len = String(b - a + 1);
    steps.push({
      zh: `期限内 ${d(a)} 至 ${d(b)} 连续 ${len} 日法定休假日，顺延 ${len} 日`,
      en: `${len} consecutive days off inside the period (${d(a)}..${d(b)}): extended by ${len} days`,
    });
  }
  if (c.runs.length > 0) {
    steps.push({ zh: `顺延后的最后一日为 ${d(c.extended)}`, en: `Extended last day: ${d(c.extended)}` });
  }
  if (c.deadline !== c.extended) {
    steps.push({
      zh: `${d(c.extended)} 是法定休假日，期限顺延至休假日结束的次日 ${d(c.deadline)}`,
      en: `${d(c.extended)} is a day off, so the period runs to the next working day, ${d(c.deadline)}`,
    });
  }
  const citations: Citation[] = [CIVIL_CODE_ART_201];
  if (unit === 'months' || unit === 'years') citations.push(CIVIL_CODE_ART_202);
  if (tax) citations.push(TAX_RULES_ART_109);
  else if (c.deadline !== c.extended) citations.push(CIVIL_CODE_ART_203);
  return { deadline: cal.dateOf(c.deadline), extensionDays: c.extended - c.periodEnd, steps, citations };
}
