// The item classes a tax office serves and what each asks of the channels. The values are
// modelling assumptions (no per-class statistics are published); each row says why it is set so.
import type { Localized } from '@gd-ftz/core';
import type { ServiceItem } from './law';

/** The item classes of the model (会商 = multi-party consultation with another department). */
export type ItemClass =
  | 'filing'
  | 'invoices'
  | 'registration'
  | 'refunds'
  | 'certificates'
  | 'consultation'
  | 'relief'
  | 'joint-consultation';

/** What one item class asks of the channels. */
export interface ItemClassSpec {
  readonly label: Localized;
  /** Share of all requests. */
  readonly mix: number;
  /** Handling effort relative to the average request (1): scales window, lounge, cloud and e-tax minutes. */
  readonly workload: number;
  /** Always served in person (consultation, relief, 会商): the seed's on-site core. */
  readonly onSite: boolean;
  /** Back-office minutes after the front service (0: completed at the front). */
  readonly backOfficeMinutes: number;
  /** The law-fixed completion limit, where one applies. */
  readonly deadline?: ServiceItem;
  /** Staff in one session (会商: 2 tax officers, plus the other department, not counted). */
  readonly staffPerSession: number;
  /** Hall trips before the reform (会商: the taxpayer is referred on to the other department). */
  readonly baselineTrips: number;
  /** Why the row is set so. */
  readonly why: Localized;
}

/**
 * The classes, in a fixed order (the population stores the index). Mix: filing and invoices
 * dominate transactions; consultation, relief and 会商 together 6.5% of requests, so that with
 * the default readiness about 73% of all business is done online before the reform ([S19]).
 * @example
 * ITEM_CLASSES.refunds.deadline // 'refund-claim'
 */
export const ITEM_CLASSES: Readonly<Record<ItemClass, ItemClassSpec>> = Object.freeze({
  filing: {
    label: { zh: '申报缴税', en: 'Filing and payment' },
    mix: 0.475,
    workload: 1,
    onSite: false,
    backOfficeMinutes: 0,
    staffPerSession: 1,
    baselineTrips: 1,
    why: {
      zh: '假设：申报是最大宗业务，办结于前台',
      en: 'Assumption: filing is the bulk of business and is completed at the front',
    },
  },
  invoices: {
    label: { zh: '发票业务', en: 'Invoices' },
    mix: 0.25,
    workload: 1,
    onSite: false,
    backOfficeMinutes: 15,
    deadline: 'invoice-type-approval',
    staffPerSession: 1,
    baselineTrips: 1,
    why: {
      zh: '假设：发票业务次之，票种核定需后台审核约15分钟',
      en: 'Assumption: invoices come next; a type approval takes about 15 back-office minutes',
    },
  },
  registration: {
    label: { zh: '税务登记', en: 'Registration' },
    mix: 0.04,
    workload: 1.8,
    onSite: false,
    backOfficeMinutes: 10,
    deadline: 'tax-registration',
    staffPerSession: 1,
    baselineTrips: 1,
    why: {
      zh: '假设：新办与变更登记，材料较多，后台确认约10分钟',
      en: 'Assumption: new and changed registrations, more documents, about 10 back-office minutes',
    },
  },
  refunds: {
    label: { zh: '退抵税费', en: 'Refunds' },
    mix: 0.04,
    workload: 1.4,
    onSite: false,
    backOfficeMinutes: 30,
    deadline: 'refund-claim',
    staffPerSession: 1,
    baselineTrips: 1,
    why: {
      zh: '假设：退税申请需后台核实约30分钟',
      en: 'Assumption: a refund claim takes about 30 back-office minutes to verify',
    },
  },
  certificates: {
    label: { zh: '证明开具', en: 'Certificates' },
    mix: 0.13,
    workload: 0.6,
    onSite: false,
    backOfficeMinutes: 0,
    staffPerSession: 1,
    baselineTrips: 1,
    why: {
      zh: '假设：完税证明等，简单快捷',
      en: 'Assumption: tax-paid certificates and the like, quick and simple',
    },
  },
  consultation: {
    label: { zh: '咨询服务', en: 'Consultation' },
    mix: 0.05,
    workload: 1.5,
    onSite: true,
    backOfficeMinutes: 0,
    staffPerSession: 1,
    baselineTrips: 1,
    why: {
      zh: '假设：需要当面咨询的请求（12366等远程咨询不计）',
      en: 'Assumption: requests for face-to-face advice (remote 12366 advice is outside the model)',
    },
  },
  relief: {
    label: { zh: '救济服务（含延期缴纳）', en: 'Relief (incl. payment extension)' },
    mix: 0.01,
    workload: 3,
    onSite: true,
    backOfficeMinutes: 45,
    deadline: 'payment-extension',
    staffPerSession: 1,
    baselineTrips: 1,
    why: {
      zh: '假设：困难纳税人救济，以延期缴纳税款为代表，后台审核约45分钟',
      en: 'Assumption: relief for taxpayers in difficulty, typified by a payment extension, about 45 back-office minutes',
    },
  },
  'joint-consultation': {
    label: { zh: '多方会商', en: 'Multi-party consultation (会商)' },
    mix: 0.005,
    workload: 6,
    onSite: true,
    backOfficeMinutes: 0,
    staffPerSession: 2,
    baselineTrips: 2,
    why: {
      zh: '假设：涉及其他部门的复杂事项；改革前窗口受理后纳税人须另跑一趟其他部门',
      en: 'Assumption: complex matters involving another department; before the reform the window refers the taxpayer on, a second trip',
    },
  },
});

/** The classes in index order. */
export const CLASS_ORDER: readonly ItemClass[] = Object.keys(ITEM_CLASSES) as ItemClass[];

/** Consultation, relief and 会商: the seed's target of on-site work. */
export function isAdvisory(c: ItemClass): boolean {
  return ITEM_CLASSES[c].onSite;
}
