// The life of one appointment as a pure state machine (core's defineMachine): signed on → recorded
// (port report, online filing or counter) → at sea → signed off; refused before sailing when the
// check finds the seafarer not competent, removed at sea when an on-site check does. Every
// transition cites its basis; a refused event is a value, bad input a ValidationError.
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
import { CITES } from './law';

/** Every state of an appointment. */
export type AppointmentState =
  | 'signed-on'
  | 'recorded'
  | 'at-sea-unrecorded'
  | 'at-sea'
  | 'refused'
  | 'removed'
  | 'signed-off';

/** How a record was made. */
export type RecordChannel = 'counter' | 'port-report' | 'online' | 'office-fallback';

/** What can happen to an appointment; `at` is the civil date it happens. */
export type AppointmentEvent =
  | { readonly type: 'record'; readonly at: CivilDate; readonly channel: RecordChannel }
  | { readonly type: 'refuse'; readonly at: CivilDate }
  | { readonly type: 'sail'; readonly at: CivilDate }
  | { readonly type: 'sail-unrecorded'; readonly at: CivilDate }
  | { readonly type: 'record-late'; readonly at: CivilDate; readonly channel: RecordChannel }
  | { readonly type: 'remove'; readonly at: CivilDate }
  | { readonly type: 'sign-off'; readonly at: CivilDate };

/** What an appointment carries besides its state. */
export interface AppointmentContext {
  readonly appointmentId: string;
  readonly shipId: string;
}

/** The immutable state of one appointment: a snapshot of {@link appointmentMachine}. */
export type AppointmentProcess = MachineSnapshot<AppointmentState, AppointmentContext, AppointmentEvent>;

const channel = z.object({ channel: z.enum(['counter', 'port-report', 'online', 'office-fallback']) });
const ON_BOARD = ['signed-on', 'recorded', 'at-sea-unrecorded', 'at-sea'] as const;

/**
 * The appointment process as a table: states, events and the legal basis of each transition.
 * @example
 * appointmentMachine.table.states['signed-on'].events // ['record', 'refuse', 'sail-unrecorded', 'sign-off']
 */
export const appointmentMachine = defineMachine({
  id: 'crew-appointment.appointment',
  initial: 'signed-on',
  types: {} as MachineTypes<AppointmentContext, AppointmentEvent>,
  states: {
    'signed-on': { label: { zh: '已上船', en: 'Signed on' } },
    recorded: { label: { zh: '已登记任职', en: 'Recorded' } },
    'at-sea-unrecorded': { label: { zh: '已开航（未登记）', en: 'At sea, not recorded' } },
    'at-sea': { label: { zh: '已开航', en: 'At sea' } },
    refused: { label: { zh: '开航前发现不适任', en: 'Refused before sailing' }, final: true },
    removed: { label: { zh: '现场核查发现不适任', en: 'Removed after an on-site check' }, final: true },
    'signed-off': { label: { zh: '已解职', en: 'Signed off' }, final: true },
  },
  events: {
    record: {
      from: ['signed-on'],
      to: 'recorded',
      label: { zh: '任职登记', en: 'Record the appointment' },
      basis: cited(CITES.noInPerson, CITES.portReport),
      payload: channel,
    },
    refuse: {
      from: ['signed-on', 'recorded'],
      to: 'refused',
      label: { zh: '不适任，不得任职', en: 'Refuse: not competent' },
      basis: cited(CITES.competence, CITES.masterConfirms),
    },
    sail: {
      from: ['recorded'],
      to: 'at-sea',
      label: { zh: '开航', en: 'Sail' },
      basis: cited(CITES.masterConfirms),
    },
    'sail-unrecorded': {
      from: ['signed-on'],
      to: 'at-sea-unrecorded',
      label: { zh: '未登记即开航', en: 'Sail before the record' },
      basis: cited(CITES.masterConfirms),
    },
    'record-late': {
      from: ['at-sea-unrecorded'],
      to: 'at-sea',
      label: { zh: '开航后登记', en: 'Record after sailing' },
      basis: cited(CITES.noInPerson, CITES.serviceBook),
      payload: channel,
    },
    remove: {
      from: ['at-sea-unrecorded', 'at-sea'],
      to: 'removed',
      label: { zh: '现场核查责令离船', en: 'Remove after an on-site check' },
      basis: cited(CITES.competence, CITES.safeManning),
    },
    'sign-off': {
      from: [...ON_BOARD],
      to: 'signed-off',
      label: { zh: '解职', en: 'Sign off' },
      basis: cited(CITES.serviceBook),
    },
  },
});

/**
 * Starts an appointment on the day the seafarer signs on.
 * @throws ValidationError naming `appointmentId`, `shipId` or `at`.
 * @example
 * startAppointment('C000001', 'IMO 9074729', '2024-03-01').state // 'signed-on'
 */
export function startAppointment(appointmentId: string, shipId: string, at: string): AppointmentProcess {
  if (typeof appointmentId !== 'string' || appointmentId.trim() === '') {
    throw ValidationError.of('appointmentId', 'must be a non-empty string', '必须是非空字符串');
  }
  if (typeof shipId !== 'string' || shipId.trim() === '') {
    throw ValidationError.of('shipId', 'must be a non-empty string', '必须是非空字符串');
  }
  if (!isCivilDate(at))
    throw ValidationError.of('at', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  return appointmentMachine.start({ appointmentId, shipId }, at);
}

/**
 * The pure transition: the next snapshot, or `{ ok: false, error }` when the event is not allowed
 * now (wrong state, final state, time running backwards — so no sign-off before the sign-on).
 * Never mutates `process`.
 * @throws ValidationError naming `snapshot…` or `event.<field>` when they are not a process or an event.
 * @example
 * tryTransition(startAppointment('C1', 'S1', '2024-03-01'), { type: 'sail-unrecorded', at: civilDate('2024-03-02') }).ok // true
 */
export function tryTransition(
  process: AppointmentProcess,
  event: AppointmentEvent,
): TransitionResult<AppointmentState, AppointmentContext, AppointmentEvent, never> {
  return appointmentMachine.transition(process, event);
}
