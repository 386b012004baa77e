// Public surface of core/calendar: explicit named re-exports only.
export type { DayInfo, DayKind } from './calendar';
export { Calendar, createCalendar } from './calendar';
export type { CivilDate } from './civil-date';
export {
  addDays,
  civilDate,
  compareDates,
  dateFromParts,
  dateParts,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isCivilDate,
  isLeapYear,
  maxDate,
  minDate,
  toEpochDay,
  weekday,
  weekdayOfEpochDay,
  yearOf,
} from './civil-date';
export type { CivilDateTime } from './date-time';
export {
  addMinutes,
  compareDateTimes,
  dateTime,
  formatDateTime,
  fromEpochMinutes,
  MINUTES_PER_DAY,
  minutesBetween,
  parseDateTime,
  toEpochMinutes,
} from './date-time';
export type { DeadlineExplanation, DeadlineOptions, PeriodUnit } from './deadlines';
export { CIVIL_CODE_ART_201, CIVIL_CODE_ART_202, CIVIL_CODE_ART_203, TAX_RULES_ART_109 } from './deadlines';
export {
  addWorkingDays,
  calendarCoverage,
  DEFAULT_CALENDAR,
  dayInfo,
  explainDeadline,
  holidayName,
  isDayOff,
  isWorkingDay,
  nextWorkingDay,
  statutoryDeadline,
  workingDaysBetween,
} from './default-calendar';
export type { DateLanguage, FormatDateOptions } from './format';
export { formatDate } from './format';
export { BUILT_IN_HOLIDAY_YEARS } from './holiday-data';
export type { HolidayBlock, HolidayDay, HolidayNotice, HolidayYearData } from './holiday-year';
export { expandHolidayBlocks, parseHolidayYear } from './holiday-year';
export { addMonths, addYears } from './months';
