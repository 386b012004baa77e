// One permit application as a pure state machine: drafted → submitted → (incomplete notice →
// supplemented →) accepted → under review → (extended →) approved | rejected; approved → issued.
// Illegal transitions do not type-check, and are rejected at run time with InvalidTransitionError.
import {
  type CivilDate,
  civilDate,
  compareDates,
  InvalidTransitionError,
  isWorkingDay,
  ValidationError,
} from '@gd-ftz/core';
import type {
  AcceptedState,
  ApplicationEvent,
  ApplicationState,
  ApplicationStatus,
  DraftedState,
  EventFor,
  IssuedState,
  NextState,
  RejectedState,
  SubmittedState,
  SupplementedState,
  TransitionTable,
} from './application-states';
import { canExtend, decisionDeadline, issueDeadline, noticeDeadline } from './deadlines';
import { isPermitKind, type PermitKind, permitSpec } from './permits';

/** The event types each status accepts, at run time (mirrors {@link TransitionTable}). */
export const ALLOWED_EVENTS: { readonly [S in ApplicationStatus]: readonly (keyof TransitionTable[S])[] } = {
  drafted: ['submit'],
  submitted: ['notify-incomplete', 'notice-period-lapses', 'accept'],
  incomplete: ['supplement'],
  supplemented: ['accept'],
  accepted: ['start-review', 'issue'],
  'under-review': ['extend', 'approve', 'reject'],
  extended: ['approve', 'reject'],
  approved: ['issue'],
  rejected: [],
  issued: [],
};

/**
 * Whether the state is final (issued or rejected).
 * @example
 * isTerminal(draftApplication('works')); // false
 */
export function isTerminal(state: ApplicationState): state is RejectedState | IssuedState {
  if (typeof state !== 'object' || state === null || !Object.hasOwn(ALLOWED_EVENTS, state.status)) {
    throw ValidationError.of('state.status', 'must be an application state', '必须是申请状态');
  }
  return state.status === 'rejected' || state.status === 'issued';
}

/**
 * A new application of a kind, in `drafted`.
 * @example
 * draftApplication('works'); // { kind: 'works', procedure: 'licence', status: 'drafted' }
 */
export function draftApplication(kind: PermitKind): DraftedState {
  if (!isPermitKind(kind)) {
    throw ValidationError.of('kind', `unknown permit kind ${String(kind)}`, `未知的许可事项 ${String(kind)}`);
  }
  return { kind, procedure: permitSpec(kind).procedure, status: 'drafted' };
}

/** The latest date the state records: events may not go back before it. */
function lastDate(s: ApplicationState): CivilDate | null {
  switch (s.status) {
    case 'drafted':
      return null;
    case 'submitted':
      return s.submittedOn;
    case 'incomplete':
      return s.noticedOn;
    case 'supplemented':
      return s.supplementedOn;
    case 'accepted':
      return s.acceptedOn;
    case 'under-review':
      return s.reviewStartedOn;
    case 'extended':
      return s.extendedOn;
    case 'approved':
    case 'rejected':
      return s.decidedOn;
    case 'issued':
      return s.issuedOn;
  }
}

function checkEvent(state: ApplicationState, event: ApplicationEvent): CivilDate {
  if (typeof event !== 'object' || event === null || typeof event.type !== 'string') {
    throw ValidationError.of('event.type', 'must be an application event', '必须是申请事件');
  }
  if (typeof event.on !== 'string')
    throw ValidationError.of('event.on', 'must be a date YYYY-MM-DD', '必须是日期');
  const on = civilDate(event.on, 'event.on');
  const allowed = ALLOWED_EVENTS[state.status] as readonly string[] | undefined;
  if (!allowed) throw ValidationError.of('state.status', 'unknown status', '未知状态');
  if (!allowed.includes(event.type)) throw new InvalidTransitionError(state.status, event.type);
  if (!isWorkingDay(on)) {
    throw new InvalidTransitionError(state.status, event.type, `${on} is not a working day`);
  }
  const last = lastDate(state);
  if (last !== null && compareDates(on, last) < 0) {
    throw new InvalidTransitionError(state.status, event.type, `${on} is before ${last}`);
  }
  return on;
}

const late = (on: CivilDate, deadline: CivilDate): boolean => compareDates(on, deadline) > 0;

function accepted(
  s: SubmittedState | SupplementedState,
  acceptedOn: CivilDate,
  deemed: boolean,
): AcceptedState {
  const { kind, procedure } = s;
  // 环评法 第二十二条 runs from the receipt of the complete document (the hand-in, or the
  // supplement that completed it); 行政许可法 第四十二条 from the acceptance.
  const receivedOn = s.status === 'submitted' ? s.submittedOn : s.supplementedOn;
  const start = permitSpec(kind).limit?.runsFrom === 'receipt' ? receivedOn : acceptedOn;
  return {
    kind,
    procedure,
    status: 'accepted',
    submittedOn: s.submittedOn,
    acceptedOn,
    deemed,
    decisionDeadline: decisionDeadline(kind, start),
  };
}

function step(state: ApplicationState, event: ApplicationEvent, on: CivilDate): ApplicationState {
  const { kind, procedure } = state;
  const base = { kind, procedure };
  const refuse = (detail: string): never => {
    throw new InvalidTransitionError(state.status, event.type, detail);
  };
  switch (state.status) {
    case 'drafted':
      return { ...base, status: 'submitted', submittedOn: on, noticeDeadline: noticeDeadline(on) };
    case 'submitted':
      if (event.type === 'notify-incomplete') {
        if (late(on, state.noticeDeadline)) {
          return refuse(
            `the notice period ended on ${state.noticeDeadline}: the application is deemed accepted (行政许可法 第三十二条)`,
          );
        }
        const missing = event.missing;
        if (!Array.isArray(missing) || missing.length === 0 || missing.some((m) => typeof m !== 'string')) {
          throw ValidationError.of('event.missing', 'must list the missing materials', '必须列明缺少的材料');
        }
        return {
          ...base,
          status: 'incomplete',
          submittedOn: state.submittedOn,
          noticedOn: on,
          missing: [...missing],
        };
      }
      if (event.type === 'notice-period-lapses') {
        if (!late(on, state.noticeDeadline))
          return refuse(`the notice period runs until ${state.noticeDeadline}`);
        // 逾期不告知的，自收到申请材料之日起即为受理: accepted as of the day of receipt.
        return accepted(state, state.submittedOn, true);
      }
      if (late(on, state.noticeDeadline)) {
        return refuse(`the notice period ended on ${state.noticeDeadline}: use notice-period-lapses`);
      }
      return accepted(state, on, false);
    case 'incomplete':
      return { ...base, status: 'supplemented', submittedOn: state.submittedOn, supplementedOn: on };
    case 'supplemented':
      return accepted(state, on, false);
    case 'accepted':
      if (event.type === 'issue') {
        if (procedure !== 'filing') return refuse('a licence is issued only after approval');
        return { ...base, status: 'issued', issuedOn: on, lateDecision: false, lateIssue: false };
      }
      if (procedure === 'filing' || state.decisionDeadline === null)
        return refuse('a filing is recorded, not reviewed');
      return {
        ...base,
        status: 'under-review',
        acceptedOn: state.acceptedOn,
        reviewStartedOn: on,
        decisionDeadline: state.decisionDeadline,
      };
    case 'under-review':
    case 'extended':
      if (event.type === 'extend') {
        if (!canExtend(kind)) return refuse('the law allows no extension for this item');
        if (late(on, state.decisionDeadline))
          return refuse(`the decision period ended on ${state.decisionDeadline}`);
        const extended = decisionDeadline(kind, state.acceptedOn, true) as CivilDate;
        return {
          ...base,
          status: 'extended',
          acceptedOn: state.acceptedOn,
          extendedOn: on,
          decisionDeadline: extended,
        };
      }
      if (event.type === 'reject') {
        const reason = event.reason;
        if (typeof reason?.zh !== 'string' || typeof reason.en !== 'string') {
          throw ValidationError.of(
            'event.reason',
            'must give the reason in zh and en',
            '必须以中英文说明理由',
          );
        }
        return {
          ...base,
          status: 'rejected',
          decidedOn: on,
          lateDecision: late(on, state.decisionDeadline),
          reason,
        };
      }
      return {
        ...base,
        status: 'approved',
        acceptedOn: state.acceptedOn,
        decidedOn: on,
        lateDecision: late(on, state.decisionDeadline),
        issueDeadline: issueDeadline(on),
      };
    case 'approved':
      return {
        ...base,
        status: 'issued',
        issuedOn: on,
        lateDecision: state.lateDecision,
        lateIssue: late(on, state.issueDeadline),
      };
    default:
      return refuse('terminal state');
  }
}

/**
 * The pure transition function: the state after `event`. Never mutates `state`. An event the
 * state does not accept does not type-check and throws InvalidTransitionError at run time; so do
 * an event on a day off or before the state's last date, an incompleteness notice after the
 * 5-working-day limit (the application is then deemed accepted, 行政许可法 第三十二条), an extension
 * the law does not allow, and the review of a filing. A late decision or issuance is a business
 * outcome, recorded as `lateDecision`/`lateIssue`.
 * @example
 * const s = transition(draftApplication('works'), { type: 'submit', on: '2024-09-30' });
 * s.noticeDeadline; // '2024-10-12'
 */
export function transition<S extends ApplicationState, E extends EventFor<S['status']>>(
  state: S,
  event: E,
): NextState<S['status'], E['type']> {
  if (typeof state !== 'object' || state === null || !isPermitKind(state.kind)) {
    throw ValidationError.of('state', 'must be an application state', '必须是申请状态');
  }
  const on = checkEvent(state, event as ApplicationEvent);
  return step(state, event as ApplicationEvent, on) as NextState<S['status'], E['type']>;
}

/**
 * `transition` for a state and event whose types are known only at run time (simulations, UIs):
 * same checks, same errors.
 * @example
 * applyEvent(state, { type: 'accept', on: '2024-10-08' });
 */
export function applyEvent(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  return transition(state as never, event as never) as ApplicationState;
}
