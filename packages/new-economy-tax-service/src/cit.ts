// The small low-profit enterprise income tax (小型微利企业所得税优惠), 2019–2027: the qualifying
// test and the tax of the two income bands, each number a dated parameter of law.ts.
import {
  cited,
  type Decimal,
  decimal,
  integerAt,
  Money,
  type TraceStep,
  ValidationError,
  valueAt,
} from '@gd-ftz/core';
import { CIT_SMALL_PROFIT_RATE, CIT_STANDARD_RATE, CIT_YEARS, CITES, SMALL_PROFIT } from './law';
import type { SmallLowProfitCit } from './model';
import { checkAmount, checkCount, checkFlag, checkObject } from './validate';

/** The input of {@link smallLowProfitCit}. */
export interface SmallLowProfitInput {
  readonly taxYear: number;
  /** 年度应纳税所得额, a decimal string in yuan (≥ 0). */
  readonly taxableIncome: string;
  /** 从业人数 (quarterly average), a whole number. */
  readonly employees: number;
  /** 资产总额 (quarterly average), a decimal string in yuan (≥ 0). */
  readonly totalAssets: string;
  readonly restrictedIndustry: boolean;
}

/** The law of one tax year, read once: evaluated on its last day. */
interface YearLaw {
  readonly standardRate: Decimal;
  readonly smallRate: Decimal;
  readonly incomeLimit: Decimal;
  readonly staffLimit: number;
  readonly assetsLimit: Decimal;
  readonly lowBand: Decimal;
  readonly lowShare: Decimal;
  readonly highShare: Decimal;
}

const LAW_BY_YEAR = new Map<number, YearLaw>();

function lawOf(year: number): YearLaw {
  const cached = LAW_BY_YEAR.get(year);
  if (cached) return cached;
  const on = `${year}-12-31`;
  const law: YearLaw = {
    standardRate: valueAt(CIT_STANDARD_RATE, on),
    smallRate: valueAt(CIT_SMALL_PROFIT_RATE, on),
    incomeLimit: valueAt(SMALL_PROFIT.incomeLimit, on),
    staffLimit: integerAt(SMALL_PROFIT.staffLimit, on),
    assetsLimit: valueAt(SMALL_PROFIT.assetsLimit, on),
    lowBand: valueAt(SMALL_PROFIT.lowBandLimit, on),
    lowShare: valueAt(SMALL_PROFIT.lowBandShare, on),
    highShare: valueAt(SMALL_PROFIT.highBandShare, on),
  };
  LAW_BY_YEAR.set(year, law);
  return law;
}

/** Checks the input; a ValidationError names every bad field. Reads each field once. */
function parseInput(input: unknown): CitFacts {
  const o = checkObject(input, 'input');
  const year = o.taxYear;
  if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < CIT_YEARS.first ||
    year > CIT_YEARS.last
  ) {
    throw ValidationError.of(
      'taxYear',
      `must be a whole year ${CIT_YEARS.first}–${CIT_YEARS.last} (the years whose law is held)`,
      `必须是 ${CIT_YEARS.first}–${CIT_YEARS.last} 之间的整数年度`,
    );
  }
  return {
    year,
    income: checkAmount(o.taxableIncome, 'taxableIncome'),
    employees: checkCount(o.employees, 'employees'),
    assets: checkAmount(o.totalAssets, 'totalAssets'),
    restricted: checkFlag(o.restrictedIndustry, 'restrictedIndustry'),
  };
}

/** The checked facts of one firm year. */
export interface CitFacts {
  readonly year: number;
  readonly income: Decimal;
  readonly employees: number;
  readonly assets: Decimal;
  readonly restricted: boolean;
}

/** The conditions, the bands and the tax of a firm year, without a trace (the hot path of a run). */
export function citOf(f: CitFacts) {
  const law = lawOf(f.year);
  const conditions = {
    notRestricted: !f.restricted,
    income: f.income.lte(law.incomeLimit),
    staff: f.employees <= law.staffLimit,
    assets: f.assets.lte(law.assetsLimit),
  };
  const qualifies = conditions.notRestricted && conditions.income && conditions.staff && conditions.assets;
  const standardTax = Money.fromDecimal(f.income.mul(law.standardRate)).round();
  const low = qualifies ? (f.income.lte(law.lowBand) ? f.income : law.lowBand) : decimal('0');
  const high = qualifies ? f.income.sub(low) : decimal('0');
  const taxDue = qualifies
    ? Money.fromDecimal(low.mul(law.lowShare).add(high.mul(law.highShare)).mul(law.smallRate)).round()
    : standardTax;
  return { law, conditions, qualifies, standardTax, low, high, taxDue, relief: standardTax.subtract(taxDue) };
}

/** The notices that set the year's counted shares. */
function yearCites(year: number) {
  if (year <= 2020) return [CITES.smallProfitConditions];
  if (year === 2021) return [CITES.smallProfitConditions, CITES.cit2021];
  if (year === 2022) return [CITES.cit2021, CITES.cit2022];
  if (year === 2023 || year === 2024) return [CITES.cit2023, CITES.cit2022, CITES.small2023];
  return [CITES.small2023];
}

function conditionStep(
  id: string,
  zh: string,
  en: string,
  fired: boolean,
  inputs: Record<string, string | number | boolean>,
): TraceStep {
  return {
    id: `small-profit.${id}`,
    kind: 'rule',
    title: { zh, en },
    fired,
    inputs,
    basis: cited(CITES.smallProfitConditions, CITES.smallDefinition2023),
  };
}

/**
 * The enterprise income tax of one year with the small low-profit preference: qualifies when not
 * restricted and income ≤ 300万, staff ≤ 300, assets ≤ 5000万 (all inclusive); then the part of
 * income up to 100万 and the part above are counted at the year's shares and taxed at 20%.
 * `standardTax` is 25% of income (企业所得税法 第四条), `relief` = standardTax − taxDue; amounts
 * half-up to the fen. Law held for 2019–2027 (财税〔2019〕13号 第二条; 2021年第12号; 2022年第13号;
 * 2023年第6号; 2023年第12号 第三条、第五条).
 * @throws ValidationError naming `taxYear` (not a whole year 2019–2027), `taxableIncome`,
 * `employees`, `totalAssets` or `restrictedIndustry`.
 * @example
 * smallLowProfitCit({ taxYear: 2023, taxableIncome: '2000000.00', employees: 120,
 *   totalAssets: '30000000.00', restrictedIndustry: false }).taxDue.toString() // '100000.00'
 */
export function smallLowProfitCit(input: SmallLowProfitInput): SmallLowProfitCit {
  const facts = parseInput(input);
  const { year, income, employees, assets, restricted } = facts;
  const { law, conditions, qualifies, standardTax, low, high, taxDue, relief } = citOf(facts);
  const checks = [
    conditionStep(
      'not-restricted',
      '非国家限制和禁止行业',
      'Not a restricted industry',
      conditions.notRestricted,
      {
        restrictedIndustry: restricted,
      },
    ),
    conditionStep('income', '应纳税所得额不超过上限', 'Taxable income within the limit', conditions.income, {
      taxableIncome: income.toFixed(2),
      limit: law.incomeLimit.toFixed(0),
    }),
    conditionStep('staff', '从业人数不超过上限', 'Staff within the limit', conditions.staff, {
      employees,
      limit: law.staffLimit,
    }),
    conditionStep('assets', '资产总额不超过上限', 'Assets within the limit', conditions.assets, {
      totalAssets: assets.toFixed(2),
      limit: law.assetsLimit.toFixed(0),
    }),
  ];
  const steps: TraceStep[] = [
    ...checks,
    {
      id: 'small-profit.tax',
      kind: 'step',
      title: { zh: '计算应纳企业所得税', en: 'Tax due' },
      fired: true,
      inputs: {
        taxYear: year,
        lowBand: low.toFixed(2),
        lowShare: law.lowShare.toString(),
        highBand: high.toFixed(2),
        highShare: law.highShare.toString(),
      },
      result: taxDue.toString(),
      basis: qualifies ? cited(CITES.smallProfitRate, ...yearCites(year)) : cited(CITES.standardRate),
    },
  ];
  return {
    qualifies,
    taxDue,
    standardTax,
    relief,
    trace: {
      subject: `CIT ${year}`,
      outcome: qualifies
        ? {
            zh: `符合小型微利企业条件，减免 ${relief.toString()} 元`,
            en: `small low-profit: relief ${relief.toString()} yuan`,
          }
        : { zh: '不符合小型微利企业条件，按25%缴纳', en: 'not a small low-profit enterprise: 25% applies' },
      steps,
    },
  };
}
