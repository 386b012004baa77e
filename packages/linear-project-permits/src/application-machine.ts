// One permit application as a pure state machine (core's defineMachine, table in
// application-table.ts): drafted → submitted → (incomplete notice → supplemented →) accepted →
// under review → (extended →) approved | rejected; approved → issued. A caller holds one
// `ApplicationState` value; the typed `transition` makes illegal events fail to compile, and the
// machine refuses them at run time.
import { type CivilDate, parse, ValidationError } from '@gd-ftz/core';
import type {
  ApplicationEvent,
  ApplicationState,
  ApplicationStatus,
  DraftedState,
  EventFor,
  IssuedState,
  NextState,
  RejectedState,
  TransitionTable,
} from './application-states';
import { applicationMachine } from './application-table';
import { isPermitKind, type PermitKind, permitKindSchema, specOf } from './permits';

/**
 * The event types each status accepts, as a type-checked constant (mirrors {@link TransitionTable}).
 * @example
 * ALLOWED_EVENTS.drafted // ['submit']
 */
export const ALLOWED_EVENTS: { readonly [S in ApplicationStatus]: readonly (keyof TransitionTable[S])[] } = {
  drafted: ['submit'],
  submitted: ['notify-incomplete', 'notice-period-lapses', 'accept'],
  incomplete: ['supplement'],
  supplemented: ['accept'],
  accepted: ['start-review', 'issue'],
  'under-review': ['suspend-clock', 'extend', 'approve', 'reject'],
  extended: ['approve', 'reject'],
  approved: ['issue'],
  rejected: [],
  issued: [],
};

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

function checkState(state: unknown): asserts state is ApplicationState {
  const s = state as Partial<ApplicationState> | null;
  if (typeof s !== 'object' || s === null || !isPermitKind(s.kind)) {
    throw ValidationError.of('state', 'must be an application state', '必须是申请状态');
  }
  if (typeof s.status !== 'string' || !Object.hasOwn(ALLOWED_EVENTS, s.status)) {
    throw ValidationError.of('state.status', 'must be an application state', '必须是申请状态');
  }
}

/**
 * Whether the state is final (issued or rejected).
 * @example
 * isTerminal(draftApplication('works')); // false
 */
export function isTerminal(state: ApplicationState): state is RejectedState | IssuedState {
  if (typeof state !== 'object' || state === null || !Object.hasOwn(ALLOWED_EVENTS, state.status)) {
    throw ValidationError.of('state.status', 'must be an application state', '必须是申请状态');
  }
  return applicationMachine.isFinal(state.status);
}

/**
 * A new application of a kind, in `drafted`.
 * @example
 * draftApplication('works'); // { kind: 'works', procedure: 'licence', status: 'drafted' }
 */
export function draftApplication(kind: PermitKind): DraftedState {
  const k = parse(permitKindSchema, kind, 'kind');
  return { kind: k, procedure: specOf(k).procedure, status: 'drafted' };
}

/**
 * The pure transition function: the state after `event`. Never mutates `state`. An event the
 * state does not accept does not type-check and throws InvalidTransitionError at run time; so do
 * an event on a day off or before the state's last date, an incompleteness notice after the
 * 5-working-day limit (the application is then deemed accepted, 行政许可法 第三十二条), an extension
 * the law does not allow, and the review of a filing. A late decision or issuance is a business
 * outcome, recorded as `lateDecision`/`lateIssue`. For the refusal as a value, use
 * `applicationMachine.transition` on `applicationMachine.restore(…)`.
 * @throws ValidationError naming `state…` or `event.<field>` for malformed input.
 * @example
 * const s = transition(draftApplication('works'), { type: 'submit', at: '2024-09-30' });
 * s.noticeDeadline; // '2024-10-12'
 */
export function transition<S extends ApplicationState, E extends EventFor<S['status']>>(
  state: S,
  event: E,
): NextState<S['status'], E['type']> {
  checkState(state);
  const snapshot = applicationMachine.restore({ state: state.status, context: state, at: lastDate(state) });
  return applicationMachine.apply(snapshot, event as ApplicationEvent).context as NextState<
    S['status'],
    E['type']
  >;
}

/**
 * `transition` for a state and event whose types are known only at run time (simulations, UIs):
 * same checks, same errors.
 * @example
 * applyEvent(state, { type: 'accept', at: '2024-10-08' });
 */
export function applyEvent(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  return transition(state as never, event as never) as ApplicationState;
}
