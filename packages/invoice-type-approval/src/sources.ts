import { type Citation, LAWS } from '@gd-ftz/core';

/**
 * The sources this engine cites, named once. Confidence follows the fact pack
 * (`shared/domain/tax-measures.md` §7, §6, §9, §2): `[statute]` verbatim-checked, `[official-reprint]`
 * an official text seen as reprinted, `[practitioner]` a plausible default that is not law.
 * @example
 * const c: Citation = { ...SOURCES.invoiceMeasures2023, article: '第十五条' };
 */
export const SOURCES = {
  invoiceMeasures2023: {
    law: LAWS.invoiceMeasures,
    note: '2023-07-20 revision [statute, S34]',
  },
  newTaxpayerFirstIssue: {
    law: {
      zh: '国家税务总局关于新办纳税人首次申领增值税发票有关事项的公告',
      en: "SAT announcement on new taxpayers' first application for VAT invoices",
    },
    docNo: '国家税务总局公告2018年第29号',
    note: '[official-reprint, S35]; issued 2018-06-11',
  },
  creditTrial2014: {
    law: { zh: '纳税信用管理办法（试行）', en: 'Tax Credit Management Measures (Trial)' },
    docNo: '国家税务总局公告2014年第40号',
    note: 'effective 2014-10-01 [official-reprint, S62–S67]',
  },
  creditB2014: {
    law: { zh: '国家税务总局公告2014年第19号', en: 'SAT Announcement 2014 No. 19' },
    docNo: '国家税务总局公告2014年第19号',
    note: 'B grade: up to 2 months’ supply at once [official-reprint, S39]',
  },
  credit2025: {
    law: { zh: '纳税缴费信用管理办法', en: 'Measures for the Management of Tax and Fee Payment Credit' },
    docNo: '国家税务总局公告2025年第12号',
    note: 'effective 2025-07-01, replaces the 2014 texts [official-reprint, S69–S75]',
  },
  innovation2014: {
    law: {
      zh: '国家税务总局关于创新税收服务和管理的意见',
      en: 'SAT opinions on innovating tax services and administration',
    },
    docNo: '税总发〔2014〕85号',
    note: '第三条第（一）项第14点: first supply, good-credit extension, 异常名录 stop [official-reprint, S41]',
  },
  counselling2010: {
    law: {
      zh: '增值税一般纳税人纳税辅导期管理办法',
      en: 'Measures for the counselling period of general VAT taxpayers',
    },
    docNo: '国税发〔2010〕40号',
    note: '小型商贸批发企业: 专票 cap ≤10万, ≤25 copies per issue, as summarised in fact pack §7 [S40]',
  },
  xiamenGuide: {
    law: {
      zh: '厦门市税务局 增值税专用发票最高开票限额审批 办税指南',
      en: 'Xiamen Tax Service guide: approval of the maximum invoice face value',
    },
    url: 'https://xiamen.chinatax.gov.cn/bszn/B76.html',
    note: 'tiers 1万/10万/100万/1000万; ≤10万 2 working days (1 if real-name checked), >10万 10 + 5 working days [S36–S38]',
  },
  licenceAuthority2013: {
    law: { zh: '国家税务总局公告2013年第39号', en: 'SAT Announcement 2013 No. 39' },
    docNo: '国家税务总局公告2013年第39号',
    note: 'maximum face value approval moved to the county-level office; site check only as needed (amending 国税发〔2006〕156号 第五条) [S36–S38]',
  },
  abnormalVouchers2019: {
    law: {
      zh: '国家税务总局关于异常增值税扣税凭证管理等有关事项的公告',
      en: 'SAT announcement on abnormal VAT deduction vouchers',
    },
    docNo: '国家税务总局公告2019年第38号',
    note: '[official-reprint, S10]',
  },
  abscondingFirms2016: {
    law: { zh: '国家税务总局公告2016年第76号', en: 'SAT Announcement 2016 No. 76' },
    docNo: '国家税务总局公告2016年第76号',
    note: '走逃（失联）企业: purchase/sale divergence or no capacity [S10]',
  },
  gdDigitalInvoicePilot: {
    law: {
      zh: '国家税务总局广东省税务局 数电发票试点公告',
      en: 'Guangdong Tax Service announcement on the fully digital e-invoice pilot',
    },
    note: 'from 2021-12-01 in 广州/佛山/横琴: no 票种核定, total issuable amount instead [official-reprint, S25]',
  },
  practitionerRisk: {
    law: { zh: '发票风险指标（实务资料）', en: 'Invoice-risk indicators (practitioner sources)' },
    note: '[practitioner, S11–S15]: internal thresholds are not published',
  },
  digitalCreditRules: {
    law: {
      zh: '数电发票额度管理规则（实务资料）',
      en: 'Digital e-invoice credit rules (practitioner sources)',
    },
    note: '[practitioner, S29/S30]: risk classes Ⅰ–Ⅳ; unconfirmed officially',
  },
  taxCollectionRules: { law: LAWS.taxCollectionRules },
  taxCollection: { law: LAWS.taxCollection },
  seed: { law: LAWS.seed, docNo: '粤府函〔2023〕59号', note: '附件 第7项' },
} as const satisfies Record<string, Citation>;

/**
 * A citation of one of {@link SOURCES} with an article and an optional note.
 * @example
 * cite('creditTrial2014', '第二十九条', 'A: up to 3 months')
 */
export function cite(source: keyof typeof SOURCES, article?: string, note?: string): Citation {
  const base: Citation = SOURCES[source];
  const joined = note === undefined ? base.note : base.note === undefined ? note : `${note}; ${base.note}`;
  return {
    ...base,
    ...(article === undefined ? {} : { article }),
    ...(joined === undefined ? {} : { note: joined }),
  };
}
