// The tax regime in force on a day: the limits, the 70% share, the tariff within the limits and
// the one-item rule, looked up once per span between the dates any of them changes (the lookups
// are dated, so a span is exact), so that a million lines do not repeat them.
import {
  type CivilDate,
  entryAt,
  integerAt,
  type LegalBasis,
  legalBasisAt,
  Money,
  Rate,
  valueAt,
} from '@gd-ftz/core';
import {
  ANNUAL_LIMIT,
  ONE_ITEM_FULL_RATE,
  REDUCED_TAX_SHARE,
  SINGLE_TRANSACTION_LIMIT,
  TARIFF_RATE_WITHIN_LIMITS,
} from './law';

/** The tax rules of one span of days. */
export interface Regime {
  readonly from: string;
  readonly single: Money;
  readonly annual: Money;
  readonly share: Rate;
  readonly tariffWithin: Rate;
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

function build(from: string): Regime {
  return {
    from,
    single: Money.fromDecimal(valueAt(SINGLE_TRANSACTION_LIMIT, from)),
    annual: Money.fromDecimal(valueAt(ANNUAL_LIMIT, from)),
    share: Rate.fromDecimal(valueAt(REDUCED_TAX_SHARE, from)),
    tariffWithin: Rate.fromDecimal(valueAt(TARIFF_RATE_WITHIN_LIMITS, from)),
    oneItemFullRate: integerAt(ONE_ITEM_FULL_RATE, from) === 1,
    limitsBasis: legalBasisAt(SINGLE_TRANSACTION_LIMIT, from),
    oneItemBasis: legalBasisAt(ONE_ITEM_FULL_RATE, from),
  };
}

let spans: Regime[] | undefined;

/** Every span, newest first; the first day is the earliest entry of all the parameters. */
function allSpans(): Regime[] {
  if (spans === undefined) {
    const froms = new Set<string>();
    for (const p of PARAMS) for (const e of p.entries) froms.add(e.from);
    // Every parameter must be in force from the earliest date on: gap-free by construction, and
    // checked here by building each span (entryAt throws otherwise).
    const sorted = [...froms].sort();
    for (const p of PARAMS) entryAt(p, sorted[0] as string);
    spans = sorted.map(build).reverse();
  }
  return spans;
}

/**
 * The regime in force on `date` (a validated date on or after 2016-04-08).
 * @example
 * regimeAt(civilDate('2019-01-01')).single.toString() // '5000.00'
 */
export function regimeAt(date: CivilDate): Regime {
  for (const r of allSpans()) if (date >= r.from) return r;
  // Before the first span: the lookup throws ParameterNotInForceError naming the parameter.
  return build(date);
}
