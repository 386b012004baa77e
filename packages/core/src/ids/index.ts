// Public surface of core/ids: explicit named re-exports only.
export { imoCheckDigit, isValidImo, validateImo } from './imo';
export type { ResidentIdOptions } from './resident-id';
export {
  isValidResidentId,
  RESIDENT_ID_WEIGHTS,
  residentIdBirthDate,
  residentIdCheckChar,
  validateResidentId,
} from './resident-id';
export type { IdCheck } from './uscc';
export { isValidUscc, USCC_CHARSET, USCC_WEIGHTS, usccCheckChar, validateUscc } from './uscc';
