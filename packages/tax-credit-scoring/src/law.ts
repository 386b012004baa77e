// Every legal number of the engine, declared once as a dated, cited parameter, and the citations
// the rules and traces point to. Texts as reprinted (fact pack tax-measures.md §9, sources S62–S76);
// where the law is silent the value is an assumption with its reason.
import { type Citation, defineParameter, LAWS } from '@gd-ftz/core';

const L2014 = {
  zh: '纳税信用管理办法（试行）',
  en: 'Tax Credit Management Measures (Trial)',
} as const;
const L2014_DOC = '国家税务总局公告2014年第40号';
const L2014_URL = 'http://m.training.sdufe.edu.cn/home/NewsDetail/05c392b4-80f2-44a9-a592-384957cc5615';
const I2014 = {
  zh: '纳税信用评价指标和评价方式（试行）',
  en: 'Tax credit evaluation indicators and method (Trial)',
} as const;
const L2025 = {
  zh: '纳税缴费信用管理办法',
  en: 'Measures for the Management of Tax and Fee Payment Credit',
} as const;
const L2025_DOC = '国家税务总局公告2025年第12号';
const L2025_URL = 'https://www.ai-tax.cn/page01?pagenum=2';

/** 2014年第40号 in force (公告: 自2014年10月1日起施行). */
export const FROM_2014 = '2014-10-01';
/** 2018年第8号: M grade for new firms and firms without revenue. */
export const FROM_M = '2018-04-01';
/** 2025年第12号 in force (公告: 自2025年7月1日起施行). */
export const FROM_2025 = '2025-07-01';

/**
 * The citations of measure 9, by what they establish. Each `note` quotes or summarises the text.
 * @example
 * CITES.grades2025.article // '第十六条'
 */
export const CITES = {
  regime2014: {
    law: L2014,
    docNo: L2014_DOC,
    url: L2014_URL,
    note: '现将《纳税信用管理办法（试行）》予以发布，自2014年10月1日起施行 (official-reprint)',
  },
  regime2025: {
    law: L2025,
    docNo: L2025_DOC,
    url: 'https://www.musicgame.com.cn/DocxOrTaxView.aspx?DocxId=16312',
    note: 'issued 2025-05-16, effective 2025-07-01, replaces 2014年第40号 and its companion texts (official-reprint)',
  },
  start2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第十五条',
    url: L2014_URL,
    note: '年度评价指标得分采取扣分方式。纳税人评价年度内经常性指标和非经常性指标信息齐全的，从100分起评；非经常性指标缺失的，从90分起评',
  },
  start2020: {
    law: {
      zh: '国家税务总局关于纳税信用管理有关事项的公告',
      en: 'SAT announcement on tax credit management matters',
    },
    docNo: '国家税务总局公告2020年第15号',
    article: '二',
    url: 'http://www.taxhu.cn/wenda/jiangsu/168842.html',
    note: '自2020年度评价起：近三个评价年度内存在非经常性指标信息的，从100分起评；近三个评价年度内没有非经常性指标信息的，从90分起评 (official-reprint)',
  },
  scoreD2020: {
    law: {
      zh: '国家税务总局关于纳税信用管理有关事项的公告',
      en: 'SAT announcement on tax credit management matters',
    },
    docNo: '国家税务总局公告2020年第15号',
    article: '三',
    url: 'http://www.zhangyingjia.com',
    note: '自开展2019年度评价时起……对于因评价指标得分评为D级的纳税人，次年由直接保留D级评价调整为评价时加扣11分……对于因直接判级评为D级的纳税人，维持D级评价保留2年、第三年纳税信用不得评价为A级',
  },
  indicators2014: {
    law: I2014,
    docNo: '国家税务总局公告2014年第48号',
    url: 'https://www.fusiontax.cn',
    note: '扣分档次 1、3、5、11 分；未按规定期限纳税申报 按税种按次扣5分；丢失税控设备 每次扣1分；损毁或擅自改动税控设备 扣11分；与相关部门信息不一致 扣11分 (official-reprint)',
  },
  grades2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第十八条',
    url: L2014_URL,
    note: 'A级 年度评价指标得分90分以上；B级 70分以上不满90分；C级 40分以上不满70分；D级 不满40分或者直接判级确定',
  },
  notA2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第十九条',
    url: 'https://consult.17win.com/yqconsult-web-ssr/questionDetail/1/001568964170599072600050568a66bb?type=qa',
    note: '有下列情形之一的纳税人，本评价年度不能评为A级：（一）实际生产经营期不满3年的；（二）上一评价年度纳税信用评价结果为D级的；（三）非正常原因一个评价年度内增值税或营业税连续3个月或者累计6个月零申报、负申报的；（四）不能按照国家统一的会计制度规定设置账簿……',
  },
  zeroVat2015: {
    law: {
      zh: '国家税务总局关于明确纳税信用管理若干业务口径的公告',
      en: 'SAT announcement clarifying tax credit management practice',
    },
    docNo: '国家税务总局公告2015年第85号',
    article: '五',
    url: 'https://chinaacc.com/shuishou/fxgl/zh1701102271.shtml',
    note: '正常原因是指：季节性生产经营、享受政策性减免税等正常情况原因。非正常原因是除上述原因外的其他原因。按季申报视同连续3个月',
  },
  directD2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第二十条',
    url: 'http://lnmlw.com/Localtaxation/ztklmvoibz.html',
    note: '有下列情形之一的纳税人，本评价年度直接判为D级 (10 items; reprinted in translation)',
  },
  mGrade2018: {
    law: {
      zh: '国家税务总局关于纳税信用评价有关事项的公告',
      en: 'SAT announcement on tax credit evaluation matters',
    },
    docNo: '国家税务总局公告2018年第8号',
    url: 'http://crsrw.com/zhongguoshuiwu/100663.html',
    note: '增设M级纳税信用级别……未发生《信用管理办法》第二十条所列失信行为的下列企业适用M级纳税信用：新设立企业；评价年度内无生产经营业务收入且年度评价指标得分70分以上的企业 (official-reprint; in force 2018-04-01)',
  },
  april2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第二十三条',
    url: L2014_URL,
    note: '税务机关每年4月确定上一年度纳税信用评价结果，并为纳税人提供自我查询服务',
  },
  adjust2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第二十五条',
    url: L2014_URL,
    note: '税务机关对纳税人的纳税信用级别实行动态调整 (dynamic adjustment; the text names earlier years’ direct-D cases found later)',
  },
  aMeasures2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第二十九条',
    url: L2014_URL,
    note: 'A级：一般纳税人可单次领取3个月的增值税发票用量，需要调整增值税发票用量时即时办理',
  },
  bMeasures2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第三十条',
    url: L2014_URL,
    note: 'B级：实施正常管理……视信用评价状态变化趋势选择性地提供本办法第二十九条的激励措施',
  },
  dMeasures2014: {
    law: L2014,
    docNo: L2014_DOC,
    article: '第三十二条',
    url: L2014_URL,
    note: 'D级：增值税专用发票领用按辅导期一般纳税人政策办理，普通发票的领用实行交（验）旧供新、严格限量供应……D级评价保留2年，第三年纳税信用不得评价为A级',
  },
  record2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第十二条',
    url: L2025_URL,
    note: '税务机关遵循无记载不评价、何时记载何时评价的原则',
  },
  start2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第十三条',
    url: L2025_URL,
    note: '经常性指标和非经常性指标信息齐全的，从100分起评；非经常性指标缺失，经常性指标中纳税缴费信息齐全的，从93分起评，不齐全的，从90分起评',
  },
  cycle2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第十五条',
    url: L2025_URL,
    note: '评价周期为一个公历年度。距首次在税务机关办理税费事宜时间不满一个评价年度的经营主体，不参加本期年度评价',
  },
  grades2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第十六条',
    url: L2025_URL,
    note: 'A级为年度评价指标得分90分以上的；B级70分以上不满90分；M级为新设立经营主体或者年度评价指标得分70分以上但评价年度内无生产经营业务收入的；C级40分以上不满70分；D级不满40分或者有严重失信行为的',
  },
  notA2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第十七条',
    url: 'https://www.dongao.com/jxjy/csgh/202512104621721.shtml',
    note: '（三）非正常原因评价年度内增值税连续3个月或者累计6个月应纳税额为0的；“非正常原因”排除季节性生产经营、享受政策性减免税、存在未抵减完的增值税留抵税额、享受增值税加计抵减政策；按季申报视同连续3个月 (海南省税务局 answer)',
  },
  directD2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第十八条',
    url: 'https://www.xiaoweikuaiche.com/news/shownews.php?id=81',
    note: '直接判为D级的13种情形 (practitioner reprint of the list)',
  },
  indicators2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '附件1',
    url: 'https://www.fusiontax.cn/index.php/特殊:移动版差异/57230',
    note: '未按规定期限申报、代扣代缴 按月计扣5分（多税种合并）；新增 虚假承诺 扣11分、法定代表人或财务负责人未办理个税汇算 扣5分、出口退税函调不予退税 扣1分 (official-reprint)',
  },
  scope2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第三条',
    url: L2025_URL,
    note: '社会保险费和非税收入纳入评价（税费同评）',
  },
  dMeasures2025: {
    law: L2025,
    docNo: L2025_DOC,
    article: '第三十四条',
    url: 'https://consult.17win.com',
    note: 'D级：专票限额限量、数电票额度受限，普票交（验）旧领新；直接判级的D级保留至第二年，第三年不得评为A级；因评价指标得分评为D级的，次年评价时加扣11分 (practitioner Q&A)',
  },
  repair: {
    law: { zh: '纳税信用修复', en: 'Tax credit repair' },
    url: 'https://www.acc5.com/news-xinwen/detail_206565.html',
    note: 'practitioner reprint (fact pack S76): e.g. paying within 60 days after the deadline of a decision allows an application for repair; a directly rated D may apply before the end of the following year and be re-rated, not to A. Document number unconfirmed',
  },
  seed: {
    law: LAWS.seed,
    docNo: '粤府函〔2023〕59号',
    article: '附件 第9项 信用数字化建模赋能纳税“放管服”改革',
    note: '联通市场监管、海关、司法等部门数据……实现公共信用数据与税务数据联通，并对企业按照信用等级进行分类，提供不同标准的纳税便利举措',
  },
} as const satisfies Record<string, Citation>;

const scoreUnit = { zh: '分', en: 'points' } as const;

/**
 * Lowest score of grade A: 90 (2014 第18条; 2025 第16条; "以上" includes the bound).
 * @example
 * integerAt(GRADE_A_MIN, '2025-07-01') // 90
 */
export const GRADE_A_MIN = defineParameter({
  name: 'taxCredit.gradeAMin',
  label: { zh: 'A级最低得分', en: 'Lowest score of grade A' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '90', source: CITES.grades2014 },
    { from: FROM_2025, value: '90', source: CITES.grades2025 },
  ],
});

/**
 * Lowest score of grade B (and of M for a firm without revenue): 70.
 * @example
 * integerAt(GRADE_B_MIN, '2024-04-30') // 70
 */
export const GRADE_B_MIN = defineParameter({
  name: 'taxCredit.gradeBMin',
  label: { zh: 'B级最低得分', en: 'Lowest score of grade B' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '70', source: CITES.grades2014 },
    { from: FROM_2025, value: '70', source: CITES.grades2025 },
  ],
});

/**
 * Lowest score of grade C: 40; below it, D.
 * @example
 * integerAt(GRADE_C_MIN, '2024-04-30') // 40
 */
export const GRADE_C_MIN = defineParameter({
  name: 'taxCredit.gradeCMin',
  label: { zh: 'C级最低得分', en: 'Lowest score of grade C' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '40', source: CITES.grades2014 },
    { from: FROM_2025, value: '40', source: CITES.grades2025 },
  ],
});

/**
 * Lowest score for M when the firm had no operating revenue: 70 (2018年第8号; 2025 第16条). No M
 * grade exists before 2018-04-01.
 * @example
 * integerAt(M_NO_REVENUE_MIN, '2024-04-30') // 70
 */
export const M_NO_REVENUE_MIN = defineParameter({
  name: 'taxCredit.mNoRevenueMin',
  label: { zh: '无收入企业M级最低得分', en: 'Lowest score of M without revenue' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_M, value: '70', source: CITES.mGrade2018 },
    { from: FROM_2025, value: '70', source: CITES.grades2025 },
  ],
});

/**
 * Start score with complete recurring and non-recurring information: 100.
 * @example
 * integerAt(START_FULL, '2024-04-30') // 100
 */
export const START_FULL = defineParameter({
  name: 'taxCredit.startFull',
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
  name: 'taxCredit.startRecurringComplete',
  label: {
    zh: '非经常性指标缺失、纳税缴费信息齐全起评分',
    en: 'Start score, recurring tax-and-fee information complete',
  },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '90', source: CITES.start2014, note: 'no middle tier before 2025-07-01' },
    { from: FROM_2025, value: '93', source: CITES.start2025 },
  ],
});

/**
 * Start score otherwise: 90.
 * @example
 * integerAt(START_MISSING, '2025-07-01') // 90
 */
export const START_MISSING = defineParameter({
  name: 'taxCredit.startMissing',
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
  name: 'taxCredit.nonRecurringYears',
  label: { zh: '非经常性指标回溯评价年度数', en: 'Years a non-recurring record counts' },
  unit: { zh: '年', en: 'years' },
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '1', source: CITES.start2014 },
    { from: '2020-01-01', value: '3', source: CITES.start2020 },
  ],
});

/**
 * Extra points deducted in the year after a score-based D: 11, from the 2019 evaluation year
 * (2020年第15号 三); before it a score-based D was kept instead. Kept by 2025 第34条. Looked up on
 * the last day of the evaluated year.
 * @example
 * integerAt(SCORE_D_EXTRA, '2019-12-31') // 11
 */
export const SCORE_D_EXTRA = defineParameter({
  name: 'taxCredit.scoreDExtra',
  label: { zh: '上年得分D级次年加扣分', en: 'Extra deduction after a score-based D' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '0', source: CITES.dMeasures2014, note: 'D kept 2 years instead' },
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
  name: 'taxCredit.lateFilingPoints',
  label: { zh: '未按期申报扣分', en: 'Points per late filing' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '5', source: CITES.indicators2014, note: 'per tax, per time' },
    { from: FROM_2025, value: '5', source: CITES.indicators2025, note: 'per month, taxes merged' },
  ],
});

/**
 * Evasion that makes a firm D directly: at least 100,000.00 yuan (2014 第20条(二); 2025 第18条(三)).
 * @example
 * valueAt(EVASION_MIN_AMOUNT, '2024-04-30').toString() // '100000'
 */
export const EVASION_MIN_AMOUNT = defineParameter({
  name: 'taxCredit.evasionMinAmount',
  label: { zh: '直接判D偷税金额', en: 'Evasion amount for a direct D' },
  unit: { zh: '元', en: 'yuan' },
  entries: [
    { from: FROM_2014, value: '100000.00', source: CITES.directD2014, note: '第二十条（二）' },
    { from: FROM_2025, value: '100000.00', source: CITES.directD2025, note: '第十八条（三）' },
  ],
});

/**
 * …and at least 10% of the total tax due (same items).
 * @example
 * valueAt(EVASION_MIN_SHARE, '2025-07-01').toString() // '0.1'
 */
export const EVASION_MIN_SHARE = defineParameter({
  name: 'taxCredit.evasionMinShare',
  label: { zh: '直接判D偷税占应纳税总额比例', en: 'Evasion share of tax due for a direct D' },
  entries: [
    { from: FROM_2014, value: '0.10', source: CITES.directD2014, note: '第二十条（二）' },
    { from: FROM_2025, value: '0.10', source: CITES.directD2025, note: '第十八条（三）' },
  ],
});

/**
 * Zero-VAT months that block A: 3 in a row (2014 第19条(三); 2025 第17条(三)).
 * @example
 * integerAt(ZERO_VAT_CONSECUTIVE, '2025-07-01') // 3
 */
export const ZERO_VAT_CONSECUTIVE = defineParameter({
  name: 'taxCredit.zeroVatConsecutive',
  label: { zh: '连续零申报月数', en: 'Consecutive zero-VAT months' },
  unit: { zh: '月', en: 'months' },
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '3', source: CITES.notA2014 },
    { from: FROM_2025, value: '3', source: CITES.notA2025 },
  ],
});

/**
 * …or 6 in the year.
 * @example
 * integerAt(ZERO_VAT_CUMULATIVE, '2025-07-01') // 6
 */
export const ZERO_VAT_CUMULATIVE = defineParameter({
  name: 'taxCredit.zeroVatCumulative',
  label: { zh: '累计零申报月数', en: 'Cumulative zero-VAT months' },
  unit: { zh: '月', en: 'months' },
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '6', source: CITES.notA2014 },
    { from: FROM_2025, value: '6', source: CITES.notA2025 },
  ],
});

/**
 * Years of operation below which a firm cannot be A: 3 (2014 第19条(一); 2025 第17条(一)).
 * @example
 * integerAt(MIN_OPERATING_YEARS_FOR_A, '2024-04-30') // 3
 */
export const MIN_OPERATING_YEARS_FOR_A = defineParameter({
  name: 'taxCredit.minOperatingYearsForA',
  label: { zh: '评A所需实际经营年限', en: 'Years of operation needed for A' },
  unit: { zh: '年', en: 'years' },
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
  name: 'taxCredit.newEntityMonths',
  label: { zh: '新设立经营主体期间', en: 'Months a firm counts as new' },
  unit: { zh: '月', en: 'months' },
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
  name: 'taxCredit.resultMonth',
  label: { zh: '年度评价结果确定月份', en: 'Month the annual result is set' },
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '4', source: CITES.april2014 },
    {
      from: FROM_2025,
      value: '4',
      source: CITES.regime2025,
      note: 'assumption: April carried over from 2014 第23条 (not found in the 2025 article text)',
    },
  ],
  assumption:
    'From 2025-07-01 the month is carried over from 2014 第23条; the 2025 text as reprinted does not name it.',
});

/**
 * Months of VAT invoices an A firm may draw at once: 3 (2014 第29条); carried into the 2025 regime
 * by practitioner summaries (S75; article unconfirmed).
 * @example
 * integerAt(INVOICE_MONTHS_A, '2024-04-30') // 3
 */
export const INVOICE_MONTHS_A = defineParameter({
  name: 'taxCredit.invoiceMonthsA',
  label: { zh: 'A级单次领取发票用量', en: 'Invoice supply of an A firm' },
  unit: { zh: '个月', en: 'months' },
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '3', source: CITES.aMeasures2014 },
    {
      from: FROM_2025,
      value: '3',
      source: CITES.regime2025,
      note: 'practitioner summaries (蓝色柳林财税室, S75); article number unconfirmed',
    },
  ],
});

/**
 * Months of VAT invoices a B firm may draw at once: 2. Reported by practitioner sources (fact pack
 * §9); the text fixing it was not found, and 2014 第30条 only says B may receive A's measures
 * selectively: an assumption.
 * @example
 * integerAt(INVOICE_MONTHS_B, '2024-04-30') // 2
 */
export const INVOICE_MONTHS_B = defineParameter({
  name: 'taxCredit.invoiceMonthsB',
  label: { zh: 'B级单次领取发票用量', en: 'Invoice supply of a B firm' },
  unit: { zh: '个月', en: 'months' },
  kind: 'integer',
  entries: [{ from: FROM_2014, value: '2', source: CITES.bMeasures2014 }],
  assumption: 'The 2-month figure is reported by practitioner sources; the article fixing it is unconfirmed.',
});

/**
 * Points added the year after an A, capped at 100: 1, from 2025-07-01. Practitioner summaries only
 * (S75), article unconfirmed: an assumption.
 * @example
 * integerAt(CONSECUTIVE_A_BONUS, '2025-07-01') // 1
 */
export const CONSECUTIVE_A_BONUS = defineParameter({
  name: 'taxCredit.consecutiveABonus',
  label: { zh: '连续A级加分', en: 'Bonus after an A year' },
  unit: scoreUnit,
  kind: 'integer',
  entries: [
    { from: FROM_2014, value: '0', source: CITES.regime2014, note: 'no bonus in the 2014 texts' },
    {
      from: FROM_2025,
      value: '1',
      source: CITES.regime2025,
      note: 'practitioner summaries (S75): 连续评为A级的次年加1分（上限100分）',
    },
  ],
  assumption: 'Reported by practitioner summaries of the 2025 regime; the article is unconfirmed.',
});
