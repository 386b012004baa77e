// The taxes an individual landlord pays before a rental invoice is issued (发票管理办法 第十六条:
// 先征收税款，再开具发票): VAT, 城建税 and the two education surcharges on the VAT paid, 房产税 and
// the individual income tax, month by month (实施条例 第十四条: one month's rent is "each time").
import {
  addMonths,
  type CivilDate,
  cited,
  type Decimal,
  decimal,
  describeValue,
  isCivilDate,
  isParameterInForce,
  Money,
  type Trace,
  type TraceStep,
  ValidationError,
  type ValidationIssue,
  valueAt,
} from '@gd-ftz/core';
import { individualIncomeTax, propertyTax, urbanMaintenanceTax } from '@gd-ftz/statutes';
import {
  CITES,
  DEFAULT_READINGS,
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
} from './law';

/** Where the property lies, for 城建税 (城建税法 第四条): 市区, 县城/镇, elsewhere. Internal alias. */
type Location = RentalTaxInput['location'];
/** Whether the property is housing or not. Internal alias. */
type PropertyKind = RentalTaxInput['propertyKind'];

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

const MAX_MONTHS = 240;
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const KINDS: readonly string[] = ['housing', 'non-housing'];
const LOCATIONS: readonly string[] = ['city', 'county-town', 'other'];
const READING_VALUES: Readonly<Record<keyof Readings, readonly string[]>> = {
  exemptionTest: ['gross', 'net'],
  netRent: ['minus-vat', 'divide'],
  deductionTest: ['before', 'after'],
};

/** The validated input: hand checks (no schema library) keep a traced call in tens of microseconds. */
interface Parsed {
  readonly propertyKind: PropertyKind;
  readonly rent: string;
  readonly leaseStart: CivilDate;
  readonly months: number;
  readonly location: Location;
  readonly halveLocalTaxes: boolean;
  readonly repairs: string | undefined;
  readonly headRent: string | undefined;
  readonly otherTaxesPaid: string | undefined;
  readonly readings: Required<Readings>;
}

function parseInput(input: unknown): Parsed {
  const issues: ValidationIssue[] = [];
  const bad = (path: string, en: string, zh: string) => issues.push({ path, message: { en, zh } });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw ValidationError.of(
      'input',
      `must be an object, got ${describeValue(input)}`,
      `必须是对象，收到 ${describeValue(input)}`,
    );
  }
  const o = input as Record<string, unknown>;
  const oneOf = (key: string, values: readonly string[]) => {
    if (typeof o[key] !== 'string' || !values.includes(o[key] as string))
      bad(key, `must be one of ${values.join(', ')}`, `必须是 ${values.join('、')} 之一`);
  };
  const amount = (key: string, required: boolean) => {
    const v = o[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || !AMOUNT.test(v))
      bad(
        key,
        'must be a non-negative amount in yuan, to the fen (e.g. "4000.00")',
        '必须是非负金额（元，精确到分，如 "4000.00"）',
      );
  };
  oneOf('propertyKind', KINDS);
  amount('rent', true);
  if (!isCivilDate(o.leaseStart))
    bad('leaseStart', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  const m = o.months;
  if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > MAX_MONTHS)
    bad('months', `must be an integer from 1 to ${MAX_MONTHS}`, `必须是 1 至 ${MAX_MONTHS} 的整数`);
  oneOf('location', LOCATIONS);
  if (o.halveLocalTaxes !== undefined && typeof o.halveLocalTaxes !== 'boolean')
    bad('halveLocalTaxes', 'must be true or false', '必须是 true 或 false');
  amount('repairs', false);
  amount('headRent', false);
  amount('otherTaxesPaid', false);
  const r = o.readings;
  const readings: Record<string, string> = { ...DEFAULT_READINGS };
  if (r !== undefined) {
    if (typeof r !== 'object' || r === null || Array.isArray(r))
      bad('readings', 'must be an object', '必须是对象');
    else
      for (const [key, value] of Object.entries(r)) {
        const allowed = Object.hasOwn(READING_VALUES, key)
          ? READING_VALUES[key as keyof Readings]
          : undefined;
        if (allowed === undefined) bad(`readings.${key}`, 'is not a reading', '不是可选解读');
        else if (value === undefined) continue;
        else if (typeof value !== 'string' || !allowed.includes(value))
          bad(`readings.${key}`, `must be one of ${allowed.join(', ')}`, `必须是 ${allowed.join('、')} 之一`);
        else readings[key] = value;
      }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    propertyKind: o.propertyKind as PropertyKind,
    rent: o.rent as string,
    leaseStart: o.leaseStart as CivilDate,
    months: m as number,
    location: o.location as Location,
    halveLocalTaxes: (o.halveLocalTaxes as boolean | undefined) ?? true,
    repairs: o.repairs as string | undefined,
    headRent: o.headRent as string | undefined,
    otherTaxesPaid: o.otherTaxesPaid as string | undefined,
    readings: readings as Required<Readings>,
  };
}

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
