import { type DatedParameter, defineParameter } from '@gd-ftz/core';
import { cite } from './sources';

// Every legal number of measure 7, named, dated and cited once. Modelling assumptions live in
// ./assumptions.ts. Amounts are yuan as decimal strings; counts are integers.

const YUAN = { zh: '元', en: 'CNY' };
const COPIES = { zh: '份', en: 'copies' };
const MONTHS = { zh: '个月', en: 'months' };
const WORKING_DAYS = { zh: '工作日', en: 'working days' };

/**
 * 发票管理办法 第十五条: the tax office decides invoice types, quantity and method within 5 working days.
 * @example
 * integerAt(decisionWorkingDays, '2025-03-03') // 5
 */
export const decisionWorkingDays: DatedParameter = defineParameter({
  name: 'ita.decisionWorkingDays',
  label: { zh: '票种核定办理时限', en: 'Decision limit for invoice-type approval' },
  unit: WORKING_DAYS,
  kind: 'integer',
  entries: [{ from: '2023-07-20', value: '5', source: cite('invoiceMeasures2023', '第十五条') }],
});

// 2018年第29号: the announcement's own effective date is not in the fact pack; its earliest dated
// reprint (S35) is of 2018-10-16, so the caps are taken as in force from then.
const FIRST_ISSUE_NOTE = 'in force at the latest from 2018-10-16 (earliest dated reprint, S35)';

/**
 * 2018年第29号: a new taxpayer's first application is decided within 2 working days.
 * @example
 * integerAt(newTaxpayerDecisionWorkingDays, '2025-03-03') // 2
 */
export const newTaxpayerDecisionWorkingDays: DatedParameter = defineParameter({
  name: 'ita.newTaxpayerDecisionWorkingDays',
  label: { zh: '新办纳税人首次申领办理时限', en: "Decision limit for a new taxpayer's first application" },
  unit: WORKING_DAYS,
  kind: 'integer',
  entries: [
    { from: '2018-10-16', value: '2', source: cite('newTaxpayerFirstIssue', undefined, FIRST_ISSUE_NOTE) },
  ],
});

/**
 * 2018年第29号: a new taxpayer's 专票 face value cap (≤10万元).
 * @example
 * valueAt(newSpecialFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const newSpecialFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.newSpecialFaceValueCap',
  label: { zh: '新办纳税人专票最高开票限额', en: "New taxpayer's special-invoice face value cap" },
  unit: YUAN,
  entries: [
    {
      from: '2018-10-16',
      value: '100000',
      source: cite('newTaxpayerFirstIssue', undefined, FIRST_ISSUE_NOTE),
    },
  ],
});

/**
 * 2018年第29号: a new taxpayer's 专票 quantity (≤25 copies a month).
 * @example
 * integerAt(newSpecialMonthlyQuantity, '2025-03-03') // 25
 */
export const newSpecialMonthlyQuantity: DatedParameter = defineParameter({
  name: 'ita.newSpecialMonthlyQuantity',
  label: { zh: '新办纳税人专票每月最高领用数量', en: "New taxpayer's special invoices per month" },
  unit: COPIES,
  kind: 'integer',
  entries: [
    { from: '2018-10-16', value: '25', source: cite('newTaxpayerFirstIssue', undefined, FIRST_ISSUE_NOTE) },
  ],
});

/**
 * 2018年第29号: a new taxpayer's 普票 face value cap (≤10万元).
 * @example
 * valueAt(newOrdinaryFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const newOrdinaryFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.newOrdinaryFaceValueCap',
  label: { zh: '新办纳税人普票最高开票限额', en: "New taxpayer's ordinary-invoice face value cap" },
  unit: YUAN,
  entries: [
    {
      from: '2018-10-16',
      value: '100000',
      source: cite('newTaxpayerFirstIssue', undefined, FIRST_ISSUE_NOTE),
    },
  ],
});

/**
 * 2018年第29号: a new taxpayer's 普票 quantity (≤50 copies a month).
 * @example
 * integerAt(newOrdinaryMonthlyQuantity, '2025-03-03') // 50
 */
export const newOrdinaryMonthlyQuantity: DatedParameter = defineParameter({
  name: 'ita.newOrdinaryMonthlyQuantity',
  label: { zh: '新办纳税人普票每月最高领用数量', en: "New taxpayer's ordinary invoices per month" },
  unit: COPIES,
  kind: 'integer',
  entries: [
    { from: '2018-10-16', value: '50', source: cite('newTaxpayerFirstIssue', undefined, FIRST_ISSUE_NOTE) },
  ],
});

/**
 * Credit grade A: up to 3 months' supply at once (2014年第40号 第二十九条; kept by 2025年第12号).
 * @example
 * integerAt(supplyMonthsA, '2025-08-01') // 3
 */
export const supplyMonthsA: DatedParameter = defineParameter({
  name: 'ita.supplyMonthsA',
  label: { zh: 'A级纳税人一次领用月数上限', en: "Grade A: months' supply at once" },
  unit: MONTHS,
  kind: 'integer',
  entries: [
    { from: '2014-10-01', value: '3', source: cite('creditTrial2014', '第二十九条') },
    {
      from: '2025-07-01',
      value: '3',
      source: cite('credit2025', undefined, 'A incentives; article number unconfirmed [practitioner, S75]'),
    },
  ],
});

/**
 * Credit grade B: up to 2 months' supply at once (2014年第19号).
 * @example
 * integerAt(supplyMonthsB, '2025-03-03') // 2
 */
export const supplyMonthsB: DatedParameter = defineParameter({
  name: 'ita.supplyMonthsB',
  label: { zh: 'B级纳税人一次领用月数上限', en: "Grade B: months' supply at once" },
  unit: MONTHS,
  kind: 'integer',
  entries: [
    {
      from: '2014-10-01',
      value: '2',
      source: cite('creditB2014', undefined, 'from-date taken as the credit trial measures’ start'),
    },
  ],
});

/**
 * 税总发〔2014〕85号: at most 3 months' usage where the province sets no maximum.
 * @example
 * integerAt(maxSupplyMonths, '2025-03-03') // 3
 */
export const maxSupplyMonths: DatedParameter = defineParameter({
  name: 'ita.maxSupplyMonths',
  label: { zh: '一次领用月数上限（省局未定时）', en: "Maximum months' supply (no provincial maximum)" },
  unit: MONTHS,
  kind: 'integer',
  entries: [
    { from: '2014-10-01', value: '3', source: cite('innovation2014', undefined, 'from-date approximate') },
  ],
});

const D_2014 = cite(
  'creditTrial2014',
  '第三十二条',
  'D: 专票 under counselling-period rules, 普票 交（验）旧供新',
);
const D_2025 = cite('credit2025', '第三十四条', 'D: 限额限量 专票, 普票 交（验）旧领新');

/**
 * Credit grade D: 专票 face value cap under the counselling-period rules (≤10万元).
 * @example
 * valueAt(gradeDSpecialFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const gradeDSpecialFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.gradeDSpecialFaceValueCap',
  label: { zh: 'D级纳税人专票最高开票限额', en: 'Grade D: special-invoice face value cap' },
  unit: YUAN,
  entries: [
    { from: '2014-10-01', value: '100000', source: D_2014 },
    { from: '2025-07-01', value: '100000', source: D_2025 },
  ],
});

/**
 * Credit grade D: 专票 copies per issue under the counselling-period rules (≤25).
 * @example
 * integerAt(gradeDSpecialQuantityPerIssue, '2025-03-03') // 25
 */
export const gradeDSpecialQuantityPerIssue: DatedParameter = defineParameter({
  name: 'ita.gradeDSpecialQuantityPerIssue',
  label: { zh: 'D级纳税人专票每次领用数量', en: 'Grade D: special invoices per issue' },
  unit: COPIES,
  kind: 'integer',
  entries: [
    { from: '2014-10-01', value: '25', source: D_2014 },
    { from: '2025-07-01', value: '25', source: D_2025 },
  ],
});

/**
 * Counselling period (辅导期), small trading and wholesale firms: 专票 cap ≤10万元.
 * @example
 * valueAt(counsellingSpecialFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const counsellingSpecialFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.counsellingSpecialFaceValueCap',
  label: { zh: '辅导期专票最高开票限额', en: 'Counselling period: special-invoice face value cap' },
  unit: YUAN,
  entries: [{ from: '2010-03-01', value: '100000', source: cite('counselling2010', '第七条') }],
});

/**
 * Counselling period: 专票 copies per issue (≤25).
 * @example
 * integerAt(counsellingSpecialQuantityPerIssue, '2025-03-03') // 25
 */
export const counsellingSpecialQuantityPerIssue: DatedParameter = defineParameter({
  name: 'ita.counsellingSpecialQuantityPerIssue',
  label: { zh: '辅导期专票每次领用数量', en: 'Counselling period: special invoices per issue' },
  unit: COPIES,
  kind: 'integer',
  entries: [{ from: '2010-03-01', value: '25', source: cite('counselling2010', '第八条') }],
});

const TIER_SOURCE = cite(
  'xiamenGuide',
  undefined,
  'tier list; from-date taken as the 2023 revision of the Measures',
);

function tier(name: string, value: string, zh: string, en: string): DatedParameter {
  return defineParameter({
    name: `ita.faceValueTier.${name}`,
    label: { zh: `最高开票限额档次：${zh}`, en: `Face value tier: ${en}` },
    unit: YUAN,
    entries: [{ from: '2023-07-20', value, source: TIER_SOURCE }],
  });
}

/**
 * The maximum face value tiers of a single invoice (pre-tax amount): 1万 / 10万 / 100万 / 1000万.
 * @example
 * FACE_VALUE_TIERS.map((p) => valueAt(p, '2025-03-03').toString()) // ['10000', '100000', '1000000', '10000000']
 */
export const FACE_VALUE_TIERS: readonly DatedParameter[] = [
  tier('10k', '10000', '一万元', '10k'),
  tier('100k', '100000', '十万元', '100k'),
  tier('1m', '1000000', '百万元', '1m'),
  tier('10m', '10000000', '千万元', '10m'),
];

/**
 * Highest face value decided 依申请即办 (immediately); higher tiers go 依申请流转 (routed).
 * @example
 * valueAt(immediateRouteMaxFaceValue, '2025-03-03').toString() // '100000'
 */
export const immediateRouteMaxFaceValue: DatedParameter = defineParameter({
  name: 'ita.immediateRouteMaxFaceValue',
  label: { zh: '即办限额上限', en: 'Highest face value decided immediately' },
  unit: YUAN,
  entries: [{ from: '2023-07-20', value: '100000', source: TIER_SOURCE }],
});

/**
 * Routed tiers (>10万): promised time 10 working days.
 * @example
 * integerAt(routedDecisionWorkingDays, '2025-03-03') // 10
 */
export const routedDecisionWorkingDays: DatedParameter = defineParameter({
  name: 'ita.routedDecisionWorkingDays',
  label: { zh: '流转办理时限', en: 'Decision limit of routed (high-tier) applications' },
  unit: WORKING_DAYS,
  kind: 'integer',
  entries: [{ from: '2023-07-20', value: '10', source: TIER_SOURCE }],
});

/**
 * 2019年第38号: a general taxpayer's issued 专票 turn abnormal when its claimed abnormal input VAT
 * is ≥70% of the period's 专票 input …
 * @example
 * valueAt(abnormalInputShare, '2025-03-03').toString() // '0.7'
 */
export const abnormalInputShare: DatedParameter = defineParameter({
  name: 'ita.abnormalInputShare',
  label: { zh: '异常进项占比阈值', en: 'Abnormal input VAT share threshold' },
  entries: [
    {
      from: '2020-02-01',
      value: '0.70',
      source: cite('abnormalVouchers2019', '第一条', 'from-date approximate'),
    },
  ],
});

/**
 * … and >5万元 cumulatively (2019年第38号).
 * @example
 * valueAt(abnormalInputAmount, '2025-03-03').toString() // '50000'
 */
export const abnormalInputAmount: DatedParameter = defineParameter({
  name: 'ita.abnormalInputAmount',
  label: { zh: '异常进项金额阈值', en: 'Abnormal input VAT amount threshold' },
  unit: YUAN,
  entries: [
    {
      from: '2020-02-01',
      value: '50000',
      source: cite('abnormalVouchers2019', '第一条', 'from-date approximate'),
    },
  ],
});

/**
 * Zero VAT filing for 3 consecutive months bars an A (2014 第十九条; 2025 第十七条).
 * @example
 * integerAt(zeroFilingConsecutiveMonths, '2025-03-03') // 3
 */
export const zeroFilingConsecutiveMonths: DatedParameter = defineParameter({
  name: 'ita.zeroFilingConsecutiveMonths',
  label: { zh: '连续零申报月数', en: 'Consecutive months of zero VAT filing' },
  unit: MONTHS,
  kind: 'integer',
  entries: [
    { from: '2014-10-01', value: '3', source: cite('creditTrial2014', '第十九条') },
    { from: '2025-07-01', value: '3', source: cite('credit2025', '第十七条') },
  ],
});

/**
 * … or 6 cumulative months.
 * @example
 * integerAt(zeroFilingCumulativeMonths, '2025-03-03') // 6
 */
export const zeroFilingCumulativeMonths: DatedParameter = defineParameter({
  name: 'ita.zeroFilingCumulativeMonths',
  label: { zh: '累计零申报月数', en: 'Cumulative months of zero VAT filing' },
  unit: MONTHS,
  kind: 'integer',
  entries: [
    { from: '2014-10-01', value: '6', source: cite('creditTrial2014', '第十九条') },
    { from: '2025-07-01', value: '6', source: cite('credit2025', '第十七条') },
  ],
});

/**
 * Direct D for tax evasion of ≥10万元 …
 * @example
 * valueAt(evasionAmount, '2025-03-03').toString() // '100000'
 */
export const evasionAmount: DatedParameter = defineParameter({
  name: 'ita.evasionAmount',
  label: { zh: '偷税直接判D金额', en: 'Tax evasion amount for a direct D' },
  unit: YUAN,
  entries: [{ from: '2014-10-01', value: '100000', source: cite('creditTrial2014', '第二十条') }],
});

/**
 * … and ≥10% of the tax due.
 * @example
 * valueAt(evasionShare, '2025-03-03').toString() // '0.1'
 */
export const evasionShare: DatedParameter = defineParameter({
  name: 'ita.evasionShare',
  label: { zh: '偷税直接判D占比', en: 'Tax evasion share of tax due for a direct D' },
  entries: [{ from: '2014-10-01', value: '0.10', source: cite('creditTrial2014', '第二十条') }],
});

/**
 * Every official parameter of the engine, for the README's legal basis table and the date-range test.
 * @example
 * LAW_PARAMETERS.length // 25
 */
export const LAW_PARAMETERS: readonly DatedParameter[] = [
  decisionWorkingDays,
  newTaxpayerDecisionWorkingDays,
  newSpecialFaceValueCap,
  newSpecialMonthlyQuantity,
  newOrdinaryFaceValueCap,
  newOrdinaryMonthlyQuantity,
  supplyMonthsA,
  supplyMonthsB,
  maxSupplyMonths,
  gradeDSpecialFaceValueCap,
  gradeDSpecialQuantityPerIssue,
  counsellingSpecialFaceValueCap,
  counsellingSpecialQuantityPerIssue,
  ...FACE_VALUE_TIERS,
  immediateRouteMaxFaceValue,
  routedDecisionWorkingDays,
  abnormalInputShare,
  abnormalInputAmount,
  zeroFilingConsecutiveMonths,
  zeroFilingCumulativeMonths,
  evasionAmount,
  evasionShare,
];
