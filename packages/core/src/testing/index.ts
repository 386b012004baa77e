// @gd-ftz/core/testing: the test kit of the engines (vitest and fast-check are peer dependencies).
// Import it only from tests: it registers vitest tests and reads and writes golden files (Node).

export type { BadParams } from './bad-params';
export { badParamsOf, deepFreeze, UNKNOWN_PARAM } from './bad-params';
export type { MeasureContractOptions } from './contract';
export { describeMeasureContract } from './contract';
export type { EventLogContractOptions, EventLogContractResult } from './event-log-contract';
export { eventLogContractFindings } from './event-log-contract';
export type { GoldenEntry, GoldenFile } from './golden';
export { goldenEntry, goldenPath, readGolden, reportDigest, writeGolden } from './golden';
export { kpiOf } from './kpi-of';
export type {
  MachineCommandsOptions,
  MachineModel,
  MachineReal,
  PayloadArbs,
} from './machine-commands';
export { machineCommands, machineModelRun, machineProperty } from './machine-commands';
export { identityProblems, kpiProblems, traceProblems } from './report-checks';
export type { ShardInvarianceOptions } from './shard-invariance';
export { describeShardInvariance } from './shard-invariance';
export { validationErrorOf } from './validation-error-of';
