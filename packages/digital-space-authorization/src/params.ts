import { defineParams, type ParamsOf } from '@gd-ftz/core';

const NO_DATA = { zh: '假设：无公开统计', en: 'Assumption: no published statistics' };

/**
 * The scenario parameters of measure 11, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Every behavioural number is an assumption (no published
 * statistics of the 数字空间 exist) with a plausible low/high; the legal numbers live in law.ts.
 * @example
 * PARAMS.withdrawShare.default // 0.1
 */
export const PARAMS = defineParams({
  services: {
    kind: 'integer',
    label: { zh: '需调用数据的服务件数', en: 'Services that need a principal’s data' },
    help: {
      zh: '一年（2025年）内按工作日均匀到达：银行、电信、部门办理业务需要数据主体在其他部门的数据',
      en: 'Arriving evenly over the working days of 2025: a bank, telecom or department needs data another department holds',
    },
    unit: { zh: '件', en: 'services' },
    default: 500,
    min: 20,
    // Every grant, revocation and decision is hashed into core's in-memory audit log: a scenario
    // stays within what a browser worker holds; province scale is the bench's job.
    max: 2_000,
  },
  holdersMax: {
    kind: 'integer',
    label: { zh: '每件服务涉及的数据持有部门数（上限）', en: 'Holding departments per service (maximum)' },
    help: {
      zh: '假设：每件服务在 1 至该值之间均匀抽取',
      en: 'Assumption: drawn evenly from 1 to this value',
    },
    unit: { zh: '个部门', en: 'departments' },
    default: 3,
    min: 1,
    max: 6,
    assumption: true,
    plausible: { low: 2, high: 4 },
  },
  copyIssueDaysMax: {
    kind: 'integer',
    label: {
      zh: '部门出具盖章证明所需工作日（上限）',
      en: 'Working days a department takes to issue a certified copy (maximum)',
    },
    help: {
      zh: '假设：0（当场出具）至该值之间均匀抽取；非当场出具须再跑一次领取',
      en: 'Assumption: drawn evenly from 0 (on the spot) to this value; a copy not issued on the spot needs a second trip',
    },
    unit: { zh: '个工作日', en: 'working days' },
    default: 3,
    min: 0,
    max: 20,
    assumption: true,
    plausible: { low: 1, high: 5 },
  },
  visitsPerDay: {
    kind: 'integer',
    label: { zh: '数据主体每日可跑的部门数', en: 'Departments a principal can visit per day' },
    help: NO_DATA,
    unit: { zh: '个', en: 'per day' },
    default: 2,
    min: 1,
    max: 5,
    assumption: true,
  },
  approvalMinutesMean: {
    kind: 'number',
    label: {
      zh: '数据主体在应用内确认授权的平均用时',
      en: 'Mean time for the principal to approve in the app',
    },
    help: { zh: '假设：指数分布', en: 'Assumption: exponentially distributed' },
    unit: { zh: '分钟', en: 'minutes' },
    default: 240,
    min: 1,
    max: 10_080,
    assumption: true,
    plausible: { low: 30, high: 1440 },
  },
  itemsPerDocument: {
    kind: 'integer',
    label: { zh: '每份盖章证明载明的数据项数', en: 'Data items a certified copy shows' },
    help: {
      zh: '假设：纸质证明载明整份记录，服务只需其中 1 项',
      en: 'Assumption: a paper copy shows the whole record; the service needs one of them',
    },
    unit: { zh: '项', en: 'items' },
    default: 6,
    min: 2,
    max: 20,
    assumption: true,
    plausible: { low: 4, high: 10 },
  },
  clerkMinutes: {
    kind: 'number',
    label: { zh: '部门人员出具一份证明的分钟数', en: 'Clerk minutes per certified copy' },
    help: { zh: '假设：三角分布，众数为此值', en: 'Assumption: triangular with this mode' },
    unit: { zh: '分钟', en: 'minutes' },
    default: 15,
    min: 1,
    max: 120,
    assumption: true,
    plausible: { low: 8, high: 30 },
  },
  manualReviewShare: {
    kind: 'number',
    label: { zh: '改革后需部门人工复核的调用比例', en: 'Share of reform calls a clerk reviews by hand' },
    help: NO_DATA,
    unit: { zh: '比例', en: 'share' },
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.01, high: 0.2 },
  },
  withdrawShare: {
    kind: 'number',
    label: { zh: '一年内撤回授权的数据主体比例', en: 'Share of principals who withdraw within a year' },
    help: NO_DATA,
    unit: { zh: '比例', en: 'share' },
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.02, high: 0.3 },
  },
  reuseShare: {
    kind: 'number',
    label: {
      zh: '撤回后使用方再次使用数据的比例',
      en: 'Share of withdrawals after which the user uses the data again',
    },
    help: {
      zh: '假设：改革前使用方留存复印件，撤回后仍可使用',
      en: 'Assumption: before the reform the user keeps the copies and can use them after a withdrawal',
    },
    unit: { zh: '比例', en: 'share' },
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.1, high: 0.6 },
  },
  organisationShare: {
    kind: 'number',
    label: { zh: '数据主体为法人的比例', en: 'Share of principals that are organisations' },
    help: NO_DATA,
    unit: { zh: '比例', en: 'share' },
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
  },
});

/** Parsed scenario parameters. */
export type DigitalSpaceAuthorizationParams = ParamsOf<typeof PARAMS>;
