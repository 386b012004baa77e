// Public surface of core/params: explicit named re-exports only.
export type {
  DatedParameter,
  EntryInForce,
  ParameterDefinition,
  ParameterEntry,
  ParameterKind,
  ParameterRange,
} from './dated-parameter';
export { defineParameter } from './dated-parameter';
export { entryAt, integerAt, isParameterInForce, legalBasisAt, valueAt } from './lookup';
