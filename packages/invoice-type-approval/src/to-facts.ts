import { isCivilDate, ValidationError } from '@gd-ftz/core';
import type { ApprovalFacts } from './facts';
import type { Application } from './model';
import { fenOfYuan, tierIndex } from './tiers';
import { validateApplication } from './validate';

/** Whole months between two valid civil dates, read from their digits (no split, no allocation). */
function months(from: string, to: string): number {
  const fy = Number(from.slice(0, 4));
  const fm = Number(from.slice(5, 7));
  const fd = Number(from.slice(8, 10));
  const ty = Number(to.slice(0, 4));
  const tm = Number(to.slice(5, 7));
  const td = Number(to.slice(8, 10));
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/**
 * Whole months from `from` to `to` (civil dates, `to` ≥ `from`): the day of month must be reached
 * for a month to count (2025-01-31 → 2025-02-28 is 0 months).
 * @example
 * monthsBetween('2024-03-15', '2025-03-14') // 11
 * @throws ValidationError naming `from` or `to` when it is no real YYYY-MM-DD date.
 */
export function monthsBetween(from: string, to: string): number {
  const bad = (['from', 'to'] as const).filter((k) => !isCivilDate(k === 'from' ? from : to));
  if (bad.length > 0) {
    throw new ValidationError(
      bad.map((path) => ({
        path,
        message: { en: 'must be a real date written YYYY-MM-DD', zh: '须为有效的 YYYY-MM-DD 日期' },
      })),
    );
  }
  return months(from, to);
}

const fen = fenOfYuan;

/**
 * A validated share ("0", "0.15", "1.000000") in whole basis points, rounded down: read from its
 * digits, so exact without decimal arithmetic.
 */
function bp(share: string): number {
  if (share.startsWith('1')) return 10_000;
  const frac = share.length > 2 ? share.slice(2, 6) : '';
  return Number(frac.padEnd(4, '0'));
}

/** Relative gap |declared − recorded| / recorded in basis points, rounded down (0 without a declaration). */
function gapBp(declared: string | undefined, recorded: string): number {
  if (declared === undefined) return 0;
  // Integer fen (≤ 10^15) keep the arithmetic exact: |d − r| × 10000 / r on BigInt.
  const r = BigInt(fen(recorded));
  const d = BigInt(fen(declared));
  if (r === 0n) return d === 0n ? 0 : 1_000_000;
  const diff = d > r ? d - r : r - d;
  const gap = (diff * 10_000n) / r;
  return gap > 1_000_000n ? 1_000_000 : Number(gap);
}

/**
 * The flat facts of an application, as of its date: dates become month counts, amounts integer
 * fen, shares basis points, face values tier indices. Validates the application first
 * (`validateApplication`); pure, never mutates the input.
 * @throws ValidationError naming every bad field (`application.…`).
 * @example
 * toFacts(cleanApplication()).reqSpecialTier // 3 for a 100万 request
 */
export function toFacts(app: Application): ApprovalFacts {
  return factsOf(validateApplication(app));
}

/**
 * `toFacts` without the check, for an application already validated (or generated valid).
 * Internal: not exported from the package.
 * @example
 * factsOf(validateApplication(input)).reqSpecialTier
 */
export function factsOf(app: Application): ApprovalFacts {
  const tp = app.taxpayer;
  const { people: p, risk: r, cases: c, violations: v, filing: f, invoices: i, business: b } = tp;
  const req = app.request;
  const d = app.date;
  return {
    regStatus: tp.registrationStatus,
    licenceRevoked: tp.licenceRevoked,
    absconded: tp.absconded,
    addressVerified: tp.addressVerified,
    temporaryRegistration: tp.temporaryRegistration,
    monthsSinceAbnormalLifted:
      tp.abnormalLiftedOn === undefined ? 9999 : Math.min(9999, months(tp.abnormalLiftedOn, d)),
    monthsRegistered: Math.min(9999, months(tp.registeredOn, d)),
    digitalInvoicing: tp.digitalInvoicing,
    legalRepVerified: p.legalRepVerified,
    taxOfficerVerified: p.taxOfficerVerified,
    financeHeadVerified: p.financeHeadVerified,
    identityMismatch: p.identityMismatch,
    legalRepOtherFirms: p.legalRepOtherFirms,
    taxOfficerOtherFirms: p.taxOfficerOtherFirms,
    legalRepLinkedAbnormal: p.legalRepLinkedAbnormal,
    legalRepLinkedAbsconded: p.legalRepLinkedAbsconded,
    legalRepLinkedD: p.legalRepLinkedD,
    legalRepOutOfProvince: p.legalRepOutOfProvince,
    sharedPhoneFirms: p.sharedPhoneFirms,
    sharedIpFirms: p.sharedIpFirms,
    taxpayerType: tp.taxpayerType,
    counselling: tp.counselling,
    smallTrading: tp.smallTrading,
    isNew: tp.isNew,
    creditGrade: tp.creditGrade,
    consecutiveAYears: tp.consecutiveAYears,
    directD: tp.directD,
    riskLevel: r.level,
    invoiceRiskList: r.invoiceRiskList,
    abnormalOperationsList: r.abnormalOperationsList,
    majorViolationList: r.majorViolationList,
    redAlert: r.redAlert,
    yellowAlert: r.yellowAlert,
    whiteList: r.whiteList,
    openInspection: c.inspection,
    openRiskResponse: c.riskResponse,
    policeReferral: c.policeReferral,
    pendingPenalty: c.pendingPenalty,
    rectificationOverdue: c.rectificationOverdue,
    administrativeReview: c.administrativeReview,
    violations12m: v.last12m,
    violations24m: v.last24m,
    invoiceViolations24m: v.invoiceViolations24m,
    penalties12mFen: fen(v.penalties12m),
    penalties24mFen: fen(v.penalties24m),
    unpaidPenalties: v.unpaidPenalties,
    lostTaxDevice12m: v.lostTaxDevice12m,
    taxDeviceTampering: v.taxDeviceTampering,
    falseInvoicing24m: v.falseInvoicing24m,
    evasionFen: fen(v.evasionAmount),
    evasionShareBp: bp(v.evasionShare),
    overdueFilings12m: f.overdueFilings12m,
    unfiledPeriods: f.unfiledPeriods,
    arrearsFen: fen(f.arrears),
    arrearsOverdueDays: f.arrearsOverdueDays,
    zeroFilingConsecutive: f.zeroFilingConsecutive,
    zeroFilingMonthsThisYear: f.zeroFilingMonthsThisYear,
    issuedNotFiled: f.issuedNotFiled,
    unpaidLateFees: f.unpaidLateFees,
    vatCitMismatchBp: bp(f.vatCitMismatch),
    abnormalIssued12m: i.abnormalIssued12m,
    abnormalReceived12m: i.abnormalReceived12m,
    abnormalInputShareBp: bp(i.abnormalInputShare),
    abnormalInputFen: fen(i.abnormalInputAmount),
    unresolvedAbnormal: i.unresolvedAbnormal,
    industry: b.industry,
    scopeCoversRequest: b.scopeCoversRequest,
    unlicensedActivity: b.unlicensedActivity,
    consumerRetail: b.consumerRetail,
    agriInputShareBp: bp(i.agriInputShare),
    inputOutputMatchBp: bp(i.inputOutputMatch),
    monthsOfHistory: i.monthsOfHistory,
    peakMonthlySpecial: i.peakMonthlySpecial,
    avgMonthlySpecial: i.avgMonthlySpecial,
    peakMonthlyOrdinary: i.peakMonthlyOrdinary,
    avgMonthlyOrdinary: i.avgMonthlyOrdinary,
    unusedSpecial: i.unusedSpecial,
    unusedOrdinary: i.unusedOrdinary,
    topLimitShareBp: bp(i.topLimitShare),
    voidShareBp: bp(i.voidShare),
    sales12mFen: fen(b.sales12m),
    registeredCapitalFen: fen(b.registeredCapital),
    staff: b.staff,
    reqSpecialTier: req.special === undefined ? 0 : tierIndex(req.special.faceValue, d),
    reqSpecialQty: req.special?.monthlyQuantity ?? 0,
    reqOrdinaryTier: req.ordinary === undefined ? 0 : tierIndex(req.ordinary.faceValue, d),
    reqOrdinaryQty: req.ordinary?.monthlyQuantity ?? 0,
    reqSupplyMonths: req.supplyMonths,
    curSpecialTier: req.currentSpecialFaceValue === undefined ? 0 : tierIndex(req.currentSpecialFaceValue, d),
    curOrdinaryTier:
      req.currentOrdinaryFaceValue === undefined ? 0 : tierIndex(req.currentOrdinaryFaceValue, d),
    declaredSalesGapBp: gapBp(req.declaredSales12m, b.sales12m),
    byAgent: req.byAgent,
    agentAuthorised: req.agentAuthorised,
    materialsComplete: req.materialsComplete,
    pendingApplication: req.pendingApplication,
  };
}
