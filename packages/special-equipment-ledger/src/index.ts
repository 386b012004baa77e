// Public surface of @gd-ftz/special-equipment-ledger: named re-exports only.

export { measure } from './measure';
export type { SpecialEquipmentLedgerParams } from './params';
export { PARAMS } from './params';
