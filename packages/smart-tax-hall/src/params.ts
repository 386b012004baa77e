import { defineParams, type Localized, type ParamsOf } from '@gd-ftz/core';

const SHARE: Localized = { zh: '比例', en: 'share' };
const MIN: Localized = { zh: '分钟', en: 'minutes' };
const COUNT: Localized = { zh: '个', en: 'count' };

/** An assumption parameter: the reason in `help`, a plausible range for sensitivityOf. */
function assumed<K extends 'number' | 'integer'>(
  kind: K,
  zh: string,
  en: string,
  reason: Localized,
  unit: Localized,
  value: number,
  range: { min: number; max: number; low: number; high: number },
) {
  return {
    kind,
    label: { zh, en },
    help: reason,
    unit,
    default: value,
    min: range.min,
    max: range.max,
    assumption: true,
    plausible: { low: range.low, high: range.high },
  } as const;
}

const share = (zh: string, en: string, reason: Localized, value: number, low: number, high: number) =>
  assumed('number', zh, en, reason, SHARE, value, { min: 0, max: 1, low, high });

/**
 * The scenario parameters of measure 5: one tax hall over one year of the statutory calendar.
 * Published figures (广州花都 May 2017 [S16], 梅州 2023 [S18]) set or calibrate the hall's scale;
 * every other operating number is an assumption with its reason and a plausible range.
 * @example
 * PARAMS.terminals.default // 38: 花都 smart hall's self-service terminals
 */
export const PARAMS = defineParams({
  year: {
    kind: 'integer',
    label: { zh: '模拟年度', en: 'Simulated year' },
    help: {
      zh: '法定节假日与调休按国务院通知',
      en: 'Days off and make-up days from the State Council notices',
    },
    default: 2025,
    min: 2021,
    max: 2026,
  },
  months: {
    kind: 'integer',
    label: { zh: '模拟月数（自1月起）', en: 'Months simulated (from January)' },
    help: {
      zh: '默认1个月（1月，含一个申报期），报告不到一秒算完；最多12个月（一整年）',
      en: 'Default one month (January, one filing peak), a report in well under a second; at most 12 (a whole hall-year)',
    },
    default: 1,
    min: 1,
    max: 12,
  },
  openHour: {
    kind: 'integer',
    label: { zh: '开厅时刻', en: 'Opening hour' },
    help: { zh: '假设：9:00开厅，中午不间断', en: 'Assumption: opens 09:00, serving through lunch' },
    default: 9,
    min: 6,
    max: 12,
    assumption: true,
    plausible: { low: 8, high: 9 },
  },
  closeHour: {
    kind: 'integer',
    label: { zh: '闭厅时刻', en: 'Closing hour' },
    help: {
      zh: '假设：17:00闭厅，仍在排队者次日再来',
      en: 'Assumption: closes 17:00; those still queued return the next working day',
    },
    default: 17,
    min: 13,
    max: 22,
    assumption: true,
    plausible: { low: 17, high: 18 },
  },
  visitsPerYear: {
    kind: 'integer',
    label: { zh: '年到厅人次', en: 'Visits per year' },
    help: {
      zh: '梅州市2023年窗口办理120745笔（[S18]）：约一个大厅一年的量',
      en: 'Meizhou 2023: 120,745 window transactions [S18], about one hall-year',
    },
    unit: { zh: '人次', en: 'visits' },
    default: 120_000,
    min: 500,
    max: 120_000,
  },
  windows: {
    kind: 'integer',
    label: { zh: '办税窗口数', en: 'Windows' },
    help: {
      zh: '花都窗口数未公布；3个窗口使平常日窗口负荷约为能力的97%（约490人次×2.85分钟÷1440分钟）',
      en: '花都’s count is not published; 3 windows load an ordinary day to about 97% (≈ 490 visits × 2.85 min ÷ 1,440 min)',
    },
    unit: COUNT,
    default: 3,
    min: 1,
    max: 60,
  },
  extraPeakWindows: {
    kind: 'integer',
    label: { zh: '高峰增开窗口数', en: 'Extra windows at peaks' },
    help: {
      zh: '花都：高峰期增开临时窗口（[S16]，个数未公布）',
      en: '花都 opened temporary windows at peaks [S16]; how many is not published',
    },
    unit: COUNT,
    default: 2,
    min: 0,
    max: 30,
  },
  terminals: {
    kind: 'integer',
    label: { zh: '自助办税终端', en: 'Self-service terminals' },
    help: { zh: '花都智慧办税厅38台（[S16]）', en: '花都 smart hall: 38 [S16]' },
    unit: COUNT,
    default: 38,
    min: 1,
    max: 200,
  },
  plazaSeats: assumed(
    'integer',
    '学习广场座位',
    'Plaza seats',
    { zh: '假设：无公开数字', en: 'Assumption: no published figure' },
    COUNT,
    20,
    { min: 0, max: 200, low: 10, high: 40 },
  ),
  remoteAgents: assumed(
    'integer',
    '云税厅坐席（本厅份额）',
    '云税厅 agents (this hall’s share of the pool)',
    {
      zh: '假设：集约运营坐席池按本厅业务量分摊的人数',
      en: 'Assumption: the pooled agents’ share of this hall by volume',
    },
    COUNT,
    3,
    { min: 1, max: 50, low: 2, high: 6 },
  ),
  sameHeadcount: {
    kind: 'boolean',
    label: { zh: '改革前后人员总数不变', en: 'Same headcount in both variants' },
    help: {
      zh: '是：云税厅坐席由窗口人员转任，改革后窗口数 = 窗口数 − 坐席数（至少1个）',
      en: 'Yes: the 云税厅 agents come from the windows, so the reform has windows − agents (at least 1)',
    },
    default: false,
  },
  appointmentWindows: {
    kind: 'integer',
    label: { zh: '预约窗口数', en: 'Appointment windows' },
    unit: COUNT,
    default: 1,
    min: 1,
    max: 20,
  },
  slotsBaseline: {
    kind: 'integer',
    label: { zh: '改革前每日预约号', en: 'Booking slots per day before' },
    help: {
      zh: '花都改革前每月660个（[S16]）÷ 约20.6个工作日',
      en: '花都: 660 a month before [S16] ÷ about 20.6 working days',
    },
    unit: COUNT,
    default: 32,
    min: 1,
    max: 400,
  },
  slotsReform: {
    kind: 'integer',
    label: { zh: '改革后每日预约号', en: 'Booking slots per day after' },
    help: {
      zh: '花都改革后每月1020个（[S16]）÷ 约20.6个工作日',
      en: '花都: 1,020 a month after [S16] ÷ about 20.6 working days',
    },
    unit: COUNT,
    default: 50,
    min: 1,
    max: 400,
  },
  handlingMinutes: {
    kind: 'number',
    label: { zh: '窗口办理时长（不含核验）', en: 'Window handling time (without identity check)' },
    help: {
      zh: '校准：花都改革后2.08分钟（[S16]）',
      en: 'Calibrated: 花都 after the reform, 2.08 min [S16]',
    },
    unit: MIN,
    default: 2.08,
    min: 0.5,
    max: 30,
  },
  idCheckMinutes: {
    kind: 'number',
    label: { zh: '窗口核验身份与资料时长', en: 'Identity and paper check at the window' },
    help: {
      zh: '校准：花都2.94−2.08=0.86分钟（[S16]），即改革前后办理时长之差',
      en: 'Calibrated: 花都 2.94 − 2.08 = 0.86 min [S16], the fall of the handling time',
    },
    unit: MIN,
    default: 0.86,
    min: 0,
    max: 10,
  },
  triageAccuracy: share(
    '分流准确率',
    'Triage accuracy',
    {
      zh: '假设：人脸识别与大数据分流无公开准确率',
      en: 'Assumption: no published accuracy of the face-and-data triage',
    },
    0.9,
    0.8,
    0.98,
  ),
  terminalSuccess: share(
    '终端一次办成率',
    'Terminal success',
    {
      zh: '假设：无公开统计；失败者转窗口',
      en: 'Assumption: no published figure; a failure goes to a window',
    },
    0.85,
    0.7,
    0.95,
  ),
  plazaEffect: share(
    '学习广场后独立办成比例',
    'Plaza effect (self-serve unaided after learning)',
    { zh: '假设：学习后无需坐席协助的比例', en: 'Assumption: share needing no agent after the plaza' },
    0.6,
    0.4,
    0.8,
  ),
  noShowRate: share(
    '预约爽约率',
    'No-show rate',
    { zh: '假设：政务预约常见10%左右', en: 'Assumption: about 10% is common for public-service bookings' },
    0.1,
    0.05,
    0.2,
  ),
  patienceMinutes: assumed(
    'number',
    '平均耐心（分钟）',
    'Mean patience (minutes)',
    {
      zh: '假设：超过即离开，次日再来',
      en: 'Assumption: a visitor leaves after it and returns the next working day',
    },
    MIN,
    60,
    { min: 1, max: 600, low: 30, high: 120 },
  ),
  peakTrigger: assumed(
    'number',
    '增开窗口触发倍数',
    'Peak-window trigger',
    {
      zh: '假设：当日到厅人次达平均日的倍数时增开窗口',
      en: 'Assumption: extra windows open when a day’s visits reach this multiple of the mean day',
    },
    { zh: '倍', en: '×' },
    1.4,
    { min: 1, max: 5, low: 1.2, high: 2 },
  ),
  deadlineSurge: assumed(
    'number',
    '征期末高峰倍数',
    'Deadline surge',
    {
      zh: '假设：申报期最后3个工作日的到厅量相对平常日',
      en: 'Assumption: visits on the last 3 working days to a filing deadline against an ordinary day',
    },
    { zh: '倍', en: '×' },
    2,
    { min: 1, max: 5, low: 1.5, high: 3 },
  ),
  complexShare: share(
    '复杂事项比例',
    'Share of complex matters',
    { zh: '假设：无公开统计', en: 'Assumption: no published figure' },
    0.15,
    0.1,
    0.25,
  ),
  enquiryShare: share(
    '咨询比例',
    'Share of enquiries',
    { zh: '假设：无公开统计', en: 'Assumption: no published figure' },
    0.15,
    0.1,
    0.25,
  ),
  lowSkillShare: share(
    '数字技能较弱比例',
    'Share with low digital skill',
    { zh: '假设：无公开统计', en: 'Assumption: no published figure' },
    0.4,
    0.25,
    0.55,
  ),
  plazaWillingShare: share(
    '愿去学习广场比例',
    'Share willing to use the plaza',
    {
      zh: '假设：低技能访客中愿意先学习的比例',
      en: 'Assumption: share of low-skill visitors willing to learn first',
    },
    0.5,
    0.3,
    0.7,
  ),
  unverifiedShare: share(
    '人脸无法识别比例',
    'Share not recognised at the door',
    { zh: '假设：未实名采集或识别失败', en: 'Assumption: not registered or not recognised' },
    0.1,
    0.05,
    0.2,
  ),
  bookingShare: share(
    '复杂事项预约意愿',
    'Share of complex matters booked',
    { zh: '假设：愿意预约的复杂事项比例', en: 'Assumption: share of complex matters the taxpayer books' },
    0.5,
    0.3,
    0.7,
  ),
  missingPapersShare: share(
    '资料不全比例',
    'Share with papers missing',
    { zh: '假设：资料不全须再次到厅', en: 'Assumption: missing papers mean another visit' },
    0.05,
    0.02,
    0.1,
  ),
  terminalMinutes: assumed(
    'number',
    '终端办理时长',
    'Terminal time',
    { zh: '假设：无公开统计', en: 'Assumption: no published figure' },
    MIN,
    4,
    { min: 0.5, max: 60, low: 3, high: 6 },
  ),
  agentMinutes: assumed(
    'number',
    '坐席协助时长',
    'Agent help time',
    { zh: '假设：无公开统计', en: 'Assumption: no published figure' },
    MIN,
    3,
    { min: 0.5, max: 60, low: 2, high: 5 },
  ),
  plazaMinutes: assumed(
    'number',
    '学习广场停留时长',
    'Plaza time',
    { zh: '假设：无公开统计', en: 'Assumption: no published figure' },
    MIN,
    10,
    { min: 1, max: 120, low: 5, high: 20 },
  ),
  complexFactor: assumed(
    'number',
    '复杂事项时长倍数',
    'Complex-matter time factor',
    {
      zh: '假设：复杂事项办理时长为简单事项的倍数',
      en: 'Assumption: a complex matter takes this multiple of a simple one',
    },
    { zh: '倍', en: '×' },
    3,
    { min: 1, max: 20, low: 2, high: 5 },
  ),
  maxBookingDelay: assumed(
    'integer',
    '可接受预约等待（工作日）',
    'Acceptable booking delay (working days)',
    { zh: '假设：超过则直接到厅', en: 'Assumption: beyond it the taxpayer walks in' },
    { zh: '个工作日', en: 'working days' },
    5,
    { min: 0, max: 20, low: 3, high: 10 },
  ),
});

/** Parsed scenario parameters. */
export type SmartTaxHallParams = ParamsOf<typeof PARAMS>;
