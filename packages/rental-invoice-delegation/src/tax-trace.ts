// The trace of rentalInvoiceTaxes, built when it is read: a call keeps each month's operands (the
// decimals it computed anyway) and the steps' text is made on the first read of `trace.steps`, so a
// caller that only wants the amounts (a province-scale run) does not pay for ~20 strings a month.
// What is read is the same, byte for byte, as an eagerly built trace. Internal.
import { type CivilDate, cited, type Decimal, type Trace, type TraceStep } from '@gd-ftz/core';
import { CITES, READINGS_BASIS } from './law';
import type { Location } from './tax-input';
import type { MonthRates } from './tax-rates';
import type { Readings, RentalTaxes } from './taxes';
import { toFen, yuan } from './yuan';

/** What one month computed, kept for its trace steps. */
export interface MonthFacts {
  /** The month's public row: its amounts' text is reused by the steps. */
  readonly row: RentalTaxes['months'][number];
  readonly rates: MonthRates;
  /** rent ÷ 1.05, where it was computed (always under the `net` exemption test). */
  readonly exVat: Decimal | undefined;
  /** Whether VAT was due (non-zero): the surcharges and the net base follow from it. */
  readonly taxed: boolean;
  readonly surcharges: Decimal;
  /** The base of 房产税 and IIT (the rent itself in an untaxed month). */
  readonly net: Decimal;
  readonly deductible: Decimal;
  readonly repairsUsed: Decimal;
  /** Whether the fixed 800 applied (income ≤ 4,000) rather than 20%. */
  readonly small: boolean;
}

const step = (
  id: string,
  title: TraceStep['title'],
  at: string,
  inputs: TraceStep['inputs'],
  result: string,
  basis: TraceStep['basis'],
  fired = true,
): TraceStep => ({ id, kind: 'rule', title, fired, inputs, result, basis, at });

const title = (zh: string, en: string) => Object.freeze({ zh, en });
const VAT_TITLE = title('增值税', 'VAT');
const SURCHARGES_TITLE = title('城建税、教育费附加、地方教育附加', 'City tax and education surcharges');
const PROPERTY_TAX_TITLE = title('房产税（从租计征）', 'Property tax on rent');
const IIT_TITLE = title('个人所得税（财产租赁所得）', 'Individual income tax (lease income)');
const READINGS_TITLE = title('开放解读', 'Open readings');

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

/** The four steps of each month (VAT, surcharges, 房产税, IIT), then the readings used. */
function steps(
  months: readonly MonthFacts[],
  location: Location,
  readings: Required<Readings>,
  start: CivilDate,
): TraceStep[] {
  const out: TraceStep[] = [];
  for (const m of months) {
    const { row, rates } = m;
    const at = row.month;
    const shareS = rates.share.toString();
    const limit = rates.limit;
    const tested =
      readings.exemptionTest === 'gross' || m.exVat === undefined ? row.rent : yuan(toFen(m.exVat));
    out.push(
      step(
        'vat',
        VAT_TITLE,
        at,
        { rent: row.rent, tested, limit: limit?.toString() ?? null },
        row.vat,
        limit === undefined ? VAT_BASIS_AFTER_2027 : VAT_BASIS,
      ),
      step(
        'surcharges',
        SURCHARGES_TITLE,
        at,
        { vat: row.vat, location, share: shareS },
        yuan(m.surcharges),
        SURCHARGE_BASIS,
        m.taxed,
      ),
      step(
        'property-tax',
        PROPERTY_TAX_TITLE,
        at,
        { base: m.taxed ? yuan(m.net) : row.rent, rate: rates.ptRate.toString(), share: shareS },
        row.propertyTax,
        PROPERTY_TAX_BASIS,
      ),
      step(
        'iit',
        IIT_TITLE,
        at,
        {
          income: yuan(m.net),
          deducted: yuan(m.deductible),
          repairs: yuan(m.repairsUsed),
          statutory: m.small ? 'fixed-800' : 'share-20%',
          rate: rates.iitRate.toString(),
        },
        row.individualIncomeTax,
        IIT_BASIS,
      ),
    );
  }
  out.push(
    step(
      'readings',
      READINGS_TITLE,
      start,
      { ...readings },
      `${readings.exemptionTest}/${readings.netRent}/${readings.deductionTest}`,
      READINGS_BASIS,
    ),
  );
  return out;
}

/** What a lazy trace keeps to make its steps, and the steps once made. */
interface Pending {
  readonly months: readonly MonthFacts[];
  readonly location: Location;
  readonly readings: Required<Readings>;
  readonly start: CivilDate;
  steps?: readonly TraceStep[];
}

const PENDING = Symbol('pending trace steps');

// One getter shared by every trace: V8 then gives all lazy traces one hidden class. A getter made
// per trace (an object literal's `get steps()`) costs a hidden class per call, and the garbage
// collector spent a third of the run on them.
function readSteps(this: { readonly [PENDING]: Pending }): readonly TraceStep[] {
  const p = this[PENDING];
  p.steps ??= steps(p.months, p.location, p.readings, p.start);
  return p.steps;
}

/**
 * A trace whose `steps` are made on first read and then kept: an own enumerable getter, so
 * `JSON.stringify`, `structuredClone` and spreading read it like a plain property (what it needs
 * is under a non-enumerable symbol, which none of them copy).
 */
export function lazyTrace(
  subject: string,
  outcome: Trace['outcome'],
  months: readonly MonthFacts[],
  location: Location,
  readings: Required<Readings>,
  start: CivilDate,
): Trace {
  const trace = { subject, outcome };
  Object.defineProperty(trace, 'steps', { get: readSteps, enumerable: true });
  Object.defineProperty(trace, PENDING, { value: { months, location, readings, start } });
  return trace as Trace;
}
