// The legal numbers of one month, memoised: the parameters are immutable, so their values by
// (month, kind, location, halving) are read once and the products a month needs (rate × the
// 六税两费 share) are made once, not on every call.
import { type CivilDate, type Decimal, decimal, isParameterInForce, valueAt } from '@gd-ftz/core';
import { individualIncomeTax, propertyTax, urbanMaintenanceTax } from '@gd-ftz/statutes';
import {
  EDU_SURCHARGE_RATE,
  IIT_HOUSING_RATE,
  LOCAL_EDU_SURCHARGE_RATE,
  LOCAL_TAX_HALVING,
  PROPERTY_TAX_HOUSING_RATE,
  SURCHARGE_EXEMPT_MONTHLY,
  VAT_EXEMPT_MONTHLY,
  VAT_HOUSING_RATE,
  VAT_RATE,
} from './law';
import type { Location } from './tax-input';

const UMT_RATE = {
  city: urbanMaintenanceTax.params.cityRate,
  'county-town': urbanMaintenanceTax.params.townRate,
  other: urbanMaintenanceTax.params.otherRate,
} as const;
const ONE = decimal('1');
const IIT = individualIncomeTax.params;

/** The legal numbers in force in one month for one kind of property, location and halving flag. */
export interface MonthRates {
  /** The monthly VAT exemption limit, or none after it lapses. */
  readonly limit: Decimal | undefined;
  readonly vatRate: Decimal;
  /** The share of the local taxes paid: the 六税两费 halving where in force and asked for, else 1. */
  readonly share: Decimal;
  readonly surchargeLimit: Decimal;
  readonly umtRate: Decimal;
  readonly ptRate: Decimal;
  readonly iitRate: Decimal;
  /** The rates times {@link MonthRates.share}, as the rules apply them to the VAT and the net rent. */
  readonly umtFactor: Decimal;
  readonly eduFactor: Decimal;
  readonly localEduFactor: Decimal;
  readonly ptFactor: Decimal;
  /** The fixed deduction (800), the income below which it applies (4,000), and 1 − 20%. */
  readonly cap: Decimal;
  readonly threshold: Decimal;
  readonly keepShare: Decimal;
}

// Bounded (cleared when full) so a long run keeps a flat heap.
const RATES = new Map<string, MonthRates>();
const RATES_MAX = 4096;

export function ratesAt(at: CivilDate, housing: boolean, location: Location, halve: boolean): MonthRates {
  const key = `${at}|${housing ? 'h' : 'n'}|${location}|${halve ? 'half' : 'full'}`;
  const hit = RATES.get(key);
  if (hit) return hit;
  const halving = isParameterInForce(LOCAL_TAX_HALVING, at) ? valueAt(LOCAL_TAX_HALVING, at) : undefined;
  const share = halve && halving !== undefined ? halving : ONE;
  const umtRate = valueAt(UMT_RATE[location], at);
  const ptRate = housing ? valueAt(PROPERTY_TAX_HOUSING_RATE, at) : valueAt(propertyTax.params.rentRate, at);
  const rates: MonthRates = {
    limit: isParameterInForce(VAT_EXEMPT_MONTHLY, at) ? valueAt(VAT_EXEMPT_MONTHLY, at) : undefined,
    vatRate: valueAt(housing ? VAT_HOUSING_RATE : VAT_RATE, at),
    share,
    surchargeLimit: valueAt(SURCHARGE_EXEMPT_MONTHLY, at),
    umtRate,
    ptRate,
    iitRate: housing ? valueAt(IIT_HOUSING_RATE, at) : valueAt(IIT.propertyLeaseRate, at),
    umtFactor: umtRate.times(share),
    eduFactor: valueAt(EDU_SURCHARGE_RATE, at).times(share),
    localEduFactor: valueAt(LOCAL_EDU_SURCHARGE_RATE, at).times(share),
    ptFactor: ptRate.times(share),
    cap: valueAt(IIT.leaseFixedDeduction, at),
    threshold: valueAt(IIT.leaseDeductionThreshold, at),
    keepShare: ONE.minus(valueAt(IIT.leaseDeductionShare, at)),
  };
  if (RATES.size >= RATES_MAX) RATES.clear();
  RATES.set(key, rates);
  return rates;
}
