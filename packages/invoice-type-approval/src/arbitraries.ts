// fast-check arbitraries of valid inputs of @gd-ftz/invoice-type-approval, for property tests that
// use this engine as an oracle. fast-check is a peer dependency.
import { addDays, type CivilDate, civilDate } from '@gd-ftz/core';
import { civilDateArb, paramsArbOf, usccArb } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { cleanTaxpayer } from './examples';
import {
  type Application,
  type CreditGrade,
  INDUSTRIES,
  type Industry,
  type RequestLine,
  type RiskLevel,
} from './model';
import { type InvoiceTypeApprovalParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema (query minimum ≤ maximum included), with
 * small populations and short reviews so that properties stay fast.
 * @example
 * fc.assert(fc.property(paramsArb, (p) => measure.simulate(p, { seed: 1 }).kpis.length > 0));
 */
export const paramsArb: fc.Arbitrary<InvoiceTypeApprovalParams> = paramsArbOf(PARAMS, {
  applications: { max: 200 },
  officers: { max: 20 },
  reviewMinutesImmediate: { max: 120 },
  reviewMinutesRouted: { max: 480 },
  fetchSecondsMin: { min: 1, max: 10 },
  fetchSecondsMax: { max: 30 },
});

/**
 * The credit grades.
 * @example
 * fc.sample(creditGradeArb, 3) // e.g. ['B', 'A', 'D']
 */
export const creditGradeArb: fc.Arbitrary<CreditGrade> = fc.constantFrom('A', 'B', 'M', 'C', 'D');

/**
 * The face value tiers in yuan.
 * @example
 * fc.sample(faceValueArb, 2) // e.g. ['100000', '10000']
 */
export const faceValueArb: fc.Arbitrary<string> = fc.constantFrom('10000', '100000', '1000000', '10000000');

const lineArb: fc.Arbitrary<RequestLine> = fc.record({
  faceValue: faceValueArb,
  monthlyQuantity: fc.integer({ min: 1, max: 1500 }),
});

const amountArb = fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 2_000_000_000 }).map(String));
const shareArb = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2));
const small = fc.nat({ max: 8 });
const rare = fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false)));
const riskArb: fc.Arbitrary<RiskLevel> = fc.constantFrom('none', 'low', 'medium', 'high');

// Any valid application, every risk input drawn over its range: almost every one trips some rule
// and is rejected or referred, so it is mixed below with near-clean applications that are often
// approved (otherwise properties about grants would only ever see empty grants).
const anyApplicationArb: fc.Arbitrary<Application> = fc
  .record({
    date: civilDateArb({ from: civilDate('2023-08-01'), to: civilDate('2026-11-30') }),
    ageDays: fc.integer({ min: 0, max: 4000 }),
    uscc: usccArb,
    grade: creditGradeArb,
    risk: riskArb,
    small: fc.boolean(),
    isNew: fc.boolean(),
    counselling: rare,
    smallTrading: rare,
    industry: fc.constantFrom(...INDUSTRIES),
    status: fc.constantFrom('normal', 'normal', 'normal', 'abnormal', 'deregistering', 'suspended'),
    flags: fc.array(rare, { minLength: 40, maxLength: 40 }),
    v12: small,
    v24extra: small,
    inv24: small,
    pen12: amountArb,
    pen24extra: amountArb,
    overdue: small,
    zeroCons: small,
    zeroCum: fc.nat({ max: 12 }),
    arrears: amountArb,
    arrearsDays: fc.nat({ max: 400 }),
    shares: fc.array(shareArb, { minLength: 8, maxLength: 8 }),
    abnormalAmount: amountArb,
    counts: fc.array(fc.nat({ max: 300 }), { minLength: 9, maxLength: 9 }),
    sales: amountArb,
    capital: amountArb,
    staff: fc.nat({ max: 500 }),
    special: fc.option(lineArb, { nil: undefined }),
    ordinary: fc.option(lineArb, { nil: undefined }),
    supplyMonths: fc.integer({ min: 1, max: 6 }),
    curSpecial: fc.option(faceValueArb, { nil: undefined }),
    curOrdinary: fc.option(faceValueArb, { nil: undefined }),
    declared: fc.option(amountArb, { nil: undefined }),
  })
  .map((r): Application => {
    const b = cleanTaxpayer();
    const f = r.flags;
    const [history, peakS, avgS, peakO, avgO, unusedS, unusedO, lrFirms, offFirms] = r.counts as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const [evShare, vatCit, absShare, topShare, voidShare, match, agri, _spare] = r.shares as string[];
    const date = r.date as CivilDate;
    return {
      id: `ARB-${r.uscc.slice(-6)}`,
      date,
      taxpayer: {
        ...b,
        uscc: r.uscc,
        registeredOn: addDays(date, -r.ageDays),
        registrationStatus: r.status as Application['taxpayer']['registrationStatus'],
        licenceRevoked: f[0]!,
        absconded: f[1]!,
        addressVerified: !f[2]!,
        temporaryRegistration: f[3]!,
        ...(f[4]! && r.ageDays > 30 ? { abnormalLiftedOn: addDays(date, -Math.floor(r.ageDays / 2)) } : {}),
        taxpayerType: r.small ? 'small-scale' : 'general',
        counselling: r.counselling,
        smallTrading: r.smallTrading,
        isNew: r.isNew,
        digitalInvoicing: f[5]!,
        creditGrade: r.grade,
        consecutiveAYears: r.grade === 'A' ? 1 : 0,
        directD: f[6]!,
        people: {
          legalRepVerified: !f[7]!,
          taxOfficerVerified: !f[8]!,
          financeHeadVerified: !f[9]!,
          identityMismatch: f[10]!,
          legalRepOtherFirms: lrFirms % 15,
          taxOfficerOtherFirms: offFirms % 8,
          legalRepLinkedAbnormal: f[11]!,
          legalRepLinkedAbsconded: f[12]!,
          legalRepLinkedD: f[13]!,
          legalRepOutOfProvince: f[14]!,
          sharedPhoneFirms: f[15]! ? 3 : 0,
          sharedIpFirms: f[16]! ? 4 : 0,
        },
        risk: {
          level: r.risk,
          invoiceRiskList: f[17]!,
          abnormalOperationsList: f[18]!,
          majorViolationList: f[19]!,
          redAlert: f[20]!,
          yellowAlert: f[21]!,
          whiteList: f[22]!,
        },
        cases: {
          inspection: f[23]!,
          riskResponse: f[24]!,
          policeReferral: f[25]!,
          pendingPenalty: f[26]!,
          rectificationOverdue: f[27]!,
          administrativeReview: f[28]!,
        },
        violations: {
          last12m: r.v12,
          last24m: r.v12 + r.v24extra,
          invoiceViolations24m: r.inv24,
          penalties12m: r.pen12,
          penalties24m: (BigInt(r.pen12) + BigInt(r.pen24extra)).toString(),
          unpaidPenalties: f[29]!,
          lostTaxDevice12m: f[30]! ? 1 : 0,
          taxDeviceTampering: f[31]!,
          falseInvoicing24m: f[32]!,
          evasionAmount: r.abnormalAmount,
          evasionShare: evShare!,
        },
        filing: {
          overdueFilings12m: r.overdue,
          unfiledPeriods: f[33]! ? 1 : 0,
          arrears: r.arrears,
          arrearsOverdueDays: r.arrearsDays,
          zeroFilingConsecutive: r.zeroCons,
          zeroFilingMonthsThisYear: Math.min(r.zeroCum, Number(r.date.slice(5, 7))),
          issuedNotFiled: f[34]!,
          unpaidLateFees: f[35]!,
          vatCitMismatch: vatCit!,
        },
        invoices: {
          abnormalIssued12m: f[36]! ? 2 : 0,
          abnormalReceived12m: f[37]! ? 3 : 0,
          abnormalInputShare: absShare!,
          abnormalInputAmount: r.abnormalAmount,
          unresolvedAbnormal: f[38]!,
          monthsOfHistory: history % 60,
          peakMonthlySpecial: peakS,
          avgMonthlySpecial: Math.min(avgS, peakS),
          peakMonthlyOrdinary: peakO,
          avgMonthlyOrdinary: Math.min(avgO, peakO),
          unusedSpecial: unusedS,
          unusedOrdinary: unusedO,
          topLimitShare: topShare!,
          voidShare: voidShare!,
          inputOutputMatch: match!,
          agriInputShare: agri!,
        },
        business: {
          industry: r.industry,
          scopeCoversRequest: !f[39]!,
          unlicensedActivity: f[2]! && f[3]!,
          consumerRetail: r.industry === 'retail' && f[0]! === false,
          sales12m: r.sales,
          registeredCapital: r.capital,
          staff: r.staff,
        },
      },
      request: {
        ...(r.special === undefined ? {} : { special: r.special }),
        ...(r.ordinary === undefined ? {} : { ordinary: r.ordinary }),
        supplyMonths: r.supplyMonths,
        ...(r.curSpecial === undefined ? {} : { currentSpecialFaceValue: r.curSpecial }),
        ...(r.curOrdinary === undefined ? {} : { currentOrdinaryFaceValue: r.curOrdinary }),
        ...(r.declared === undefined ? {} : { declaredSales12m: r.declared }),
        byAgent: f[20]! && f[21]!,
        agentAuthorised: !(f[20]! && f[21]! && f[22]!),
        materialsComplete: !(f[23]! && f[24]!),
        pendingApplication: f[25]! && f[26]!,
      },
    };
  });

const nearLineArb: fc.Arbitrary<RequestLine> = fc.record({
  faceValue: fc.constantFrom('10000', '100000', '1000000'),
  monthlyQuantity: fc.integer({ min: 1, max: 300 }),
});

/**
 * A near-clean application: the clean taxpayer of the examples with the inputs that shape the
 * grant drawn (date, grade, taxpayer type, new or counselling status, industry, a few violations,
 * usage history and the request); often approved, sometimes capped, restricted or referred.
 * @example
 * fc.sample(nearCleanApplicationArb, 1)[0]?.taxpayer.registrationStatus // 'normal'
 */
export const nearCleanApplicationArb: fc.Arbitrary<Application> = fc
  .record({
    date: civilDateArb({ from: civilDate('2023-08-01'), to: civilDate('2026-11-30') }),
    ageDays: fc.integer({ min: 0, max: 4000 }),
    uscc: usccArb,
    grade: creditGradeArb,
    risk: fc.constantFrom<RiskLevel>('none', 'low', 'low', 'medium'),
    small: fc.boolean(),
    isNew: fc.boolean(),
    counselling: rare,
    smallTrading: rare,
    industry: fc.constantFrom<Industry>('manufacturing', 'services', 'wholesale', 'construction', 'other'),
    v12: fc.nat({ max: 2 }),
    v24extra: fc.nat({ max: 3 }),
    inv24: fc.nat({ max: 1 }),
    peakS: fc.integer({ min: 1, max: 300 }),
    peakO: fc.integer({ min: 1, max: 600 }),
    special: fc.option(nearLineArb, { nil: undefined }),
    ordinary: fc.option(nearLineArb, { nil: undefined }),
    supplyMonths: fc.integer({ min: 1, max: 4 }),
  })
  .map((r): Application => {
    const b = cleanTaxpayer();
    const date = r.date as CivilDate;
    // A new taxpayer registered within the last two months, with no history and no approval yet.
    const age = r.isNew ? r.ageDays % 60 : 400 + r.ageDays;
    const history = r.isNew ? 0 : Math.min(60, Math.floor(age / 31));
    const special =
      r.special ?? (r.ordinary === undefined ? { faceValue: '100000', monthlyQuantity: 25 } : undefined);
    return {
      id: `NCA-${r.uscc.slice(-6)}`,
      date,
      taxpayer: {
        ...b,
        uscc: r.uscc,
        registeredOn: addDays(date, -age),
        taxpayerType: r.small ? 'small-scale' : 'general',
        counselling: r.counselling,
        smallTrading: r.smallTrading,
        isNew: r.isNew,
        creditGrade: r.grade,
        consecutiveAYears: r.grade === 'A' ? 1 : 0,
        risk: { ...b.risk, level: r.risk },
        violations: {
          ...b.violations,
          last12m: r.v12,
          last24m: r.v12 + r.v24extra,
          invoiceViolations24m: r.inv24,
        },
        invoices: {
          ...b.invoices,
          monthsOfHistory: history,
          peakMonthlySpecial: r.peakS,
          avgMonthlySpecial: Math.ceil(r.peakS / 2),
          peakMonthlyOrdinary: r.peakO,
          avgMonthlyOrdinary: Math.ceil(r.peakO / 2),
          unusedSpecial: 0,
          unusedOrdinary: 0,
        },
        business: { ...b.business, industry: r.industry },
      },
      request: {
        ...(special === undefined ? {} : { special }),
        ...(r.ordinary === undefined ? {} : { ordinary: r.ordinary }),
        supplyMonths: r.supplyMonths,
        ...(r.isNew ? {} : { currentSpecialFaceValue: '100000', currentOrdinaryFaceValue: '100000' }),
        byAgent: false,
        agentAuthorised: false,
        materialsComplete: true,
        pendingApplication: false,
      },
    };
  });

/**
 * Any valid application dated 2023-08-01 … 2026-11-30 (so every statutory limit stays inside the
 * calendar), around a clean taxpayer with the rule-relevant fields drawn: grade, risk, type,
 * flags (a quarter of the time), counts, amounts, history and the request.
 * @example
 * fc.assert(fc.property(applicationArb, (a) => decideApplication(a).trace.steps.length > 131));
 */
export const applicationArb: fc.Arbitrary<Application> = fc.oneof(anyApplicationArb, nearCleanApplicationArb);
