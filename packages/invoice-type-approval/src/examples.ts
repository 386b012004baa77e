import type { Application, Taxpayer } from './model';

/**
 * A clean established taxpayer: general, grade A, no risk, no violations, two years of usage, a
 * current 10万 approval for both kinds. The base of the worked examples and the rule fixtures.
 * @example
 * decideApplication(cleanApplication()).decision // 'approve'
 */
export function cleanTaxpayer(): Taxpayer {
  return {
    uscc: '91440101MA59ABCD1D',
    name: '广州示例贸易有限公司',
    registeredOn: '2019-05-10',
    registrationStatus: 'normal',
    licenceRevoked: false,
    absconded: false,
    addressVerified: true,
    temporaryRegistration: false,
    taxpayerType: 'general',
    counselling: false,
    smallTrading: false,
    isNew: false,
    digitalInvoicing: false,
    creditGrade: 'A',
    consecutiveAYears: 3,
    directD: false,
    people: {
      legalRepVerified: true,
      taxOfficerVerified: true,
      financeHeadVerified: true,
      identityMismatch: false,
      legalRepOtherFirms: 1,
      taxOfficerOtherFirms: 0,
      legalRepLinkedAbnormal: false,
      legalRepLinkedAbsconded: false,
      legalRepLinkedD: false,
      legalRepOutOfProvince: false,
      sharedPhoneFirms: 0,
      sharedIpFirms: 0,
    },
    risk: {
      level: 'low',
      invoiceRiskList: false,
      abnormalOperationsList: false,
      majorViolationList: false,
      redAlert: false,
      yellowAlert: false,
      whiteList: false,
    },
    cases: {
      inspection: false,
      riskResponse: false,
      policeReferral: false,
      pendingPenalty: false,
      rectificationOverdue: false,
      administrativeReview: false,
    },
    violations: {
      last12m: 0,
      last24m: 0,
      invoiceViolations24m: 0,
      penalties12m: '0',
      penalties24m: '0',
      unpaidPenalties: false,
      lostTaxDevice12m: 0,
      taxDeviceTampering: false,
      falseInvoicing24m: false,
      evasionAmount: '0',
      evasionShare: '0',
    },
    filing: {
      overdueFilings12m: 0,
      unfiledPeriods: 0,
      arrears: '0',
      arrearsOverdueDays: 0,
      zeroFilingConsecutive: 0,
      zeroFilingMonthsThisYear: 0,
      issuedNotFiled: false,
      unpaidLateFees: false,
      vatCitMismatch: '0.02',
    },
    invoices: {
      abnormalIssued12m: 0,
      abnormalReceived12m: 0,
      abnormalInputShare: '0',
      abnormalInputAmount: '0',
      unresolvedAbnormal: false,
      monthsOfHistory: 24,
      peakMonthlySpecial: 60,
      avgMonthlySpecial: 40,
      peakMonthlyOrdinary: 120,
      avgMonthlyOrdinary: 80,
      unusedSpecial: 10,
      unusedOrdinary: 20,
      topLimitShare: '0.20',
      voidShare: '0.02',
      inputOutputMatch: '0.95',
      agriInputShare: '0',
    },
    business: {
      industry: 'manufacturing',
      scopeCoversRequest: true,
      unlicensedActivity: false,
      consumerRetail: false,
      sales12m: '50000000',
      registeredCapital: '5000000',
      staff: 40,
    },
  };
}

/**
 * A clean application dated 2025-03-03: 专票 10万 × 50 a month and 普票 10万 × 100 a month,
 * three months at once. Only ITA-032 (grade A: up to 3 months) fires; it is auto-approved as asked.
 * @example
 * const app = cleanApplication();
 */
export function cleanApplication(): Application {
  return {
    id: 'ITA-EXAMPLE-A',
    date: '2025-03-03',
    taxpayer: cleanTaxpayer(),
    request: {
      special: { faceValue: '100000', monthlyQuantity: 50 },
      ordinary: { faceValue: '100000', monthlyQuantity: 100 },
      supplyMonths: 3,
      currentSpecialFaceValue: '100000',
      currentOrdinaryFaceValue: '100000',
      byAgent: false,
      agentAuthorised: false,
      materialsComplete: true,
      pendingApplication: false,
    },
  };
}

/**
 * A new small-scale taxpayer's first application (registered 2025-02-10, grade M) asking 专票 at
 * 100万 × 60 copies a month: the first-issue caps of 2018年第29号 apply.
 * @example
 * decideApplication(newSmallScaleApplication()).grants[0] // { faceValue: '100000', monthlyQuantity: 25, ... }
 */
export function newSmallScaleApplication(): Application {
  const base = cleanTaxpayer();
  return {
    id: 'ITA-EXAMPLE-NEW',
    date: '2025-03-03',
    taxpayer: {
      ...base,
      name: '横琴示例咨询有限公司',
      registeredOn: '2025-02-10',
      taxpayerType: 'small-scale',
      isNew: true,
      creditGrade: 'M',
      consecutiveAYears: 0,
      invoices: {
        ...base.invoices,
        monthsOfHistory: 0,
        peakMonthlySpecial: 0,
        avgMonthlySpecial: 0,
        peakMonthlyOrdinary: 0,
        avgMonthlyOrdinary: 0,
        unusedSpecial: 0,
        unusedOrdinary: 0,
        topLimitShare: '0',
        voidShare: '0',
        inputOutputMatch: '1',
      },
      business: {
        ...base.business,
        industry: 'services',
        sales12m: '0',
        registeredCapital: '1000000',
        staff: 3,
      },
    },
    request: {
      special: { faceValue: '1000000', monthlyQuantity: 60 },
      supplyMonths: 1,
      byAgent: false,
      agentAuthorised: false,
      materialsComplete: true,
      pendingApplication: false,
    },
  };
}
