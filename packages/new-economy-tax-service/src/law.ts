// The law of measure 4: the shared articles from @gd-ftz/statutes, the preference notices only this
// engine cites, and every legal number as a dated, cited parameter declared once. The measure's own
// four mechanisms have no published text (tax-measures.md §4: unconfirmed), so what they change is
// modelled with assumption parameters (params.ts); the preferences and time limits they deliver
// are law. The practitioner risk thresholds of §2 are assumption parameters with their source.
import { type Citation, defineParameter, type Localized } from '@gd-ftz/core';
import { enterpriseIncomeTax, invoiceMeasures, seedItem, taxCredit } from '@gd-ftz/statutes';

const YUAN: Localized = { zh: '元', en: 'yuan' };
const SHARE: Localized = { zh: '比例', en: 'share' };
const PEOPLE: Localized = { zh: '人', en: 'people' };
const WORKING_DAYS: Localized = { zh: '个工作日', en: 'working days' };

const notice = (zh: string, en: string, docNo: string) => ({ law: { zh, en }, docNo });
const of =
  (doc: { law: Localized; docNo: string }) =>
  (article: string, zh: string, en: string): Citation => ({ ...doc, article, note: { zh, en } });

const SMALL_2019 = of(
  notice(
    '关于实施小微企业普惠性税收减免政策的通知',
    'Notice on inclusive tax relief for small and micro firms',
    '财税〔2019〕13号',
  ),
);
const CIT_2021 = of(
  notice(
    '关于实施小微企业和个体工商户所得税优惠政策的公告',
    'Announcement on income tax preferences for small and micro firms and individual businesses',
    '财政部 税务总局公告2021年第12号',
  ),
);
const CIT_2022 = of(
  notice(
    '关于进一步实施小微企业所得税优惠政策的公告',
    'Announcement on further income tax preferences for small and micro firms',
    '财政部 税务总局公告2022年第13号',
  ),
);
const CIT_2023 = of(
  notice(
    '关于小微企业和个体工商户所得税优惠政策的公告',
    'Announcement on income tax preferences for small and micro firms and individual businesses',
    '财政部 税务总局公告2023年第6号',
  ),
);
const SMALL_2023 = of(
  notice(
    '关于进一步支持小微企业和个体工商户发展有关税费政策的公告',
    'Announcement on tax and fee policies further supporting small and micro firms and individual businesses',
    '财政部 税务总局公告2023年第12号',
  ),
);
const VAT_2023 = of(
  notice(
    '关于明确增值税小规模纳税人减免增值税等政策的公告',
    'Announcement on VAT exemption and reduction for small-scale taxpayers',
    '财政部 税务总局公告2023年第1号',
  ),
);
const VAT_2023_19 = of(
  notice(
    '关于增值税小规模纳税人减免增值税政策的公告',
    'Announcement on VAT exemption and reduction for small-scale taxpayers (to 2027)',
    '财政部 税务总局公告2023年第19号',
  ),
);
const FIRST_ISSUE = of(
  notice(
    '国家税务总局关于增值税发票管理等有关事项的公告',
    'SAT announcement on VAT invoice administration',
    '国家税务总局公告2018年第29号',
  ),
);
const PRACTITIONER = of(
  notice(
    '企业涉税风险指标（实务资料，非官方）',
    'Tax-risk indicators (practitioner material, not official)',
    'tax-measures.md §2 S13',
  ),
);
const eit = (article: string, zh: string, en: string): Citation => ({
  ...enterpriseIncomeTax.whole,
  article,
  note: { zh, en },
});

/**
 * The citations of measure 4, by what they establish.
 * @example
 * CITES.standardRate.article // '第四条'
 */
export const CITES = {
  seed: seedItem(4),
  standardRate: eit('第四条', '企业所得税的税率为25%', 'the enterprise income tax rate is 25%'),
  smallProfitRate: eit(
    '第二十八条',
    '符合条件的小型微利企业，减按20%的税率征收企业所得税',
    'qualifying small low-profit enterprises pay at a reduced 20%',
  ),
  smallProfitConditions: SMALL_2019(
    '第二条',
    '小型微利企业：从事国家非限制和禁止行业，年度应纳税所得额≤300万元、从业人数≤300人、资产总额≤5000万元（全年季度平均值）；≤100万元部分减按25%、100–300万元部分减按50%计入应纳税所得额，按20%税率（2019–2021）',
    'small low-profit enterprise: not restricted, taxable income ≤ 3m, staff ≤ 300, assets ≤ 50m (quarterly averages); income ≤ 1m counted at 25%, 1–3m at 50%, taxed at 20% (2019–2021)',
  ),
  cit2021: CIT_2021(
    '第一条',
    '2021–2022年，年应纳税所得额不超过100万元的部分，减按12.5%计入应纳税所得额',
    '2021–2022: income up to 1m counted at 12.5%',
  ),
  cit2022: CIT_2022(
    '第一条',
    '2022–2024年，年应纳税所得额超过100万元但不超过300万元的部分，减按25%计入应纳税所得额',
    '2022–2024: income of 1–3m counted at 25%',
  ),
  cit2023: CIT_2023(
    '第一条',
    '2023–2024年，年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额',
    '2023–2024: income up to 1m counted at 25%',
  ),
  small2023: SMALL_2023(
    '第三条',
    '对小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税，执行至2027年12月31日',
    'small low-profit enterprises: income counted at 25%, taxed at 20%, until 2027-12-31',
  ),
  smallDefinition2023: SMALL_2023(
    '第五条',
    '小型微利企业：从事国家非限制和禁止行业，年度应纳税所得额≤300万元、从业人数≤300人、资产总额≤5000万元，按全年季度平均值确定',
    'small low-profit enterprise: not restricted, taxable income ≤ 3m, staff ≤ 300, assets ≤ 50m, on the year’s quarterly averages',
  ),
  levyHalving: SMALL_2023(
    '第二条',
    '2023–2027年，对增值税小规模纳税人、小型微利企业和个体工商户减半征收“六税两费”',
    '2023–2027: the six taxes and two fees are halved for small-scale VAT payers, small low-profit enterprises and individual businesses',
  ),
  vatExemption: VAT_2023(
    '第一条',
    '增值税小规模纳税人月销售额10万元以下（含本数）的，免征增值税（2023年起）',
    'small-scale VAT payers with monthly sales up to 100,000 yuan are exempt (from 2023)',
  ),
  vatReducedLevy: VAT_2023(
    '第二条',
    '增值税小规模纳税人适用3%征收率的应税销售收入，减按1%征收率征收增值税',
    'small-scale VAT payers’ sales at the 3% levy rate are taxed at 1%',
  ),
  vatExtension: VAT_2023_19(
    '第一条、第二条',
    '上述月销售额10万元以下免征、3%减按1%的政策执行至2027年12月31日',
    'the 100,000-yuan monthly exemption and the 3%-to-1% reduction run to 2027-12-31',
  ),
  vatStandardLevy: VAT_2023(
    '第二条',
    '增值税小规模纳税人的法定征收率为3%（本条所称“适用3%征收率”）',
    'the small-scale levy rate the reduction applies to is 3%',
  ),
  firstSupply: FIRST_ISSUE(
    '第一条',
    '新办纳税人首次申领增值税发票，主管税务机关自受理申请之日起2个工作日内办结',
    'a new taxpayer’s first invoice application is completed within 2 working days of acceptance',
  ),
  firstSupplyItems: FIRST_ISSUE(
    '第二条',
    '首次申领涉及发票票种核定、最高开票限额审批、税控专用设备初始发行、发放发票',
    'the first application covers invoice types, the invoice cap, device issue and supply',
  ),
  invoiceTypes: invoiceMeasures.articles.art15,
  zeroFiling: taxCredit.articles.art17,
  riskSurge: PRACTITIONER(
    '第二条',
    '开票突增：当月开票额超过历史峰值150%（实务口径，非官方）',
    'invoice surge: a month above 150% of the historical peak (practitioner, not official)',
  ),
  riskVoid: PRACTITIONER(
    '第二条',
    '作废、红冲比例超过15%（实务口径，非官方）',
    'void/red-letter share above 15% (practitioner, not official)',
  ),
} as const satisfies Record<string, Citation>;

const FROM_2019 = '2019-01-01';
const FROM_2021 = '2021-01-01';
const FROM_2022 = '2022-01-01';
const FROM_2023 = '2023-01-01';
/** The first day after the last preference period modelled (2023年第12号, 第19号: to 2027-12-31). */
const UNTIL_2028 = '2028-01-01';
const END_NOTE: Localized = { zh: '优惠期满（2027年12月31日）', en: 'preference period ended 2027-12-31' };

/**
 * 企业所得税法 第四条: the standard rate, 25%.
 * @example
 * valueAt(CIT_STANDARD_RATE, '2025-12-31').toString() // '0.25'
 */
export const CIT_STANDARD_RATE = defineParameter({
  name: 'newEconomyTaxService.citStandardRate',
  label: { zh: '企业所得税税率', en: 'Enterprise income tax rate' },
  unit: SHARE,
  entries: [{ from: '2008-01-01', value: '0.25', source: CITES.standardRate }],
});

/**
 * 企业所得税法 第二十八条: the small low-profit rate, 20%, applied to the counted share of income.
 * @example
 * valueAt(CIT_SMALL_PROFIT_RATE, '2025-12-31').toString() // '0.2'
 */
export const CIT_SMALL_PROFIT_RATE = defineParameter({
  name: 'newEconomyTaxService.citSmallProfitRate',
  label: { zh: '小型微利企业所得税税率', en: 'Small low-profit enterprise rate' },
  unit: SHARE,
  entries: [{ from: '2008-01-01', value: '0.20', source: CITES.smallProfitRate }],
});

function smallProfitBound(name: string, label: Localized, unit: Localized, value: string) {
  return defineParameter({
    name: `newEconomyTaxService.${name}`,
    label,
    unit,
    kind: unit === PEOPLE ? 'integer' : 'decimal',
    entries: [
      { from: FROM_2019, value, source: CITES.smallProfitConditions },
      { from: FROM_2023, value, source: CITES.smallDefinition2023 },
      { from: UNTIL_2028, value: null, source: CITES.small2023, note: END_NOTE },
    ],
  });
}

/**
 * The small low-profit enterprise conditions (财税〔2019〕13号 第二条; restated by 2023年第12号 第五条),
 * each inclusive ("不超过"), on the year's quarterly averages for staff and assets.
 * @example
 * valueAt(SMALL_PROFIT.incomeLimit, '2025-12-31').toString() // '3000000'
 */
export const SMALL_PROFIT = {
  incomeLimit: smallProfitBound(
    'smallProfitIncomeLimit',
    { zh: '小型微利企业年应纳税所得额上限', en: 'Small low-profit income limit' },
    YUAN,
    '3000000',
  ),
  staffLimit: smallProfitBound(
    'smallProfitStaffLimit',
    { zh: '小型微利企业从业人数上限', en: 'Small low-profit staff limit' },
    PEOPLE,
    '300',
  ),
  assetsLimit: smallProfitBound(
    'smallProfitAssetsLimit',
    { zh: '小型微利企业资产总额上限', en: 'Small low-profit assets limit' },
    YUAN,
    '50000000',
  ),
  /** The income band counted at the lower share (不超过100万元的部分). */
  lowBandLimit: smallProfitBound(
    'smallProfitLowBandLimit',
    { zh: '低档应纳税所得额上限', en: 'Upper bound of the lower income band' },
    YUAN,
    '1000000',
  ),
  /** The share of the lower band counted as taxable income, by year. */
  lowBandShare: defineParameter({
    name: 'newEconomyTaxService.smallProfitLowBandShare',
    label: { zh: '100万元以下部分计入比例', en: 'Share of income up to 1m counted' },
    unit: SHARE,
    entries: [
      { from: FROM_2019, value: '0.25', source: CITES.smallProfitConditions },
      { from: FROM_2021, value: '0.125', source: CITES.cit2021 },
      { from: FROM_2023, value: '0.25', source: CITES.cit2023 },
      { from: UNTIL_2028, value: null, source: CITES.small2023, note: END_NOTE },
    ],
  }),
  /** The share of the 100万–300万 band counted as taxable income, by year. */
  highBandShare: defineParameter({
    name: 'newEconomyTaxService.smallProfitHighBandShare',
    label: { zh: '100万至300万元部分计入比例', en: 'Share of income of 1–3m counted' },
    unit: SHARE,
    entries: [
      { from: FROM_2019, value: '0.5', source: CITES.smallProfitConditions },
      { from: FROM_2022, value: '0.25', source: CITES.cit2022 },
      { from: FROM_2023, value: '0.25', source: CITES.small2023 },
      { from: UNTIL_2028, value: null, source: CITES.small2023, note: END_NOTE },
    ],
  }),
} as const;

/** The tax years whose small low-profit law this engine holds (2019–2027). */
export const CIT_YEARS = { first: 2019, last: 2027 } as const;

/**
 * The small-scale VAT preferences in force 2023–2027 (2023年第1号 第一条、第二条; 2023年第19号).
 * @example
 * valueAt(SMALL_SCALE_VAT.monthlyExemptSales, '2025-06-01').toString() // '100000'
 */
export const SMALL_SCALE_VAT = {
  monthlyExemptSales: defineParameter({
    name: 'newEconomyTaxService.vatMonthlyExemptSales',
    label: { zh: '小规模纳税人月销售额免征额', en: 'Small-scale monthly exempt sales' },
    unit: YUAN,
    entries: [
      { from: FROM_2023, value: '100000', source: CITES.vatExemption },
      { from: '2024-01-01', value: '100000', source: CITES.vatExtension },
      { from: UNTIL_2028, value: null, source: CITES.vatExtension, note: END_NOTE },
    ],
  }),
  standardLevy: defineParameter({
    name: 'newEconomyTaxService.vatStandardLevy',
    label: { zh: '小规模纳税人征收率', en: 'Small-scale levy rate' },
    unit: SHARE,
    entries: [{ from: FROM_2023, value: '0.03', source: CITES.vatStandardLevy }],
  }),
  reducedLevy: defineParameter({
    name: 'newEconomyTaxService.vatReducedLevy',
    label: { zh: '小规模纳税人减按征收率', en: 'Small-scale reduced levy rate' },
    unit: SHARE,
    entries: [
      { from: FROM_2023, value: '0.01', source: CITES.vatReducedLevy },
      { from: '2024-01-01', value: '0.01', source: CITES.vatExtension },
      { from: UNTIL_2028, value: null, source: CITES.vatExtension, note: END_NOTE },
    ],
  }),
} as const;

/**
 * 六税两费 halving, 2023–2027 (2023年第12号 第二条): the share of the levies relieved.
 * @example
 * valueAt(LEVY_HALVING, '2025-06-01').toString() // '0.5'
 */
export const LEVY_HALVING = defineParameter({
  name: 'newEconomyTaxService.levyHalving',
  label: { zh: '“六税两费”减征比例', en: 'Six taxes and two fees: share relieved' },
  unit: SHARE,
  entries: [
    { from: FROM_2023, value: '0.5', source: CITES.levyHalving },
    { from: UNTIL_2028, value: null, source: CITES.levyHalving, note: END_NOTE },
  ],
});

/**
 * The onboarding time limits: a new taxpayer's first invoice application in 2 working days
 * (2018年第29号 第一条, in force in Guangdong from 2018-08-01); invoice types in 5 (发票管理办法
 * 第十五条, the 2019 and 2023 texts, from @gd-ftz/statutes).
 * @example
 * integerAt(ONBOARDING_LIMITS.firstSupply, '2025-09-30') // 2
 */
export const ONBOARDING_LIMITS = {
  firstSupply: defineParameter({
    name: 'newEconomyTaxService.firstSupplyWorkingDays',
    label: { zh: '新办纳税人首次申领发票办结时限', en: 'First invoice supply for a new taxpayer' },
    unit: WORKING_DAYS,
    kind: 'integer',
    entries: [{ from: '2018-08-01', value: '2', source: CITES.firstSupply }],
  }),
  invoiceTypes: invoiceMeasures.params.typeDecisionWorkingDaysFrom2019,
} as const;

/**
 * The risk thresholds of the reminders. Only the zero-filing streak is law (纳税缴费信用管理办法
 * 第十七条: 3 consecutive months bars an A grade, from @gd-ftz/statutes); the surge and void
 * thresholds are practitioner figures (tax-measures.md §2, S13), so they are assumptions.
 * @example
 * valueAt(RISK_THRESHOLDS.surgeOverPeak, '2025-06-01').toString() // '1.5'
 */
export const RISK_THRESHOLDS = {
  zeroFilingMonths: taxCredit.params.zeroFilingConsecutiveMonths,
  surgeOverPeak: defineParameter({
    name: 'newEconomyTaxService.riskSurgeOverPeak',
    label: { zh: '开票突增倍数（对历史峰值）', en: 'Invoice surge over the historical peak' },
    unit: SHARE,
    entries: [{ from: FROM_2019, value: '1.5', source: CITES.riskSurge }],
    assumption: {
      zh: '内部指标未公开；取实务资料所述150%（S13），合理范围约130%–200%',
      en: 'Internal thresholds are unpublished; 150% as practitioners report (S13), plausibly 130%–200%',
    },
  }),
  voidShare: defineParameter({
    name: 'newEconomyTaxService.riskVoidShare',
    label: { zh: '作废红冲比例上限', en: 'Void and red-letter share' },
    unit: SHARE,
    entries: [{ from: FROM_2019, value: '0.15', source: CITES.riskVoid }],
    assumption: {
      zh: '内部指标未公开；实务资料称15%（S13）或20%（S14）',
      en: 'Internal thresholds are unpublished; practitioners report 15% (S13) or 20% (S14)',
    },
  }),
} as const;
