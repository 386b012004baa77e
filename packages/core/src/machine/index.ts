// Public surface of core/machine: explicit named re-exports only.
export { defineMachine } from './define-machine';
export { machineDiagram, machineTrace } from './trace';
export type {
  Blocked,
  EventPayload,
  EventSpec,
  Guard,
  Machine,
  MachineClock,
  MachineDefinition,
  MachineEvent,
  MachineSnapshot,
  MachineStep,
  MachineTable,
  MachineTypes,
  MachineView,
  RefusalCode,
  StateSpec,
  TransitionRefusal,
  TransitionResult,
} from './types';
