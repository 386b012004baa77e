// Every legal number of the engine, declared once as a dated, cited parameter, and the citations
// the rules and traces point to. Statute texts: 税收征收管理法 (S1), 实施细则 (S2) in
// shared/domain/tax-measures.md §1; values not found there are marked as assumptions with a reason.
import { type Citation, defineParameter, LAWS } from '@gd-ftz/core';

/** 征管法 2001 revision in force (第九十四条: 自2001年5月1日起施行). */
const TAX_LAW_FROM = '2001-05-01';
/** 实施细则 in force (国务院令第362号: 自2002年10月15日起施行). */
const TAX_RULES_FROM = '2002-10-15';

/**
 * The citations of measure 1, by what they establish. Each `note` quotes or summarises the text.
 * @example
 * CITES.art51.article // '第五十一条'
 */
export const CITES = {
  art32: {
    law: LAWS.taxCollection,
    article: '第三十二条',
    note: '未按照规定期限缴纳税款的，从滞纳税款之日起，按日加收滞纳税款万分之五的滞纳金',
  },
  art51: {
    law: LAWS.taxCollection,
    article: '第五十一条',
    note: '税务机关发现后应当立即退还；纳税人自结算缴纳税款之日起三年内发现的，可以向税务机关要求退还多缴的税款并加算银行同期存款利息',
  },
  art52: {
    law: LAWS.taxCollection,
    article: '第五十二条',
    note: 'claw-back window of 3 years (5 if cumulative ≥ 10万); cited to delimit, not modelled',
  },
  rules75: {
    law: LAWS.taxCollectionRules,
    article: '第七十五条',
    note: '加收滞纳金的起止时间，为法律、行政法规规定或者税务机关依照法律、行政法规的规定确定的税款缴纳期限届满次日起至纳税人实际缴纳税款之日止',
  },
  rules78: {
    law: LAWS.taxCollectionRules,
    article: '第七十八条',
    note: '税务机关发现的，自发现之日起10日内办理退还手续；纳税人要求退还的，自接到申请之日起30日内查实并办理退还手续。加算的利息为退还当日人民银行活期存款利率；不包括预缴税款的退还、出口退税、减免退税',
  },
  rules79: {
    law: LAWS.taxCollectionRules,
    article: '第七十九条',
    note: '当纳税人既有应退税款又有欠缴税款的，税务机关可以将应退税款和利息先抵扣欠缴税款；抵扣后有余额的，退还纳税人',
  },
  rules108: {
    law: LAWS.taxCollectionRules,
    article: '第一百零八条',
    note: '"以上"、"以下"、"日内"、"届满"均含本数',
  },
  rules109: {
    law: LAWS.taxCollectionRules,
    article: '第一百零九条',
    note: '期限的最后一日是法定休假日的，以休假日期满的次日为期限的最后一日；期限内有连续3日以上法定休假日的，按休假日天数顺延',
  },
  civil201: {
    law: LAWS.civilCode,
    article: '第二百零一条',
    note: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日',
  },
  interestWindow: {
    law: {
      zh: '财政部 国家税务总局 中国人民银行关于纳税人多缴税款及应付利息办理退库的通知',
      en: 'MOF/SAT/PBOC notice on the treasury refund of overpaid tax and the interest due on it',
    },
    docNo: '财预字〔2001〕502号',
    url: 'https://shui5.cn/article/5f/35703.html',
    note: '根据多缴税款数额和开具“收入退还书”当日中国人民银行规定的活期存款利率计算利息……计息时间从纳税人结算缴纳税款之日起至税务机关开具“收入退还书”之日止',
  },
  offset566: {
    law: {
      zh: '国家税务总局 财政部 中国人民银行关于纳税人多缴税款退付利息的范围及退库程序的批复',
      en: 'SAT/MOF/PBOC reply on the scope of interest on overpaid tax and the refund procedure',
    },
    docNo: '国税函〔2002〕566号',
    url: 'http://m.chinaykmc.com/ziliao-xwnr.asp?id=1913&orderid=16',
    note: 'official-reprint: 当纳税人既有应退税款又有欠税款时，税务机关应先将欠缴税款及滞纳金从应退税款及应付利息中抵扣；利息范围不包括预缴结算退税、出口退税和各种减免退税',
  },
  pboc2015: {
    law: {
      zh: '中国人民银行关于下调金融机构人民币贷款和存款基准利率并进一步推进利率市场化改革的通知',
      en: 'PBC notice lowering benchmark rates from 2015-10-24',
    },
    docNo: '银发〔2015〕325号',
    url: 'http://www.xqexn.cn/en/3688253/3689009/3788477/3933570/index.html',
    note: 'official-reprint: "Interest rates for demand deposits shall remain unchanged" (0.35%); the last change of the benchmark deposit rates',
  },
  offset150: {
    law: {
      zh: '国家税务总局关于应退税款抵扣欠缴税款有关问题的通知',
      en: 'SAT notice on offsetting refunds due against tax arrears',
    },
    docNo: '国税发〔2002〕150号',
    note: '可抵扣的欠缴税款包括欠税及其滞纳金；同一欠税的税款与滞纳金按比例（配比）抵扣：300万 抵 400万欠税+20万滞纳金 → 2,857,142.86 + 142,857.14（总局 2025-10-31 即问即答）',
  },
  offset54: {
    law: { zh: '国家税务总局公告2013年第54号', en: 'SAT Announcement 2013 No. 54' },
    docNo: '国家税务总局公告2013年第54号',
    note: '以应退税款抵扣欠缴税款是税款结算行为，不属于强制执行',
  },
  vatFiling: {
    law: { zh: '中华人民共和国增值税暂行条例', en: 'Provisional Regulations of the PRC on VAT' },
    article: '第二十三条',
    note: '以1个月为1个纳税期的，自期满之日起15日内申报纳税',
  },
  eTaxFlow: {
    law: { zh: '电子税务局"一站式退抵税(费)"操作指引', en: 'E-tax bureau one-stop refund/offset guide' },
    note: 'practitioner guide mirroring the official manual (fact pack S6): reminder entry, pre-filled bank data, auto-review → 即时办结',
  },
  legacyForm: {
    law: { zh: '《退(抵)税申请表》办理指引', en: 'Counter guide for the refund (offset) application form' },
    note: 'legacy counter: 《退(抵)税申请表》 in 3 copies plus proof (fact pack S7)',
  },
  seed: {
    law: LAWS.seed,
    docNo: '粤府函〔2023〕59号',
    article: '附件 第1项 多缴退税E管家',
    note: '智能提醒多缴抵欠或多缴退税，自动实现多缴退税文书填报，一次申报即可享受“纳税申报——多缴提醒——退税申请”智能化服务',
  },
} as const satisfies Record<string, Citation>;

/**
 * 滞纳金 daily rate: 万分之五 (0.05%) of the overdue tax per day (征管法 第三十二条).
 * @example
 * valueAt(LATE_FEE_DAILY_RATE, '2022-06-30').toString() // '0.0005'
 */
export const LATE_FEE_DAILY_RATE = defineParameter({
  name: 'overpaymentRefund.lateFeeDailyRate',
  label: { zh: '滞纳金日加收比例', en: 'Late-payment surcharge per day' },
  entries: [{ from: TAX_LAW_FROM, value: '0.0005', source: CITES.art32 }],
});

/**
 * Years within which a taxpayer may claim an overpayment back, from the settlement date
 * (征管法 第五十一条: 自结算缴纳税款之日起三年内).
 * @example
 * integerAt(CLAIM_WINDOW_YEARS, '2022-06-30') // 3
 */
export const CLAIM_WINDOW_YEARS = defineParameter({
  name: 'overpaymentRefund.claimWindowYears',
  label: { zh: '纳税人申请退还期限', en: 'Taxpayer claim window' },
  unit: { zh: '年', en: 'years' },
  kind: 'integer',
  entries: [{ from: TAX_LAW_FROM, value: '3', source: CITES.art51 }],
});

/**
 * Days within which the authority refunds an overpayment it discovered (实施细则 第七十八条: 10日内).
 * @example
 * integerAt(AUTHORITY_REFUND_DAYS, '2022-06-30') // 10
 */
export const AUTHORITY_REFUND_DAYS = defineParameter({
  name: 'overpaymentRefund.authorityRefundDays',
  label: { zh: '税务机关发现后办理退还期限', en: 'Refund period after discovery by the authority' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [{ from: TAX_RULES_FROM, value: '10', source: CITES.rules78 }],
});

/**
 * Days within which the authority verifies and processes a taxpayer's claim (实施细则 第七十八条: 30日内).
 * @example
 * integerAt(CLAIM_PROCESSING_DAYS, '2022-06-30') // 30
 */
export const CLAIM_PROCESSING_DAYS = defineParameter({
  name: 'overpaymentRefund.claimProcessingDays',
  label: { zh: '纳税人申请后查实办理期限', en: 'Verification period after a claim' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [{ from: TAX_RULES_FROM, value: '30', source: CITES.rules78 }],
});

/**
 * Days after the end of a monthly VAT period within which the return is filed and the tax paid
 * (增值税暂行条例 第二十三条: 15日内).
 * @example
 * integerAt(VAT_FILING_DAYS, '2022-06-30') // 15
 */
export const VAT_FILING_DAYS = defineParameter({
  name: 'overpaymentRefund.vatFilingDays',
  label: { zh: '增值税按月申报纳税期限', en: 'Monthly VAT filing period' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [{ from: '2009-01-01', value: '15', source: CITES.vatFiling }],
});

/** PBOC benchmark changes, each seen as reprinted by a third party (the fact pack does not hold them). */
const PBOC_2011_2012 = {
  law: { zh: '中国人民银行存款基准利率调整', en: 'PBOC benchmark deposit-rate adjustments' },
  url: 'https://global.chinadaily.com.cn/bizchina/monetarymoves/2011-06/22/content_12751847.htm',
  note: 'official-reprint: China Daily table of PBOC changes, 活期 0.50 (2011-04-06, kept 2011-07-07), 0.40 (2012-06-08), 0.35 (2012-07-06); same values in 中国统计年鉴2015 表19-5',
};
const PBOC_2012_06 = {
  ...PBOC_2011_2012,
  url: 'https://www.oreanda.ru/en/promyshlennost/article634652/',
  note: 'official-reprint: PBC announcement of the 2012-06-08 cut, table "1.1 Demand deposits 0.40"',
};
/**
 * PBOC demand-deposit (活期) benchmark rate, per year, in force on the day a refund is processed
 * (实施细则 第七十八条; 财预字〔2001〕502号: 开具"收入退还书"当日中国人民银行规定的活期存款利率).
 * 0.50% from 2011-04-06, 0.40% from 2012-06-08, 0.35% from 2012-07-06, left unchanged by the last
 * benchmark change of 2015-10-24 (银发〔2015〕325号). Sources are third-party reprints of the PBOC
 * tables (not in the project's fact pack); the earliest entry only bounds the modelled years.
 * @example
 * valueAt(DEMAND_DEPOSIT_RATE, '2024-06-30').toString() // '0.0035'
 */
export const DEMAND_DEPOSIT_RATE = defineParameter({
  name: 'overpaymentRefund.demandDepositRate',
  label: { zh: '人民银行活期存款基准利率（年）', en: 'PBOC demand-deposit benchmark rate (annual)' },
  entries: [
    { from: '2011-04-06', value: '0.005', source: PBOC_2011_2012, note: '2011-04-06 adjustment' },
    { from: '2012-06-08', value: '0.004', source: PBOC_2012_06, note: '2012-06-08 adjustment' },
    {
      from: '2012-07-06',
      value: '0.0035',
      source: PBOC_2011_2012,
      note: '2012-07-06 adjustment; unchanged on 2015-10-24 (银发〔2015〕325号)',
    },
  ],
});

/**
 * Days in the year of the daily interest rate: annual rate ÷ 360, days counted from the day the
 * tax was paid into the treasury to the day the refund is processed. The national notice
 * (财预字〔2001〕502号) fixes the window and the rate, not the day count; ÷360 is spelled out by a
 * local implementing notice (京地税计〔2001〕372号: 利率 = 活期储蓄存款年利率 / 360天) and matches the
 * PBOC deposit convention. Hence still an assumption for Guangdong.
 * @example
 * integerAt(INTEREST_YEAR_DAYS, '2022-06-30') // 360
 */
export const INTEREST_YEAR_DAYS = defineParameter({
  name: 'overpaymentRefund.interestYearDays',
  label: { zh: '计息年天数', en: 'Days per interest year' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [
    {
      from: TAX_LAW_FROM,
      value: '360',
      source: {
        law: {
          zh: '北京市地方税务局 北京市财政局 中国人民银行北京营业管理部关于执行《征管法》有关税款退还工作的通知',
          en: 'Beijing local tax bureau notice on refunds under the Tax Collection Law (local practice)',
        },
        docNo: '京地税计〔2001〕372号',
        url: 'http://wstax.net/details/17/50093.html',
        note: '利息金额 = 退还税款金额 × 利率 × 计息天数；利率 = 活期储蓄存款年利率/360天；计息天数：缴纳税款入库日期至提交国库办理退款日期止',
      },
    },
  ],
  assumption:
    'The ÷360 day count is written in a Beijing local notice (京地税计〔2001〕372号), not in national law or a Guangdong text; assumed to be the national practice.',
});
/**
 * Days after the end of a quarter within which a CIT prepayment return is filed and paid
 * (企业所得税法 第五十四条: 自月份或者季度终了之日起十五日内). Used for the population's arrears.
 * @example
 * integerAt(CIT_PREPAYMENT_DAYS, '2022-03-31') // 15
 */
export const CIT_PREPAYMENT_DAYS = defineParameter({
  name: 'overpaymentRefund.citPrepaymentDays',
  label: { zh: '企业所得税预缴申报期限', en: 'CIT prepayment filing period' },
  unit: { zh: '日', en: 'days' },
  kind: 'integer',
  entries: [
    {
      from: '2008-01-01',
      value: '15',
      source: {
        law: { zh: '中华人民共和国企业所得税法', en: 'Enterprise Income Tax Law of the PRC' },
        article: '第五十四条',
        note: '企业应当自月份或者季度终了之日起十五日内，向税务机关报送预缴企业所得税纳税申报表，预缴税款',
      },
    },
  ],
});
