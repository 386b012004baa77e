// The life of one application as a pure state machine (core's defineMachine): received →
// supplement-requested → received (one round) → accepted → approved | refused. Every transition
// cites its legal basis; a refused event is a value, bad input a ValidationError. Callers use the
// machine itself: `applicationMachine.start(context, at)` checks the context against its schema and
// `at` against the clock, `applicationMachine.transition(process, event)` the event; no wrappers.
import {
  type CivilDate,
  cited,
  defineMachine,
  type MachineSnapshot,
  type MachineTypes,
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
 * `start` names a bad context field (`context.applicationId`) or `at`; `transition` returns the
 * next snapshot or a refusal value (wrong state, final state, time running backwards).
 * @example
 * applicationMachine.table.states.received.events // ['request-supplement', 'accept']
 * const p = applicationMachine.start({ applicationId: 'A1' }, '2024-03-01'); // p.state === 'received'
 * applicationMachine.transition(p, { type: 'accept', at: civilDate('2024-03-01') }).ok // true
 */
export const applicationMachine = defineMachine({
  id: 'digital-space-authorization.process',
  initial: 'received',
  types: {} as MachineTypes<ApplicationContext, ApplicationEvent>,
  context: z.object({ applicationId: z.string().trim().min(1) }),
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
