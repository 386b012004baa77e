// The monthly and quarterly filing deadline (申报纳税期限) as the State Taxation Administration's
// yearly notices fix it. 实施细则 第一百零九条 says a run of 3 or more days off inside the period
// extends it "按休假日天数"; the notices from 2021 on count those days as working days after the
// 15th (2024-10: 7 days off → 10-24, not 10-22), the 2020 notice as natural days (2020-10: 8 days
// off → 10-23, not 10-27). Core's `statutoryDeadline(..., { taxHolidayExtension: true })` keeps the
// natural-day reading for the other tax periods; this is the rule for the filing deadline.
import {
  addDays,
  Calendar,
  type Citation,
  type CivilDate,
  civilDate,
  DEFAULT_CALENDAR,
  dateFromParts,
  defineParameter,
  describeValue,
  integerAt,
  type Localized,
  TAX_RULES_ART_109,
  ValidationError,
} from '@gd-ftz/core';
import { DAYS } from './units';
import { vatRegulations } from './vat';

const NOTICE_LAW: Localized = {
  zh: '国家税务总局办公厅关于明确年度申报纳税期限的通知',
  en: 'SAT General Office yearly notice fixing the filing deadlines',
};

function notice(year: number, docNo: string | undefined, issued: string, where: string): Citation {
  return Object.freeze({
    law: {
      zh: `国家税务总局办公厅关于明确${String(year)}年度申报纳税期限的通知`,
      en: `${NOTICE_LAW.en} for ${String(year)}`,
    },
    ...(docNo === undefined ? {} : { docNo }),
    note: {
      zh: `${issued} 发布；原文据第三方转载（${where}）核对`,
      en: `issued ${issued}; official text seen in a third-party reprint (${where})`,
    },
  });
}

/**
 * The yearly notices whose monthly deadlines the tests check, keyed by the filing year. Each was
 * read in a reprint (named in its note); 2024's document number was not in the reprint seen.
 * @example
 * FILING_DEADLINE_NOTICES[2025].docNo // '税总办征科函〔2024〕71号'
 */
export const FILING_DEADLINE_NOTICES: Readonly<
  Record<2020 | 2021 | 2022 | 2023 | 2024 | 2025 | 2026, Citation>
> = Object.freeze({
  2020: notice(2020, '税总办函〔2019〕449号', '2019-12-20', 'winkprogress.com'),
  2021: notice(2021, '税总办函〔2020〕242号', '2020-12-09', 'neimenggu.chinatax.gov.cn, chinaacc.com'),
  2022: notice(2022, '税总办征科函〔2021〕201号', '2021-12-07', 'yuxi.gov.cn, puyuefinance.com'),
  2023: notice(2023, '税总办征科函〔2022〕245号', '2022-12-27', 'acfic.org.cn'),
  2024: notice(2024, undefined, '2023-12', 'crsrw.com'),
  2025: notice(
    2025,
    '税总办征科函〔2024〕71号',
    '2024-12',
    '国家税务总局广东省税务局2025年征期日历, cjtax.cn',
  ),
  2026: notice(2026, '税总办征科函〔2025〕64号', '2025-12-10', 'fdctax.com, gxkgg.com'),
});

/**
 * The filing period of taxes filed monthly or quarterly: 15 days after the period ends, the 15th
 * of the filing month (增值税暂行条例 第二十三条; 企业所得税法 第五十四条; each yearly notice:
 * "实行每月或者每季度期满后15日内申报纳税的各税种").
 * @example
 * integerAt(FILING_DEADLINE_DAY, '2024-10-01') // 15
 */
export const FILING_DEADLINE_DAY = defineParameter({
  name: 'filingDeadline.day',
  label: { zh: '申报纳税期限（期满后日数）', en: 'Filing deadline (days after the period)' },
  unit: DAYS,
  kind: 'integer',
  entries: [
    {
      from: '2002-10-15',
      value: '15',
      source: vatRegulations.articles.art23,
    },
  ],
});

/**
 * Shortest run of consecutive days off that extends a tax period (实施细则 第一百零九条:
 * "连续3日以上"; 第一百零八条: "以上" includes 3).
 * @example
 * integerAt(HOLIDAY_RUN_MIN_DAYS, '2024-10-01') // 3
 */
export const HOLIDAY_RUN_MIN_DAYS = defineParameter({
  name: 'filingDeadline.holidayRunMinDays',
  label: { zh: '顺延所需连续法定休假日天数', en: 'Consecutive days off that extend a period' },
  unit: DAYS,
  kind: 'integer',
  entries: [{ from: '2002-10-15', value: '3', source: TAX_RULES_ART_109 }],
});

/** How the days off are added after the 15th: as natural days or as working days. */
export type FilingExtensionCount = 'naturalDays' | 'workingDays';

/** One dated reading of the extension, with the notice that shows it. */
export interface FilingExtensionRule {
  /** First filing month (`YYYY-MM`) the reading applies to. */
  readonly from: string;
  readonly count: FilingExtensionCount;
  readonly source: Citation;
}

/**
 * The readings of 第一百零九条's "按休假日天数顺延" the notices follow, by filing month. Neither
 * notice states its method; it is read off the published dates: 2020-10 (8 days off, 10-15 a
 * Thursday) is 10-23 = 15 + 8 natural days, where working days would give 10-27; every month of
 * 2021–2026 matches working days (2021-02: 5 days off inside 02-01..15 → 02-23; natural days give
 * 02-20). Months before 2020 were not checked against a notice.
 * @example
 * FILING_EXTENSION_RULES.at(-1)?.count // 'workingDays'
 */
export const FILING_EXTENSION_RULES: readonly FilingExtensionRule[] = Object.freeze([
  Object.freeze({ from: '2002-10', count: 'naturalDays', source: TAX_RULES_ART_109 }),
  Object.freeze({ from: '2021-01', count: 'workingDays', source: FILING_DEADLINE_NOTICES[2021] }),
] as const);

/** A filing deadline with its reasons. */
export interface FilingDeadlineExplanation {
  readonly filingMonth: string;
  readonly deadline: CivilDate;
  /** Days off inside the 1st..15th in runs of 3 or more (clipped to those days). */
  readonly extensionDays: number;
  readonly count: FilingExtensionCount;
  readonly steps: readonly Localized[];
  readonly citations: readonly Citation[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function ruleFor(filingMonth: string): FilingExtensionRule {
  let found: FilingExtensionRule | undefined;
  for (const r of FILING_EXTENSION_RULES) if (r.from <= filingMonth) found = r;
  if (!found) {
    throw ValidationError.of(
      'filingMonth',
      `must be ${FILING_EXTENSION_RULES[0]?.from ?? ''} or later (实施细则 in force 2002-10-15)`,
      `必须不早于 ${FILING_EXTENSION_RULES[0]?.from ?? ''}（实施细则自2002-10-15施行）`,
    );
  }
  return found;
}

/**
 * The filing deadline of a filing month with its reasons (see {@link filingDeadline}).
 * @throws ValidationError naming `filingMonth` or `calendar`; CalendarRangeError outside the
 * calendar's coverage.
 * @example
 * explainFilingDeadline('2024-10').extensionDays // 7: 国庆节 10-01..07
 */
export function explainFilingDeadline(
  filingMonth: string,
  calendar: Calendar = DEFAULT_CALENDAR,
): FilingDeadlineExplanation {
  const m = typeof filingMonth === 'string' ? MONTH.exec(filingMonth) : null;
  if (!m) {
    throw ValidationError.of(
      'filingMonth',
      `must be a month 'YYYY-MM', got ${describeValue(filingMonth)}`,
      `必须是 'YYYY-MM' 形式的月份，收到 ${describeValue(filingMonth)}`,
    );
  }
  if (!(calendar instanceof Calendar)) {
    throw ValidationError.of('calendar', 'must be a core Calendar', '必须是 core 的 Calendar');
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const rule = ruleFor(filingMonth);
  const first = dateFromParts(year, month, 1);
  const day = integerAt(FILING_DEADLINE_DAY, first);
  const minRun = integerAt(HOLIDAY_RUN_MIN_DAYS, first);
  const fifteenth = dateFromParts(year, month, day);
  const steps: Localized[] = [
    {
      zh: `${filingMonth} 申报纳税期限为期满后 ${String(day)} 日，即 ${fifteenth}`,
      en: `Filing month ${filingMonth}: ${String(day)} days after the period, ${fifteenth}`,
    },
  ];
  // Runs of days off inside the 1st..15th, clipped to those days: a run that starts in the month
  // before (春节 2025-01-28..02-04) counts only its days from the 1st; one that starts on the 15th
  // (2026-02-15..23) counts 1 and so only moves the last day.
  let extension = 0;
  let runStart = 0;
  for (let d = 1; d <= day + 1; d++) {
    const off = d <= day && calendar.isDayOff(dateFromParts(year, month, d));
    if (off && runStart === 0) runStart = d;
    if (!off && runStart !== 0) {
      const len = d - runStart;
      if (len >= minRun) {
        extension += len;
        steps.push({
          zh: `${filingMonth}-${String(runStart).padStart(2, '0')} 至 ${String(d - 1).padStart(2, '0')} 日连续 ${String(len)} 日法定休假日，顺延 ${String(len)} ${rule.count === 'workingDays' ? '个工作日' : '日'}`,
          en: `${String(len)} consecutive days off (${filingMonth}-${String(runStart).padStart(2, '0')}..${String(d - 1).padStart(2, '0')}): extended by ${String(len)} ${rule.count === 'workingDays' ? 'working days' : 'days'}`,
        });
      }
      runStart = 0;
    }
  }
  let deadline: CivilDate;
  if (extension === 0) {
    deadline = calendar.nextWorkingDay(fifteenth);
  } else if (rule.count === 'workingDays') {
    deadline = calendar.addWorkingDays(fifteenth, extension);
  } else {
    deadline = calendar.nextWorkingDay(addDays(fifteenth, extension));
  }
  if (deadline !== fifteenth) {
    steps.push({ zh: `申报纳税期限顺延至 ${deadline}`, en: `The deadline moves to ${deadline}` });
  }
  return {
    filingMonth,
    deadline: civilDate(deadline),
    extensionDays: extension,
    count: rule.count,
    steps,
    citations: [TAX_RULES_ART_109, ...(rule.source === TAX_RULES_ART_109 ? [] : [rule.source])],
  };
}

/**
 * The last day to file and pay for taxes filed within 15 days after each month or quarter, in
 * filing month `filingMonth` ('YYYY-MM': the month the return is filed in, as the notices list
 * it; for the tax period 2024-09 ask for '2024-10'). The rule the yearly notices follow (实施细则
 * 第一百零九条 as applied by 国家税务总局办公厅 关于明确年度申报纳税期限的通知): the days off in runs
 * of 3 or more inside the 1st..15th (clipped to those days) extend the 15th, counted as working
 * days from 2021 (as natural days in 2020, see {@link FILING_EXTENSION_RULES}); without such a
 * run, a 15th that is a day off moves to the next working day. Published one-off extensions
 * (2020's epidemic notices) are not included.
 * @throws ValidationError naming `filingMonth` or `calendar`; CalendarRangeError outside the
 * calendar's coverage (the default calendar covers 2019–2026).
 * @example
 * filingDeadline('2024-10') // '2024-10-24': 10-01..07 off, 7 working days after 10-15
 * filingDeadline('2025-02') // '2025-02-20': 02-01..04 off, 4 working days after 02-15
 * filingDeadline('2026-02') // '2026-02-24': only 02-15 of 02-15..23 is inside, so the last-day rule
 */
export function filingDeadline(filingMonth: string, calendar: Calendar = DEFAULT_CALENDAR): CivilDate {
  return explainFilingDeadline(filingMonth, calendar).deadline;
}
