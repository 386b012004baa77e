// The law of measure 3: the completion limits of the items the hall and the e-tax bureau serve,
// each a dated, cited parameter (shared statutes from @gd-ftz/statutes, the one notice only this
// engine cites declared here), the counting rules, and the one legal reading the texts leave open.
import {
  assumption,
  CIVIL_CODE_ART_201,
  type Citation,
  type DatedParameter,
  defineParameter,
  type LegalBasis,
} from '@gd-ftz/core';
import { invoiceMeasures, seedItem, taxCollection, taxCollectionRules } from '@gd-ftz/statutes';

/** 国家税务总局公告2018年第29号 第一条: in force in Guangdong from 2018-08-01. */
const FIRST_ISSUE_FROM = '2018-08-01';

const FIRST_ISSUE: Citation = Object.freeze({
  law: {
    zh: '国家税务总局关于新办纳税人首次申领增值税发票有关事项的公告',
    en: "SAT announcement on new taxpayers' first application for VAT invoices",
  },
  docNo: '国家税务总局公告2018年第29号',
  article: '第一条',
  note: {
    zh: '新办纳税人首次申领增值税发票，主管税务机关自受理申请之日起2个工作日内办结；广东自2018年8月1日起施行；据第三方转载核对',
    en: "a new taxpayer's first VAT invoice application is completed within 2 working days of acceptance; in force in Guangdong from 2018-08-01; text seen in a reprint",
  },
});

/**
 * The citations of measure 3, by what they establish.
 * @example
 * CITES.registration.article // '第十五条'
 */
export const CITES = {
  registration: taxCollection.articles.art15,
  firstInvoice: FIRST_ISSUE,
  invoiceType: invoiceMeasures.articles.art15,
  refundClaim: taxCollectionRules.articles.art78,
  paymentExtension: taxCollectionRules.articles.art42,
  inclusiveCounting: taxCollectionRules.articles.art108,
  holidayExtension: taxCollectionRules.articles.art109,
  startDayNotCounted: CIVIL_CODE_ART_201,
  seed: seedItem(3),
} as const satisfies Record<string, Citation>;

/**
 * 2018年第29号 第一条: a new taxpayer's first VAT invoice application, 2 working days.
 * @example
 * integerAt(FIRST_INVOICE_WORKING_DAYS, '2025-01-27') // 2
 */
export const FIRST_INVOICE_WORKING_DAYS: DatedParameter = defineParameter({
  name: 'zeroWindowService.firstInvoiceWorkingDays',
  label: { zh: '新办纳税人首次申领发票办结时限', en: "Limit for a new taxpayer's first invoice application" },
  unit: { zh: '个工作日', en: 'working days' },
  kind: 'integer',
  entries: [{ from: FIRST_ISSUE_FROM, value: '2', source: FIRST_ISSUE }],
});

/** The service items that carry a completion limit fixed by law. */
export type ServiceItem =
  | 'tax-registration'
  | 'first-invoice-issue'
  | 'invoice-type-approval'
  | 'refund-claim'
  | 'payment-extension';

/** How one item's limit is counted: working days, or natural days under 第一百零八、一百零九条. */
export interface ServiceLimit {
  readonly item: ServiceItem;
  readonly label: { readonly zh: string; readonly en: string };
  readonly period: DatedParameter;
  readonly unit: 'workingDays' | 'days';
}

/**
 * The completion limit of every item, declared once: which parameter, in which unit.
 * @example
 * SERVICE_LIMITS['refund-claim'].unit // 'days'
 */
export const SERVICE_LIMITS: Readonly<Record<ServiceItem, ServiceLimit>> = Object.freeze({
  'tax-registration': {
    item: 'tax-registration',
    label: { zh: '税务登记', en: 'Tax registration' },
    period: taxCollection.params.registrationSameDayDays,
    unit: 'days',
  },
  'first-invoice-issue': {
    item: 'first-invoice-issue',
    label: { zh: '新办纳税人首次申领发票', en: 'First invoice issue of a new taxpayer' },
    period: FIRST_INVOICE_WORKING_DAYS,
    unit: 'workingDays',
  },
  'invoice-type-approval': {
    item: 'invoice-type-approval',
    label: { zh: '发票票种核定', en: 'Invoice type approval' },
    period: invoiceMeasures.params.typeDecisionWorkingDaysFrom2011,
    unit: 'workingDays',
  },
  'refund-claim': {
    item: 'refund-claim',
    label: { zh: '纳税人申请退还多缴税款', en: 'Refund claim for overpaid tax' },
    period: taxCollectionRules.params.claimRefundDays,
    unit: 'days',
  },
  'payment-extension': {
    item: 'payment-extension',
    label: { zh: '延期缴纳税款审批', en: 'Decision on deferring payment' },
    period: taxCollectionRules.params.paymentExtensionDecisionDays,
    unit: 'days',
  },
});

/**
 * The reading the texts leave open: an application received on a day off (online, or at a
 * self-service terminal) is taken as received on the next working day, when the office can act on it.
 * @example
 * DAY_OFF_RECEIPT.kind // 'assumption'
 */
export const DAY_OFF_RECEIPT: LegalBasis = assumption(
  {
    zh: '假设：休息日收到的申请（网上或自助终端）视为下一个工作日受理；期间自受理次日起算',
    en: 'Assumption: an application received on a day off (online or at a terminal) counts as received on the next working day; the period runs from the day after',
  },
  CIVIL_CODE_ART_201,
);
