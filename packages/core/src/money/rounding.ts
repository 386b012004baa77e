import Decimal from 'decimal.js';
import { ValidationError } from '../errors';

/**
 * How an amount is rounded to the fen (分). `half-up` is 四舍五入: ties go away from zero, so
 * 2.345 → 2.35 and -2.345 → -2.35. The others exist because some rules say otherwise:
 * - `half-even`: ties go to the even fen (banker's rounding), 2.345 → 2.34, 2.355 → 2.36;
 * - `down`: toward zero (truncate), `up`: away from zero;
 * - `floor`: toward −∞, `ceil`: toward +∞.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up' | 'ceil' | 'floor';

/**
 * Every rounding mode, for schemas and arbitraries.
 * @example
 * ROUNDING_MODES.includes('half-up') // true
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  'half-up',
  'half-even',
  'down',
  'up',
  'ceil',
  'floor',
]);

const TO_DECIMAL_JS: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * The decimal.js rounding constant of a mode; throws a ValidationError naming `path` for anything
 * that is not a {@link RoundingMode}.
 * @example
 * decimalJsRounding('half-even', 'mode') // Decimal.ROUND_HALF_EVEN
 */
export function decimalJsRounding(mode: unknown, path: string): Decimal.Rounding {
  if (typeof mode === 'string' && Object.hasOwn(TO_DECIMAL_JS, mode)) {
    return TO_DECIMAL_JS[mode as RoundingMode];
  }
  throw ValidationError.of(
    path,
    `must be one of ${ROUNDING_MODES.join(', ')}`,
    `必须是 ${ROUNDING_MODES.join('、')} 之一`,
  );
}
