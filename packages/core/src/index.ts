// The public surface of @gd-ftz/core: named re-exports only, grouped by module.

// Modules, each with its own explicit named barrel.
export * from './audit/index';
export * from './calendar/index';
export { MEASURES, measureInfo } from './catalog';
export type { Citation, LegalBasis } from './citation';
export { assumption, citationsOf, citationText, cited, formatCitation, isLocalized } from './citation';
export { describeValue } from './describe-value';
export type { ErrorCode, Localized, ValidationIssue } from './errors';
export {
  CalendarRangeError,
  CodegenError,
  ConfigurationError,
  ERROR_CODES,
  GdFtzError,
  InvalidTransitionError,
  ParameterNotInForceError,
  ShardFailedError,
  UnknownFactError,
  ValidationError,
} from './errors';
export * from './event-log/index';
export * from './ids/index';
export type { KpiInput } from './kpi';
export { KPI_CATEGORIES, KPI_ORIGINS, kpi, sensitivityOf } from './kpi';
export type { StatInput, StatOptions } from './kpi-stats';
export {
  countStat,
  formatStat,
  histogramQuantileStat,
  maxStat,
  meanStat,
  medianStat,
  moneyStat,
  percentStat,
  quantileStat,
  ratioStat,
} from './kpi-stats';
export * from './machine/index';
export type {
  Measure,
  MeasureDefinition,
  MeasureInfo,
  MeasureResults,
  ReplicationScope,
  SimulateOptions,
} from './measure';
export { createRegistry, defineMeasure, REPLICATION_SCOPES, validateMeasureInfo } from './measure';
export * from './money/index';
export { optionsObject, progressCallback } from './options-object';
export * from './params/index';
export type {
  ParamSpec,
  ParamsOf,
  ParamsRefine,
  ParamsSchema,
  ParamValue,
  ParamValueOf,
} from './params-schema';
export { defaultParams, defineParams, parseParams, parseParamText, refineIssues } from './params-schema';
export * from './random/index';
export type { ReplicatedKpi, ReplicatedValue } from './replications';
export { replicatedKpis, replicationSeed, summarizeReplications } from './replications';
export type {
  Better,
  Interval,
  Kpi,
  KpiCategory,
  KpiOrigin,
  KpiSensitivity,
  KpiSensitivityEnd,
  RuleCoverageEntry,
  SampleCase,
  ScenarioReport,
  Series,
  SeriesLine,
  TimelineBar,
  Variant,
} from './report';
export { UNITS } from './report';
export type { KpiChange } from './report-format';
export { kpiChange, kpisToCsv, seriesToCsv } from './report-format';
export type { Err, Ok, Result } from './result';
export * from './rules/index';
export * from './shard/index';
export * from './sim/index';
export type { KpiTornado, TornadoEnd, TornadoParam, TornadoRow, TornadoSubject } from './tornado';
export { tornadoFromReports, tornadoOf, tornadoParams } from './tornado';
export type { JsonValue, Trace, TraceStep } from './trace';
export { issuesFromZod, parse, z } from './validation';
