// Public surface of @gd-ftz/special-equipment-ledger: named re-exports only. The measure, the
// domain functions, the law of this measure, the types, and the two entry points a province-sized
// run or a bench needs (population and one year); report internals stay inside.
export { hazardRecheckDeadline, inspectionRequestDeadline, registrationDeadline } from './deadlines';
export { nextInspectionDue } from './inspection-due';
export { INTERVALS } from './intervals';
export { CITES, ORDER_74_FROM_DATES, SELF_CHECK_INTERVAL_DAYS } from './law';
export type { LedgerVerification } from './ledger';
export { applyLedgerEvent, createLedger, replayLedger, verifyLedger } from './ledger';
export { measure } from './measure';
export type {
  EquipmentCategory,
  EquipmentKind,
  EquipmentUnit,
  GasClass,
  Hazard,
  HazardFinder,
  HazardSeverity,
  HazardState,
  InspectionInput,
  InspectionKind,
  Ledger,
  LedgerEvent,
  LedgerEventData,
  SafetyGrade,
  UnitStatus,
} from './model';
export { EQUIPMENT_KINDS, INSPECTION_KINDS } from './model';
export type { SpecialEquipmentLedgerParams } from './params';
export { PARAMS } from './params';
export type { Population } from './population';
export type { Pair } from './simulate';
export { populationOf, runPair } from './simulate';
export type { YearStats } from './year';
