// Hand-written rule fixtures: for each of the 131 rules, a change to the clean application (which
// fires only ITA-032) under which that rule must fire. The meta-tests check each entry, that the
// clean base does not fire the rule (ITA-032: a grade-B base), and full coverage over the set.
import type { Application, Taxpayer } from '../src/index';
import { cleanApplication } from '../src/index';

type Patch = (a: Application) => Application;

const tp =
  (p: Partial<Taxpayer>): Patch =>
  (a) => ({ ...a, taxpayer: { ...a.taxpayer, ...p } });
const sub =
  <K extends 'people' | 'risk' | 'cases' | 'violations' | 'filing' | 'invoices' | 'business'>(k: K) =>
  (p: Partial<Taxpayer[K]>): Patch =>
  (a) => ({ ...a, taxpayer: { ...a.taxpayer, [k]: { ...a.taxpayer[k], ...p } } });
const people = sub('people');
const risk = sub('risk');
const cases = sub('cases');
const vio = sub('violations');
const filing = sub('filing');
const inv = sub('invoices');
const biz = sub('business');
const req =
  (p: Partial<Application['request']>): Patch =>
  (a) => ({ ...a, request: { ...a.request, ...p } });
const drop =
  (...keys: (keyof Application['request'])[]): Patch =>
  (a) => {
    const r: Record<string, unknown> = { ...a.request };
    for (const k of keys) delete r[k];
    return { ...a, request: r as unknown as Application['request'] };
  };
const special = (faceValue: string, monthlyQuantity = 50) => req({ special: { faceValue, monthlyQuantity } });
const ordinary = (faceValue: string, monthlyQuantity = 100) =>
  req({ ordinary: { faceValue, monthlyQuantity } });
const all =
  (...ps: Patch[]): Patch =>
  (a) =>
    ps.reduce((x, p) => p(x), a);

/** Rule id → the patch under which it fires. */
export const RULE_FIXTURES: readonly (readonly [string, Patch])[] = [
  ['ITA-001', tp({ registrationStatus: 'abnormal' })],
  ['ITA-002', tp({ registrationStatus: 'deregistering' })],
  ['ITA-003', tp({ registrationStatus: 'suspended' })],
  ['ITA-004', tp({ absconded: true })],
  ['ITA-005', tp({ licenceRevoked: true })],
  // lifted 2024-09-01, filed 2025-03-03: 6 months < 12
  ['ITA-006', tp({ abnormalLiftedOn: '2024-09-01' })],
  ['ITA-007', tp({ addressVerified: false })],
  // registered 2025-01-15: 1 month < 3, asking the 1m tier
  ['ITA-008', all(tp({ registeredOn: '2025-01-15' }), inv({ monthsOfHistory: 1 }), special('1000000'))],
  ['ITA-009', tp({ temporaryRegistration: true })],
  ['ITA-010', people({ legalRepVerified: false })],
  ['ITA-011', people({ taxOfficerVerified: false })],
  ['ITA-012', all(tp({ taxpayerType: 'small-scale' }), people({ financeHeadVerified: false }))],
  ['ITA-013', people({ identityMismatch: true })],
  ['ITA-014', people({ legalRepOtherFirms: 10 })],
  ['ITA-015', people({ taxOfficerOtherFirms: 5 })],
  ['ITA-016', people({ legalRepLinkedAbnormal: true })],
  ['ITA-017', people({ legalRepLinkedAbsconded: true })],
  ['ITA-018', people({ legalRepLinkedD: true })],
  ['ITA-019', all(tp({ isNew: true }), people({ legalRepOutOfProvince: true }))],
  ['ITA-020', tp({ isNew: true })],
  ['ITA-021', tp({ isNew: true })],
  ['ITA-022', tp({ isNew: true })],
  ['ITA-023', tp({ counselling: true })],
  ['ITA-024', tp({ counselling: true, smallTrading: true })],
  ['ITA-025', tp({ counselling: true })],
  ['ITA-026', all(tp({ taxpayerType: 'small-scale' }), special('1000000'))],
  ['ITA-027', all(tp({ taxpayerType: 'small-scale' }), ordinary('10000000'))],
  ['ITA-028', tp({ taxpayerType: 'small-scale' })],
  ['ITA-029', tp({ isNew: true, smallTrading: true })],
  ['ITA-030', all(drop('currentSpecialFaceValue'), special('1000000'))],
  ['ITA-031', all(tp({ isNew: true }), biz({ staff: 0 }))],
  ['ITA-032', (a) => a],
  ['ITA-033', tp({ creditGrade: 'B' })],
  ['ITA-034', tp({ creditGrade: 'C' })],
  ['ITA-035', tp({ creditGrade: 'D' })],
  ['ITA-036', tp({ creditGrade: 'D' })],
  ['ITA-037', all(tp({ creditGrade: 'M' }), special('1000000'))],
  ['ITA-038', tp({ directD: true })],
  ['ITA-039', all(tp({ creditGrade: 'C' }), special('1000000'))],
  // peak month 60, asking 70 with grade M
  ['ITA-040', all(tp({ creditGrade: 'M' }), special('100000', 70))],
  ['ITA-041', tp({ creditGrade: 'D' })],
  ['ITA-042', all(tp({ creditGrade: 'C' }), biz({ industry: 'wholesale' }))],
  ['ITA-043', tp({ creditGrade: 'C' })],
  ['ITA-044', risk({ level: 'high' })],
  ['ITA-045', all(risk({ level: 'medium' }), special('1000000'))],
  ['ITA-046', risk({ level: 'medium' })],
  ['ITA-047', risk({ invoiceRiskList: true })],
  ['ITA-048', risk({ abnormalOperationsList: true })],
  ['ITA-049', risk({ majorViolationList: true })],
  ['ITA-050', risk({ redAlert: true })],
  ['ITA-051', all(risk({ yellowAlert: true }), special('1000000'))],
  ['ITA-052', people({ sharedIpFirms: 3 })],
  ['ITA-053', people({ sharedPhoneFirms: 3 })],
  ['ITA-054', all(tp({ isNew: true }), risk({ level: 'medium' }))],
  ['ITA-055', req({ supplyMonths: 6 })],
  ['ITA-056', cases({ inspection: true })],
  ['ITA-057', cases({ riskResponse: true })],
  ['ITA-058', cases({ policeReferral: true })],
  ['ITA-059', cases({ pendingPenalty: true })],
  ['ITA-060', cases({ rectificationOverdue: true })],
  ['ITA-061', cases({ administrativeReview: true })],
  ['ITA-062', all(cases({ inspection: true }), inv({ unresolvedAbnormal: true }))],
  ['ITA-063', all(cases({ riskResponse: true }), risk({ redAlert: true }))],
  ['ITA-064', vio({ last12m: 3, last24m: 3 })],
  ['ITA-065', vio({ last12m: 0, last24m: 6 })],
  ['ITA-066', vio({ last12m: 1, last24m: 1 })],
  ['ITA-067', vio({ invoiceViolations24m: 1 })],
  ['ITA-068', vio({ invoiceViolations24m: 3 })],
  ['ITA-069', vio({ penalties12m: '50000', penalties24m: '50000' })],
  ['ITA-070', vio({ penalties24m: '200000' })],
  ['ITA-071', vio({ unpaidPenalties: true })],
  ['ITA-072', vio({ lostTaxDevice12m: 1 })],
  ['ITA-073', vio({ taxDeviceTampering: true })],
  ['ITA-074', vio({ falseInvoicing24m: true })],
  // 10万 and 10% exactly: both thresholds are "at least"
  ['ITA-075', vio({ evasionAmount: '100000', evasionShare: '0.10' })],
  ['ITA-076', filing({ unfiledPeriods: 1 })],
  ['ITA-077', filing({ overdueFilings12m: 3 })],
  ['ITA-078', filing({ overdueFilings12m: 1 })],
  ['ITA-079', filing({ arrears: '100' })],
  ['ITA-080', filing({ arrears: '100', arrearsOverdueDays: 90 })],
  ['ITA-081', filing({ zeroFilingConsecutive: 3 })],
  // Per calendar year: six zero months need an application from June on (2025-06-03 here).
  ['ITA-082', all((a) => ({ ...a, date: '2025-06-03' }), filing({ zeroFilingMonthsThisYear: 6 }))],
  ['ITA-083', filing({ issuedNotFiled: true })],
  ['ITA-084', filing({ unpaidLateFees: true })],
  ['ITA-085', filing({ vatCitMismatch: '0.10' })],
  ['ITA-086', filing({ zeroFilingMonthsThisYear: 1 })],
  ['ITA-087', all(filing({ arrears: '100' }), special('1000000'))],
  // 70% share and 50000.01 > 5万
  ['ITA-088', inv({ abnormalInputShare: '0.70', abnormalInputAmount: '50000.01' })],
  ['ITA-089', inv({ abnormalIssued12m: 1 })],
  ['ITA-090', inv({ abnormalIssued12m: 5 })],
  ['ITA-091', inv({ abnormalReceived12m: 3 })],
  ['ITA-092', inv({ unresolvedAbnormal: true })],
  ['ITA-093', inv({ abnormalReceived12m: 1 })],
  // 70% share but exactly 5万 (not > 5万)
  ['ITA-094', inv({ abnormalInputShare: '0.70', abnormalInputAmount: '50000' })],
  ['ITA-095', all(inv({ abnormalIssued12m: 1 }), special('1000000'))],
  ['ITA-096', all(inv({ abnormalInputAmount: '50000.01' }), special('1000000'))],
  ['ITA-097', biz({ scopeCoversRequest: false })],
  ['ITA-098', biz({ unlicensedActivity: true })],
  ['ITA-099', biz({ consumerRetail: true })],
  ['ITA-100', biz({ industry: 'recycling' })],
  ['ITA-101', biz({ industry: 'agriculture' })],
  ['ITA-102', inv({ agriInputShare: '0.11' })],
  ['ITA-103', inv({ inputOutputMatch: '0.69' })],
  ['ITA-104', all(biz({ industry: 'retail' }), special('1000000'))],
  // peak 60 × 150% = 90 < 91
  ['ITA-105', special('100000', 91)],
  // peak 120 × 150% = 180 < 181
  ['ITA-106', ordinary('100000', 181)],
  ['ITA-107', all(inv({ topLimitShare: '0.90' }), special('1000000'))],
  ['ITA-108', inv({ voidShare: '0.16' })],
  // average 40 × 2 = 80 unused
  ['ITA-109', inv({ unusedSpecial: 80 })],
  ['ITA-110', inv({ unusedOrdinary: 160 })],
  ['ITA-111', inv({ peakMonthlySpecial: 0, avgMonthlySpecial: 0, unusedSpecial: 0 })],
  ['ITA-112', special('10000000')],
  ['ITA-113', ordinary('10000000')],
  ['ITA-114', inv({ monthsOfHistory: 2 })],
  ['ITA-115', special('10000000')],
  ['ITA-116', all(biz({ sales12m: '9999999.99' }), special('1000000'))],
  ['ITA-117', all(biz({ registeredCapital: '999999' }), special('1000000'))],
  ['ITA-118', all(biz({ staff: 4 }), special('1000000'))],
  ['ITA-119', biz({ sales12m: '0' })],
  // 50 × 100000 × 12 = 6000万 > 20 × 2999999 = 5999.998万
  ['ITA-120', biz({ sales12m: '2999999' })],
  // 100 × 100000 × 12 = 1.2亿 > 20 × 5000000 = 1亿, while 6000万 ≤ 1亿
  ['ITA-121', biz({ sales12m: '5000000' })],
  ['ITA-122', drop('special', 'ordinary')],
  ['ITA-123', req({ byAgent: true, agentAuthorised: false })],
  ['ITA-124', req({ materialsComplete: false })],
  ['ITA-125', req({ pendingApplication: true })],
  ['ITA-126', tp({ digitalInvoicing: true })],
  // declared 3000万 vs recorded 5000万: 40% > 30%
  ['ITA-127', req({ declaredSales12m: '30000000' })],
  ['ITA-128', tp({ taxpayerType: 'small-scale', counselling: true })],
  ['ITA-129', tp({ isNew: true })],
  // registered 2024-03-03 (12 months) with 24 months of history
  ['ITA-130', tp({ registeredOn: '2024-03-03' })],
  ['ITA-131', special('100000', 1001)],
];

/** The fixture application of one entry (the clean base with the patch applied). */
export function fixture(patch: Patch): Application {
  return patch(cleanApplication());
}

/** The clean base with a B grade: the counter-fixture of ITA-032 (grade A). */
export const GRADE_B_BASE: Patch = tp({ creditGrade: 'B' });
