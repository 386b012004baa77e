// The states and events of one permit application, as types: a discriminated union of states by
// `status`, of events by `type`, and the transition table that makes illegal events fail to compile.
import type { CivilDate, Localized } from '@gd-ftz/core';
import type { PermitKind, Procedure } from './permits';

/** Fields every state carries. */
export interface Base {
  readonly kind: PermitKind;
  readonly procedure: Procedure;
}
/** Prepared, not yet handed in. */
export interface DraftedState extends Base {
  readonly status: 'drafted';
}
/** Received by the window; the 5-working-day notice period runs. */
export interface SubmittedState extends Base {
  readonly status: 'submitted';
  readonly submittedOn: CivilDate;
  readonly noticeDeadline: CivilDate;
}
/** The applicant was told, in one go, what is missing. */
export interface IncompleteState extends Base {
  readonly status: 'incomplete';
  readonly submittedOn: CivilDate;
  readonly noticedOn: CivilDate;
  readonly missing: readonly string[];
}
/** The missing materials were handed in. */
export interface SupplementedState extends Base {
  readonly status: 'supplemented';
  readonly submittedOn: CivilDate;
  readonly supplementedOn: CivilDate;
}
/** Accepted (受理), or deemed accepted from receipt (第三十二条). The decision clock runs. */
export interface AcceptedState extends Base {
  readonly status: 'accepted';
  readonly submittedOn: CivilDate;
  readonly acceptedOn: CivilDate;
  readonly deemed: boolean;
  /** Null for a filing. */
  readonly decisionDeadline: CivilDate | null;
}
/** Under substantive review. */
export interface UnderReviewState extends Base {
  readonly status: 'under-review';
  readonly acceptedOn: CivilDate;
  readonly reviewStartedOn: CivilDate;
  /** Working days the clock stood still (行政许可法 第四十五条; the applicant's revision): the deadline moved by them. */
  readonly suspendedDays: number;
  readonly decisionDeadline: CivilDate;
}
/** The decision limit was extended once (第四十二条). */
export interface ExtendedState extends Base {
  readonly status: 'extended';
  readonly acceptedOn: CivilDate;
  readonly extendedOn: CivilDate;
  /** Working days the clock stood still before the extension (carried over). */
  readonly suspendedDays: number;
  readonly decisionDeadline: CivilDate;
}
/** Granted; the certificate is due within 10 working days (第四十四条). */
export interface ApprovedState extends Base {
  readonly status: 'approved';
  readonly acceptedOn: CivilDate;
  readonly decidedOn: CivilDate;
  readonly lateDecision: boolean;
  readonly issueDeadline: CivilDate;
}
/** Refused (terminal). */
export interface RejectedState extends Base {
  readonly status: 'rejected';
  readonly decidedOn: CivilDate;
  readonly lateDecision: boolean;
  readonly reason: Localized;
}
/** Certificate issued, or filing recorded (terminal). */
export interface IssuedState extends Base {
  readonly status: 'issued';
  readonly issuedOn: CivilDate;
  readonly lateDecision: boolean;
  readonly lateIssue: boolean;
}

/**
 * Every state of an application, discriminated by `status`.
 * @example
 * const s: ApplicationState = applyEvent(draftApplication('works'), { type: 'submit', at: '2024-09-30' });
 * s.status // 'submitted'
 */
export type ApplicationState =
  | DraftedState
  | SubmittedState
  | IncompleteState
  | SupplementedState
  | AcceptedState
  | UnderReviewState
  | ExtendedState
  | ApprovedState
  | RejectedState
  | IssuedState;

/**
 * A status of an application.
 * @example
 * const status: ApplicationStatus = draftApplication('works').status; // 'drafted'
 */
export type ApplicationStatus = ApplicationState['status'];

/**
 * Every event, discriminated by `type` (kebab-case); each happens on a working day `at`.
 * @example
 * const e: ApplicationEvent = { type: 'submit', at: '2024-09-30' };
 */
export type ApplicationEvent =
  | { readonly type: 'submit'; readonly at: string }
  | { readonly type: 'notify-incomplete'; readonly at: string; readonly missing: readonly string[] }
  | { readonly type: 'notice-period-lapses'; readonly at: string }
  | { readonly type: 'supplement'; readonly at: string }
  | { readonly type: 'accept'; readonly at: string }
  | { readonly type: 'start-review'; readonly at: string }
  | { readonly type: 'suspend-clock'; readonly at: string; readonly days: number }
  | { readonly type: 'extend'; readonly at: string }
  | { readonly type: 'approve'; readonly at: string }
  | { readonly type: 'reject'; readonly at: string; readonly reason: Localized }
  | { readonly type: 'issue'; readonly at: string };

/** An event type. */
export type ApplicationEventType = ApplicationEvent['type'];

/** The transition table, as types: for each status, the events it accepts and the state each leads to. */
export interface TransitionTable {
  drafted: { submit: SubmittedState };
  submitted: {
    'notify-incomplete': IncompleteState;
    'notice-period-lapses': AcceptedState;
    accept: AcceptedState;
  };
  incomplete: { supplement: SupplementedState };
  supplemented: { accept: AcceptedState };
  accepted: { 'start-review': UnderReviewState; issue: IssuedState };
  'under-review': {
    'suspend-clock': UnderReviewState;
    extend: ExtendedState;
    approve: ApprovedState;
    reject: RejectedState;
  };
  extended: { approve: ApprovedState; reject: RejectedState };
  approved: { issue: IssuedState };
  rejected: Record<never, never>;
  issued: Record<never, never>;
}

/**
 * The events a status accepts, by type.
 * @example
 * const e: EventFor<'drafted'> = { type: 'submit', at: '2024-09-30' };
 */
export type EventFor<S extends ApplicationStatus> = Extract<
  ApplicationEvent,
  { type: keyof TransitionTable[S] }
>;

/** The state an event of type `T` leads to from status `S`. */
export type NextState<
  S extends ApplicationStatus,
  T extends ApplicationEventType,
> = T extends keyof TransitionTable[S] ? TransitionTable[S][T] : never;
