// The life of one application as a pure state machine (core's defineMachine): received →
// supplement-requested → received (one round) → accepted → approved | refused. Every transition
// cites its legal basis; a refused event is a value, bad input a ValidationError.
import {
  type CivilDate,
  cited,
  defineMachine,
  isCivilDate,
  type MachineSnapshot,
  type MachineTypes,
  type TransitionResult,
  ValidationError,
  z,
} from '@gd-ftz/core';
import { CITES, SUPPLEMENT_ROUND } from './law';

/** Every state of an application. */
export type ApplicationState = 'received' | 'supplement-requested' | 'accepted' | 'approved' | 'refused';

/** What can happen to an application; `at` is the civil date it happens. */
export type ApplicationEvent =
  | { readonly type: 'request-supplement'; readonly at: CivilDate }
  | { readonly type: 'supplement'; readonly at: CivilDate }
  | { readonly type: 'accept'; readonly at: CivilDate }
  | { readonly type: 'approve'; readonly at: CivilDate }
  | { readonly type: 'refuse'; readonly at: CivilDate; readonly reason: string };

/** What an application carries besides its state. */
export interface ApplicationContext {
  readonly applicationId: string;
}

/** The immutable state of one application: a snapshot of {@link applicationMachine}. */
export type ApplicationProcess = MachineSnapshot<ApplicationState, ApplicationContext, ApplicationEvent>;

/**
 * The application process as a table: states, events and the legal basis of each transition.
 * @example
 * applicationMachine.table.states.received.events // ['request-supplement', 'accept']
 */
export const applicationMachine = defineMachine({
  id: 'rental-invoice-delegation.process',
  initial: 'received',
  types: {} as MachineTypes<ApplicationContext, ApplicationEvent>,
  states: {
    received: { label: { zh: '已收件', en: 'Received' } },
    'supplement-requested': { label: { zh: '一次告知补正', en: 'Supplement requested' } },
    accepted: { label: { zh: '已受理', en: 'Accepted' } },
    approved: { label: { zh: '准予许可', en: 'Approved' }, final: true },
    refused: { label: { zh: '不予许可', en: 'Refused' }, final: true },
  },
  events: {
    'request-supplement': {
      from: ['received'],
      to: 'supplement-requested',
      label: { zh: '一次告知补正', en: 'Request a supplement' },
      basis: cited(CITES.incompleteness),
    },
    supplement: {
      from: ['supplement-requested'],
      to: 'received',
      label: { zh: '补正材料', en: 'Supplement the file' },
      basis: SUPPLEMENT_ROUND,
    },
    accept: {
      from: ['received'],
      to: 'accepted',
      label: { zh: '受理', en: 'Accept' },
      basis: cited(CITES.incompleteness, CITES.decisionPeriod),
    },
    approve: {
      from: ['accepted'],
      to: 'approved',
      label: { zh: '准予许可', en: 'Approve' },
      basis: cited(CITES.decisionPeriod),
    },
    refuse: {
      from: ['accepted'],
      to: 'refused',
      label: { zh: '不予许可', en: 'Refuse' },
      basis: cited(CITES.decisionPeriod),
      payload: z.object({ reason: z.string().min(1) }),
    },
  },
});

/**
 * Starts the process of an application on the day it is received.
 * @throws ValidationError naming `applicationId` or `at`.
 * @example
 * startApplication('A000001', '2024-03-01').state // 'received'
 */
export function startApplication(applicationId: string, at: string): ApplicationProcess {
  if (typeof applicationId !== 'string' || applicationId.trim() === '') {
    throw ValidationError.of('applicationId', 'must be a non-empty string', '必须是非空字符串');
  }
  if (!isCivilDate(at))
    throw ValidationError.of('at', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  return applicationMachine.start({ applicationId }, at);
}

/**
 * The pure transition: the next snapshot, or `{ ok: false, error }` when the event is not allowed
 * now (wrong state, final state, time running backwards). Never mutates `process`.
 * @throws ValidationError naming `snapshot…` or `event.<field>` when they are not a process or an event.
 * @example
 * tryTransition(startApplication('A1', '2024-03-01'), { type: 'accept', at: '2024-03-01' }).ok // true
 */
export function tryTransition(
  process: ApplicationProcess,
  event: ApplicationEvent,
): TransitionResult<ApplicationState, ApplicationContext, ApplicationEvent, never> {
  return applicationMachine.transition(process, event);
}
