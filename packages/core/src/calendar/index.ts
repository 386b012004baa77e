// Public surface of core/calendar: explicit named re-exports only.
export type { DayInfo, DayKind } from './calendar';
export { createCalendar, StatutoryCalendar } from './calendar';
export type { CivilDate } from './civil-date';
export {
  addDays,
  civilDate,
  compareDates,
  daysBetween,
  fromEpochDay,
  isCivilDate,
  maxDate,
  minDate,
  toEpochDay,
  weekday,
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
export {
  CIVIL_CODE_ART_201,
  CIVIL_CODE_ART_203,
  explainDeadline,
  statutoryDeadline,
  TAX_RULES_ART_109,
} from './deadlines';
export {
  addWorkingDays,
  calendarCoverage,
  dayInfo,
  defaultCalendar,
  holidayName,
  isDayOff,
  isWorkingDay,
  nextWorkingDay,
  registerHolidayYear,
  workingDaysBetween,
} from './default-calendar';
export { BUILT_IN_HOLIDAY_YEARS } from './holiday-data';
export type { HolidayBlock, HolidayDay, HolidayNotice, HolidayYearData } from './holiday-year';
export { expandHolidayBlocks, parseHolidayYear } from './holiday-year';
