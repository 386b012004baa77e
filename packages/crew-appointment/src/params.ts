import { defineParams, type ParamsOf } from '@gd-ftz/core';

const share = { zh: '比例', en: 'share' } as const;
const hours = { zh: '小时', en: 'hours' } as const;
const none = { zh: '假设：无公开统计', en: 'Assumption: no published figure' } as const;

/**
 * The scenario parameters of measure 15, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Every behavioural number is an assumption (`assumption: true`,
 * reason in `help`, `plausible` range where a KPI shows its sensitivity); the legal numbers live in
 * law.ts as dated, cited parameters.
 * @example
 * PARAMS.eyeMissRate.default // 0.2
 */
export const PARAMS = defineParams({
  appointments: {
    kind: 'integer',
    label: { zh: '年度任职（上船）件数', en: 'Appointments (sign-ons) in the year' },
    help: {
      zh: '同一船队、同一批船员分别按改革前、改革后运行一年；全省约50万件为假设',
      en: 'The same fleet and crew run one year before and after the reform; about 500,000 a year province-wide is an assumption',
    },
    unit: { zh: '件', en: 'appointments' },
    default: 10_000,
    min: 100,
    // Scenario limit (README "Scenario limits"): all at max must run within the 30 s / 512 MB of a
    // browser worker; simulateProvinceYear takes up to 1,000,000.
    max: 50_000,
  },
  year: {
    kind: 'integer',
    label: { zh: '模拟年度', en: 'Simulated year' },
    help: { zh: '法定节假日按国务院通知', en: 'Days off from the State Council notices' },
    default: 2024,
    min: 2021,
    // Scenario limit: a run spills up to about 40 days past its year's end (all waits at max), and
    // the holiday calendar covers 2026 at the latest, so 2025 could not finish (CalendarRangeError
    // on 2027-02-09); 2024 ends by February 2025.
    max: 2024,
  },
  domesticShare: {
    kind: 'number',
    label: { zh: '国内航行船舶任职占比', en: 'Share of appointments on domestic-voyage ships' },
    help: {
      zh: '假设：国内航行海船由进出港报告生成记录，其余由公司或外派机构网上办理',
      en: 'Assumption: domestic ships are recorded from the port report, the others filed online by the company or agency',
    },
    unit: share,
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.4, high: 0.8 },
  },
  nonCompliantShare: {
    kind: 'number',
    label: { zh: '证件不符合要求的任职比例', en: 'Share of appointments with a defective document' },
    help: none,
    unit: share,
    default: 0.03,
    min: 0,
    max: 0.5,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.01, high: 0.08 },
  },
  eyeMissRate: {
    kind: 'number',
    label: { zh: '人工目视核对漏检率', en: 'Miss rate of checking documents by eye' },
    help: none,
    unit: share,
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.05, high: 0.4 },
  },
  faceFailRate: {
    kind: 'number',
    label: {
      zh: '人脸识别失败率（转现场办理）',
      en: 'Face-recognition failure rate (falls back to the office)',
    },
    help: none,
    unit: share,
    default: 0.03,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.01, high: 0.1 },
  },
  unreportedSignOffShare: {
    kind: 'number',
    label: { zh: '改革前未办理解职的比例', en: 'Share of sign-offs never reported before the reform' },
    help: { zh: '假设：事后需到解职港海事机构补录', en: 'Assumption: each is later added in person (补录)' },
    unit: share,
    default: 0.08,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.03, high: 0.15 },
  },
  agencyOmissionShare: {
    kind: 'number',
    label: {
      zh: '网上办理遗漏比例（国际航行船舶）',
      en: 'Share of online filings omitted (international ships)',
    },
    help: none,
    unit: share,
    default: 0.02,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.005, high: 0.05 },
  },
  portStayHours: {
    kind: 'number',
    label: { zh: '上船至开航平均小时数', en: 'Mean hours from sign-on to sailing' },
    help: { zh: '假设：指数分布', en: 'Assumption: exponentially distributed' },
    unit: hours,
    default: 18,
    min: 1,
    max: 240,
    assumption: true,
    plausible: { low: 6, high: 48 },
  },
  voyageHours: {
    kind: 'number',
    label: { zh: '平均航次小时数（至下一港）', en: 'Mean hours to the next port call' },
    help: { zh: '假设：指数分布', en: 'Assumption: exponentially distributed' },
    unit: hours,
    default: 48,
    min: 1,
    max: 1000,
    assumption: true,
  },
  agencyFilingHours: {
    kind: 'number',
    label: { zh: '网上办理平均滞后小时数', en: 'Mean hours from sign-on to the online filing' },
    help: { zh: '假设：指数分布', en: 'Assumption: exponentially distributed' },
    unit: hours,
    default: 4,
    min: 0.1,
    max: 240,
    assumption: true,
  },
  travelHours: {
    kind: 'number',
    label: { zh: '到海事窗口往返小时数', en: 'Hours to reach the office counter' },
    help: none,
    unit: hours,
    default: 2,
    min: 0,
    max: 48,
    assumption: true,
  },
  officeOpenHour: {
    kind: 'integer',
    label: { zh: '窗口开始办公（时）', en: 'Office opens (hour)' },
    help: { zh: '假设：工作日办公', en: 'Assumption: open on working days' },
    default: 9,
    min: 0,
    max: 12,
    assumption: true,
  },
  officeCloseHour: {
    kind: 'integer',
    label: { zh: '窗口结束办公（时）', en: 'Office closes (hour)' },
    help: { zh: '假设：工作日办公', en: 'Assumption: open on working days' },
    default: 17,
    min: 13,
    max: 24,
    assumption: true,
  },
  counterMinutes: {
    kind: 'integer',
    label: { zh: '窗口办理每次分钟数', en: 'Officer minutes per counter visit' },
    help: none,
    unit: { zh: '分钟', en: 'minutes' },
    default: 20,
    min: 1,
    max: 240,
    assumption: true,
  },
  checkHours: {
    kind: 'number',
    label: { zh: '每次现场核查小时数', en: 'Officer hours per on-site check' },
    help: none,
    unit: hours,
    default: 3,
    min: 0.5,
    max: 24,
    assumption: true,
  },
  scheduledChecksPerShip: {
    kind: 'number',
    label: { zh: '改革前每船每年定期现场核查次数', en: 'Scheduled on-site checks per ship-year (baseline)' },
    help: none,
    unit: { zh: '次', en: 'checks' },
    default: 2,
    min: 0,
    max: 24,
    assumption: true,
  },
  patrolChecksPerShip: {
    kind: 'number',
    label: {
      zh: '改革后电子巡查触发的每船每年现场核查次数',
      en: 'Patrol-triggered on-site checks per ship-year (reform)',
    },
    help: none,
    unit: { zh: '次', en: 'checks' },
    default: 1,
    min: 0,
    max: 24,
    assumption: true,
  },
  higherCovers: {
    kind: 'boolean',
    label: { zh: '高职务/高等级证书覆盖低职务', en: 'A higher certificate covers a lower post' },
    help: {
      zh: '假设：法律只写"在证书载明的范围内任职"，未明定覆盖关系',
      en: 'Assumption: the law says "within the scope stated" without the ordering',
    },
    default: true,
    assumption: true,
  },
});

/** Parsed scenario parameters. */
export type CrewAppointmentParams = ParamsOf<typeof PARAMS>;

/**
 * The schema `simulateProvinceYear` checks against: the scenario schema with the year's size
 * widened to a province (about 500,000 a year is assumed), for direct callers and the bench.
 */
export const PROVINCE_PARAMS = defineParams({
  ...PARAMS,
  appointments: { ...PARAMS.appointments, max: 1_000_000 },
});
