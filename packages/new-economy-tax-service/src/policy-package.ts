// 政策快享礼包: the preferences a firm's year qualifies for, with the relief each gives, pushed to
// the firm instead of waiting for it to find them. Only rules that fire are listed.
import {
  type CivilDate,
  cited,
  type Decimal,
  decimal,
  isParameterInForce,
  Money,
  ValidationError,
  valueAt,
} from '@gd-ftz/core';
import { citOf } from './cit';
import { CITES, LEVY_HALVING, SMALL_SCALE_VAT } from './law';
import type { FirmYear, PolicyMatch, PreferenceId } from './model';
import {
  checkAmount,
  checkCount,
  checkDate,
  checkFlag,
  checkId,
  checkObject,
  checkSector,
  checkVatStatus,
} from './validate';

const MONTHS = 12;

/** The checked fields of a firm year, read once. */
export interface ParsedYear {
  readonly taxYear: number;
  readonly taxableIncome: Decimal;
  readonly employees: number;
  readonly totalAssets: Decimal;
  readonly restrictedIndustry: boolean;
  readonly smallScale: boolean;
  readonly sales: readonly Decimal[];
  readonly levies: Decimal;
}

function parseYear(firm: unknown): ParsedYear {
  const o = checkObject(firm, 'firm');
  checkId(o.id, 'firm.id');
  checkSector(o.sector, 'firm.sector');
  checkFlag(o.novel, 'firm.novel');
  const status = checkVatStatus(o.vatStatus, 'firm.vatStatus');
  const taxableIncome = checkAmount(o.taxableIncome, 'firm.taxableIncome');
  const totalAssets = checkAmount(o.totalAssets, 'firm.totalAssets');
  const sales = o.monthlySales;
  if (!Array.isArray(sales) || sales.length !== MONTHS) {
    throw ValidationError.of('firm.monthlySales', 'must be 12 monthly amounts', '必须是12个月的销售额');
  }
  const taxYear = o.taxYear;
  if (typeof taxYear !== 'number' || !Number.isInteger(taxYear) || taxYear < 2019 || taxYear > 2027) {
    throw ValidationError.of('firm.taxYear', 'must be a whole year 2019–2027', '必须是 2019–2027 的整数年度');
  }
  return {
    taxYear,
    taxableIncome,
    employees: checkCount(o.employees, 'firm.employees'),
    totalAssets,
    restrictedIndustry: checkFlag(o.restrictedIndustry, 'firm.restrictedIndustry'),
    smallScale: status === 'small-scale',
    sales: sales.map((s: unknown, i: number) => checkAmount(s, `firm.monthlySales.${i}`)),
    levies: checkAmount(o.localLevies, 'firm.localLevies'),
  };
}

/** The small-scale VAT law of one month, or null when the preference is not in force. */
interface VatMonthLaw {
  readonly exemptUpTo: Decimal;
  readonly exemptRelief: Decimal;
  readonly reducedRelief: Decimal;
}
const VAT_LAW = new Map<string, VatMonthLaw | null>();
function vatLawOf(on: string): VatMonthLaw | null {
  let law = VAT_LAW.get(on);
  if (law === undefined) {
    if (isParameterInForce(SMALL_SCALE_VAT.monthlyExemptSales, on)) {
      const standard = valueAt(SMALL_SCALE_VAT.standardLevy, on);
      law = {
        exemptUpTo: valueAt(SMALL_SCALE_VAT.monthlyExemptSales, on),
        exemptRelief: standard,
        reducedRelief: standard.sub(valueAt(SMALL_SCALE_VAT.reducedLevy, on)),
      };
    } else law = null;
    VAT_LAW.set(on, law);
  }
  return law;
}

/** Small-scale VAT relief of the year: exempt months relieve 3%, the others 3% − 1%. */
function vatRelief(y: ParsedYear): Money {
  let relief = decimal('0');
  for (let m = 0; m < MONTHS; m++) {
    const law = vatLawOf(`${y.taxYear}-${String(m + 1).padStart(2, '0')}-01`);
    if (law === null) continue;
    const sales = y.sales[m] as Decimal;
    relief = relief.add(sales.mul(sales.lte(law.exemptUpTo) ? law.exemptRelief : law.reducedRelief));
  }
  return Money.fromDecimal(relief).round();
}

/**
 * The preference package of one firm year: the small low-profit CIT relief, the small-scale VAT
 * exemption and 1% levy (2023–2027), and the 六税两费 halving (2023–2027), each line only when its
 * rule fires, with the relief in yuan and its citations. `asOf` is the day the package is pushed;
 * it must not precede the tax year.
 * @throws ValidationError naming `firm.<field>` or `asOf`.
 * @example
 * policyPackage(firmYear, '2025-03-01').map((m) => m.id) // ['small-low-profit-cit', 'small-scale-vat', 'levy-halving']
 */
export function policyPackage(firm: FirmYear, asOf: CivilDate): PolicyMatch[] {
  const y = parseYear(firm);
  const on = checkDate(asOf, 'asOf');
  if (Number(on.slice(0, 4)) < y.taxYear) {
    throw ValidationError.of('asOf', 'must not precede the tax year', '不得早于纳税年度');
  }
  const reliefs = reliefsOf(y);
  const out: PolicyMatch[] = [];
  for (const id of PREFERENCE_ORDER) {
    const relief = reliefs[id];
    if (relief.isPositive()) out.push({ id, ...LINES[id], relief, asOf: on });
  }
  return out;
}

const PREFERENCE_ORDER = ['small-low-profit-cit', 'small-scale-vat', 'levy-halving'] as const;
const LINES = {
  'small-low-profit-cit': {
    title: { zh: '小型微利企业所得税优惠', en: 'Small low-profit enterprise income tax' },
    basis: cited(CITES.smallProfitRate, CITES.smallProfitConditions),
  },
  'small-scale-vat': {
    title: { zh: '小规模纳税人增值税减免', en: 'Small-scale VAT exemption and 1% levy' },
    basis: cited(CITES.vatExemption, CITES.vatReducedLevy, CITES.vatExtension),
  },
  'levy-halving': {
    title: { zh: '“六税两费”减半征收', en: 'Six taxes and two fees halved' },
    basis: cited(CITES.levyHalving),
  },
} as const;

/**
 * The relief of each preference of a checked firm year (zero when its rule does not fire): the
 * package's arithmetic without the package, for the simulation's population.
 */
export function reliefsOf(y: ParsedYear): Record<PreferenceId, Money> {
  const cit = citOf({
    year: y.taxYear,
    income: y.taxableIncome,
    employees: y.employees,
    assets: y.totalAssets,
    restricted: y.restrictedIndustry,
  });
  const yearEnd = `${y.taxYear}-12-31`;
  const halving = (y.smallScale || cit.qualifies) && isParameterInForce(LEVY_HALVING, yearEnd);
  return {
    'small-low-profit-cit': cit.qualifies ? cit.relief : Money.zero(),
    'small-scale-vat': y.smallScale ? vatRelief(y) : Money.zero(),
    'levy-halving': halving
      ? Money.fromDecimal(y.levies.mul(valueAt(LEVY_HALVING, yearEnd))).round()
      : Money.zero(),
  };
}
