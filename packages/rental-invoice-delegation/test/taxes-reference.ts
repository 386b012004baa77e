// The reference for rentalInvoiceTaxes: the same rules computed the plain way, with core's Money
// for every intermediate amount (each checked) and the trace built eagerly, as the engine did before
// it was made faster (issue 21). The fast path (bare decimals, text padded, trace built on read)
// must agree with it byte for byte; see taxes-reference.test.ts. Test-only.
import {
  addMonths,
  type CivilDate,
  cited,
  type Decimal,
  decimal,
  isParameterInForce,
  Money,
  type TraceStep,
  valueAt,
} from '@gd-ftz/core';
import { individualIncomeTax, propertyTax, urbanMaintenanceTax } from '@gd-ftz/statutes';
import {
  CITES,
  EDU_SURCHARGE_RATE,
  IIT_HOUSING_RATE,
  LOCAL_EDU_SURCHARGE_RATE,
  LOCAL_TAX_HALVING,
  PROPERTY_TAX_HOUSING_RATE,
  READINGS_BASIS,
  SURCHARGE_EXEMPT_MONTHLY,
  VAT_EXEMPT_MONTHLY,
  VAT_HOUSING_RATE,
  VAT_RATE,
} from '../src/law';
import { type Location, parseInput } from '../src/tax-input';
import type { RentalTaxes, RentalTaxInput } from '../src/taxes';

type MonthTaxes = RentalTaxes['months'][number];

const UMT_RATE = {
  city: urbanMaintenanceTax.params.cityRate,
  'county-town': urbanMaintenanceTax.params.townRate,
  other: urbanMaintenanceTax.params.otherRate,
} as const;
const ONE = decimal('1');
const ZERO = Money.zero();
const ZERO_S = ZERO.toString();
const VAT_DIVISOR = decimal('1.05');
const IIT = individualIncomeTax.params;

const step = (
  id: string,
  title: TraceStep['title'],
  at: string,
  inputs: TraceStep['inputs'],
  result: string,
  basis: TraceStep['basis'],
  fired = true,
): TraceStep => ({ id, kind: 'rule', title, fired, inputs, result, basis, at });

const VAT_BASIS = cited(CITES.vatRental, CITES.exemption2023);
const VAT_BASIS_AFTER_2027 = cited(CITES.vatRental, CITES.exemption2027);
const SURCHARGE_BASIS = cited(
  CITES.umtBase,
  CITES.umtRates,
  CITES.eduSurcharge,
  CITES.localEduSurcharge,
  CITES.surchargeExemption,
  CITES.halving2023,
);
const PROPERTY_TAX_BASIS = cited(
  CITES.propertyTaxBase,
  CITES.propertyTaxRate,
  CITES.netOfVat,
  CITES.housingRates,
);
const IIT_BASIS = cited(CITES.iitRate, CITES.iitDeduction, CITES.iitEachTime, CITES.deductionOrder);

/** The legal numbers in force in one month for one kind of property and location. */
interface MonthRates {
  readonly limit: Decimal | undefined;
  readonly vatRate: Decimal;
  readonly halving: Decimal | undefined;
  readonly surchargeLimit: Decimal;
  readonly umtRate: Decimal;
  readonly eduRate: Decimal;
  readonly localEduRate: Decimal;
  readonly ptRate: Decimal;
  readonly iitRate: Decimal;
  readonly cap: Money;
  readonly threshold: Money;
  readonly keepShare: Decimal;
}

// The parameters are immutable, so their values by (month, kind, location) are memoised; the
// cache is bounded (cleared when full) so a long run keeps a flat heap.
const RATES = new Map<string, MonthRates>();
const RATES_MAX = 4096;

function ratesAt(at: CivilDate, housing: boolean, location: Location): MonthRates {
  const key = `${at}|${housing ? 'h' : 'n'}|${location}`;
  const hit = RATES.get(key);
  if (hit) return hit;
  const rates: MonthRates = {
    limit: isParameterInForce(VAT_EXEMPT_MONTHLY, at) ? valueAt(VAT_EXEMPT_MONTHLY, at) : undefined,
    vatRate: valueAt(housing ? VAT_HOUSING_RATE : VAT_RATE, at),
    halving: isParameterInForce(LOCAL_TAX_HALVING, at) ? valueAt(LOCAL_TAX_HALVING, at) : undefined,
    surchargeLimit: valueAt(SURCHARGE_EXEMPT_MONTHLY, at),
    umtRate: valueAt(UMT_RATE[location], at),
    eduRate: valueAt(EDU_SURCHARGE_RATE, at),
    localEduRate: valueAt(LOCAL_EDU_SURCHARGE_RATE, at),
    ptRate: housing ? valueAt(PROPERTY_TAX_HOUSING_RATE, at) : valueAt(propertyTax.params.rentRate, at),
    iitRate: housing ? valueAt(IIT_HOUSING_RATE, at) : valueAt(IIT.propertyLeaseRate, at),
    cap: Money.fromDecimal(valueAt(IIT.leaseFixedDeduction, at)),
    threshold: Money.fromDecimal(valueAt(IIT.leaseDeductionThreshold, at)),
    keepShare: ONE.minus(valueAt(IIT.leaseDeductionShare, at)),
  };
  if (RATES.size >= RATES_MAX) RATES.clear();
  RATES.set(key, rates);
  return rates;
}

/** An amount spread evenly over `n` parts to the fen, the leftover fen to the first parts (as core's allocate does for equal weights). */
function spread(amount: string, n: number): Money[] {
  const fen = Money.of(amount).toFen();
  const each = fen / BigInt(n);
  const extra = Number(fen % BigInt(n));
  return Array.from({ length: n }, (_, i) => Money.fromFen(each + (i < extra ? 1n : 0n)));
}

/** The parts of a month's deduction for IIT (个税法 第六条, 国税函〔2009〕639号). */
interface IitPart {
  readonly tax: Money;
  readonly taxS: string;
  readonly repairsUsed: Money;
}

function iitOfMonth(
  income: Money,
  deductible: Money,
  repairsLeft: Money,
  rates: MonthRates,
  at: string,
  before: boolean,
  steps: TraceStep[],
): IitPart {
  const { cap, threshold, iitRate: rate } = rates;
  const afterTaxes = Money.max(ZERO, income.subtract(deductible));
  const repairsUsed = Money.min(repairsLeft, cap, afterTaxes);
  const remaining = afterTaxes.subtract(repairsUsed);
  const small = (before ? income : remaining).lessThanOrEqual(threshold);
  const taxable = small ? Money.max(ZERO, remaining.subtract(cap)) : remaining.multiply(rates.keepShare);
  const tax = taxable.multiply(rate).round('half-up');
  const taxS = tax.toString();
  steps.push(
    step(
      'iit',
      { zh: '个人所得税（财产租赁所得）', en: 'Individual income tax (lease income)' },
      at,
      {
        income: income.toString(),
        deducted: deductible.toString(),
        repairs: repairsUsed.toString(),
        statutory: small ? 'fixed-800' : 'share-20%',
        rate: rate.toString(),
      },
      taxS,
      IIT_BASIS,
    ),
  );
  return { tax, taxS, repairsUsed };
}

/** rentalInvoiceTaxes as it was computed before issue 21's speed-up: Money throughout, trace built eagerly. */
export function referenceTaxes(input: RentalTaxInput): RentalTaxes {
  const p = parseInput(input);
  const readings = p.readings;
  const housing = p.propertyKind === 'housing';
  const rents = spread(p.rent, p.months);
  const headRents = p.headRent === undefined ? undefined : spread(p.headRent, p.months);
  const others = p.otherTaxesPaid === undefined ? undefined : spread(p.otherTaxesPaid, p.months);
  let repairsLeft = p.repairs === undefined ? ZERO : Money.of(p.repairs);
  const halve = p.halveLocalTaxes;
  const steps: TraceStep[] = [];
  const months: MonthTaxes[] = [];
  const sum = { vat: ZERO, umt: ZERO, edu: ZERO, localEdu: ZERO, pt: ZERO, iit: ZERO };
  let exemptMonths = 0;
  const start = p.leaseStart;
  for (let i = 0; i < p.months; i++) {
    const at = i === 0 ? start : addMonths(start, i);
    const rent = rents[i] as Money;
    const rates = ratesAt(at, housing, p.location);
    const limit = rates.limit;
    // rent ÷ 1.05 has 30-odd digits: computed only where a rule needs it (a taxed month, the net reading).
    let exVatMemo: Money | undefined;
    const exVat = () => {
      exVatMemo ??= rent.divide(VAT_DIVISOR);
      return exVatMemo;
    };
    const rentS = rent.toString();
    const tested = readings.exemptionTest === 'gross' ? rentS : exVat().round().toString();
    const exempt =
      limit !== undefined && (readings.exemptionTest === 'gross' ? rent : exVat()).toDecimal().lte(limit);
    const vat = exempt ? ZERO : exVat().multiply(rates.vatRate).round('half-up');
    if (exempt) exemptMonths++;
    const vatS = vat.toString();
    steps.push(
      step(
        'vat',
        { zh: '增值税', en: 'VAT' },
        at,
        { rent: rentS, tested, limit: limit?.toString() ?? null },
        vatS,
        limit === undefined ? VAT_BASIS_AFTER_2027 : VAT_BASIS,
      ),
    );
    const share = halve && rates.halving !== undefined ? rates.halving : ONE;
    const shareS = share.toString();
    let umt = ZERO;
    let edu = ZERO;
    let localEdu = ZERO;
    if (!vat.isZero()) {
      const surchargeFree = exVat().toDecimal().lte(rates.surchargeLimit);
      const onVat = (rate: Decimal) => vat.multiply(rate.times(share)).round('half-up');
      umt = onVat(rates.umtRate);
      if (!surchargeFree) {
        edu = onVat(rates.eduRate);
        localEdu = onVat(rates.localEduRate);
      }
    }
    steps.push(
      step(
        'surcharges',
        { zh: '城建税、教育费附加、地方教育附加', en: 'City tax and education surcharges' },
        at,
        { vat: vatS, location: p.location, share: shareS },
        vat.isZero() ? ZERO_S : umt.add(edu).add(localEdu).toString(),
        SURCHARGE_BASIS,
        !vat.isZero(),
      ),
    );
    // 财税〔2016〕43号: the base excludes VAT; an exempt month deducts nothing.
    const net = vat.isZero() ? rent : readings.netRent === 'minus-vat' ? rent.subtract(vat) : exVat().round();
    const ptRate = rates.ptRate;
    const pt = net.multiply(ptRate.times(share)).round('half-up');
    const ptS = pt.toString();
    steps.push(
      step(
        'property-tax',
        { zh: '房产税（从租计征）', en: 'Property tax on rent' },
        at,
        { base: net === rent ? rentS : net.toString(), rate: ptRate.toString(), share: shareS },
        ptS,
        PROPERTY_TAX_BASIS,
      ),
    );
    const deductible = Money.sum([umt, edu, localEdu, pt, others?.[i] ?? ZERO, headRents?.[i] ?? ZERO]);
    const iit = iitOfMonth(
      net,
      deductible,
      repairsLeft,
      rates,
      at,
      readings.deductionTest === 'before',
      steps,
    );
    repairsLeft = repairsLeft.subtract(iit.repairsUsed);
    sum.vat = sum.vat.add(vat);
    sum.umt = sum.umt.add(umt);
    sum.edu = sum.edu.add(edu);
    sum.localEdu = sum.localEdu.add(localEdu);
    sum.pt = sum.pt.add(pt);
    sum.iit = sum.iit.add(iit.tax);
    months.push({
      month: at,
      rent: rentS,
      vatExempt: exempt,
      vat: vatS,
      urbanMaintenanceTax: umt === ZERO ? ZERO_S : umt.toString(),
      educationSurcharge: edu === ZERO ? ZERO_S : edu.toString(),
      localEducationSurcharge: localEdu === ZERO ? ZERO_S : localEdu.toString(),
      propertyTax: ptS,
      individualIncomeTax: iit.taxS,
    });
  }
  const total = Money.sum([sum.vat, sum.umt, sum.edu, sum.localEdu, sum.pt, sum.iit]);
  steps.push(
    step(
      'readings',
      { zh: '开放解读', en: 'Open readings' },
      start,
      { ...readings },
      `${readings.exemptionTest}/${readings.netRent}/${readings.deductionTest}`,
      READINGS_BASIS,
    ),
  );
  return {
    vatExemptMonths: exemptMonths,
    vat: sum.vat.toString(),
    urbanMaintenanceTax: sum.umt.toString(),
    educationSurcharge: sum.edu.toString(),
    localEducationSurcharge: sum.localEdu.toString(),
    propertyTax: sum.pt.toString(),
    individualIncomeTax: sum.iit.toString(),
    total: total.toString(),
    repairsCarriedForward: repairsLeft.toString(),
    months,
    trace: {
      subject: `${p.propertyKind} ${p.rent} × ${p.months}`,
      outcome: { zh: `税费合计 ${total.toString()} 元`, en: `taxes ${total.toString()} CNY` },
      steps,
    },
  };
}
