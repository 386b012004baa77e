// Year and month arithmetic on epoch days for the simulation's hot path: the corresponding day of
// the final month, or that month's last day when it has none (民法典 第二百零二条), as core's
// `addYears`/`addMonths` compute it (a property test checks they agree), but on integers only
// (H. Hinnant's civil-from-days), so no string or Date is built per event.

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(epochDay: number): [year: number, month: number, day: number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// The first day of every month of 1900–2299 as epoch days: the hot path finds a day's month by one
// estimate and at most a step or two, instead of the division chain of civilFromDays.
const TABLE_FIRST_YEAR = 1900;
const TABLE_MONTHS = 400 * 12;
const MONTH_START = new Int32Array(TABLE_MONTHS + 1);
const MONTH_LENGTH = new Int32Array(TABLE_MONTHS);
for (let k = 0; k <= TABLE_MONTHS; k++) {
  const year = TABLE_FIRST_YEAR + Math.floor(k / 12);
  const month = (k % 12) + 1;
  MONTH_START[k] = daysFromCivil(year, month, 1);
  if (k < TABLE_MONTHS) MONTH_LENGTH[k] = daysInMonth(year, month);
}
const TABLE_FROM = MONTH_START[0] as number;
const TABLE_TO = MONTH_START[TABLE_MONTHS] as number;

function addMonthsArithmetic(epochDay: number, months: number): number {
  const [y, m, d] = civilFromDays(epochDay);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The epoch day `months` months after `epochDay` (before it when negative): the corresponding day,
 * or the last day of the target month when it has none (民法典 第二百零二条).
 * @example
 * addMonthsEpoch(19_813, -1); // 19_782: 2024-03-31 → 2024-02-29
 */
export function addMonthsEpoch(epochDay: number, months: number): number {
  if (epochDay < TABLE_FROM || epochDay >= TABLE_TO) return addMonthsArithmetic(epochDay, months);
  let k = Math.floor((((epochDay - TABLE_FROM) * 12) / 146097) * 400);
  if (k >= TABLE_MONTHS) k = TABLE_MONTHS - 1;
  while ((MONTH_START[k] as number) > epochDay) k--;
  while ((MONTH_START[k + 1] as number) <= epochDay) k++;
  const t = k + months;
  if (t < 0 || t >= TABLE_MONTHS) return addMonthsArithmetic(epochDay, months);
  const day = epochDay - (MONTH_START[k] as number) + 1;
  const length = MONTH_LENGTH[t] as number;
  return (MONTH_START[t] as number) + Math.min(day, length) - 1;
}

/**
 * `addMonthsEpoch` for whole years: 2024-02-29 plus one year is 2025-02-28.
 * @example
 * addYearsEpoch(19_782, 1); // 20_147: 2024-02-29 → 2025-02-28
 */
export function addYearsEpoch(epochDay: number, years: number): number {
  return addMonthsEpoch(epochDay, years * 12);
}
