// Objections and confirmatory re-tests (农产品质量安全法 第五十一条): a rapid result may be objected
// to within 4 hours of its receipt and the re-test may not use a rapid method; an ordinary result
// within 5 working days; the re-test report is due within 7 working days of the re-test
// laboratory's receipt of the re-test sample (自收到复检样品之日起), not of the objection. Hours run
// on the civil clock (a window crosses midnight and holidays); working days run on the statutory
// calendar.
import {
  addMinutes,
  addWorkingDays,
  type CivilDate,
  entryAt,
  formatDateTime,
  integerAt,
  minutesBetween,
  parse,
  parseDateTime,
  type TraceStep,
  ValidationError,
  workingDaysBetween,
  z,
} from '@gd-ftz/core';
import { methodSchema, objectionSchema, textSchema } from './inputs';
import {
  OBJECTION_RULE,
  ORDINARY_OBJECTION_WORKING_DAYS,
  RAPID_OBJECTION_HOURS,
  RETEST_REPORT_WORKING_DAYS,
} from './law';

/**
 * How a result was obtained: a rapid strip, or an ordinary (laboratory) method.
 * @example
 * const m: TestMethod = 'rapid';
 */
export type TestMethod = 'rapid' | 'laboratory';

/**
 * Whether `retest` may be used to re-test a result obtained by `original`: a rapid result's
 * re-test may not use a rapid method (Art. 51); an ordinary result is re-tested in a laboratory.
 * @example
 * isPermittedRetestMethod('rapid', 'rapid'); // false
 * isPermittedRetestMethod('rapid', 'laboratory'); // true
 */
export function isPermittedRetestMethod(original: TestMethod, retest: TestMethod): boolean {
  return parse(RETEST_METHOD_ARGS, { original, retest }).retest === 'laboratory';
}

const RETEST_METHOD_ARGS = z.object({ original: methodSchema, retest: methodSchema });

/**
 * The last moment an objection is admissible.
 * @example
 * const w: ObjectionWindow = objectionWindow('rapid', '2025-03-03T10:00');
 * w.deadline; // '2025-03-03T14:00'
 */
export interface ObjectionWindow {
  readonly method: TestMethod;
  /** Rapid: the last minute, `YYYY-MM-DDTHH:mm`; ordinary: the end of this day. */
  readonly deadline: string;
  readonly step: TraceStep;
}

/**
 * The objection window of a result received at `receivedAt` (`YYYY-MM-DDTHH:mm`): 4 hours on the
 * clock for a rapid result, 5 working days (the day of receipt not counted) for an ordinary one.
 * @example
 * objectionWindow('rapid', '2025-09-30T22:00').deadline; // '2025-10-01T02:00' (22:00 + 4 h)
 * objectionWindow('laboratory', '2025-09-26T10:00').deadline; // '2025-10-10' (9-28, 9-29, 9-30, 10-9, 10-10)
 */
export function objectionWindow(method: TestMethod, receivedAt: string): ObjectionWindow {
  const i = parse(WINDOW_ARGS, { method, receivedAt });
  return windowOf(i.method, i.receivedAt);
}

const WINDOW_ARGS = z.object({ method: methodSchema, receivedAt: textSchema });

/** {@link objectionWindow} on a checked method (the date-time is checked by `parseDateTime`). */
function windowOf(method: TestMethod, receivedAt: string): ObjectionWindow {
  const at = parseDateTime(receivedAt, 'receivedAt');
  const date = at.date;
  let deadline: string;
  let value: number;
  if (method === 'rapid') {
    value = integerAt(RAPID_OBJECTION_HOURS, date);
    deadline = formatDateTime(addMinutes(at, value * 60));
  } else {
    value = integerAt(ORDINARY_OBJECTION_WORKING_DAYS, date);
    deadline = addWorkingDays(date, value);
  }
  return {
    method,
    deadline,
    step: {
      id: method === 'rapid' ? 'objection.rapid-window' : 'objection.ordinary-window',
      kind: 'step',
      title:
        method === 'rapid'
          ? {
              zh: `快检结果异议期：收到结果后${value}小时内`,
              en: `Objection to a rapid result within ${value} hours of receipt`,
            }
          : {
              zh: `检测结果异议期：${value}个工作日内`,
              en: `Objection to a test result within ${value} working days`,
            },
      fired: true,
      inputs: { receivedAt, [method === 'rapid' ? 'hours' : 'workingDays']: value },
      result: deadline,
      basis: { kind: 'cited', citations: [OBJECTION_RULE] },
      at: receivedAt,
    },
  };
}

/**
 * The day the re-test report is due: 7 working days after the re-test laboratory receives the
 * re-test sample (第五十一条: 复检机构应当自收到复检样品之日起七个工作日内出具检测报告), the day of receipt
 * not counted, on the statutory calendar with its 调休 make-up days.
 * @example
 * retestReportDeadline('2025-09-26'); // '2025-10-13': sample received 9-26; 9-28 (make-up Sunday), 9-29, 9-30, 10-9, 10-10, 10-11 (make-up Saturday), 10-13
 */
export function retestReportDeadline(sampleReceivedOn: string): CivilDate {
  const i = parse(REQUEST_ARGS, { sampleReceivedOn });
  return reportDeadline(parseDateTime(`${i.sampleReceivedOn}T00:00`, 'sampleReceivedOn').date);
}

const REQUEST_ARGS = z.object({ sampleReceivedOn: textSchema });

function reportDeadline(date: CivilDate): CivilDate {
  return addWorkingDays(date, integerAt(RETEST_REPORT_WORKING_DAYS, date));
}

/**
 * The assessment of one objection.
 * @example
 * const a: ObjectionAssessment = assessObjection({ method: 'rapid', receivedAt: '2025-03-03T10:00', objectedAt: '2025-03-03T15:00' });
 * a.admissible; // false (after 14:00)
 */
export interface ObjectionAssessment {
  readonly admissible: boolean;
  readonly window: ObjectionWindow;
  /**
   * When admissible and the re-test sample's receipt is known: the day the re-test report is due
   * (7 working days from that receipt); null otherwise, because the clock has not started.
   */
  readonly reportDue: CivilDate | null;
  /** When admissible: the only method the re-test may use. */
  readonly retestMethod: TestMethod | null;
  readonly steps: readonly TraceStep[];
}

/**
 * Whether an objection made at `objectedAt` to a result received at `receivedAt` is in time, and
 * if so by which method the re-test runs and, once the re-test laboratory has received the re-test
 * sample (`sampleReceivedAt`), when its report is due. An objection before the result, or a sample
 * received before the objection, is a ValidationError (`objectedAt`, `sampleReceivedAt`); a late
 * objection is an inadmissible outcome, not an error.
 * @example
 * assessObjection({ method: 'rapid', receivedAt: '2025-09-30T22:00', objectedAt: '2025-10-01T01:30', sampleReceivedAt: '2025-10-01T05:00' }).reportDue;
 * // '2025-10-16': sample received 10-01 (holiday); working days 10-09, 10-10, 10-11 (make-up), 10-13, 10-14, 10-15, 10-16
 * assessObjection({ method: 'rapid', receivedAt: '2025-09-26T10:00', objectedAt: '2025-09-26T12:00', sampleReceivedAt: '2025-09-29T09:00' }).reportDue;
 * // '2025-10-15': counted from the receipt on 9-29, not the objection on 9-26 (which would give 10-13)
 */
export function assessObjection(input: {
  method: TestMethod;
  receivedAt: string;
  objectedAt: string;
  sampleReceivedAt?: string;
}): ObjectionAssessment {
  if (typeof input !== 'object' || input === null)
    throw ValidationError.of('input', 'must be an object', '必须是对象');
  return objectionAssessment(parse(objectionSchema, input));
}

/**
 * {@link assessObjection} on a checked input, for the report's sample traces. Internal: not
 * exported from the package.
 * @example
 * objectionAssessment({ method: 'rapid', receivedAt: '2025-09-30T22:00', objectedAt: '2025-10-01T01:30' }).admissible; // true
 */
export function objectionAssessment(input: {
  method: TestMethod;
  receivedAt: string;
  objectedAt: string;
  sampleReceivedAt?: string | undefined;
}): ObjectionAssessment {
  const window = windowOf(input.method, input.receivedAt);
  const received = parseDateTime(input.receivedAt, 'receivedAt');
  const objected = parseDateTime(input.objectedAt, 'objectedAt');
  if (minutesBetween(received, objected) < 0) {
    throw ValidationError.of(
      'objectedAt',
      'must not be before the result was received',
      '不得早于收到检测结果的时间',
    );
  }
  const sample =
    input.sampleReceivedAt === undefined
      ? undefined
      : parseDateTime(input.sampleReceivedAt, 'sampleReceivedAt');
  if (sample && minutesBetween(objected, sample) < 0) {
    throw ValidationError.of(
      'sampleReceivedAt',
      'must not be before the objection',
      '不得早于提出异议的时间',
    );
  }
  const admissible =
    input.method === 'rapid'
      ? formatDateTime(objected) <= window.deadline
      : workingDaysBetween(received.date, objected.date) <=
        integerAt(ORDINARY_OBJECTION_WORKING_DAYS, received.date);
  const reportDue = admissible && sample ? reportDeadline(sample.date) : null;
  const steps: TraceStep[] = [
    window.step,
    {
      id: 'objection.in-time',
      kind: 'rule',
      title: { zh: '异议是否在期限内提出', en: 'Objection made in time' },
      fired: admissible,
      inputs: { objectedAt: input.objectedAt, deadline: window.deadline },
      result: admissible ? 'admissible' : 'late',
      basis: { kind: 'cited', citations: [OBJECTION_RULE] },
      at: input.objectedAt,
    },
  ];
  if (admissible && sample && input.sampleReceivedAt !== undefined) {
    const entry = entryAt(RETEST_REPORT_WORKING_DAYS, sample.date);
    steps.push(
      {
        id: 'retest.sample-received',
        kind: 'step',
        title: {
          zh: '复检机构收到复检样品（出具报告期限自此起算）',
          en: 'Re-test laboratory receives the re-test sample (the report period starts here)',
        },
        fired: true,
        inputs: { objectedAt: input.objectedAt },
        result: { sampleReceivedOn: sample.date },
        basis: { kind: 'cited', citations: [entry.source] },
        at: input.sampleReceivedAt,
      },
      {
        id: 'retest.report-deadline',
        kind: 'step',
        title: {
          zh: `复检：不得采用快速检测方法，自收到复检样品之日起${entry.value}个工作日内出具报告`,
          en: `Re-test not by a rapid method, report within ${entry.value} working days of receiving the sample`,
        },
        fired: true,
        inputs: { sampleReceivedOn: sample.date, workingDays: Number(entry.value) },
        result: { reportDue: reportDue as string, method: 'laboratory' },
        basis: { kind: 'cited', citations: [entry.source] },
        at: input.sampleReceivedAt,
      },
    );
  }
  return { admissible, window, reportDue, retestMethod: admissible ? 'laboratory' : null, steps };
}
