// Hand-made records shared by the worked examples.
import type { CivilDate } from '@gd-ftz/core';
import type { CreditEvent, YearMonth } from '../src/index';

type FilingEvent = Extract<CreditEvent, { kind: 'filing' }>;

export const d = (s: string) => s as CivilDate;
export const ym = (s: string) => s as YearMonth;

/** The 1st of the month after `period`: when the fixtures file each return. */
function nextFirst(period: string): CivilDate {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return (m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) as CivilDate;
}

/** Monthly VAT returns for `months` of `year` (1-based), positive with revenue unless overridden. */
export function returns(
  year: number,
  months: readonly number[],
  over: Partial<FilingEvent> = {},
): FilingEvent[] {
  return months.map((m) => {
    const period = `${year}-${String(m).padStart(2, '0')}` as YearMonth;
    return { kind: 'filing', date: nextFirst(period), period, vat: 'positive', revenue: true, ...over };
  });
}

export const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** An established firm (registered 2015) with every return of `year` filed and a non-recurring record in it. */
export function cleanYear(year: number): CreditEvent[] {
  return [
    { kind: 'registered', date: d('2015-01-01') },
    { kind: 'non-recurring', date: d(`${year}-06-10`) },
    ...returns(year, ALL_MONTHS),
  ];
}
