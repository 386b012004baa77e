// The statutory deadlines of one application, on the official calendar with 调休. Periods of the
// 行政许可法 count working days (第八十二条); the 环评法's "日" are calendar days whose last day, if
// a day off, moves to the next working day. The day the period starts never counts.
import { type CivilDate, integerAt, parse, statutoryDeadline } from '@gd-ftz/core';
import { ISSUE_LIMIT, JOINT_EXTENSION, JOINT_LIMIT, NOTICE_LIMIT } from './law';
import { type PermitKind, specOf } from './permits';
import { civilDateSchema, extendedSchema, permitKindSchema } from './schemas';

/**
 * Last day to notify incomplete materials, 5 working days after receipt (行政许可法 第三十二条).
 * @example
 * noticeDeadline('2024-09-30'); // '2024-10-12': 10-08…10-11, then the make-up Saturday
 */
export function noticeDeadline(submittedOn: string): CivilDate {
  return noticeDeadlineOf(parse(civilDateSchema, submittedOn, 'submittedOn'));
}

/** {@link noticeDeadline} of a checked date (internal). */
export function noticeDeadlineOf(on: CivilDate): CivilDate {
  return statutoryDeadline(on, integerAt(NOTICE_LIMIT, on), 'workingDays');
}

/**
 * Last day to decide a licence whose period starts on `acceptedOn`, with or without the one
 * extension the law allows (行政许可法 第四十二条; 环评法 第二十二条; Guangdong's 40 working days
 * for 选址). The 行政许可法 periods run from the acceptance; the 环评法 periods from the receipt
 * of the complete report or form (`permitSpec(kind).limit.runsFrom`): pass that day for the EIA kinds.
 * Null for a filing, and for `extended` where the kind has no extension.
 * @example
 * decisionDeadline('works', '2024-09-30'); // '2024-11-01' (20 working days)
 * decisionDeadline('works', '2024-09-30', true); // '2024-11-15' (20 + 10)
 */
export function decisionDeadline(kind: PermitKind, acceptedOn: string, extended = false): CivilDate | null {
  return decisionDeadlineOf(
    parse(permitKindSchema, kind, 'kind'),
    parse(civilDateSchema, acceptedOn, 'acceptedOn'),
    parse(extendedSchema, extended, 'extended'),
  );
}

/** {@link decisionDeadline} of checked arguments (internal). */
export function decisionDeadlineOf(kind: PermitKind, on: CivilDate, extended = false): CivilDate | null {
  const limit = specOf(kind).limit;
  if (limit === null) return null;
  if (extended && limit.extension === null) return null;
  const n = integerAt(limit.period, on) + (extended && limit.extension ? integerAt(limit.extension, on) : 0);
  return statutoryDeadline(on, n, limit.unit);
}

/**
 * Whether the kind's decision limit may be extended once.
 * @example
 * canExtend('works'); // true
 * canExtend('siting'); // false: the 40 working days already include special procedures
 */
export function canExtend(kind: PermitKind): boolean {
  return canExtendOf(parse(permitKindSchema, kind, 'kind'));
}

/** {@link canExtend} of a checked kind (internal). */
export function canExtendOf(kind: PermitKind): boolean {
  return specOf(kind).limit?.extension != null;
}

/**
 * Last day to issue the certificate after the decision (行政许可法 第四十四条: 10 working days).
 * @example
 * issueDeadline('2024-11-01'); // '2024-11-15'
 */
export function issueDeadline(decidedOn: string): CivilDate {
  return issueDeadlineOf(parse(civilDateSchema, decidedOn, 'decidedOn'));
}

/** {@link issueDeadline} of a checked date (internal). */
export function issueDeadlineOf(on: CivilDate): CivilDate {
  return statutoryDeadline(on, integerAt(ISSUE_LIMIT, on), 'workingDays');
}

/**
 * Last day of a joint handling round accepted on `acceptedOn` (行政许可法 第四十二条第二款:
 * 45 working days, extendable by 15).
 * @example
 * jointDeadline('2024-09-30'); // '2024-12-06'
 */
export function jointDeadline(acceptedOn: string, extended = false): CivilDate {
  return jointDeadlineOf(
    parse(civilDateSchema, acceptedOn, 'acceptedOn'),
    parse(extendedSchema, extended, 'extended'),
  );
}

/** {@link jointDeadline} of checked arguments (internal). */
export function jointDeadlineOf(on: CivilDate, extended = false): CivilDate {
  const n = integerAt(JOINT_LIMIT, on) + (extended ? integerAt(JOINT_EXTENSION, on) : 0);
  return statutoryDeadline(on, n, 'workingDays');
}
