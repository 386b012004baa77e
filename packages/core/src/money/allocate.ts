import { ValidationError } from '../errors';
import { Dec, type Decimal, decimalFromString } from './decimal';
import { Money } from './money';

/** A weight of {@link allocate}: an amount, a decimal string or an integer; never negative. */
export type Weight = Money | string | bigint;

function weightOf(w: unknown, path: string): Decimal {
  let d: Decimal;
  if (w instanceof Money) d = w.toDecimal();
  else if (typeof w === 'bigint') d = new Dec(w.toString());
  else if (typeof w === 'string') d = decimalFromString(w, path);
  else {
    throw ValidationError.of(
      path,
      'must be a Money, a decimal string or a bigint',
      '必须是 Money、十进制字符串或 bigint',
    );
  }
  if (d.isNegative() && !d.isZero()) throw ValidationError.of(path, 'must not be negative', '不得为负数');
  return d;
}

/**
 * Splits `amount` over parts in proportion to `weights`, to the fen, without losing or inventing
 * a fen: each part is its exact pro-rata share rounded down to the fen (toward zero), and the fen
 * left over go one each to the parts with the largest remainders, the earlier part first on a
 * tie (largest-remainder method). The parts always sum exactly to `amount`, each differs from its
 * exact share by less than one fen, a zero weight always gets zero, and a negative amount is split
 * as the mirror image of its absolute value.
 *
 * Used for 配比抵扣: a refund offset against a tax debt and its late fee in proportion
 * (国税发〔2002〕150号, as quoted by the State Taxation Administration's Q&A of 2025-10-31).
 *
 * Throws a ValidationError if `amount` is not a whole number of fen (round it first), if
 * `weights` is empty, holds a negative or malformed weight, or sums to zero.
 * @example
 * // 3,000,000.00 offset against tax 4,000,000 and late fee 200,000:
 * allocate(Money.of('3000000'), [Money.of('4000000'), Money.of('200000')]).map(String)
 * // ['2857142.86', '142857.14']
 */
export function allocate(amount: Money, weights: readonly Weight[]): Money[] {
  if (!(amount instanceof Money)) throw ValidationError.of('amount', 'must be a Money', '必须是 Money 金额');
  if (!amount.isWholeFen()) {
    throw ValidationError.of(
      'amount',
      'must be a whole number of fen; round() it first',
      '必须是整分金额，请先 round()',
    );
  }
  if (!Array.isArray(weights) || weights.length === 0) {
    throw ValidationError.of('weights', 'must be a non-empty array', '必须是非空数组');
  }
  const decimals = weights.map((w, i) => weightOf(w, `weights.${i}`));
  // Scale every weight to an integer, so that the whole split is exact bigint arithmetic.
  const places = Math.max(...decimals.map((d) => d.decimalPlaces()));
  const scale = new Dec(10).pow(places);
  const scaled = decimals.map((d) => BigInt(d.times(scale).toFixed(0)));
  const total = scaled.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw ValidationError.of('weights', 'must not all be zero', '不得全部为零');

  const fen = amount.toFen();
  const magnitude = fen < 0n ? -fen : fen;
  const floors = scaled.map((w) => (magnitude * w) / total);
  const remainders = scaled.map((w) => (magnitude * w) % total);
  let leftover = magnitude - floors.reduce((a, b) => a + b, 0n);
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (leftover === 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    leftover -= 1n;
  }
  return floors.map((f) => Money.fromFen(fen < 0n ? -f : f));
}
