// The tax regime in force on a day: the limits, the 70% share, the tariff within the limits and
// the one-item rule, looked up once per span between the dates any of them changes (the lookups
// are dated, so a span is exact), so that a million lines do not repeat them.
import { type CivilDate, integerAt, type LegalBasis, legalBasisAt, valueAt } from '@gd-ftz/core';
import { type Frac, fracOfDecimal } from './fen';
import {
  ANNUAL_LIMIT,
  ONE_ITEM_FULL_RATE,
  REDUCED_TAX_SHARE,
  SINGLE_TRANSACTION_LIMIT,
  TARIFF_RATE_WITHIN_LIMITS,
} from './law';

/** The tax rules of one span of days; amounts in fen. */
export interface Regime {
  readonly from: string;
  readonly singleFen: bigint;
  readonly annualFen: bigint;
  readonly share: Frac;
  readonly tariffWithin: Frac;
  readonly oneItemFullRate: boolean;
  readonly limitsBasis: LegalBasis;
  readonly oneItemBasis: LegalBasis;
}

const PARAMS = [
  SINGLE_TRANSACTION_LIMIT,
  ANNUAL_LIMIT,
  REDUCED_TAX_SHARE,
  TARIFF_RATE_WITHIN_LIMITS,
  ONE_ITEM_FULL_RATE,
];

const fen = (yuan: Frac) => (yuan.n * 100n) / yuan.d;

function build(from: string): Regime {
  return {
    from,
    singleFen: fen(fracOfDecimal(valueAt(SINGLE_TRANSACTION_LIMIT, from))),
    annualFen: fen(fracOfDecimal(valueAt(ANNUAL_LIMIT, from))),
    share: fracOfDecimal(valueAt(REDUCED_TAX_SHARE, from)),
    tariffWithin: fracOfDecimal(valueAt(TARIFF_RATE_WITHIN_LIMITS, from)),
    oneItemFullRate: integerAt(ONE_ITEM_FULL_RATE, from) === 1,
    limitsBasis: legalBasisAt(SINGLE_TRANSACTION_LIMIT, from),
    oneItemBasis: legalBasisAt(ONE_ITEM_FULL_RATE, from),
  };
}

let spans: Regime[] | undefined;

/** Every span, newest first, from the dates any of the parameters changes. */
function allSpans(): Regime[] {
  if (spans === undefined) {
    const froms = new Set<string>();
    for (const p of PARAMS) for (const e of p.entries) froms.add(e.from);
    // Building a span looks every parameter up on its first day: a gap throws here.
    spans = [...froms].sort().map(build).reverse();
  }
  return spans;
}

/**
 * The regime in force on `date` (a validated date on or after 2016-04-08).
 * @example
 * regimeAt(civilDate('2019-01-01')).singleFen // 500000n
 */
export function regimeAt(date: CivilDate): Regime {
  for (const r of allSpans()) if (date >= r.from) return r;
  // Before the first span: the lookup throws ParameterNotInForceError naming the parameter.
  return build(date);
}
