// @gd-ftz/core/testing: the test kit of the engines (fast-check and vitest are peer dependencies).
// Import it only from tests.
export type {
  MachineCommandsOptions,
  MachineModel,
  MachineReal,
  PayloadArbs,
} from './machine-commands';
export { machineCommands, machineModelRun, machineProperty } from './machine-commands';
