// The reform's monthly re-scoring: the same rules as the annual evaluation, re-run at each month's
// end on a rolling 12-month window of the records received that month (何时记载何时评价, 2025 第12条).
// The state is plain data; each call returns a new one.
import { isCivilDate } from '@gd-ftz/core';
import { evasionMeets, gradeOf } from './grade';
import type { CreditEvent, DynamicState, MonthSlot, OpenCase, YearMonth } from './model';
import { isYearMonth, lastDayOf, monthIndex, yearMonth } from './month';
import { INDICATORS } from './regimes';
import { termsAt } from './terms';
import { checkEvents, Issues } from './validate';
import { EMPTY_SLOT, scoreWindow, WINDOW, withFiling, zeroCode } from './window';

const EMPTY_SLOTS: readonly MonthSlot[] = Object.freeze(new Array<MonthSlot>(WINDOW).fill(EMPTY_SLOT));

function scored(
  base: Omit<DynamicState, 'score' | 'grade' | 'regime'>,
  end: number,
): DynamicState {
  const asOf = lastDayOf(base.month);
  const t = termsAt(asOf, `${base.month.slice(0, 4)}-12-31`, 'month');
  const s = scoreWindow(
    { end, dueBefore: end, slots: base.slots, registeredOn: base.registeredOn, lastNonRecurring: base.lastNonRecurring === null ? null : monthIndex(base.lastNonRecurring), open: base.open, prior: base.prior },
    t,
    (c) => evasionMeets(c.evaded as string, c.taxDue as string, t),
  );
  return { ...base, regime: t.regime.id, score: s.score, grade: gradeOf(s.input, t).grade };
}

/**
 * The dynamic state of a firm with no records yet, its window ending at `month`. Feed it the
 * records of each following month with {@link rescoreMonth}.
 * @throws ValidationError on `month` (not `YYYY-MM`, or before 2014-10).
 * @example
 * initialState('2026-04' as YearMonth).grade // 'M': no revenue and 90 ≥ 70
 */
export function initialState(month: YearMonth): DynamicState {
  const m = yearMonth(month, 'month');
  return scored(
    { month: m, slots: EMPTY_SLOTS, registeredOn: null, lastNonRecurring: null, open: [], prior: null },
    monthIndex(m),
  );
}

function checkState(state: unknown, issues: Issues): state is DynamicState {
  if (typeof state !== 'object' || state === null) {
    issues.add('state', 'must be a DynamicState from initialState or rescoreMonth', '必须是 initialState 或 rescoreMonth 返回的状态');
    return false;
  }
  const s = state as Partial<Record<keyof DynamicState, unknown>>;
  if (!isYearMonth(s.month)) issues.add('state.month', 'must be a month YYYY-MM', '必须是 YYYY-MM 格式的月份');
  if (!Array.isArray(s.slots) || s.slots.length !== WINDOW) issues.add('state.slots', `must hold ${WINDOW} months`, `必须包含 ${WINDOW} 个月`);
  if (!Array.isArray(s.open)) issues.add('state.open', 'must be an array', '必须是数组');
  if (s.registeredOn !== null && !isCivilDate(s.registeredOn)) issues.add('state.registeredOn', 'must be a date or null', '必须是日期或 null');
  if (s.lastNonRecurring !== null && !isYearMonth(s.lastNonRecurring)) issues.add('state.lastNonRecurring', 'must be a month or null', '必须是月份或 null');
  if (s.prior !== null && (typeof s.prior !== 'object' || s.prior === undefined)) issues.add('state.prior', 'must be an object or null', '必须是对象或 null');
  return issues.list.length === 0;
}

/** The events of a month, with cases before repairs and by date when the month holds a repair. */
function ordered(events: readonly CreditEvent[]): readonly CreditEvent[] {
  let repair = false;
  for (const e of events) if (e.kind === 'repair') repair = true;
  if (!repair) return events;
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'repair' ? 1 : b.kind === 'repair' ? -1 : 0));
}

/**
 * Re-scores a firm at the end of `month` on the records received that month (`events`, placed in
 * the window by their own date or filing period; a record older than the window still opens a
 * direct-D case or updates the prior result). Deductions older than 12 months drop out; a repair
 * closes the oldest open case of its code dated on or before it; the latest annual result recorded
 * sets the previous-year facts. The class is {@link creditGrade} of that record under the regime in
 * force on the month's last day.
 * @throws ValidationError naming each bad field: `month` (not after `state.month`), `state.*`,
 * `events.N.*` (also a record dated after the month, or a code the regime in force lacks). Nothing is mutated.
 * @example
 * let s = initialState('2026-04' as YearMonth);
 * s = rescoreMonth(s, [{ kind: 'registered', date: '2019-03-01' as CivilDate }, { kind: 'filing', date: '2026-05-10' as CivilDate, period: '2026-04' as YearMonth, vat: 'positive', revenue: true }], '2026-05' as YearMonth);
 * s.grade // 'B' (start 90: no non-recurring record and the window's returns incomplete)
 */
export function rescoreMonth(state: DynamicState, events: readonly CreditEvent[], month: YearMonth): DynamicState {
  const issues = new Issues();
  const stateOk = checkState(state, issues);
  if (!isYearMonth(month)) issues.add('month', 'must be a month YYYY-MM', '必须是 YYYY-MM 格式的月份');
  else if (stateOk && month <= state.month) issues.add('month', `must be after state.month (${state.month})`, `必须晚于 state.month（${state.month}）`);
  issues.throwIfAny();
  const asOf = lastDayOf(month);
  const t = termsAt(asOf, `${month.slice(0, 4)}-12-31`, 'month');
  checkEvents(events, t.regime, issues, asOf);
  issues.throwIfAny();
  const end = monthIndex(month);
  const shift = end - monthIndex(state.month);
  const slots: MonthSlot[] = shift >= WINDOW ? [...EMPTY_SLOTS] : [...state.slots.slice(shift), ...EMPTY_SLOTS.slice(0, shift)];
  const first = end - WINDOW + 1;
  let registeredOn = state.registeredOn;
  let lastNonRecurring = state.lastNonRecurring;
  let open: OpenCase[] | readonly OpenCase[] = state.open;
  let prior = state.prior;
  for (const e of ordered(events)) {
    switch (e.kind) {
      case 'filing': {
        const i = monthIndex(e.period) - first;
        if (i >= 0) slots[i] = withFiling(slots[i] as MonthSlot, zeroCode(e.vat, e.zeroReason), e.revenue);
        break;
      }
      case 'late-filing': {
        const i = monthIndex(e.date) - first;
        if (i >= 0) {
          const s = slots[i] as MonthSlot;
          slots[i] = e.tax === 'social-insurance' ? { ...s, lateFee: true } : { ...s, late: s.late + 1 };
        }
        break;
      }
      case 'indicator': {
        const i = monthIndex(e.date) - first;
        if (i >= 0) {
          const s = slots[i] as MonthSlot;
          const ind = INDICATORS[e.code];
          slots[i] = ind.only2025 ? { ...s, points2025: s.points2025 + ind.points } : { ...s, points: s.points + ind.points };
        }
        break;
      }
      case 'irregular-books': {
        const i = monthIndex(e.date) - first;
        if (i >= 0) slots[i] = { ...(slots[i] as MonthSlot), irregularBooks: true };
        break;
      }
      case 'registered':
        if (registeredOn === null || e.date < registeredOn) registeredOn = e.date;
        break;
      case 'non-recurring': {
        const m = e.date.slice(0, 7) as YearMonth;
        if (lastNonRecurring === null || m > lastNonRecurring) lastNonRecurring = m;
        break;
      }
      case 'breach':
        open = [...open, { code: e.code, date: e.date }];
        break;
      case 'evasion':
        open = [...open, { code: 'evasion', date: e.date, evaded: e.evaded, taxDue: e.taxDue }];
        break;
      case 'repair': {
        let oldest = -1;
        open.forEach((o, n) => {
          if (o.code === e.code && o.date <= e.date && (oldest < 0 || o.date < (open[oldest] as OpenCase).date)) oldest = n;
        });
        if (oldest >= 0) open = open.filter((_, n) => n !== oldest);
        break;
      }
      case 'rated':
        if (prior === null || e.year >= prior.year) prior = { year: e.year, grade: e.grade, basis: e.basis };
        break;
    }
  }
  return scored({ month, slots, registeredOn, lastNonRecurring, open, prior }, end);
}

