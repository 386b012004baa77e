// Public surface of core/sim: explicit named re-exports only.
export type { ErlangC } from './erlang-c';
export { erlangC } from './erlang-c';
export { EventQueue } from './event-queue';
export { Fifo } from './fifo';
export type { HoursClock, OpeningHours, OpeningPeriod } from './opening-hours';
export { alwaysOpen, workingDayHours } from './opening-hours';
export type { ReplicationSummary } from './replicate';
export { replicate, studentT975, summarize } from './replicate';
// Type only: requests are made by Resource.request/serve; the class is plumbing, not for callers to construct.
export type { RequestState, ResourceRequest } from './request';
export { createResource, Resource } from './resource';
export type { QueueDiscipline, ResourceOptions, ResourceStats } from './resource-types';
export type {
  EventCallback,
  EventHandle,
  RunOptions,
  RunResult,
  SimulationOptions,
  WorkingDayCalendar,
} from './simulation';
export { createSimulation, Simulation } from './simulation';
export type { TallyOptions } from './stats';
export { Counter, Tally, TimeWeighted } from './stats';
export type { StoreOptions } from './store';
export { createStore, Store } from './store';
