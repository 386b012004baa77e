import type { Citation, Localized } from '@gd-ftz/core';
import {
  abnormalVouchers,
  abscondingFirms,
  invoiceMeasures,
  type Statute,
  seedItem,
  taxCollection,
  taxCollectionRules,
  taxCredit,
  taxCreditTrial2014,
} from '@gd-ftz/statutes';

const OFFICIAL_REPRINT: Localized = {
  zh: '官方文件，据第三方转载核对',
  en: 'official text, checked against a third-party reprint',
};
const PRACTITIONER: Localized = {
  zh: '实务资料，不是法律规定；内部阈值未公开',
  en: 'practitioner sources, not law; internal thresholds are not published',
};

/**
 * The sources this engine cites, named once. The shared laws (发票管理办法, 征管法 and 实施细则, the
 * credit measures, 异常凭证 and 走逃企业 announcements, the seed) come from @gd-ftz/statutes; the
 * notes say how sure each source is: statute text, an official text seen as reprinted, or a
 * practitioner source that is a plausible default but not law.
 * @example
 * const c: Citation = { ...SOURCES.invoiceMeasures2023, article: '第十五条' };
 */
export const SOURCES = {
  invoiceMeasures2023: {
    ...invoiceMeasures.whole,
    note: { zh: '2023年7月20日修订文本', en: '2023-07-20 revision' },
  },
  invoiceMeasures2019: {
    ...invoiceMeasures.whole,
    docNo: '国务院令第709号',
    note: {
      zh: '2019年3月2日修订文本（2023年7月20日前适用）',
      en: '2019-03-02 revision (applies before 2023-07-20)',
    },
  },
  specialInvoiceRules2006: {
    law: { zh: '增值税专用发票使用规定', en: 'Rules on the use of special VAT invoices' },
    docNo: '国税发〔2006〕156号',
    note: {
      zh: '2007年1月1日起施行；官方文件，据第三方转载',
      en: 'in force 2007-01-01; official text seen in a reprint',
    },
  },
  newTaxpayerFirstIssue: {
    law: {
      zh: '国家税务总局关于新办纳税人首次申领增值税发票有关事项的公告',
      en: "SAT announcement on new taxpayers' first application for VAT invoices",
    },
    docNo: '国家税务总局公告2018年第29号',
    note: {
      zh: '官方文件，据第三方转载核对；2018年6月11日发布',
      en: 'official text seen in a reprint; issued 2018-06-11',
    },
  },
  creditTrial2014: {
    ...taxCreditTrial2014.whole,
    note: {
      zh: '2014年10月1日起施行；官方文件，据第三方转载核对',
      en: 'effective 2014-10-01; official text seen in a reprint',
    },
  },
  creditB2014: {
    law: { zh: '国家税务总局公告2014年第19号', en: 'SAT Announcement 2014 No. 19' },
    docNo: '国家税务总局公告2014年第19号',
    note: {
      zh: 'B级纳税人可一次领取不超过2个月的发票用量；官方文件，据第三方转载',
      en: 'B grade: up to 2 months’ supply at once; official text seen in a reprint',
    },
  },
  credit2025: {
    ...taxCredit.whole,
    note: {
      zh: '2025年7月1日起施行，取代2014年文件；官方文件，据第三方转载核对',
      en: 'effective 2025-07-01, replaces the 2014 texts; official text seen in a reprint',
    },
  },
  innovation2014: {
    law: {
      zh: '国家税务总局关于创新税收服务和管理的意见',
      en: 'SAT opinions on innovating tax services and administration',
    },
    docNo: '税总发〔2014〕85号',
    note: {
      zh: '第三条第（一）项第14点：首次供应量、信用好的可多领、异常名录停供；官方文件，据第三方转载',
      en: '第三条第（一）项第14点: first supply, good-credit extension, stop for the abnormal list; official text seen in a reprint',
    },
  },
  counselling2010: {
    law: {
      zh: '增值税一般纳税人纳税辅导期管理办法',
      en: 'Measures for the counselling period of general VAT taxpayers',
    },
    docNo: '国税发〔2010〕40号',
    note: {
      zh: '第八条：小型商贸批发企业专用发票最高开票限额不超过10万元，其他一般纳税人根据实际经营情况重新核定；每次发售不超过25份（据转载文本核对）',
      en: "第八条: small trading and wholesale firms' special-invoice cap ≤100,000 yuan, other taxpayers re-determined from actual operations; ≤25 copies per issue (wording checked against a reprint)",
    },
  },
  xiamenGuide: {
    law: {
      zh: '厦门市税务局 增值税专用发票最高开票限额审批 办税指南',
      en: 'Xiamen Tax Service guide: approval of the maximum invoice face value',
    },
    url: 'https://xiamen.chinatax.gov.cn/bszn/B76.html',
    note: {
      zh: '限额档次1万、10万、100万、1000万元；10万元及以下2个工作日（已实名的1个工作日），10万元以上10个工作日加5个工作日',
      en: 'tiers 10k/100k/1m/10m; ≤100k 2 working days (1 if real-name checked), >100k 10 + 5 working days',
    },
  },
  licenceAuthority2013: {
    law: { zh: '国家税务总局公告2013年第39号', en: 'SAT Announcement 2013 No. 39' },
    docNo: '国家税务总局公告2013年第39号',
    note: {
      zh: '最高开票限额审批下放区县税务机关，实地核查“根据需要”进行（修改国税发〔2006〕156号第五条）',
      en: 'maximum face value approval moved to the county-level office; site check only as needed (amending 国税发〔2006〕156号 第五条)',
    },
  },
  abnormalVouchers2019: { ...abnormalVouchers.whole, note: OFFICIAL_REPRINT },
  abscondingFirms2016: {
    ...abscondingFirms.whole,
    note: {
      zh: '走逃（失联）企业：购销严重背离或无经营能力',
      en: '走逃（失联） firms: purchases and sales diverge or no capacity',
    },
  },
  gdDigitalInvoicePilot: {
    law: {
      zh: '国家税务总局广东省税务局 数电发票试点公告',
      en: 'Guangdong Tax Service announcement on the fully digital e-invoice pilot',
    },
    note: {
      zh: '2021年12月1日起在广州、佛山、横琴试点：不再票种核定，改为发放开票总额度；官方文件，据第三方转载',
      en: 'from 2021-12-01 in 广州/佛山/横琴: no 票种核定, a total issuable amount instead; official text seen in a reprint',
    },
  },
  practitionerRisk: {
    law: { zh: '发票风险指标（实务资料）', en: 'Invoice-risk indicators (practitioner sources)' },
    note: PRACTITIONER,
  },
  digitalCreditRules: {
    law: {
      zh: '数电发票额度管理规则（实务资料）',
      en: 'Digital e-invoice credit rules (practitioner sources)',
    },
    note: {
      zh: '实务资料：风险分类Ⅰ至Ⅳ类；未经官方确认',
      en: 'practitioner sources: risk classes Ⅰ–Ⅳ; unconfirmed officially',
    },
  },
  registrationMeasures: {
    law: { zh: '税务登记管理办法', en: 'Measures for the administration of tax registration' },
    docNo: '国家税务总局令第7号',
    note: {
      zh: '2003年发布，此后多次修正；停业、复业登记（第十九条至第二十三条）；据转载文本核对',
      en: 'issued 2003, amended since; suspension and resumption (第十九条–第二十三条); wording checked against a reprint',
    },
  },
  taxCollectionRules: taxCollectionRules.whole,
  taxCollection: taxCollection.whole,
  seed: seedItem(7),
} as const satisfies Record<string, Citation>;

/** The statute modules behind SOURCES keys, so a cited article carries its shared note and quote. */
const STATUTE_OF: Partial<Record<keyof typeof SOURCES, Statute>> = {
  invoiceMeasures2023: invoiceMeasures,
  creditTrial2014: taxCreditTrial2014,
  credit2025: taxCredit,
  abnormalVouchers2019: abnormalVouchers,
  taxCollectionRules,
  taxCollection,
};

/** The day the 2023 text of 发票管理办法 (国务院令第764号) took effect. */
const MEASURES_2023_FROM = '2023-07-20';

/**
 * An article of 发票管理办法 in the text in force on `date`: the 2023 text from 2023-07-20, the
 * 2019 text before (第十五条 with its checked wording; other articles by the same number, marked
 * as not checked against the 2019 text).
 * @example
 * citeInvoiceMeasures('2021-03-01', '第十五条').docNo // '国务院令第709号'
 */
export function citeInvoiceMeasures(date: string, article: string, note?: Localized): Citation {
  if (date >= MEASURES_2023_FROM) return cite('invoiceMeasures2023', article, note);
  if (article === '第十五条') {
    const art = invoiceMeasures.articles.art15of2019;
    return note === undefined ? art : { ...art, note };
  }
  const unchecked: Localized = {
    zh: '2019年文本，条文号沿用2023年文本，未经核对',
    en: '2019 text; article number taken from the 2023 text, not checked',
  };
  return cite(
    'invoiceMeasures2019',
    article,
    note === undefined ? unchecked : { zh: `${note.zh}；${unchecked.zh}`, en: `${note.en}; ${unchecked.en}` },
  );
}

/**
 * A citation of one of {@link SOURCES} at an article, with an optional note (zh/en). Where the
 * article is one @gd-ftz/statutes declares, that citation is the base (its note and Chinese
 * wording); a note given here replaces the shared gloss with this engine's reading of it.
 * @example
 * cite('creditTrial2014', '第二十九条', { zh: 'A级：最多3个月用量', en: 'A: up to 3 months' })
 */
export function cite(source: keyof typeof SOURCES, article?: string, note?: Localized): Citation {
  const shared = article === undefined ? undefined : STATUTE_OF[source];
  const declared = shared && Object.values(shared.articles).find((c) => c.article === article);
  const base: Citation = declared ?? SOURCES[source];
  const joined =
    note === undefined
      ? base.note
      : declared !== undefined || base.note === undefined
        ? note
        : { zh: `${note.zh}；${base.note.zh}`, en: `${note.en}; ${base.note.en}` };
  return {
    ...base,
    ...(article === undefined ? {} : { article }),
    ...(joined === undefined ? {} : { note: joined }),
  };
}
