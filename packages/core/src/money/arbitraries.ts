// fast-check arbitraries of core/money values.
import fc from 'fast-check';
import type { Weight } from './allocate';
import { DAY_COUNT_BASES, type DayCountBasis } from './interest';
import { Money } from './money';
import { Rate } from './rate';
import { ROUNDING_MODES, type RoundingMode } from './rounding';

/** ±1,000,000,000.00 yuan: more than any single case in the engines, far from precision limits. */
const DEFAULT_LIMIT_FEN = 100_000_000_000n;

/**
 * Whole-fen amounts between `min` and `max` fen (inclusive; default ±1,000,000,000.00 yuan).
 * @example
 * fc.assert(fc.property(moneyArb({ min: 0n }), (m) => !m.isNegative()));
 */
export function moneyArb(options: { min?: bigint; max?: bigint } = {}): fc.Arbitrary<Money> {
  const min = options.min ?? -DEFAULT_LIMIT_FEN;
  const max = options.max ?? DEFAULT_LIMIT_FEN;
  return fc.bigInt({ min, max }).map((fen) => Money.fromFen(fen));
}

/**
 * Whole-fen amounts of at least one fen, up to `max` fen (default 1,000,000,000.00 yuan).
 * @example
 * fc.assert(fc.property(positiveMoneyArb(), (m) => m.isPositive()));
 */
export function positiveMoneyArb(options: { max?: bigint } = {}): fc.Arbitrary<Money> {
  return moneyArb({ min: 1n, max: options.max ?? DEFAULT_LIMIT_FEN });
}

/**
 * Amounts with up to `places` decimals (default 6), i.e. not always whole fen: the results of
 * multiplying by rates before a rule rounds them.
 * @example
 * fc.assert(fc.property(preciseMoneyArb(), (m) => m.round().isWholeFen()));
 */
export function preciseMoneyArb(options: { places?: number; maxYuan?: bigint } = {}): fc.Arbitrary<Money> {
  const places = options.places ?? 6;
  const scale = 10n ** BigInt(places);
  const limit = (options.maxYuan ?? 1_000_000_000n) * scale;
  return fc.bigInt({ min: -limit, max: limit }).map((units) => {
    const negative = units < 0n;
    const abs = negative ? -units : units;
    const fraction = places === 0 ? '' : `.${(abs % scale).toString().padStart(places, '0')}`;
    return Money.of(`${negative ? '-' : ''}${abs / scale}${fraction}`);
  });
}

/**
 * Non-negative rates with up to `places` decimals (default 6) and at most `max` (a decimal
 * string, default '1' = 100%).
 * @example
 * fc.assert(fc.property(rateArb({ max: '0.2' }), (r) => !r.isNegative()));
 */
export function rateArb(options: { max?: string; places?: number } = {}): fc.Arbitrary<Rate> {
  const places = options.places ?? 6;
  const scale = 10n ** BigInt(places);
  const maxUnits = BigInt(
    Rate.of(options.max ?? '1')
      .toDecimal()
      .times(scale.toString())
      .floor()
      .toFixed(0),
  );
  return fc
    .bigInt({ min: 0n, max: maxUnits })
    .map((units) =>
      Rate.of(
        places === 0 ? `${units}` : `${units / scale}.${(units % scale).toString().padStart(places, '0')}`,
      ),
    );
}

/**
 * Weights for `allocate`: non-negative, at least one positive, in the three accepted forms
 * (Money, decimal string, bigint), `minLength`..`maxLength` of them (default 1..8).
 * @example
 * fc.assert(fc.property(moneyArb(), allocationWeightsArb(), (a, w) => allocate(a, w).length === w.length));
 */
export function allocationWeightsArb(
  options: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<Weight[]> {
  const one: fc.Arbitrary<Weight> = fc.oneof(
    moneyArb({ min: 0n, max: 1_000_000_000n }),
    fc.bigInt({ min: 0n, max: 1_000_000n }),
    fc
      .bigInt({ min: 0n, max: 1_000_000_000n })
      .map((n) => `${n / 1000n}.${(n % 1000n).toString().padStart(3, '0')}`),
    fc.constant<Weight>(0n),
  );
  return fc
    .array(one, { minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 8 })
    .filter((ws) =>
      ws.some((w) =>
        typeof w === 'bigint' ? w > 0n : typeof w === 'string' ? /[1-9]/.test(w) : w.isPositive(),
      ),
    );
}

/**
 * Any rounding mode.
 * @example
 * fc.assert(fc.property(preciseMoneyArb(), roundingModeArb(), (m, mode) => m.round(mode).isWholeFen()));
 */
export function roundingModeArb(): fc.Arbitrary<RoundingMode> {
  return fc.constantFrom(...ROUNDING_MODES);
}

/**
 * Any day-count basis.
 * @example
 * fc.sample(dayCountBasisArb(), 1) // ['actual/365'] or ['actual/360']
 */
export function dayCountBasisArb(): fc.Arbitrary<DayCountBasis> {
  return fc.constantFrom(...DAY_COUNT_BASES);
}
