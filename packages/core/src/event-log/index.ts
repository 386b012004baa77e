// Public surface of core/event-log: explicit named re-exports only.
export type { LogAttributeType, LogWriteOptions } from './attributes';
export { createEventLog, DEFAULT_MAX_CASES } from './builder';
export { csvField, EVENT_CSV_COLUMNS, eventCsvChunks, toEventCsv } from './csv';
export type { DfgActivity, DfgEdge, DirectlyFollowsGraph, DurationStats } from './dfg';
export { compareDirectlyFollows, directlyFollowsGraph, durationIn, durationStats } from './dfg';
export { CASE_QUALIFIER, OCEL_STATIC_TIME, ocelJsonChunks, toOcelJson } from './ocel';
export { BEIJING_OFFSET, isoBeijing, logMillis, MS_PER_DAY, simLogTime } from './time';
export type {
  CaseDetails,
  CaseRecorder,
  EventDetails,
  EventLog,
  EventLogOptions,
  EventLogSummary,
  LogActivity,
  LogAttributes,
  LogAttributeValue,
  LogCase,
  LogEvent,
  LogObjectRef,
  LogTimeInput,
} from './types';
export { toXes, XES_NAMESPACE, xesChunks, xmlEscape } from './xes';
