// Public surface of @gd-ftz/special-equipment-ledger: named re-exports only.
export { addMonths, addYears } from './dates';
export { hazardRecheckDeadline, inspectionRequestDeadline, registrationDeadline } from './deadlines';
export { nextInspectionDue } from './inspection-due';
export { INTERVALS } from './intervals';
export {
  CITES,
  FINE_83_MAX,
  FINE_83_MIN,
  FINE_84_MAX,
  FINE_84_MIN,
  FINE_86_MAX,
  FINE_86_MIN,
  INSPECTION_REQUEST_MONTHS,
  ORDER_74_FROM_DATES,
  RECHECK_WORKING_DAYS,
  REGISTRATION_DAYS,
  SELF_CHECK_INTERVAL_DAYS,
} from './law';
export type { LedgerVerification } from './ledger';
export { applyLedgerEvent, createLedger, replayLedger, verifyLedger } from './ledger';
export { measure } from './measure';
export type {
  AccidentReported,
  EquipmentCategory,
  EquipmentKind,
  EquipmentUnit,
  GasClass,
  Hazard,
  HazardFinder,
  HazardFixed,
  HazardFound,
  HazardRechecked,
  HazardSeverity,
  HazardState,
  InspectionInput,
  InspectionKind,
  InspectionRequested,
  Ledger,
  LedgerEvent,
  LedgerEventData,
  LedgerEventType,
  SafetyGrade,
  SelfChecked,
  SupervisionVisited,
  UnitCommissioned,
  UnitInspected,
  UnitRegistered,
  UnitScrapped,
  UnitStatus,
} from './model';
export { EQUIPMENT_CATEGORIES, EQUIPMENT_KINDS, GAS_CLASSES, INSPECTION_KINDS } from './model';
export type { SpecialEquipmentLedgerParams } from './params';
export { PARAMS } from './params';
export type { Population } from './population';
export type { Pair, SchedulerKind } from './simulate';
export { populationOf, runPair } from './simulate';
export type { YearStats } from './year';
