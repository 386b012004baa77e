import { defineFacts, type FactsOf } from '@gd-ftz/core';
import { INDUSTRIES } from './model';

const bool = { kind: 'boolean' } as const;
const count = { kind: 'integer', min: 0, max: 1_000_000 } as const;
/** Amounts in fen (exact safe integers; up to 10^15 fen = 10 trillion yuan). */
const fen = { kind: 'integer', min: 0, max: 1e15 } as const;
/** Shares in basis points (0–10000), exact integers. */
const bp = { kind: 'integer', min: 0, max: 10_000 } as const;
/** A face value tier index: 0 = none, 1 = 1万, 2 = 10万, 3 = 100万, 4 = 1000万. */
const tier = { kind: 'integer', min: 0, max: 4 } as const;

/**
 * The flat facts the 131 rules read, derived from an {@link Application} by `toFacts`. Amounts are
 * integer fen, shares integer basis points, face values tier indices: exact, and fast to compare.
 * @example
 * Object.keys(APPROVAL_FACTS).length // 95
 */
export const APPROVAL_FACTS = defineFacts({
  // registration
  regStatus: { kind: 'enum', values: ['normal', 'abnormal', 'deregistering', 'suspended'] },
  licenceRevoked: bool,
  absconded: bool,
  addressVerified: bool,
  temporaryRegistration: bool,
  monthsSinceAbnormalLifted: { kind: 'integer', min: 0, max: 9999 },
  monthsRegistered: { kind: 'integer', min: 0, max: 9999 },
  digitalInvoicing: bool,
  // real name
  legalRepVerified: bool,
  taxOfficerVerified: bool,
  financeHeadVerified: bool,
  identityMismatch: bool,
  legalRepOtherFirms: count,
  taxOfficerOtherFirms: count,
  legalRepLinkedAbnormal: bool,
  legalRepLinkedAbsconded: bool,
  legalRepLinkedD: bool,
  legalRepOutOfProvince: bool,
  sharedPhoneFirms: count,
  sharedIpFirms: count,
  // taxpayer type
  taxpayerType: { kind: 'enum', values: ['general', 'small-scale'] },
  counselling: bool,
  smallTrading: bool,
  isNew: bool,
  // credit
  creditGrade: { kind: 'enum', values: ['A', 'B', 'M', 'C', 'D'] },
  consecutiveAYears: { kind: 'integer', min: 0, max: 100 },
  directD: bool,
  // risk
  riskLevel: { kind: 'enum', values: ['none', 'low', 'medium', 'high'] },
  invoiceRiskList: bool,
  abnormalOperationsList: bool,
  majorViolationList: bool,
  redAlert: bool,
  yellowAlert: bool,
  whiteList: bool,
  // cases
  openInspection: bool,
  openRiskResponse: bool,
  policeReferral: bool,
  pendingPenalty: bool,
  rectificationOverdue: bool,
  administrativeReview: bool,
  // violations
  violations12m: count,
  violations24m: count,
  invoiceViolations24m: count,
  penalties12mFen: fen,
  penalties24mFen: fen,
  unpaidPenalties: bool,
  lostTaxDevice12m: count,
  taxDeviceTampering: bool,
  falseInvoicing24m: bool,
  evasionFen: fen,
  evasionShareBp: bp,
  // filing
  overdueFilings12m: count,
  unfiledPeriods: count,
  arrearsFen: fen,
  arrearsOverdueDays: count,
  zeroFilingConsecutive: { kind: 'integer', min: 0, max: 1200 },
  zeroFilingMonthsThisYear: { kind: 'integer', min: 0, max: 12 },
  issuedNotFiled: bool,
  unpaidLateFees: bool,
  vatCitMismatchBp: bp,
  // abnormal invoices
  abnormalIssued12m: count,
  abnormalReceived12m: count,
  abnormalInputShareBp: bp,
  abnormalInputFen: fen,
  unresolvedAbnormal: bool,
  // scope
  industry: { kind: 'enum', values: INDUSTRIES as readonly [string, ...string[]] },
  scopeCoversRequest: bool,
  unlicensedActivity: bool,
  consumerRetail: bool,
  agriInputShareBp: bp,
  inputOutputMatchBp: bp,
  // usage
  monthsOfHistory: { kind: 'integer', min: 0, max: 9999 },
  peakMonthlySpecial: count,
  avgMonthlySpecial: count,
  peakMonthlyOrdinary: count,
  avgMonthlyOrdinary: count,
  unusedSpecial: count,
  unusedOrdinary: count,
  topLimitShareBp: bp,
  voidShareBp: bp,
  // scale
  sales12mFen: fen,
  registeredCapitalFen: fen,
  staff: count,
  // request
  reqSpecialTier: tier,
  reqSpecialQty: count,
  reqOrdinaryTier: tier,
  reqOrdinaryQty: count,
  reqSupplyMonths: { kind: 'integer', min: 1, max: 12 },
  curSpecialTier: tier,
  curOrdinaryTier: tier,
  declaredSalesGapBp: { kind: 'integer', min: 0, max: 1_000_000 },
  byAgent: bool,
  agentAuthorised: bool,
  materialsComplete: bool,
  pendingApplication: bool,
});

/**
 * The facts record of one application.
 * @example
 * const f: ApprovalFacts = toFacts(cleanApplication());
 * f.creditGrade // 'A'
 */
export type ApprovalFacts = FactsOf<typeof APPROVAL_FACTS>;

/**
 * The names of the approval facts.
 * @example
 * const name: FactName = 'creditGrade';
 */
export type FactName = keyof ApprovalFacts & string;
