// Public surface of @gd-ftz/cbec-return-warehouse: named re-exports only. The measure, the domain
// functions a developer calls case by case (tax, return window, settlement, sorting), the law, the
// return process, the types, and the two entry points a zone-sized run or a bench needs
// (population and run); report internals stay inside.
export {
  ANNUAL_LIMIT,
  CITES,
  MIN_SHELF_LIFE_DAYS,
  ONE_ITEM_FULL_RATE,
  REDUCED_TAX_SHARE,
  RETURN_APPLICATION_DAYS,
  RETURN_ARRIVAL_DAYS,
  SINGLE_TRANSACTION_LIMIT,
  TAX_REMITTANCE_DAY,
} from './law';
export { measure } from './measure';
export type {
  CbecTax,
  DeclaredLine,
  LineTax,
  OrderInput,
  OrderLineInput,
  ReceivedReturn,
  ReturnEvent,
  ReturnSettlement,
  ReturnWindow,
  Route,
  SortOutcome,
} from './model';
export type { CbecReturnWarehouseParams } from './params';
export { PARAMS } from './params';
export { populationLines } from './population';
export type { ReturnContext, ReturnProcess, ReturnProcessEvent, ReturnState } from './process';
export { returnMachine, startReturn } from './process';
export { settleReturn } from './settle';
export type { ReturnFlow, RunHooks, VariantStats, ZoneYear } from './simulate';
export { runZoneYear } from './simulate';
export { sortReturn } from './sort';
export { cbecImportTax } from './tax';
export { returnWindow } from './window';
