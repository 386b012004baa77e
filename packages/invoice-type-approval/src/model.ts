/**
 * 专票 (special VAT invoice) or 普票 (ordinary VAT invoice).
 * @example
 * const k: InvoiceKind = 'special'; // 专票
 */
export type InvoiceKind = 'special' | 'ordinary';

/**
 * The invoice kinds, in display order.
 * @example
 * INVOICE_KINDS // ['special', 'ordinary']
 */
export const INVOICE_KINDS: readonly InvoiceKind[] = ['special', 'ordinary'];

/**
 * Tax registration status: 正常 / 非正常 / 注销中 / 停业.
 * @example
 * const s: RegistrationStatus = 'abnormal'; // 非正常户
 */
export type RegistrationStatus = 'normal' | 'abnormal' | 'deregistering' | 'suspended';

/**
 * 纳税信用级别, from best to worst as the credit measures rank them: A, B, M, C, D.
 * @example
 * const g: CreditGrade = 'M'; // 新设立 or no revenue in the year
 */
export type CreditGrade = 'A' | 'B' | 'M' | 'C' | 'D';

/**
 * The credit grades from worst to best (index = rank; a higher rank is a better grade).
 * @example
 * CREDIT_GRADES_WORST_FIRST.indexOf('A') > CREDIT_GRADES_WORST_FIRST.indexOf('B') // true
 */
export const CREDIT_GRADES_WORST_FIRST: readonly CreditGrade[] = ['D', 'C', 'M', 'B', 'A'];

/**
 * Tax-risk level (the four classes Ⅳ 无风险 … Ⅰ 高风险).
 * @example
 * const r: RiskLevel = 'medium';
 */
export type RiskLevel = 'none' | 'low' | 'medium' | 'high';

/**
 * The risk levels from lowest to highest (index = rank).
 * @example
 * RISK_LEVELS.indexOf('high') // 3
 */
export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'low', 'medium', 'high'];

/**
 * 一般纳税人 or 小规模纳税人.
 * @example
 * const t: TaxpayerType = 'small-scale'; // 小规模纳税人
 */
export type TaxpayerType = 'general' | 'small-scale';

/**
 * Industry groups the rules distinguish.
 * @example
 * const i: Industry = 'wholesale';
 */
export type Industry =
  | 'manufacturing'
  | 'wholesale'
  | 'retail'
  | 'services'
  | 'construction'
  | 'real-estate'
  | 'agriculture'
  | 'recycling'
  | 'finance'
  | 'other';

/**
 * Every industry group.
 * @example
 * INDUSTRIES.length // 10
 */
export const INDUSTRIES: readonly Industry[] = [
  'manufacturing',
  'wholesale',
  'retail',
  'services',
  'construction',
  'real-estate',
  'agriculture',
  'recycling',
  'finance',
  'other',
];

/**
 * One requested invoice kind: the highest face value per invoice (a tier: '10000', '100000',
 * '1000000' or '10000000' yuan) and the copies per month.
 * @example
 * const line: RequestLine = { faceValue: '100000', monthlyQuantity: 25 };
 */
export interface RequestLine {
  readonly faceValue: string;
  readonly monthlyQuantity: number;
}

/**
 * What the taxpayer asks for.
 * @example
 * const request: InvoiceRequest = cleanApplication().request;
 */
export interface InvoiceRequest {
  readonly special?: RequestLine | undefined;
  readonly ordinary?: RequestLine | undefined;
  /** Months of supply to receive at once (一次领用月数). */
  readonly supplyMonths: number;
  /** The face value currently approved per kind, if any (for an increase). */
  readonly currentSpecialFaceValue?: string | undefined;
  readonly currentOrdinaryFaceValue?: string | undefined;
  /** Annual sales the applicant declares in the application (yuan), checked against the record. */
  readonly declaredSales12m?: string | undefined;
  /** Filed by an agent (代理人); then `agentAuthorised` must be true. */
  readonly byAgent: boolean;
  readonly agentAuthorised: boolean;
  /** Required materials attached. */
  readonly materialsComplete: boolean;
  /** Another application of the same taxpayer is still pending. */
  readonly pendingApplication: boolean;
}

/**
 * The people behind the taxpayer and their real-name status.
 * @example
 * const people: People = cleanTaxpayer().people;
 * people.legalRepVerified // true
 */
export interface People {
  readonly legalRepVerified: boolean;
  readonly taxOfficerVerified: boolean;
  readonly financeHeadVerified: boolean;
  /** The face or identity check at application failed. */
  readonly identityMismatch: boolean;
  readonly legalRepOtherFirms: number;
  readonly taxOfficerOtherFirms: number;
  /** The legal representative ran a firm that became 非正常 / 走逃 / D. */
  readonly legalRepLinkedAbnormal: boolean;
  readonly legalRepLinkedAbsconded: boolean;
  readonly legalRepLinkedD: boolean;
  readonly legalRepOutOfProvince: boolean;
  /** Firms sharing the applicant's contact phone. */
  readonly sharedPhoneFirms: number;
  /** Firms that invoiced from the same IP address in the last 12 months. */
  readonly sharedIpFirms: number;
}

/**
 * Risk lists and alerts.
 * @example
 * const risk: RiskProfile = cleanTaxpayer().risk;
 * risk.level // 'low'
 */
export interface RiskProfile {
  readonly level: RiskLevel;
  readonly invoiceRiskList: boolean;
  readonly abnormalOperationsList: boolean;
  readonly majorViolationList: boolean;
  readonly redAlert: boolean;
  readonly yellowAlert: boolean;
  readonly whiteList: boolean;
}

/**
 * Open cases.
 * @example
 * const cases: OpenCases = cleanTaxpayer().cases;
 * cases.inspection // false
 */
export interface OpenCases {
  readonly inspection: boolean;
  readonly riskResponse: boolean;
  readonly policeReferral: boolean;
  readonly pendingPenalty: boolean;
  readonly rectificationOverdue: boolean;
  readonly administrativeReview: boolean;
}

/**
 * Violations and penalties. Amounts are yuan as decimal strings.
 * @example
 * const v: ViolationRecord = cleanTaxpayer().violations;
 * v.last12m // 0
 */
export interface ViolationRecord {
  readonly last12m: number;
  readonly last24m: number;
  readonly invoiceViolations24m: number;
  readonly penalties12m: string;
  readonly penalties24m: string;
  readonly unpaidPenalties: boolean;
  readonly lostTaxDevice12m: number;
  readonly taxDeviceTampering: boolean;
  readonly falseInvoicing24m: boolean;
  /** Tax evasion found in the last 24 months (yuan) and its share of the tax due (0–1). */
  readonly evasionAmount: string;
  readonly evasionShare: string;
}

/**
 * Filing and payment.
 * @example
 * const f: FilingRecord = cleanTaxpayer().filing;
 * f.arrears // '0'
 */
export interface FilingRecord {
  readonly overdueFilings12m: number;
  readonly unfiledPeriods: number;
  readonly arrears: string;
  readonly arrearsOverdueDays: number;
  readonly zeroFilingConsecutive: number;
  /**
   * Months of the application's calendar year (January to the application's month) whose VAT due
   * was zero: the credit measures test "累计6个月应纳税额为0" per rating year, the calendar year
   * (2025年第12号 第十五条、第十七条), not over 12 rolling months. At most the application's month.
   */
  readonly zeroFilingMonthsThisYear: number;
  /** A new taxpayer that received invoices but did not file for them. */
  readonly issuedNotFiled: boolean;
  readonly unpaidLateFees: boolean;
  /** Relative gap between VAT sales and CIT revenue (0–1). */
  readonly vatCitMismatch: string;
}

/**
 * Invoice history. Shares are decimal strings in [0, 1].
 * @example
 * const h: InvoiceHistory = cleanTaxpayer().invoices;
 * h.peakMonthlySpecial // 60
 */
export interface InvoiceHistory {
  readonly abnormalIssued12m: number;
  readonly abnormalReceived12m: number;
  readonly abnormalInputShare: string;
  readonly abnormalInputAmount: string;
  readonly unresolvedAbnormal: boolean;
  readonly monthsOfHistory: number;
  readonly peakMonthlySpecial: number;
  readonly avgMonthlySpecial: number;
  readonly peakMonthlyOrdinary: number;
  readonly avgMonthlyOrdinary: number;
  readonly unusedSpecial: number;
  readonly unusedOrdinary: number;
  /** Share of invoices at ≥90% of the face value cap (顶额开票). */
  readonly topLimitShare: string;
  /** Share of voided or red-letter invoices. */
  readonly voidShare: string;
  /** Share of input invoices whose goods codes match the output (进销项匹配). */
  readonly inputOutputMatch: string;
  /** Agricultural purchase invoices in total input. */
  readonly agriInputShare: string;
}

/**
 * Business scope and scale.
 * @example
 * const b: Business = cleanTaxpayer().business;
 * b.industry // 'manufacturing'
 */
export interface Business {
  readonly industry: Industry;
  /** The registered business scope covers taxable sales that need the requested kinds. */
  readonly scopeCoversRequest: boolean;
  /** A licensed activity is run without its permit. */
  readonly unlicensedActivity: boolean;
  /** Retail of consumer goods to consumers (烟酒食品服装鞋帽化妆品 etc.). */
  readonly consumerRetail: boolean;
  readonly sales12m: string;
  readonly registeredCapital: string;
  readonly staff: number;
}

/**
 * Who applies.
 * @example
 * const t: Taxpayer = cleanTaxpayer();
 * t.creditGrade // 'A'
 */
export interface Taxpayer {
  readonly uscc: string;
  readonly name: string;
  readonly registeredOn: string;
  readonly registrationStatus: RegistrationStatus;
  readonly licenceRevoked: boolean;
  readonly absconded: boolean;
  readonly addressVerified: boolean;
  readonly temporaryRegistration: boolean;
  /** When a 非正常 status was last lifted, if ever. */
  readonly abnormalLiftedOn?: string | undefined;
  readonly taxpayerType: TaxpayerType;
  readonly counselling: boolean;
  readonly smallTrading: boolean;
  /** First application for invoices (新办纳税人首次申领). */
  readonly isNew: boolean;
  /** Already on fully digital e-invoices (数电, no 票种核定). */
  readonly digitalInvoicing: boolean;
  readonly creditGrade: CreditGrade;
  readonly consecutiveAYears: number;
  readonly directD: boolean;
  readonly people: People;
  readonly risk: RiskProfile;
  readonly cases: OpenCases;
  readonly violations: ViolationRecord;
  readonly filing: FilingRecord;
  readonly invoices: InvoiceHistory;
  readonly business: Business;
}

/**
 * One application for invoice-type approval (票种核定 with its 最高开票限额).
 * @example
 * const app: Application = cleanApplication();
 * decideApplication(app).decision // 'approve'
 */
export interface Application {
  readonly id: string;
  /** The application date (`YYYY-MM-DD`); rules and parameters apply as of this date. */
  readonly date: string;
  readonly taxpayer: Taxpayer;
  readonly request: InvoiceRequest;
}
