import { defineParams, type ParamsOf, withMaximum } from '@gd-ftz/core';

const SHARE = { zh: '比例', en: 'share' };
const WD = { zh: '个工作日', en: 'working days' };
const HOURS = { zh: '小时', en: 'hours' };
const MINUTES = { zh: '分钟', en: 'minutes' };

function share(
  zh: string,
  en: string,
  why: { zh: string; en: string },
  d: number,
  low: number,
  high: number,
) {
  return {
    kind: 'number' as const,
    label: { zh, en },
    help: why,
    unit: SHARE,
    default: d,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true as const,
    plausible: { low, high },
  };
}

function amount(
  label: { zh: string; en: string },
  why: { zh: string; en: string },
  unit: { zh: string; en: string },
  d: number,
  range: readonly [number, number],
  plausible: readonly [number, number],
) {
  return {
    kind: 'integer' as const,
    label,
    help: why,
    unit,
    default: d,
    min: range[0],
    max: range[1],
    assumption: true as const,
    plausible: { low: plausible[0], high: plausible[1] },
  };
}

const NO_DATA = (zh: string, en: string) => ({ zh: `假设：${zh}`, en: `Assumption: ${en}` });

/**
 * The scenario parameters of measure 4. The fact pack has no count of new-economy firms and no
 * published statistic of the mechanisms, so every behavioural number is an assumption with its
 * reason and plausible range; the legal numbers live in law.ts as dated, cited parameters.
 * `firms` stops at 10,000 so that the default report (with its sensitivity re-runs) stays within
 * a browser worker's few seconds.
 * @example
 * PARAMS.takeUpUnaided.default // 0.6
 */
export const PARAMS = defineParams({
  firms: {
    kind: 'integer',
    label: { zh: '新经济企业户数', en: 'New-economy firms' },
    help: {
      zh: '2025年内落地的企业，首个完整纳税年度按2026年计',
      en: 'Firms landing during 2025; their first full tax year is 2026',
    },
    unit: { zh: '户', en: 'firms' },
    default: 1000,
    min: 50,
    max: 10_000,
  },
  smallScaleShare: share(
    '小规模纳税人比例',
    'Share of small-scale VAT payers',
    NO_DATA(
      '新办企业多为小规模纳税人，无分行业统计',
      'new firms are mostly small-scale; no figure by sector',
    ),
    0.8,
    0.6,
    0.9,
  ),
  novelShare: share(
    '需税收确定性裁定的新业态项目比例',
    'Share of novel projects needing a ruling',
    NO_DATA('无公开统计', 'no published figure'),
    0.2,
    0.1,
    0.4,
  ),
  takeUpUnaided: share(
    '无推送时优惠享受率',
    'Take-up of a preference without a push',
    NO_DATA(
      '企业自行发现并申报优惠的比例无公开统计',
      'no published rate of firms finding and claiming a preference alone',
    ),
    0.6,
    0.4,
    0.8,
  ),
  takeUpPushed: share(
    '推送礼包后优惠享受率',
    'Take-up of a pushed preference',
    NO_DATA('推送后仍有少数企业未申报', 'a few firms still do not claim after a push'),
    0.95,
    0.85,
    1,
  ),
  questionsPerNovel: amount(
    { zh: '每个新业态项目的涉税疑难问题数', en: 'Tax questions per novel project' },
    NO_DATA('无公开统计', 'no published figure'),
    { zh: '个', en: 'questions' },
    3,
    [1, 6],
    [1, 6],
  ),
  rulingWorkingDays: amount(
    {
      zh: '改革前逐件答复一个问题所需工作日',
      en: 'Working days to answer one question case by case (baseline)',
    },
    NO_DATA('个案请示答复无法定时限', 'case-by-case answers have no statutory limit'),
    WD,
    15,
    [1, 30],
    [10, 30],
  ),
  meetingIntervalDays: amount(
    { zh: '联席会议召开间隔', en: 'Joint meeting interval' },
    NO_DATA('会议频次未公开', 'the meeting cadence is not published'),
    WD,
    10,
    [1, 40],
    [5, 20],
  ),
  revenueLagDays: amount(
    { zh: '落地至首笔收入的平均天数', en: 'Mean days from landing to first revenue' },
    NO_DATA('无公开统计，指数分布', 'no published figure; exponential'),
    { zh: '天', en: 'days' },
    45,
    [1, 365],
    [20, 90],
  ),
  caseShare: share(
    '风险信号转为案件的比例',
    'Share of risk signals that become cases',
    NO_DATA('无公开统计', 'no published figure'),
    0.3,
    0.1,
    0.5,
  ),
  penaltyShare: share(
    '案件中受处罚的比例',
    'Share of cases ending in a penalty',
    NO_DATA('无公开统计', 'no published figure'),
    0.4,
    0.2,
    0.6,
  ),
  reminderEffect: share(
    '提醒后自行更正的比例',
    'Share of reminded firms that correct',
    NO_DATA('提醒效果无公开评估', 'no published evaluation of reminders'),
    0.6,
    0.4,
    0.8,
  ),
  minutesPerApplication: amount(
    { zh: '每件申请的审核分钟', en: 'Officer minutes per application' },
    NO_DATA('无公开工时统计', 'no published staff-time figure'),
    MINUTES,
    20,
    [1, 240],
    [10, 40],
  ),
  hoursPerRuling: amount(
    { zh: '每个问题个案答复的工时', en: 'Officer hours per case-by-case answer' },
    NO_DATA('无公开工时统计', 'no published staff-time figure'),
    HOURS,
    4,
    [1, 40],
    [2, 8],
  ),
  meetingHoursPerProject: amount(
    {
      zh: '每个项目联席会议的工时（各部门合计）',
      en: 'Officer hours per project at the joint meeting (all departments)',
    },
    NO_DATA('无公开工时统计', 'no published staff-time figure'),
    HOURS,
    6,
    [1, 40],
    [3, 12],
  ),
  hoursPerCase: amount(
    { zh: '每个风险案件的工时', en: 'Officer hours per risk case' },
    NO_DATA('无公开工时统计', 'no published staff-time figure'),
    HOURS,
    12,
    [1, 200],
    [6, 24],
  ),
  minutesPerReminder: amount(
    { zh: '每条风险提醒的工时', en: 'Officer minutes per risk reminder' },
    NO_DATA('提醒多为系统推送', 'reminders are mostly sent by the system'),
    MINUTES,
    5,
    [0, 60],
    [2, 15],
  ),
});

/** Parsed scenario parameters. */
export type NewEconomyTaxServiceParams = ParamsOf<typeof PARAMS>;

/**
 * The most firms a sharded run takes. Assumption: Guangdong registers a few hundred thousand new
 * firms a year, of which new-economy firms are a part (no published count); 2 million leaves room,
 * and each shard streams one firm at a time (only totals are kept).
 */
export const PROVINCE_MAX_FIRMS = 2_000_000;

/** The schema of sharded runs: the same parameters, firms up to {@link PROVINCE_MAX_FIRMS}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'firms', PROVINCE_MAX_FIRMS);
