import {
  calendarCoverage,
  civilDate,
  isCivilDate,
  isValidUscc,
  maxDate,
  parse,
  ValidationError,
  z,
} from '@gd-ftz/core';
import { type Application, INDUSTRIES } from './model';
import { EARLIEST_DATE, fenOfYuan, tierIndex } from './tiers';
import type { Field } from './validate-shape';
import { flag, int, leaf, object, oneOf, optional, pattern, refined, text } from './validate-shape';

const count = int(0, 1_000_000);
const amount = pattern(
  /^\d{1,13}(\.\d{1,2})?$/,
  'must be a non-negative amount in yuan with at most 2 decimals, e.g. "12000.50"',
);
const share = pattern(
  /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/,
  'must be a share between "0" and "1" (at most 6 decimals)',
);
const date = refined(isCivilDate, 'must be a real date written YYYY-MM-DD');
const anyString = leaf(z.string(), (v) => typeof v === 'string');

const line = object({ faceValue: anyString, monthlyQuantity: int(1, 100_000) });

// Declared once: `APPLICATION.schema` (zod, names every bad field) and `APPLICATION.ok` (the same
// checks as a plain predicate, the fast path for good input).
const APPLICATION: Field<Application> = object({
  id: text(1, 64),
  date,
  taxpayer: object({
    uscc: refined(isValidUscc, 'must be a valid unified social credit code (GB 32100-2015)'),
    name: text(1, 200),
    registeredOn: date,
    registrationStatus: oneOf(['normal', 'abnormal', 'deregistering', 'suspended']),
    licenceRevoked: flag,
    absconded: flag,
    addressVerified: flag,
    temporaryRegistration: flag,
    abnormalLiftedOn: optional(date),
    taxpayerType: oneOf(['general', 'small-scale']),
    counselling: flag,
    smallTrading: flag,
    isNew: flag,
    digitalInvoicing: flag,
    creditGrade: oneOf(['A', 'B', 'M', 'C', 'D']),
    consecutiveAYears: int(0, 100),
    directD: flag,
    people: object({
      legalRepVerified: flag,
      taxOfficerVerified: flag,
      financeHeadVerified: flag,
      identityMismatch: flag,
      legalRepOtherFirms: count,
      taxOfficerOtherFirms: count,
      legalRepLinkedAbnormal: flag,
      legalRepLinkedAbsconded: flag,
      legalRepLinkedD: flag,
      legalRepOutOfProvince: flag,
      sharedPhoneFirms: count,
      sharedIpFirms: count,
    }),
    risk: object({
      level: oneOf(['none', 'low', 'medium', 'high']),
      invoiceRiskList: flag,
      abnormalOperationsList: flag,
      majorViolationList: flag,
      redAlert: flag,
      yellowAlert: flag,
      whiteList: flag,
    }),
    cases: object({
      inspection: flag,
      riskResponse: flag,
      policeReferral: flag,
      pendingPenalty: flag,
      rectificationOverdue: flag,
      administrativeReview: flag,
    }),
    violations: object({
      last12m: count,
      last24m: count,
      invoiceViolations24m: count,
      penalties12m: amount,
      penalties24m: amount,
      unpaidPenalties: flag,
      lostTaxDevice12m: count,
      taxDeviceTampering: flag,
      falseInvoicing24m: flag,
      evasionAmount: amount,
      evasionShare: share,
    }),
    filing: object({
      overdueFilings12m: count,
      unfiledPeriods: count,
      arrears: amount,
      arrearsOverdueDays: count,
      zeroFilingConsecutive: int(0, 1200),
      zeroFilingMonthsThisYear: int(0, 12),
      issuedNotFiled: flag,
      unpaidLateFees: flag,
      vatCitMismatch: share,
    }),
    invoices: object({
      abnormalIssued12m: count,
      abnormalReceived12m: count,
      abnormalInputShare: share,
      abnormalInputAmount: amount,
      unresolvedAbnormal: flag,
      monthsOfHistory: int(0, 9999),
      peakMonthlySpecial: count,
      avgMonthlySpecial: count,
      peakMonthlyOrdinary: count,
      avgMonthlyOrdinary: count,
      unusedSpecial: count,
      unusedOrdinary: count,
      topLimitShare: share,
      voidShare: share,
      inputOutputMatch: share,
      agriInputShare: share,
    }),
    business: object({
      industry: oneOf(INDUSTRIES),
      scopeCoversRequest: flag,
      unlicensedActivity: flag,
      consumerRetail: flag,
      sales12m: amount,
      registeredCapital: amount,
      staff: count,
    }),
  }),
  request: object({
    special: optional(line),
    ordinary: optional(line),
    supplyMonths: int(1, 12),
    currentSpecialFaceValue: optional(anyString),
    currentOrdinaryFaceValue: optional(anyString),
    declaredSales12m: optional(amount),
    byAgent: flag,
    agentAuthorised: flag,
    materialsComplete: flag,
    pendingApplication: flag,
  }),
});

/**
 * Whether `input` passes the schema part of {@link validateApplication} (not the cross-field
 * checks), by the plain predicate; exported for the test that it agrees with the zod schema.
 * @example
 * passesApplicationShape(cleanApplication()) // true
 */
export function passesApplicationShape(input: unknown): boolean {
  return APPLICATION.ok(input);
}

/**
 * The zod schema of an application (the same declaration as {@link passesApplicationShape}).
 * @example
 * applicationSchema().safeParse(cleanApplication()).success // true
 */
export function applicationSchema(): z.ZodType {
  return APPLICATION.schema;
}

function issue(path: string, en: string, zh: string) {
  return { path, message: { en, zh } };
}

/**
 * Validates an application: the schema (every field named by its path under `application`), then
 * the cross-field checks the schema cannot express: a face value must be one of the tiers in force,
 * the 24-month counts include the 12-month ones, dates are ordered and inside the calendar.
 * Never mutates the input.
 * @throws ValidationError naming every bad field.
 * @example
 * const app = validateApplication(input); // the same object, typed
 */
export function validateApplication(input: unknown): Application {
  // Good input passes the predicate and is returned as is; anything else goes through the schema,
  // which throws naming every bad field.
  const app: Application = APPLICATION.ok(input) ? input : parse(APPLICATION.schema, input, 'application');
  const issues = [];
  const cov = calendarCoverage();
  const from = maxDate(cov.from, civilDate(EARLIEST_DATE));
  if (app.date < from || app.date > cov.to) {
    issues.push(
      issue(
        'application.date',
        `must lie in ${from}..${cov.to} (rules in force, statutory calendar)`,
        `须在 ${from}..${cov.to} 之间（规则施行期与法定日历范围）`,
      ),
    );
  }
  const t = app.taxpayer;
  const monthOfYear = Number(app.date.slice(5, 7));
  if (t.filing.zeroFilingMonthsThisYear > monthOfYear) {
    issues.push(
      issue(
        'application.taxpayer.filing.zeroFilingMonthsThisYear',
        `must not exceed the months of the year so far (${monthOfYear})`,
        `不得超过本年度至今的月份数（${monthOfYear}）`,
      ),
    );
  }
  if (t.registeredOn > app.date) {
    issues.push(
      issue(
        'application.taxpayer.registeredOn',
        'must not be after the application date',
        '不得晚于申请日期',
      ),
    );
  }
  if (
    t.abnormalLiftedOn !== undefined &&
    (t.abnormalLiftedOn > app.date || t.abnormalLiftedOn < t.registeredOn)
  ) {
    issues.push(
      issue(
        'application.taxpayer.abnormalLiftedOn',
        'must lie between registration and the application date',
        '须在登记日期与申请日期之间',
      ),
    );
  }
  if (t.violations.last24m < t.violations.last12m) {
    issues.push(
      issue('application.taxpayer.violations.last24m', 'must be at least last12m', '不得小于近12个月次数'),
    );
  }
  // Validated amounts (≤ 13 digits, 2 decimals) are exact in integer fen.
  if (fenOfYuan(t.violations.penalties24m) < fenOfYuan(t.violations.penalties12m)) {
    issues.push(
      issue(
        'application.taxpayer.violations.penalties24m',
        'must be at least penalties12m',
        '不得小于近12个月罚款',
      ),
    );
  }
  const faceValues: [string, string | undefined][] = [
    ['request.special.faceValue', app.request.special?.faceValue],
    ['request.ordinary.faceValue', app.request.ordinary?.faceValue],
    ['request.currentSpecialFaceValue', app.request.currentSpecialFaceValue],
    ['request.currentOrdinaryFaceValue', app.request.currentOrdinaryFaceValue],
  ];
  for (const [path, value] of faceValues) {
    if (value !== undefined && issues.length === 0 && tierIndex(value, app.date) === 0) {
      issues.push(
        issue(
          `application.${path}`,
          'must be a face value tier: 10000, 100000, 1000000 or 10000000',
          '须为限额档次：1万、10万、100万或1000万元',
        ),
      );
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return app;
}
