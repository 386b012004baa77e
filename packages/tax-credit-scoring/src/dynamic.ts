// The reform's monthly re-scoring: the same rules as the annual evaluation, re-run at each month's
// end on a rolling 12-month window of the records received that month (何时记载何时评价, 2025 第12条).
// The state is plain data; each call returns a new one.
import { type CivilDate, isCivilDate } from '@gd-ftz/core';
import { evasionMeets, gradeOf } from './grade';
import type { CreditEvent, DynamicState, GradeInput, OpenCase, YearMonth } from './model';
import { isYearMonth, lastDayOf, monthIndex, yearMonth } from './month';
import { type Terms, termsAt } from './terms';
import { checkEvents, Issues } from './validate';
import { emptyWindow, place, scoreWindow, shiftWindow, WINDOW } from './window';

const EMPTY = Object.freeze(emptyWindow());
const NEVER = () => false;

/** Terms by month index: every firm re-scored in a month uses the same. */
const byMonth = new Map<number, { readonly t: Terms; readonly last: CivilDate }>();
function monthTerms(month: YearMonth, index: number): { readonly t: Terms; readonly last: CivilDate } {
  let m = byMonth.get(index);
  if (!m) {
    const last = lastDayOf(month);
    m = { t: termsAt(last, `${month.slice(0, 4)}-12-31`, 'month'), last };
    if (byMonth.size >= 4096) byMonth.clear();
    byMonth.set(index, m);
  }
  return m;
}

function build(
  month: YearMonth,
  window: readonly number[],
  registeredOn: CivilDate | null,
  lastNonRecurring: YearMonth | null,
  open: readonly OpenCase[],
  prior: DynamicState['prior'],
  end: number,
): DynamicState {
  const t = monthTerms(month, end).t;
  const s = scoreWindow(
    {
      end,
      dueBefore: end,
      window,
      registeredOn,
      lastNonRecurring: lastNonRecurring === null ? null : monthIndex(lastNonRecurring),
      open,
      prior,
    },
    t,
    open.length === 0 ? NEVER : (c) => evasionMeets(c.evaded as string, c.taxDue as string, t),
  );
  return {
    month,
    regime: t.regime.id,
    window,
    registeredOn,
    lastNonRecurring,
    open,
    prior,
    score: s.score,
    grade: gradeOf(s.input, t).grade,
  };
}

/** The grade facts of a state's record, and its as-of date (internal: sample traces). */
export function inputOfState(state: DynamicState): { readonly input: GradeInput; readonly asOf: CivilDate } {
  const end = monthIndex(state.month);
  const { t, last } = monthTerms(state.month, end);
  const s = scoreWindow(
    {
      end,
      dueBefore: end,
      window: state.window,
      registeredOn: state.registeredOn,
      lastNonRecurring: state.lastNonRecurring === null ? null : monthIndex(state.lastNonRecurring),
      open: state.open,
      prior: state.prior,
    },
    t,
    (c) => evasionMeets(c.evaded as string, c.taxDue as string, t),
  );
  return { input: s.input, asOf: last };
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
  return build(m, EMPTY, null, null, [], null, monthIndex(m));
}

function checkState(state: unknown, issues: Issues): state is DynamicState {
  if (typeof state !== 'object' || state === null) {
    issues.add(
      'state',
      'must be a DynamicState from initialState or rescoreMonth',
      '必须是 initialState 或 rescoreMonth 返回的状态',
    );
    return false;
  }
  const s = state as Partial<Record<keyof DynamicState, unknown>>;
  if (!isYearMonth(s.month))
    issues.add('state.month', 'must be a month YYYY-MM', '必须是 YYYY-MM 格式的月份');
  if (!Array.isArray(s.window) || s.window.length !== 3 * WINDOW)
    issues.add('state.window', `must hold ${3 * WINDOW} numbers`, `必须包含 ${3 * WINDOW} 个数`);
  if (!Array.isArray(s.open)) issues.add('state.open', 'must be an array', '必须是数组');
  if (s.registeredOn !== null && !isCivilDate(s.registeredOn))
    issues.add('state.registeredOn', 'must be a date or null', '必须是日期或 null');
  if (s.lastNonRecurring !== null && !isYearMonth(s.lastNonRecurring))
    issues.add('state.lastNonRecurring', 'must be a month or null', '必须是月份或 null');
  if (s.prior !== null && (typeof s.prior !== 'object' || s.prior === undefined))
    issues.add('state.prior', 'must be an object or null', '必须是对象或 null');
  return issues.list.length === 0;
}

/** The events of a month, with cases before repairs and by date when the month holds a repair. */
function ordered(events: readonly CreditEvent[]): readonly CreditEvent[] {
  let repair = false;
  for (const e of events) if (e.kind === 'repair') repair = true;
  if (!repair) return events;
  return [...events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'repair' ? 1 : b.kind === 'repair' ? -1 : 0,
  );
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
export function rescoreMonth(
  state: DynamicState,
  events: readonly CreditEvent[],
  month: YearMonth,
): DynamicState {
  const issues = new Issues();
  const stateOk = checkState(state, issues);
  if (!isYearMonth(month)) issues.add('month', 'must be a month YYYY-MM', '必须是 YYYY-MM 格式的月份');
  else if (stateOk && month <= state.month)
    issues.add(
      'month',
      `must be after state.month (${state.month})`,
      `必须晚于 state.month（${state.month}）`,
    );
  issues.throwIfAny();
  const end = monthIndex(month);
  const { t, last } = monthTerms(month, end);
  if (events.length > 0 || !Array.isArray(events)) {
    checkEvents(events, t.regime, issues, last);
    issues.throwIfAny();
  }
  const window = shiftWindow(state.window, end - monthIndex(state.month));
  const first = end - WINDOW + 1;
  let registeredOn = state.registeredOn;
  let lastNonRecurring = state.lastNonRecurring;
  let open: readonly OpenCase[] = state.open;
  let prior = state.prior;
  for (const e of ordered(events)) {
    switch (e.kind) {
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
        for (let n = 0; n < open.length; n++) {
          const o = open[n] as OpenCase;
          if (
            o.code === e.code &&
            o.date <= e.date &&
            (oldest < 0 || o.date < (open[oldest] as OpenCase).date)
          )
            oldest = n;
        }
        if (oldest >= 0) open = open.filter((_, n) => n !== oldest);
        break;
      }
      case 'rated':
        if (prior === null || e.year >= prior.year) prior = { year: e.year, grade: e.grade, basis: e.basis };
        break;
      default:
        place(window, first, e);
    }
  }
  return build(month, window, registeredOn, lastNonRecurring, open, prior, end);
}
