// The life of one medical case as a pure state machine (core's defineMachine, date-time clock):
// onset → called → advised → decided → treated on board | ashore → in hospital | seen at the clinic.
// A case not in a final state is pending. Every transition cites its basis; a refused event is a
// value, bad input a ValidationError.
import { cited, defineMachine, type MachineSnapshot, type MachineTypes, z } from '@gd-ftz/core';
import { CITES, TRIAGE_RULES, UNGUIDED_RULES } from './law';

/** Every state of a case. */
export type CaseState =
  | 'onset'
  | 'called'
  | 'advised'
  | 'decided'
  | 'ashore'
  | 'treated-on-board'
  | 'in-hospital'
  | 'seen-at-clinic';

/** What can happen to a case; `at` is `YYYY-MM-DDTHH:mm`. */
export type CaseEvent =
  | { readonly type: 'call'; readonly at: string; readonly route: 'line' | 'mrcc' | 'agent' }
  | { readonly type: 'advise'; readonly at: string; readonly remote: boolean }
  | {
      readonly type: 'decide';
      readonly at: string;
      readonly disposition: 'treat-on-board' | 'evacuate' | 'land-at-next-berth';
    }
  | { readonly type: 'treat-on-board'; readonly at: string }
  | { readonly type: 'land'; readonly at: string }
  | { readonly type: 'admit'; readonly at: string }
  | { readonly type: 'see-clinic'; readonly at: string };

/** What a case carries besides its state. */
export interface CaseContext {
  readonly caseId: string;
}

/** The immutable state of one case: a snapshot of {@link caseMachine}. */
export type CaseProcess = MachineSnapshot<CaseState, CaseContext, CaseEvent>;

/**
 * The case process as a table. In the baseline a master without a doctor may decide before any
 * medical advice (the clinic answers later), so `advise` is also allowed after the decision.
 * @example
 * const p = caseMachine.start({ caseId: 'M1' }, '2024-09-27T18:00');
 * caseMachine.transition(p, { type: 'call', at: '2024-09-27T18:03', route: 'line' }).ok // true
 */
export const caseMachine = defineMachine({
  id: 'crew-medical-line.case',
  initial: 'onset',
  clock: 'date-time',
  types: {} as MachineTypes<CaseContext, CaseEvent>,
  context: z.object({ caseId: z.string().trim().min(1) }),
  states: {
    onset: { label: { zh: '发病或受伤', en: 'Onset' } },
    called: { label: { zh: '已求助', en: 'Help called' } },
    advised: { label: { zh: '已获医疗意见', en: 'Advised' } },
    decided: { label: { zh: '已决定处置', en: 'Decided' } },
    ashore: { label: { zh: '已上岸', en: 'Ashore' } },
    'treated-on-board': { label: { zh: '在船处置', en: 'Treated on board' }, final: true },
    'in-hospital': { label: { zh: '已送医院', en: 'In hospital' }, final: true },
    'seen-at-clinic': { label: { zh: '门诊就诊', en: 'Seen at the clinic' }, final: true },
  },
  events: {
    call: {
      from: ['onset'],
      to: 'called',
      label: { zh: '求助电话接通', en: 'Call through' },
      basis: cited(CITES.distressReport, CITES.nanshaLine),
      payload: z.object({ route: z.enum(['line', 'mrcc', 'agent']) }),
    },
    advise: {
      from: ['called', 'decided'],
      to: 'advised',
      label: { zh: '医疗意见', en: 'Medical advice' },
      basis: cited(CITES.mlcRadioAdvice, CITES.employerTreats),
      payload: z.object({ remote: z.boolean() }),
    },
    decide: {
      from: ['called', 'advised'],
      to: 'decided',
      label: { zh: '处置决定', en: 'Decide' },
      basis: TRIAGE_RULES,
      payload: z.object({ disposition: z.enum(['treat-on-board', 'evacuate', 'land-at-next-berth']) }),
    },
    'treat-on-board': {
      from: ['decided', 'advised'],
      to: 'treated-on-board',
      label: { zh: '在船处置', en: 'Treat on board' },
      basis: TRIAGE_RULES,
    },
    land: {
      from: ['decided', 'advised'],
      to: 'ashore',
      label: { zh: '病员上岸', en: 'Land the patient' },
      basis: cited(CITES.fiveMinistry, CITES.rescueCoordination),
    },
    admit: {
      from: ['ashore'],
      to: 'in-hospital',
      label: { zh: '送达医院', en: 'Admit to hospital' },
      basis: cited(CITES.medicalAid, CITES.lifeFirst),
    },
    'see-clinic': {
      from: ['ashore'],
      to: 'seen-at-clinic',
      label: { zh: '门诊就诊', en: 'See the clinic' },
      basis: UNGUIDED_RULES,
    },
  },
});
