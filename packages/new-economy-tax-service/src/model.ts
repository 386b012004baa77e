// The domain of measure 4: a new-economy firm, its year and months, and what each mechanism
// gives it (a preference package, an onboarding plan, risk reminders).
import type { CivilDate, LegalBasis, Localized, Money, Trace } from '@gd-ftz/core';

/** The new-economy sectors the measure names (新经济新业态), as modelled. */
export type Sector =
  | 'platform'
  | 'digital-content'
  | 'live-streaming'
  | 'software'
  | 'cross-border-ecommerce';

/** Every {@link Sector}, in a fixed order. */
export const SECTORS: readonly Sector[] = [
  'platform',
  'digital-content',
  'live-streaming',
  'software',
  'cross-border-ecommerce',
];

/** 增值税一般纳税人 or 小规模纳税人. */
export type VatStatus = 'general' | 'small-scale';

/** A firm as the tax office sees it when its project lands. */
export interface FirmProfile {
  readonly id: string;
  readonly sector: Sector;
  readonly vatStatus: VatStatus;
  /** The project needs a tax ruling (a new business model without a settled treatment). */
  readonly novel: boolean;
}

/** One tax year of a firm: what the preferences read. Amounts are decimal strings in yuan. */
export interface FirmYear extends FirmProfile {
  readonly taxYear: number;
  /** 年度应纳税所得额. */
  readonly taxableIncome: string;
  /** 从业人数, the year's quarterly average, whole people. */
  readonly employees: number;
  /** 资产总额, the year's quarterly average. */
  readonly totalAssets: string;
  /** 从事国家限制或禁止行业. */
  readonly restrictedIndustry: boolean;
  /** VAT-exclusive sales of each month, January first (12 entries). */
  readonly monthlySales: readonly string[];
  /** The 六税两费 assessed for the year before any halving. */
  readonly localLevies: string;
}

/** One month of a firm's invoicing and filing, for the risk reminders. */
export interface FirmMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly vatStatus: VatStatus;
  /** Invoiced sales, VAT-exclusive, decimal string in yuan. */
  readonly sales: string;
  /** Invoices issued and, of them, voided or red-lettered (whole numbers). */
  readonly invoices: number;
  readonly voided: number;
}

/** The result of {@link smallLowProfitCit}. */
export interface SmallLowProfitCit {
  readonly qualifies: boolean;
  readonly taxDue: Money;
  readonly standardTax: Money;
  readonly relief: Money;
  readonly trace: Trace;
}

/** Which preference a package line is. */
export type PreferenceId = 'small-low-profit-cit' | 'small-scale-vat' | 'levy-halving';

/** One line of a pushed preference package: the relief it gives and the law that gives it. */
export interface PolicyMatch {
  readonly id: PreferenceId;
  readonly title: Localized;
  readonly relief: Money;
  readonly basis: LegalBasis;
  readonly asOf: CivilDate;
}

/** How onboarding is applied for: one application per item, or the bundle (便捷办税套餐). */
export type OnboardingMode = 'separate' | 'bundle';

/** One application of an onboarding plan and its statutory finish date. */
export interface OnboardingStep {
  readonly id: 'real-name' | 'invoice-types' | 'first-supply' | 'bundle';
  readonly title: Localized;
  readonly appliedOn: CivilDate;
  readonly finishBy: CivilDate;
  readonly basis: LegalBasis;
}

/** The result of {@link onboarding}. */
export interface OnboardingPlan {
  readonly mode: OnboardingMode;
  readonly startedOn: CivilDate;
  readonly steps: readonly OnboardingStep[];
  /** Applications the firm files (one per step). */
  readonly applications: number;
  /** The last day the first invoices are supplied by law. */
  readonly firstInvoiceBy: CivilDate;
  /** The filing deadline of the return for the month of the first invoices. */
  readonly firstFilingBy: CivilDate;
}

/** Which risk rule a reminder comes from. */
export type ReminderRule = 'invoice-surge' | 'void-share' | 'zero-filing' | 'exemption-exceeded';

/** One early risk reminder (风险监管提醒), for the latest month of a history. */
export interface Reminder {
  readonly rule: ReminderRule;
  readonly month: string;
  readonly message: Localized;
  readonly basis: LegalBasis;
}
