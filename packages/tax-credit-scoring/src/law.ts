// The legal numbers and citations of measure 9. The two credit measures themselves (2014年第40号 and
// 2025年第12号) are shared laws held by @gd-ftz/statutes; this file adds the articles of them no other
// engine cites, the companion announcements only this engine needs (2014年第48号, 2015年第85号,
// 2018年第8号, 2020年第15号), and the dated parameters, each cited once. Texts as reprinted (fact pack
// tax-measures.md §9, sources S62–S76); where the law is silent the value is an assumption.
import { type Citation, defineParameter, type Localized } from '@gd-ftz/core';
import { seedItem, taxCredit, taxCreditTrial2014 } from '@gd-ftz/statutes';

/** 2014年第40号 in force (公告: 自2014年10月1日起施行). */
export const FROM_2014 = '2014-10-01';
/** 2018年第8号: M grade for new firms and firms without revenue. */
export const FROM_M = '2018-04-01';
/** 2025年第12号 in force (公告: 自2025年7月1日起施行). */
export const FROM_2025 = '2025-07-01';

const T14 = taxCreditTrial2014.articles;
const T25 = taxCredit.articles;
const reprint = (zh: string, en: string): Localized => ({ zh, en });
const of14 = (article: string, note: Localized, quote?: string): Citation => ({
  ...taxCreditTrial2014.whole,
  article,
  note,
  ...(quote ? { quote } : {}),
});
const of25 = (article: string, note: Localized, quote?: string): Citation => ({
  ...taxCredit.whole,
  article,
  note,
  ...(quote ? { quote } : {}),
});
const announcement = (zh: string, en: string, docNo: string) => ({ law: { zh, en }, docNo });
const A2015 = announcement(
  '国家税务总局关于明确纳税信用管理若干业务口径的公告',
  'SAT announcement clarifying tax credit management practice',
  '国家税务总局公告2015年第85号',
);
const A2018 = announcement(
  '国家税务总局关于纳税信用评价有关事项的公告',
  'SAT announcement on tax credit evaluation matters',
  '国家税务总局公告2018年第8号',
);
const A2020 = announcement(
  '国家税务总局关于纳税信用管理有关事项的公告',
  'SAT announcement on tax credit management matters',
  '国家税务总局公告2020年第15号',
);

/**
 * The citations of measure 9, by what they establish: the shared articles from @gd-ftz/statutes
 * (with this engine's gloss where it needs one) and the texts only this engine cites.
 * @example
 * CITES.grades2025.article // '第十六条'
 */
export const CITES = {
  regime2014: taxCreditTrial2014.whole,
  regime2025: taxCredit.whole,
  start2014: of14(
    '第十五条',
    reprint(
      '起评分：信息齐全100分，非经常性指标缺失90分',
      'start score 100, 90 without non-recurring indicators',
    ),
    '年度评价指标得分采取扣分方式。纳税人评价年度内经常性指标和非经常性指标信息齐全的，从100分起评；非经常性指标缺失的，从90分起评。',
  ),
  start2020: {
    ...A2020,
    article: '二',
    url: 'http://www.taxhu.cn/wenda/jiangsu/168842.html',
    note: reprint(
      '自2020年度评价起，近三个评价年度内有非经常性指标信息的从100分起评，否则90分（官方文件，据第三方转载）',
      'from the 2020 evaluation: 100 with a non-recurring record in the last three evaluation years, else 90 (official text, third-party reprint)',
    ),
  },
  scoreD2020: {
    ...A2020,
    article: '三',
    url: 'http://www.zhangyingjia.com',
    note: reprint(
      '自2019年度评价起，因得分评为D级的次年加扣11分；直接判级的D级保留2年、第三年不得评为A级',
      'from the 2019 evaluation: a score-based D costs 11 more points the next year; a direct D is kept 2 years, no A in year 3',
    ),
    quote:
      '对于因评价指标得分评为D级的纳税人，次年由直接保留D级评价调整为评价时加扣11分……对于因直接判级评为D级的纳税人，维持D级评价保留2年、第三年纳税信用不得评价为A级。',
  },
  indicators2014: {
    law: {
      zh: '纳税信用评价指标和评价方式（试行）',
      en: 'Tax credit evaluation indicators and method (Trial)',
    },
    docNo: '国家税务总局公告2014年第48号',
    url: 'https://www.fusiontax.cn',
    note: reprint(
      '扣分1、3、5、11分；未按期申报按税种按次扣5分；丢失税控设备扣1分；损毁税控设备、与相关部门信息不一致扣11分（官方文件，据第三方转载）',
      'deductions of 1, 3, 5, 11 points; late filing 5 per tax per time; a lost tax-control device 1; a damaged device or information inconsistent across departments 11 (official text, third-party reprint)',
    ),
  },
  grades2014: T14.art18,
  notA2014: T14.art19,
  zeroVat2015: {
    ...A2015,
    article: '五',
    url: 'https://chinaacc.com/shuishou/fxgl/zh1701102271.shtml',
    note: reprint(
      '正常原因：季节性生产经营、享受政策性减免税；按季申报视同连续3个月',
      'normal reasons: seasonal business, policy exemptions; a quarterly return counts as 3 consecutive months',
    ),
    quote:
      '正常原因是指：季节性生产经营、享受政策性减免税等正常情况原因。非正常原因是除上述原因外的其他原因。按季申报视同连续3个月。',
  },
  directD2014: T14.art20,
  mGrade2018: {
    ...A2018,
    url: 'http://crsrw.com/zhongguoshuiwu/100663.html',
    note: reprint(
      '增设M级：新设立企业，或评价年度内无生产经营业务收入且得分70分以上的企业（未发生第二十条失信行为）；2018-04-01施行（据第三方转载）',
      'adds grade M: new firms, or firms without operating revenue in the year scoring 70 or more (no art. 20 breach); in force 2018-04-01 (third-party reprint)',
    ),
  },
  april2014: T14.art23,
  adjust2014: of14(
    '第二十五条',
    reprint(
      '纳税信用级别实行动态调整（条文所指为以后发现的以前年度直接判D情形）',
      'grades are adjusted dynamically (the text names earlier years’ direct-D cases found later)',
    ),
  ),
  aMeasures2014: T14.art29,
  bMeasures2014: of14(
    '第三十条',
    reprint(
      'B级：正常管理，视信用变化趋势选择性提供第二十九条的激励措施',
      'B: ordinary management, with art. 29 incentives given selectively',
    ),
  ),
  dMeasures2014: T14.art32,
  record2025: of25(
    '第十二条',
    reprint(
      '无记载不评价、何时记载何时评价',
      'no record, no rating; a record counts from the day it is recorded',
    ),
    '税务机关遵循无记载不评价、何时记载何时评价的原则',
  ),
  start2025: T25.art13,
  cycle2025: T25.art15,
  grades2025: T25.art16,
  notA2025: withUrl(T25.art17, 'https://www.dongao.com/jxjy/csgh/202512104621721.shtml'),
  directD2025: withUrl(T25.art18, 'https://www.xiaoweikuaiche.com/news/shownews.php?id=81'),
  indicators2025: of25(
    '附件1',
    reprint(
      '未按期申报、代扣代缴按月计扣5分（多税种合并）；新增虚假承诺11分、法定代表人或财务负责人未办个税汇算5分、出口退税函调不予退税1分',
      'late filing and withholding 5 points per month, taxes merged; new: false undertaking 11, legal representative or finance head skipping IIT reconciliation 5, export-refund enquiry finding 1',
    ),
  ),
  scope2025: T25.art3,
  dMeasures2025: T25.art34,
  repair: {
    law: { zh: '纳税信用修复', en: 'Tax credit repair' },
    url: 'https://www.acc5.com/news-xinwen/detail_206565.html',
    note: reprint(
      '如在处理决定期限届满后60日内缴清可申请修复；直接判D者可在次年底前申请重新评价，但不得评为A级（实务转载，文号未经核实）',
      'e.g. paying within 60 days after a decision’s deadline allows repair; a direct D may be re-rated before the end of the next year, not to A (practitioner reprint, document number unconfirmed)',
    ),
  },
  seed: seedItem(9),
} as const satisfies Record<string, Citation>;

function withUrl(c: Citation, url: string): Citation {
  return { ...c, url };
}

const scoreUnit = { zh: '分', en: 'points' } as const;
const MONTHS = { zh: '个月', en: 'months' } as const;
const YEARS = { zh: '年', en: 'years' } as const;

/** Grade thresholds, zero-VAT counts, A's invoice supply and the evasion thresholds: shared, from @gd-ftz/statutes. */
export const GRADE_A_MIN = taxCredit.params.gradeAMinScore;
export const GRADE_B_MIN = taxCredit.params.gradeBMinScore;
export const GRADE_C_MIN = taxCredit.params.gradeCMinScore;
export const ZERO_VAT_CONSECUTIVE = taxCredit.params.zeroFilingConsecutiveMonths;
export const ZERO_VAT_CUMULATIVE = taxCredit.params.zeroFilingCumulativeMonths;
export const INVOICE_MONTHS_A = taxCredit.params.supplyMonthsA;
export const EVASION_MIN_AMOUNT = taxCredit.params.evasionAmount;
export const EVASION_MIN_SHARE = taxCredit.params.evasionShare;

/**
 * Lowest score for M when the firm had no operating revenue: 70 (2018年第8号; 2025 第16条). No M
 * grade exists before 2018-04-01.
 * @example
 * integerAt(M_NO_REVENUE_MIN, '2024-04-30') // 70
 */
export const M_NO_REVENUE_MIN = defineParameter({
  name: 'taxCreditScoring.mNoRevenueMin',
  label: { zh: '无收入企业M级最低得分', en: 'Lowest score of M without revenue' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_M, value: '70', source: CITES.mGrade2018 },
    { from: FROM_2025, value: '70', source: CITES.grades2025 },
  ],
});

/**
 * Start score with complete recurring and non-recurring information: 100 (2014 第15条; 2025 第13条).
 * @example
 * integerAt(START_FULL, '2024-04-30') // 100
 */
export const START_FULL = defineParameter({
  name: 'taxCreditScoring.startFull',
  label: { zh: '信息齐全起评分', en: 'Start score, information complete' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '100', source: CITES.start2014 },
    { from: FROM_2025, value: '100', source: CITES.start2025 },
  ],
});

/**
 * Start score without non-recurring information but with complete tax-and-fee information: 93,
 * from 2025-07-01 only (2025 第13条). Before it the start is 90.
 * @example
 * integerAt(START_RECURRING_COMPLETE, '2025-07-01') // 93
 */
export const START_RECURRING_COMPLETE = defineParameter({
  name: 'taxCreditScoring.startRecurringComplete',
  label: {
    zh: '非经常性指标缺失、纳税缴费信息齐全起评分',
    en: 'Start score, tax-and-fee information complete',
  },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    {
      from: FROM_2014,
      value: '90',
      source: CITES.start2014,
      note: { zh: '2025-07-01之前无93分档', en: 'no 93 tier before 2025-07-01' },
    },
    { from: FROM_2025, value: '93', source: CITES.start2025 },
  ],
});

/**
 * Start score otherwise: 90.
 * @example
 * integerAt(START_MISSING, '2025-07-01') // 90
 */
export const START_MISSING = defineParameter({
  name: 'taxCreditScoring.startMissing',
  label: { zh: '非经常性指标缺失起评分', en: 'Start score, non-recurring information missing' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '90', source: CITES.start2014 },
    { from: FROM_2025, value: '90', source: CITES.start2025 },
  ],
});

/**
 * Evaluation years back in which a non-recurring record earns the full start: 1 (the evaluation
 * year, 2014 第15条), 3 from the 2020 evaluation year (2020年第15号 二). Looked up on the last
 * day of the evaluated year.
 * @example
 * integerAt(NON_RECURRING_YEARS, '2020-12-31') // 3
 */
export const NON_RECURRING_YEARS = defineParameter({
  name: 'taxCreditScoring.nonRecurringYears',
  label: { zh: '非经常性指标回溯评价年度数', en: 'Years a non-recurring record counts' },
  unit: YEARS,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '1', source: CITES.start2014 },
    { from: '2020-01-01', value: '3', source: CITES.start2020 },
  ],
});

/**
 * Extra points deducted in the year after a score-based D: 11, from the 2019 evaluation year
 * (2020年第15号 三); before it a score-based D was kept instead (2014 第32条). Kept by 2025 第34条.
 * Looked up on the last day of the evaluated year.
 * @example
 * integerAt(SCORE_D_EXTRA, '2019-12-31') // 11
 */
export const SCORE_D_EXTRA = defineParameter({
  name: 'taxCreditScoring.scoreDExtra',
  label: { zh: '上年得分D级次年加扣分', en: 'Extra deduction after a score-based D' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    {
      from: FROM_2014,
      value: '0',
      source: CITES.dMeasures2014,
      note: { zh: '改为保留D级2年', en: 'the D was kept 2 years instead' },
    },
    { from: '2019-01-01', value: '11', source: CITES.scoreD2020 },
    { from: FROM_2025, value: '11', source: CITES.dMeasures2025 },
  ],
});

/**
 * Points per late filing: 5 (2014: per tax per time, 第48号; 2025: per month, taxes merged, 附件1).
 * @example
 * integerAt(LATE_FILING_POINTS, '2024-04-30') // 5
 */
export const LATE_FILING_POINTS = defineParameter({
  name: 'taxCreditScoring.lateFilingPoints',
  label: { zh: '未按期申报扣分', en: 'Points per late filing' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    {
      from: FROM_2014,
      value: '5',
      source: CITES.indicators2014,
      note: { zh: '按税种按次', en: 'per tax, per time' },
    },
    {
      from: FROM_2025,
      value: '5',
      source: CITES.indicators2025,
      note: { zh: '按月，多税种合并', en: 'per month, taxes merged' },
    },
  ],
});

/**
 * Years of operation below which a firm cannot be A: 3 (2014 第19条(一); 2025 第17条(一)).
 * @example
 * integerAt(MIN_OPERATING_YEARS_FOR_A, '2024-04-30') // 3
 */
export const MIN_OPERATING_YEARS_FOR_A = defineParameter({
  name: 'taxCreditScoring.minOperatingYearsForA',
  label: { zh: '评A所需实际经营年限', en: 'Years of operation needed for A' },
  unit: YEARS,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '3', source: CITES.notA2014 },
    { from: FROM_2025, value: '3', source: CITES.notA2025 },
  ],
});

/**
 * Months after the first tax dealing within which a firm is new (M): 12 (2018年第8号: 不满一个评价年度;
 * 2025 第15条).
 * @example
 * integerAt(NEW_ENTITY_MONTHS, '2024-04-30') // 12
 */
export const NEW_ENTITY_MONTHS = defineParameter({
  name: 'taxCreditScoring.newEntityMonths',
  label: { zh: '新设立经营主体期间', en: 'Months a firm counts as new' },
  unit: MONTHS,
  kind: 'integer',
  entries: [
    { from: FROM_M, value: '12', source: CITES.mGrade2018 },
    { from: FROM_2025, value: '12', source: CITES.cycle2025 },
  ],
});

/**
 * Month in which the annual result of the previous year is set: April (2014 第23条). The 2025 text
 * as reprinted does not name the month: carried over as an assumption.
 * @example
 * integerAt(RESULT_MONTH, '2026-04-30') // 4
 */
export const RESULT_MONTH = defineParameter({
  name: 'taxCreditScoring.resultMonth',
  label: { zh: '年度评价结果确定月份', en: 'Month the annual result is set' },
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '4', source: CITES.april2014 },
    {
      from: FROM_2025,
      value: '4',
      source: CITES.regime2025,
      note: { zh: '沿用2014年办法第二十三条（假设）', en: 'carried over from 2014 art. 23 (assumption)' },
    },
  ],
  assumption: {
    zh: '2025年办法转载文本未规定结果确定月份，沿用2014年办法第二十三条的4月',
    en: 'The 2025 text as reprinted does not name the month; April is carried over from 2014 art. 23.',
  },
});

/**
 * Months of VAT invoices a B firm may draw at once: 2. Reported by practitioner sources (fact pack
 * §9); the text fixing it was not found, and 2014 第30条 only says B may receive A's measures
 * selectively: an assumption.
 * @example
 * integerAt(INVOICE_MONTHS_B, '2024-04-30') // 2
 */
export const INVOICE_MONTHS_B = defineParameter({
  name: 'taxCreditScoring.invoiceMonthsB',
  label: { zh: 'B级单次领取发票用量', en: 'Invoice supply of a B firm' },
  unit: MONTHS,
  kind: 'integer',
  entries: [{ from: FROM_2014, value: '2', source: CITES.bMeasures2014 }],
  assumption: {
    zh: '2个月见于实务资料，规定该数的条文未找到',
    en: 'The 2-month figure is reported by practitioner sources; the article fixing it was not found.',
  },
});

/**
 * Points added the year after an A, capped at 100: 1, from 2025-07-01. Practitioner summaries only
 * (S75), article unconfirmed: an assumption.
 * @example
 * integerAt(CONSECUTIVE_A_BONUS, '2025-07-01') // 1
 */
export const CONSECUTIVE_A_BONUS = defineParameter({
  name: 'taxCreditScoring.consecutiveABonus',
  label: { zh: '连续A级加分', en: 'Bonus after an A year' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    {
      from: FROM_2014,
      value: '0',
      source: CITES.regime2014,
      note: { zh: '2014年办法无加分', en: 'no bonus in the 2014 texts' },
    },
    {
      from: FROM_2025,
      value: '1',
      source: CITES.regime2025,
      note: {
        zh: '实务摘要：连续评为A级的次年加1分（上限100分）',
        en: 'practitioner summaries: +1 the year after an A (cap 100)',
      },
    },
  ],
  assumption: {
    zh: '见于2025年办法的实务摘要，条文号未经核实',
    en: 'Reported by practitioner summaries of the 2025 regime; the article is unconfirmed.',
  },
});

/**
 * Every dated parameter the engine reads, by name: the shared ones from @gd-ftz/statutes and its own.
 * @example
 * integerAt(PARAMETERS.startRecurringComplete, '2025-07-01') // 93
 */
export const PARAMETERS = {
  gradeAMin: GRADE_A_MIN,
  gradeBMin: GRADE_B_MIN,
  gradeCMin: GRADE_C_MIN,
  mNoRevenueMin: M_NO_REVENUE_MIN,
  newEntityMonths: NEW_ENTITY_MONTHS,
  startFull: START_FULL,
  startRecurringComplete: START_RECURRING_COMPLETE,
  startMissing: START_MISSING,
  nonRecurringYears: NON_RECURRING_YEARS,
  scoreDExtra: SCORE_D_EXTRA,
  lateFilingPoints: LATE_FILING_POINTS,
  evasionMinAmount: EVASION_MIN_AMOUNT,
  evasionMinShare: EVASION_MIN_SHARE,
  zeroVatConsecutive: ZERO_VAT_CONSECUTIVE,
  zeroVatCumulative: ZERO_VAT_CUMULATIVE,
  minOperatingYearsForA: MIN_OPERATING_YEARS_FOR_A,
  resultMonth: RESULT_MONTH,
  invoiceMonthsA: INVOICE_MONTHS_A,
  invoiceMonthsB: INVOICE_MONTHS_B,
  consecutiveABonus: CONSECUTIVE_A_BONUS,
} as const;
