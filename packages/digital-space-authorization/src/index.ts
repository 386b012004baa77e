// Public surface of @gd-ftz/digital-space-authorization: named re-exports only. The measure, the domain functions a
// developer calls case by case, the law, and the types; simulation and report internals stay inside.
export { decisionDeadline } from './deadline';
export { CITES, DECISION_WORKING_DAYS, PROMISED_WORKING_DAYS, SUPPLEMENT_ROUND } from './law';
export { measure } from './measure';
export type { Application, Handling } from './model';
export type { DigitalSpaceAuthorizationParams } from './params';
export type {
  ApplicationContext,
  ApplicationEvent,
  ApplicationProcess,
  ApplicationState,
} from './process';
export { applicationMachine } from './process';
