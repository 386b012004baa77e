// The statutory deadlines of a reconsideration case (行政复议法, in force 2024-01-01), counted on
// core's statutory calendar: working days for the 3/5/7/10-day periods (第八十八条), natural days
// with the start day excluded and a last day off moved on for the rest (民事诉讼法 第八十五条).
import {
  addDays,
  type CivilDate,
  calendarCoverage,
  integerAt,
  isCivilDate,
  type LegalBasis,
  minDate,
  statutoryDeadline,
  ValidationError,
} from '@gd-ftz/core';
import { administrativeReconsideration as arl } from '@gd-ftz/statutes';
import {
  CITES,
  EXTENSION_FROM_MOVED_DEADLINE,
  RECONSIDERATION_STEPS,
  type ReconsiderationStep,
  STEP_CITES,
  STEP_PERIODS,
  SUSPENSION_NOT_COUNTED,
} from './law';

const STEPS: ReadonlySet<string> = new Set(RECONSIDERATION_STEPS);

/** Deadlines already computed, by step and day: a day's deadline never changes, so a run reuses it. */
const memo = new Map<string, CivilDate>();

function checkDate(value: unknown, path: string): CivilDate {
  if (!isCivilDate(value)) {
    throw ValidationError.of(path, 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  }
  const { from, to } = calendarCoverage();
  if (value < from || value > to) {
    throw ValidationError.of(
      path,
      `must lie on the statutory calendar (${from}..${to})`,
      `必须在法定日历覆盖范围内（${from}..${to}）`,
    );
  }
  return value;
}

function periodOf(step: ReconsiderationStep, from: CivilDate): CivilDate {
  const { param, unit } = STEP_PERIODS[step];
  return statutoryDeadline(from, integerAt(param, from), unit);
}

function compute(step: ReconsiderationStep, from: CivilDate): CivilDate {
  // 第六十二条: the extension adds at most 30 days to the 60, counted (assumption) from the original
  // deadline as moved past a day off.
  if (step === 'decide-extended') return periodOf('decide-extended', periodOf('decide', from));
  return periodOf(step, from);
}

/**
 * The last day of one statutory step of a reconsideration case, counted from `from`, the day the
 * article counts from (knowing of the act for 'apply', receipt for 'acceptance-review', acceptance
 * for 'send-copy', 'decide' and 'decide-extended', receipt of the copy for 'answer', the refusal or
 * the end of the period for 'sue-after'). Periods of 3/5/7/10 days are working days (行政复议法
 * 第八十八条; 调休 make-up days count); 15, 30 and 60 days are natural days, the start day not
 * counted and a last day off moved to the next working day (民事诉讼法 第八十五条, 民法典
 * 第二百零一条、第二百零三条). 'decide-extended' adds 第六十二条's ≤ 30 days to the moved 60-day
 * deadline (an assumption: the law does not say where the extension starts).
 * @throws ValidationError naming `step` or `from` (not a date, or off the calendar);
 * ParameterNotInForceError before 2024-01-01.
 * @example
 * reconsiderationDeadline('apply', '2024-08-02') // '2024-10-08' (day 60 is 国庆 10-01)
 * reconsiderationDeadline('acceptance-review', '2024-09-27') // '2024-10-10'
 * reconsiderationDeadline('decide-extended', '2025-03-10') // '2025-06-09'
 */
export function reconsiderationDeadline(step: ReconsiderationStep, from: string): CivilDate {
  // Memoised by text only: a non-string argument (an object whose String() conversion throws)
  // must reach the checks below and get its ValidationError.
  const key = typeof step === 'string' && typeof from === 'string' ? `${step}|${from}` : undefined;
  const hit = key === undefined ? undefined : memo.get(key);
  if (hit !== undefined) return hit;
  if (typeof step !== 'string' || !STEPS.has(step)) {
    throw ValidationError.of(
      'step',
      `must be one of ${RECONSIDERATION_STEPS.join(', ')}`,
      `必须是 ${RECONSIDERATION_STEPS.join('、')} 之一`,
    );
  }
  const date = checkDate(from, 'from');
  const deadline = compute(step, date);
  if (key !== undefined) memo.set(key, deadline);
  return deadline;
}

/** The dates of one case, as far as they are known. */
export interface CaseDates {
  /** The day the applicant knew (or should have known) of the act (第二十条). */
  readonly knewOn: string;
  /** Whether the act told the applicant of the right to reconsideration (default true). */
  readonly notified?: boolean;
  /** When not told: the day the applicant learned of the right (第二十条第二款). */
  readonly learnedOfRightOn?: string;
  /** The day the reconsideration body received the application. */
  readonly receivedOn?: string;
  /** The day the applicant received a completion notice (第三十一条). */
  readonly completionNoticeOn?: string;
  /** The day the application was accepted (or deemed accepted, 第三十条). */
  readonly acceptedOn?: string;
  /** Summary procedure (第五十三条) rather than ordinary. */
  readonly summary?: boolean;
  /** The day the respondent received the copy (第四十八条 / 第五十四条). */
  readonly copyReceivedOn?: string;
  /** Natural days suspended for mediation (第三十九条), not counted toward 第六十二条 (assumption). */
  readonly suspendedDays?: number;
}

/** One deadline of a case with its legal basis. */
export interface ScheduleEntry {
  readonly step: ReconsiderationStep;
  readonly label: { readonly zh: string; readonly en: string };
  readonly from: CivilDate;
  readonly deadline: CivilDate;
  readonly unit: 'days' | 'workingDays';
  readonly basis: LegalBasis;
}

/** Every deadline of a case that its known dates fix, in the order of the procedure. */
export type Schedule = readonly ScheduleEntry[];

function entry(step: ReconsiderationStep, from: CivilDate, deadline: CivilDate): ScheduleEntry {
  const { label, unit } = STEP_PERIODS[step];
  const counting = unit === 'workingDays' ? CITES.workingDayPeriods : CITES.naturalDayPeriods;
  return {
    step,
    label,
    from,
    deadline,
    unit,
    basis: { kind: 'cited', citations: [STEP_CITES[step], counting] },
  };
}

function optionalDate(c: CaseDates, field: keyof CaseDates): CivilDate | undefined {
  const v = c[field];
  return v === undefined ? undefined : checkDate(v, `c.${field}`);
}

/**
 * Every deadline a case's known dates fix, each with its article: the application period (第二十条,
 * with the one-year cap when the applicant was not told of the right), acceptance review and
 * completion (第三十条、第三十一条), copy and answer (第四十八条 or 第五十四条), and the decision
 * (第六十二条), moved on by the days suspended for mediation (an assumption, see
 * {@link SUSPENSION_NOT_COUNTED}).
 * @throws ValidationError naming `c.<field>`; never mutates `c`.
 * @example
 * reconsiderationDeadlines({ knewOn: '2025-01-02', acceptedOn: '2025-03-10' }).find((e) => e.step === 'decide')?.deadline // '2025-05-09'
 */
export function reconsiderationDeadlines(c: CaseDates): Schedule {
  if (c === null || typeof c !== 'object') {
    throw ValidationError.of('c', 'must be an object of case dates', '必须是案件日期对象');
  }
  const knewOn = checkDate(c.knewOn, 'c.knewOn');
  const notified = c.notified ?? true;
  if (typeof notified !== 'boolean')
    throw ValidationError.of('c.notified', 'must be a boolean', '必须是布尔值');
  const summary = c.summary ?? false;
  if (typeof summary !== 'boolean')
    throw ValidationError.of('c.summary', 'must be a boolean', '必须是布尔值');
  const suspended = c.suspendedDays ?? 0;
  if (!Number.isSafeInteger(suspended) || suspended < 0) {
    throw ValidationError.of('c.suspendedDays', 'must be a non-negative integer', '必须是非负整数');
  }
  const learned = optionalDate(c, 'learnedOfRightOn');
  const received = optionalDate(c, 'receivedOn');
  const notice = optionalDate(c, 'completionNoticeOn');
  const accepted = optionalDate(c, 'acceptedOn');
  const copy = optionalDate(c, 'copyReceivedOn');
  const out: ScheduleEntry[] = [];
  if (notified) out.push(entry('apply', knewOn, reconsiderationDeadline('apply', knewOn)));
  else {
    // 第二十条第二款: from learning of the right, at most one year from knowing of the act.
    const cap = statutoryDeadline(knewOn, integerAt(arl.params.unawareCapYears, knewOn), 'years');
    const own = learned === undefined ? cap : minDate(cap, reconsiderationDeadline('apply', learned));
    out.push(entry('apply', learned ?? knewOn, own));
  }
  if (received !== undefined) {
    out.push(entry('acceptance-review', received, reconsiderationDeadline('acceptance-review', received)));
    out.push(entry('completion-notice', received, reconsiderationDeadline('completion-notice', received)));
  }
  if (notice !== undefined) {
    out.push(entry('completion-supply', notice, reconsiderationDeadline('completion-supply', notice)));
  }
  if (accepted !== undefined) {
    const copyStep = summary ? 'send-copy-summary' : 'send-copy';
    out.push(entry(copyStep, accepted, reconsiderationDeadline(copyStep, accepted)));
  }
  if (copy !== undefined) {
    const answerStep = summary ? 'answer-summary' : 'answer';
    out.push(entry(answerStep, copy, reconsiderationDeadline(answerStep, copy)));
  }
  if (accepted !== undefined) {
    const decideStep = summary ? 'decide-summary' : 'decide';
    const start = addDays(accepted, suspended);
    const decide = entry(decideStep, accepted, reconsiderationDeadline(decideStep, start));
    out.push(suspended > 0 ? { ...decide, basis: SUSPENSION_NOT_COUNTED } : decide);
    if (!summary) {
      out.push({
        ...entry('decide-extended', accepted, reconsiderationDeadline('decide-extended', start)),
        basis: EXTENSION_FROM_MOVED_DEADLINE,
      });
    }
  }
  return out;
}
