// Every legal number of the engine, declared once as a dated, cited parameter, and the citations
// the rules and traces point to. The shared laws (税收征收管理法, 实施细则, 民法典, 增值税暂行条例,
// 企业所得税法) and their parameters come from @gd-ftz/statutes; this file holds only the texts of
// measure 1 itself. Values no published text fixes are marked as assumptions with a reason.
import { type Citation, defineParameter } from '@gd-ftz/core';
import {
  civilCode,
  enterpriseIncomeTax,
  seedItem,
  taxCollection,
  taxCollectionRules,
  vatRegulations,
} from '@gd-ftz/statutes';

/** 征管法 2001 revision in force (第九十四条: 自2001年5月1日起施行): the interest day count's start. */
const TAX_LAW_FROM = '2001-05-01';

/**
 * The citations of measure 1, by what they establish: the shared articles from @gd-ftz/statutes and
 * the refund and offset notices of this measure. Each has a zh/en note and, where the text was
 * checked, its Chinese wording as `quote`.
 * @example
 * CITES.art51.article // '第五十一条'
 */
export const CITES = {
  art32: taxCollection.articles.art32,
  art51: taxCollection.articles.art51,
  art52: taxCollection.articles.art52,
  rules75: taxCollectionRules.articles.art75,
  rules78: taxCollectionRules.articles.art78,
  rules79: taxCollectionRules.articles.art79,
  rules108: taxCollectionRules.articles.art108,
  rules109: taxCollectionRules.articles.art109,
  civil202: civilCode.articles.art202,
  interestWindow: {
    law: {
      zh: '财政部 国家税务总局 中国人民银行关于纳税人多缴税款及应付利息办理退库的通知',
      en: 'MOF/SAT/PBOC notice on the treasury refund of overpaid tax and the interest due on it',
    },
    docNo: '财预字〔2001〕502号',
    url: 'https://shui5.cn/article/5f/35703.html',
    note: {
      zh: '利息按开具“收入退还书”当日人民银行活期存款利率，自结算缴纳税款之日计至开具“收入退还书”之日',
      en: 'interest at the PBOC demand-deposit rate of the day the refund order (收入退还书) is issued, from settlement to that day',
    },
    quote:
      '根据多缴税款数额和开具“收入退还书”当日中国人民银行规定的活期存款利率计算利息……计息时间从纳税人结算缴纳税款之日起至税务机关开具“收入退还书”之日止',
  },
  offset566: {
    law: {
      zh: '国家税务总局 财政部 中国人民银行关于纳税人多缴税款退付利息的范围及退库程序的批复',
      en: 'SAT/MOF/PBOC reply on the scope of interest on overpaid tax and the refund procedure',
    },
    docNo: '国税函〔2002〕566号',
    url: 'http://m.chinaykmc.com/ziliao-xwnr.asp?id=1913&orderid=16',
    note: {
      zh: '官方文件，据第三方转载：既有应退税款又有欠税的，先抵扣欠税及滞纳金；利息不包括预缴结算退税、出口退税和减免退税',
      en: 'official text seen in a third-party reprint: arrears and late fees are offset first; no interest on prepayment settlement, export or relief refunds',
    },
    quote:
      '当纳税人既有应退税款又有欠税款时，税务机关应先将欠缴税款及滞纳金从应退税款及应付利息中抵扣；利息范围不包括预缴结算退税、出口退税和各种减免退税',
  },
  pboc2015: {
    law: {
      zh: '中国人民银行关于下调金融机构人民币贷款和存款基准利率并进一步推进利率市场化改革的通知',
      en: 'PBC notice lowering benchmark rates from 2015-10-24',
    },
    docNo: '银发〔2015〕325号',
    url: 'http://www.xqexn.cn/en/3688253/3689009/3788477/3933570/index.html',
    note: {
      zh: '官方文件，据第三方转载：活期存款利率维持不变（0.35%）；存款基准利率的最后一次调整',
      en: 'official text seen in a third-party reprint: “Interest rates for demand deposits shall remain unchanged” (0.35%); the last change of the benchmark deposit rates',
    },
  },
  offset150: {
    law: {
      zh: '国家税务总局关于应退税款抵扣欠缴税款有关问题的通知',
      en: 'SAT notice on offsetting refunds due against tax arrears',
    },
    docNo: '国税发〔2002〕150号',
    note: {
      zh: '可抵扣的欠缴税款包括欠税及其滞纳金；同一欠税的税款与滞纳金按比例（配比）抵扣：300万抵400万欠税+20万滞纳金 → 2,857,142.86 + 142,857.14（国家税务总局2025-10-31即问即答）',
      en: 'offsettable debts include arrears and their late fees; within one debt, tax and late fee are offset pro rata: 3m against 4m tax + 0.2m late fee → 2,857,142.86 + 142,857.14 (SAT Q&A of 2025-10-31)',
    },
  },
  offset150Art3: {
    law: {
      zh: '国家税务总局关于应退税款抵扣欠缴税款有关问题的通知',
      en: 'SAT notice on offsetting refunds due against tax arrears',
    },
    docNo: '国税发〔2002〕150号',
    article: '第三条',
    note: {
      zh: '官方文件（国家税务总局公告2018年第31号修改后），据第三方转载：按欠缴税款的发生时间逐笔抵扣，先发生的先抵扣',
      en: 'official text (as amended by SAT Announcement 2018 No. 31) seen in a third-party reprint: debts are offset one by one in the order they arose, oldest first',
    },
    quote: '抵扣欠缴税款时，应按欠缴税款的发生时间逐笔抵扣，先发生的先抵扣。',
  },
  offset150Art4: {
    law: {
      zh: '国家税务总局关于应退税款抵扣欠缴税款有关问题的通知',
      en: 'SAT notice on offsetting refunds due against tax arrears',
    },
    docNo: '国税发〔2002〕150号',
    article: '第四条',
    note: {
      zh: '官方文件，据第三方转载：既有应退税款又有欠缴税款需要抵扣的，由县以上税务机关填开《应退税款抵扣欠缴税款通知书》通知纳税人；利息和滞纳金均计至填开之日',
      en: 'official text seen in a third-party reprint: when a refund due is offset against arrears, a county-level or higher office issues the offset notice (《应退税款抵扣欠缴税款通知书》) to the taxpayer; interest and late fees both run to the day it is issued',
    },
    quote:
      '（一）当纳税人既有应退税款又有欠缴税款需要抵扣的，应由县或县以上税务机关填开《应退税款抵扣欠缴税款通知书》（式样见附件1）通知纳税人，并根据实际抵扣金额开具完税凭证。（二）确定实际抵扣金额时，按填开《应退税款抵扣欠缴税款通知书》的日期作为计算应退税款的应付利息的截止期……',
  },
  offset54: {
    law: { zh: '国家税务总局公告2013年第54号', en: 'SAT Announcement 2013 No. 54' },
    docNo: '国家税务总局公告2013年第54号',
    note: {
      zh: '以应退税款抵扣欠缴税款是税款结算行为，不属于强制执行',
      en: 'offsetting a refund against arrears is a settlement, not enforcement',
    },
    quote: '以应退税款抵扣欠缴税款是税款结算行为，不属于强制执行',
  },
  vatFiling: vatRegulations.articles.art23,
  eTaxFlow: {
    law: { zh: '电子税务局"一站式退抵税(费)"操作指引', en: 'E-tax bureau one-stop refund/offset guide' },
    note: {
      zh: '实务操作指引（与官方手册一致）：由提醒进入，预填银行信息，自动审核通过即时办结',
      en: 'practitioner guide mirroring the official manual: entry from a reminder, pre-filled bank data, auto-review then 即时办结',
    },
  },
  legacyForm: {
    law: { zh: '《退(抵)税申请表》办理指引', en: 'Counter guide for the refund (offset) application form' },
    note: {
      zh: '改革前柜台办理：《退(抵)税申请表》一式三份并附证明材料',
      en: 'legacy counter: the refund (offset) application form in 3 copies plus proof',
    },
  },
  seed: seedItem(1),
} as const satisfies Record<string, Citation>;

/**
 * 滞纳金 daily rate: 万分之五 (0.05%) of the overdue tax per day (征管法 第三十二条), from
 * @gd-ftz/statutes.
 * @example
 * valueAt(LATE_FEE_DAILY_RATE, '2022-06-30').toString() // '0.0005'
 */
export const LATE_FEE_DAILY_RATE = taxCollection.params.lateFeeDailyRate;

/**
 * Years within which a taxpayer may claim an overpayment back, from the settlement date
 * (征管法 第五十一条: 自结算缴纳税款之日起三年内), from @gd-ftz/statutes.
 * @example
 * integerAt(CLAIM_WINDOW_YEARS, '2022-06-30') // 3
 */
export const CLAIM_WINDOW_YEARS = taxCollection.params.refundClaimWindowYears;

/**
 * Days within which the authority refunds an overpayment it discovered (实施细则 第七十八条: 10日内),
 * from @gd-ftz/statutes.
 * @example
 * integerAt(AUTHORITY_REFUND_DAYS, '2022-06-30') // 10
 */
export const AUTHORITY_REFUND_DAYS = taxCollectionRules.params.authorityRefundDays;

/**
 * Days within which the authority verifies and processes a taxpayer's claim (实施细则 第七十八条:
 * 30日内), from @gd-ftz/statutes.
 * @example
 * integerAt(CLAIM_PROCESSING_DAYS, '2022-06-30') // 30
 */
export const CLAIM_PROCESSING_DAYS = taxCollectionRules.params.claimRefundDays;

/**
 * Days after the end of a monthly VAT period within which the return is filed and the tax paid
 * (增值税暂行条例 第二十三条: 15日内), from @gd-ftz/statutes.
 * @example
 * integerAt(VAT_FILING_DAYS, '2022-06-30') // 15
 */
export const VAT_FILING_DAYS = vatRegulations.params.monthlyFilingDays;

/** PBOC benchmark changes, each seen as reprinted by a third party. */
const PBOC_2011_2012: Citation = {
  law: { zh: '中国人民银行存款基准利率调整', en: 'PBOC benchmark deposit-rate adjustments' },
  url: 'https://global.chinadaily.com.cn/bizchina/monetarymoves/2011-06/22/content_12751847.htm',
  note: {
    zh: '官方数据，据第三方转载（《中国日报》人民银行调息表）：活期0.50%（2011-04-06，2011-07-07维持）、0.40%（2012-06-08）、0.35%（2012-07-06）；与《中国统计年鉴2015》表19-5一致',
    en: 'official figures seen in a third-party reprint (China Daily table of PBOC changes): demand 0.50% (2011-04-06, kept 2011-07-07), 0.40% (2012-06-08), 0.35% (2012-07-06); same in China Statistical Yearbook 2015 table 19-5',
  },
};
const PBOC_2012_06: Citation = {
  ...PBOC_2011_2012,
  url: 'https://www.oreanda.ru/en/promyshlennost/article634652/',
  note: {
    zh: '官方公告，据第三方转载：2012-06-08下调，活期存款0.40%',
    en: 'official announcement seen in a third-party reprint: the 2012-06-08 cut, “1.1 Demand deposits 0.40”',
  },
};
/**
 * PBOC demand-deposit (活期) benchmark rate, per year, in force on the day a refund is processed
 * (实施细则 第七十八条; 财预字〔2001〕502号: 开具"收入退还书"当日中国人民银行规定的活期存款利率).
 * 0.50% from 2011-04-06, 0.40% from 2012-06-08, 0.35% from 2012-07-06, left unchanged by the last
 * benchmark change of 2015-10-24 (银发〔2015〕325号). Sources are third-party reprints of the PBOC
 * tables; the earliest entry only bounds the modelled years.
 * @example
 * valueAt(DEMAND_DEPOSIT_RATE, '2024-06-30').toString() // '0.0035'
 */
export const DEMAND_DEPOSIT_RATE = defineParameter({
  name: 'overpaymentRefund.demandDepositRate',
  label: { zh: '人民银行活期存款基准利率（年）', en: 'PBOC demand-deposit benchmark rate (annual)' },
  entries: [
    {
      from: '2011-04-06',
      value: '0.005',
      source: PBOC_2011_2012,
      note: { zh: '2011-04-06调整', en: '2011-04-06 adjustment' },
    },
    {
      from: '2012-06-08',
      value: '0.004',
      source: PBOC_2012_06,
      note: { zh: '2012-06-08调整', en: '2012-06-08 adjustment' },
    },
    {
      from: '2012-07-06',
      value: '0.0035',
      source: PBOC_2011_2012,
      note: {
        zh: '2012-07-06调整；2015-10-24未变（银发〔2015〕325号）',
        en: '2012-07-06 adjustment; unchanged on 2015-10-24 (银发〔2015〕325号)',
      },
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
        note: {
          zh: '地方做法：利率按活期储蓄存款年利率除以360天计算',
          en: 'local practice: the daily rate is the annual demand-deposit rate ÷ 360',
        },
        quote:
          '利息金额 = 退还税款金额 × 利率 × 计息天数；利率 = 活期储蓄存款年利率/360天；计息天数：缴纳税款入库日期至提交国库办理退款日期止',
      },
    },
  ],
  assumption: {
    zh: '按360天计息的规定见于北京地方通知（京地税计〔2001〕372号），国家法律和广东文件均未规定；假定为全国通行做法',
    en: 'The ÷360 day count is written in a Beijing local notice (京地税计〔2001〕372号), not in national law or a Guangdong text; assumed to be the national practice.',
  },
});
/**
 * Days after the end of a quarter within which a CIT prepayment return is filed and paid
 * (企业所得税法 第五十四条: 自月份或者季度终了之日起十五日内), from @gd-ftz/statutes. Used for the
 * population's arrears.
 * @example
 * integerAt(CIT_PREPAYMENT_DAYS, '2022-03-31') // 15
 */
export const CIT_PREPAYMENT_DAYS = enterpriseIncomeTax.params.prepaymentFilingDays;

/**
 * The engine's dated, cited parameters in one place, keyed by what they govern: each value is a
 * `DatedParameter` (its dated versions and citation; read one with `valueAt`).
 * @example
 * import { integerAt } from '@gd-ftz/core';
 * integerAt(LAW_PARAMS.claimWindowYears, '2022-06-13') // 3 (征管法 第五十一条)
 */
export const LAW_PARAMS = {
  lateFeeDailyRate: LATE_FEE_DAILY_RATE,
  claimWindowYears: CLAIM_WINDOW_YEARS,
  authorityRefundDays: AUTHORITY_REFUND_DAYS,
  claimProcessingDays: CLAIM_PROCESSING_DAYS,
  vatFilingDays: VAT_FILING_DAYS,
  demandDepositRate: DEMAND_DEPOSIT_RATE,
  interestYearDays: INTEREST_YEAR_DAYS,
  citPrepaymentDays: CIT_PREPAYMENT_DAYS,
} as const;
