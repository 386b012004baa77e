import { ValidationError } from '../errors';
import { Dec, type Decimal, decimalFromDecimal, decimalFromString, isFiniteDecimal } from './decimal';
import { Rate } from './rate';

/** What an amount can be multiplied by: a rate, an exact decimal, a decimal string or an integer. */
export type Multiplier = Rate | Decimal | string | bigint;
/** What an amount can be divided by: as {@link Multiplier}, or a safe-integer JS number (e.g. 12). */
export type Divisor = Multiplier | number;

/** The exact factor of a {@link Multiplier}, or a ValidationError naming `path`. */
export function factorOf(by: unknown, path: string): Decimal {
  if (by instanceof Rate) return by.toDecimal();
  if (typeof by === 'bigint') return new Dec(by.toString());
  if (typeof by === 'string') return decimalFromString(by, path);
  if (isFiniteDecimal(by)) return decimalFromDecimal(by, path);
  throw ValidationError.of(
    path,
    'must be a Rate, a Decimal, a decimal string or a bigint (never a JS number)',
    '必须是 Rate、Decimal、十进制字符串或 bigint（不接受 JS 数字）',
  );
}

/** The exact, non-zero divisor of a {@link Divisor}, or a ValidationError naming `path`. */
export function divisorOf(by: unknown, path: string): Decimal {
  let d: Decimal;
  if (typeof by === 'number') {
    if (!Number.isSafeInteger(by)) {
      throw ValidationError.of(
        path,
        'a JS number divisor must be a safe integer; pass a decimal string for fractions',
        'JS 数字除数必须是安全整数；小数请用十进制字符串',
      );
    }
    d = new Dec(by);
  } else {
    d = factorOf(by, path);
  }
  if (d.isZero()) throw ValidationError.of(path, 'must not be zero', '不得为零');
  return d;
}
