// Builds a window of records from a full event list at once (the batch path): which events the
// scorer knows on the as-of date (何时记载何时评价), which month each falls in, which direct-D
// cases are still open after the repairs, and the annual result in force.
import type { CreditEvent, OpenCase } from './model';
import { lastDayOf, monthAt, monthIndex } from './month';
import { emptyWindow, place, WINDOW, type WindowView } from './window';

/** Cases and repairs in date order; a repair closes the oldest open case of its code dated on or before it. */
function openAfterRepairs(opens: OpenCase[], repairs: { code: string; date: string }[]): OpenCase[] {
  if (repairs.length === 0) return opens;
  opens.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  repairs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const closed = new Array<boolean>(opens.length).fill(false);
  for (const r of repairs) {
    const i = opens.findIndex((o, n) => !closed[n] && o.code === r.code && o.date <= r.date);
    if (i >= 0) closed[i] = true;
  }
  return opens.filter((_, n) => !closed[n]);
}

/**
 * The window of 12 months ending at month index `end`, as known on `asOf`. `priorYear` picks the
 * annual result of that year (the annual evaluation); without it, the latest result recorded.
 * Events must be valid.
 */
export function windowOf(
  events: readonly CreditEvent[],
  end: number,
  asOf: string,
  priorYear?: number,
): WindowView {
  const first = end - WINDOW + 1;
  const endDate = lastDayOf(monthAt(end));
  const window = emptyWindow();
  let registeredOn: string | null = null;
  let lastNonRecurring: number | null = null;
  let prior: WindowView['prior'] = null;
  let priorRecorded = '';
  const opens: OpenCase[] = [];
  const repairs: { code: string; date: string }[] = [];
  for (const e of events) {
    if ((e.recordedOn ?? e.date) > asOf) continue;
    switch (e.kind) {
      case 'registered':
        if (e.date <= endDate && (registeredOn === null || e.date < registeredOn)) registeredOn = e.date;
        break;
      case 'non-recurring': {
        const idx = monthIndex(e.date);
        if (idx <= end && (lastNonRecurring === null || idx > lastNonRecurring)) lastNonRecurring = idx;
        break;
      }
      case 'breach':
        if (e.date <= endDate) opens.push({ code: e.code, date: e.date });
        break;
      case 'evasion':
        if (e.date <= endDate)
          opens.push({ code: 'evasion', date: e.date, evaded: e.evaded, taxDue: e.taxDue });
        break;
      case 'repair':
        repairs.push({ code: e.code, date: e.date });
        break;
      case 'rated': {
        const rec = e.recordedOn ?? e.date;
        const pick =
          priorYear !== undefined
            ? e.year === priorYear && (prior === null || rec >= priorRecorded)
            : prior === null || e.year > prior.year || (e.year === prior.year && rec >= priorRecorded);
        if (pick) {
          prior = { year: e.year, grade: e.grade, basis: e.basis };
          priorRecorded = rec;
        }
        break;
      }
      default:
        place(window, first, e);
    }
  }
  return {
    end,
    dueBefore: Math.min(monthIndex(asOf), end + 1),
    window,
    registeredOn,
    lastNonRecurring,
    open: openAfterRepairs(opens, repairs),
    prior,
  };
}
