// Public surface of core/money: explicit named re-exports only.
export type { Weight } from './allocate';
export { allocate } from './allocate';
export type { Decimal } from './decimal';
export { decimal } from './decimal';
export type { DayCountBasis } from './interest';
export { DAY_COUNT_BASES, dailyRateInterest, simpleInterest } from './interest';
export { Money } from './money';
export type { Divisor, Multiplier } from './operands';
export { Rate } from './rate';
export type { RoundingMode } from './rounding';
export { ROUNDING_MODES } from './rounding';
