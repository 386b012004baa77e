// The taxes an individual landlord pays before a rental invoice is issued (发票管理办法 第十六条:
// 先征收税款，再开具发票): VAT, 城建税 and the two education surcharges on the VAT paid, 房产税 and
// the individual income tax, month by month (实施条例 第十四条: one month's rent is "each time").
import { addMonths, type CivilDate, type Decimal, decimal, type Trace } from '@gd-ftz/core';
import { parseInput } from './tax-input';
import { ratesAt } from './tax-rates';
import { lazyTrace, type MonthFacts } from './tax-trace';
import { spread, toFen, yuan } from './yuan';

/** The open readings of the texts (see {@link DEFAULT_READINGS}). */
export interface Readings {
  readonly exemptionTest?: 'gross' | 'net';
  readonly netRent?: 'minus-vat' | 'divide';
  readonly deductionTest?: 'before' | 'after';
}

/** The input of {@link rentalInvoiceTaxes}: amounts as decimal strings in yuan, to the fen. */
export interface RentalTaxInput {
  /** 住房 (the reduced rates of 财税〔2008〕24号) or not. */
  readonly propertyKind: 'housing' | 'non-housing';
  /** The rent received for the whole period (a lump sum is spread over its months). */
  readonly rent: string;
  /** The first day of the first month the rent covers. */
  readonly leaseStart: CivilDate | string;
  /** Lease months the rent covers: an integer 1..240 (民法典 第七百零五条: at most 20 years). */
  readonly months: number;
  /** Where the property lies, for 城建税 (城建税法 第四条): 市区, 县城/镇, elsewhere. */
  readonly location: 'city' | 'county-town' | 'other';
  /** Apply the 六税两费 halving where in force (default true: individuals are small-scale payers). */
  readonly halveLocalTaxes?: boolean;
  /** Repairs borne by the lessor in the period, deducted at most 800 a month, the rest carried forward. */
  readonly repairs?: string;
  /** Rent paid to the head lessor for the same months (sub-letting), spread like the rent. */
  readonly headRent?: string;
  /** Other taxes paid on the lease (印花税, land tax: out of scope), deducted first for IIT. */
  readonly otherTaxesPaid?: string;
  readonly readings?: Readings;
}

/** One month's taxes. Internal alias. */
type MonthTaxes = RentalTaxes['months'][number];

/** What {@link rentalInvoiceTaxes} returns: the period's totals, each month, and the trace. */
export interface RentalTaxes {
  readonly vatExemptMonths: number;
  readonly vat: string;
  readonly urbanMaintenanceTax: string;
  readonly educationSurcharge: string;
  readonly localEducationSurcharge: string;
  readonly propertyTax: string;
  readonly individualIncomeTax: string;
  /** The six amounts above, summed. */
  readonly total: string;
  /** Repairs not yet deducted after the last month (国税函〔2009〕639号: carried to the next time). */
  readonly repairsCarriedForward: string;
  /** Each month's taxes, amounts as yuan strings to the fen. */
  readonly months: readonly {
    readonly month: CivilDate;
    readonly rent: string;
    readonly vatExempt: boolean;
    readonly vat: string;
    readonly urbanMaintenanceTax: string;
    readonly educationSurcharge: string;
    readonly localEducationSurcharge: string;
    readonly propertyTax: string;
    readonly individualIncomeTax: string;
  }[];
  readonly trace: Trace;
}

const ZERO = decimal('0');
const VAT_DIVISOR = decimal('1.05');

/** max(0, d), as Money.max(zero, d) gives it. */
const atLeastZero = (d: Decimal): Decimal => (d.gt(ZERO) ? d : ZERO);

/** The smallest of the amounts (the first of equals), as Money.min gives it. */
function smallest(first: Decimal, ...rest: Decimal[]): Decimal {
  let best = first;
  for (const d of rest) if (d.lt(best)) best = d;
  return best;
}

/**
 * The taxes on an individual's rent for `months` lease months from `leaseStart`, collected before
 * the invoice (发票管理办法 第十六条). The rent is spread evenly over the months to the fen (a lump
 * sum, S45), each month under the VAT exemption then in force (10万, 15万 2021-04..2022-12, 含本数):
 * VAT 5% (housing 1.5%) on rent ÷ 1.05 (总局公告2016年第16号); on the VAT paid 城建税 7/5/1%
 * (城建税法 第二、四条), 教育费附加 3%, 地方教育附加 2% (none up to 10万 a month ex VAT, 财税〔2016〕12号);
 * 房产税 12% (housing 4%) on the rent net of VAT (暂行条例 第三、四条, 财税〔2008〕24号, 〔2016〕43号);
 * the local taxes halved 2019–2027 (六税两费); IIT 20% (housing 10%) per month after the taxes paid,
 * head rent, repairs (≤ 800, rest carried forward) and 800 or 20% (个税法 第三、六条, 国税函〔2009〕639号).
 * Amounts half-up to the fen.
 * @throws ValidationError naming each bad field; ParameterNotInForceError for a month before
 * 2021-09-01 (城建税法 in force; the 1985 暂行条例 it replaced is not modelled).
 * @example
 * rentalInvoiceTaxes({ propertyKind: 'housing', rent: '4000.00', leaseStart: '2024-03-01', months: 1,
 *   location: 'city' }).individualIncomeTax // '312.00' ((4,000 − 80 − 800) × 10%)
 */
export function rentalInvoiceTaxes(input: RentalTaxInput): RentalTaxes {
  const p = parseInput(input);
  const readings = p.readings;
  const gross = readings.exemptionTest === 'gross';
  const minusVat = readings.netRent === 'minus-vat';
  const before = readings.deductionTest === 'before';
  const housing = p.propertyKind === 'housing';
  const rents = spread(p.rent, p.months);
  const headRents = p.headRent === undefined ? undefined : spread(p.headRent, p.months);
  const others = p.otherTaxesPaid === undefined ? undefined : spread(p.otherTaxesPaid, p.months);
  let repairsLeft = p.repairs === undefined ? ZERO : decimal(p.repairs);
  const facts: MonthFacts[] = [];
  const months: MonthTaxes[] = [];
  let sumVat = ZERO;
  let sumUmt = ZERO;
  let sumEdu = ZERO;
  let sumLocalEdu = ZERO;
  let sumPt = ZERO;
  let sumIit = ZERO;
  let exemptMonths = 0;
  const start = p.leaseStart;
  for (let i = 0; i < p.months; i++) {
    const at = i === 0 ? start : addMonths(start, i);
    const rent = rents[i] as Decimal;
    const rates = ratesAt(at, housing, p.location, p.halveLocalTaxes);
    const limit = rates.limit;
    // rent ÷ 1.05 has 30-odd digits: computed only where a rule needs it (the net reading, a taxed month).
    let exVat = gross ? undefined : rent.div(VAT_DIVISOR);
    const exempt = limit !== undefined && (exVat ?? rent).lte(limit);
    let vat = ZERO;
    if (exempt) exemptMonths++;
    else {
      exVat ??= rent.div(VAT_DIVISOR);
      vat = toFen(exVat.times(rates.vatRate));
    }
    const taxed = !vat.isZero();
    let umt = ZERO;
    let edu = ZERO;
    let localEdu = ZERO;
    let net = rent;
    if (taxed && exVat !== undefined) {
      umt = toFen(vat.times(rates.umtFactor));
      // 财税〔2016〕12号: no education surcharges up to 10万 a month ex VAT.
      if (!exVat.lte(rates.surchargeLimit)) {
        edu = toFen(vat.times(rates.eduFactor));
        localEdu = toFen(vat.times(rates.localEduFactor));
      }
      // 财税〔2016〕43号: the base excludes VAT; an untaxed month deducts nothing.
      net = minusVat ? rent.minus(vat) : toFen(exVat);
    }
    const pt = toFen(net.times(rates.ptFactor));
    const surcharges = umt.plus(edu).plus(localEdu);
    let deductible = surcharges.plus(pt);
    if (others) deductible = deductible.plus(others[i] as Decimal);
    if (headRents) deductible = deductible.plus(headRents[i] as Decimal);
    // IIT (个税法 第六条, 国税函〔2009〕639号): taxes paid, head rent, repairs ≤ 800 (the rest carried
    // forward), then 800 if the income is ≤ 4,000 (before or after those deductions), else 20%.
    const afterTaxes = atLeastZero(net.minus(deductible));
    const repairsUsed = smallest(repairsLeft, rates.cap, afterTaxes);
    const remaining = afterTaxes.minus(repairsUsed);
    const small = (before ? net : remaining).lte(rates.threshold);
    const taxable = small ? atLeastZero(remaining.minus(rates.cap)) : remaining.times(rates.keepShare);
    const iit = toFen(taxable.times(rates.iitRate));
    repairsLeft = repairsLeft.minus(repairsUsed);
    sumVat = sumVat.plus(vat);
    sumUmt = sumUmt.plus(umt);
    sumEdu = sumEdu.plus(edu);
    sumLocalEdu = sumLocalEdu.plus(localEdu);
    sumPt = sumPt.plus(pt);
    sumIit = sumIit.plus(iit);
    const row: MonthTaxes = {
      month: at,
      rent: yuan(rent),
      vatExempt: exempt,
      vat: yuan(vat),
      urbanMaintenanceTax: yuan(umt),
      educationSurcharge: yuan(edu),
      localEducationSurcharge: yuan(localEdu),
      propertyTax: yuan(pt),
      individualIncomeTax: yuan(iit),
    };
    months.push(row);
    facts.push({ row, rates, exVat, taxed, surcharges, net, deductible, repairsUsed, small });
  }
  const total = yuan(sumVat.plus(sumUmt).plus(sumEdu).plus(sumLocalEdu).plus(sumPt).plus(sumIit));
  return {
    vatExemptMonths: exemptMonths,
    vat: yuan(sumVat),
    urbanMaintenanceTax: yuan(sumUmt),
    educationSurcharge: yuan(sumEdu),
    localEducationSurcharge: yuan(sumLocalEdu),
    propertyTax: yuan(sumPt),
    individualIncomeTax: yuan(sumIit),
    total,
    repairsCarriedForward: yuan(repairsLeft),
    months,
    trace: lazyTrace(
      `${p.propertyKind} ${p.rent} × ${p.months}`,
      { zh: `税费合计 ${total} 元`, en: `taxes ${total} CNY` },
      facts,
      p.location,
      readings,
      start,
    ),
  };
}
