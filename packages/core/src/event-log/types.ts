// The shapes of an event log: what an engine records while it simulates, and what the writers and
// the directly-follows graph read. Times are civil Beijing time held as epoch milliseconds (no
// `Date`, no time zone of the machine).
import type { CivilDate } from '../calendar/civil-date';
import type { CivilDateTime } from '../calendar/date-time';
import type { Localized } from '../errors';
import type { Money } from '../money/money';
import type { Variant } from '../report';

/**
 * When an event happened: a civil date (read as 00:00 that day, for engines that model days), or
 * a civil date-time whose optional `second` (0 ≤ s < 60, kept to the millisecond) refines the minute.
 */
export type LogTimeInput = CivilDate | (CivilDateTime & { readonly second?: number });

/**
 * An attribute value. Money is written with its exact decimal digits (never through a float);
 * numbers are display quantities (minutes, counts).
 */
export type LogAttributeValue = string | number | boolean | Money;

/** Attributes of an event or an object, by name. */
export type LogAttributes = Readonly<Record<string, LogAttributeValue>>;

/**
 * An object an event (or a case) involves, for the object-centric (OCEL 2.0) view: its id, its type
 * (`taxpayer`, `application`, `lot`, `lab` …) and the qualifier of the relation (`claimant`, `tested-at`).
 */
export interface LogObjectRef {
  readonly id: string;
  readonly type: string;
  readonly qualifier: string;
  /** Attributes of the object (static: written once, on its first mention). */
  readonly attributes?: LogAttributes;
}

/** One recorded event. `time` is civil Beijing time in milliseconds since 1970-01-01T00:00. */
export interface LogEvent {
  readonly activity: string;
  readonly time: number;
  readonly resource?: string;
  readonly objects?: readonly LogObjectRef[];
  readonly attributes?: LogAttributes;
}

/** One case of one variant: the object the case is about, and its events in emission order. */
export interface LogCase {
  readonly variant: Variant;
  readonly id: string;
  /** Object type of the case object (`overpayment`, `application`, `project`, `lot`). */
  readonly type: string;
  readonly attributes: LogAttributes;
  /** Objects related to the case object as a whole (OCEL object-to-object relations). */
  readonly objects: readonly LogObjectRef[];
  readonly events: readonly LogEvent[];
}

/** Optional details of one event. */
export interface EventDetails {
  /** Who or what did it: `officer`, `window`, `lab`, `system` (or an individual id). */
  readonly resource?: string;
  /** Objects besides the case object that the event involves. */
  readonly objects?: readonly LogObjectRef[];
  readonly attributes?: LogAttributes;
}

/** Optional details of a case. */
export interface CaseDetails {
  readonly attributes?: LogAttributes;
  /** Objects the case object relates to (the taxpayer of an overpayment, the project of an application). */
  readonly objects?: readonly LogObjectRef[];
}

/** Records the events of one case; returned by {@link EventLog.startCase}. */
export interface CaseRecorder {
  /** Appends one event. Events of a case must be recorded in time order (equal times allowed). */
  event(activity: string, at: LogTimeInput, details?: EventDetails): void;
}

/** What a log holds, including what it dropped beyond its case limit. */
export interface EventLogSummary {
  readonly maxCases: number;
  /** Distinct case ids kept (the same ids in both variants). */
  readonly keptCaseIds: number;
  readonly cases: Readonly<Record<Variant, number>>;
  readonly events: Readonly<Record<Variant, number>>;
  readonly droppedCases: Readonly<Record<Variant, number>>;
  readonly droppedEvents: Readonly<Record<Variant, number>>;
  /** True when cases beyond `maxCases` were counted but not kept. */
  readonly truncated: boolean;
}

/** An activity of the log: a stable id and its zh/en label. */
export interface LogActivity {
  readonly id: string;
  readonly label: Localized;
}

/** The collector an engine feeds while it simulates (opt-in: `simulate(params, { seed, eventLog })`). */
export interface EventLog {
  /**
   * Registers activities once per log (idempotent for identical labels). Every event's activity
   * must be registered first; a label reused by another id in the same language is an error.
   */
  defineActivities(activities: Readonly<Record<string, Localized>>): void;
  /**
   * Starts (or continues) a case. Beyond the case limit the returned recorder only counts.
   * The limit is on distinct case ids, so both variants keep the same cases.
   */
  startCase(variant: Variant, id: string, type: string, details?: CaseDetails): CaseRecorder;
  /** The registered activities, in registration order. */
  activities(): readonly LogActivity[];
  /** The label of an activity id, or undefined when not registered. */
  activity(id: string): LogActivity | undefined;
  /** Kept cases in the order they were started, optionally of one variant. */
  cases(variant?: Variant): readonly LogCase[];
  summary(): EventLogSummary;
}

/** Options of {@link createEventLog}. */
export interface EventLogOptions {
  /** Distinct case ids kept (default 10 000); later cases are counted, not stored. */
  readonly maxCases?: number;
}
