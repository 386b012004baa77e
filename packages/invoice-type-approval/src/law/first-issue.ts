import { type DatedParameter, defineParameter } from '@gd-ftz/core';
import { cite } from '../sources';
import { COPIES, WORKING_DAYS, YUAN } from './units';

// 国家税务总局公告2018年第29号 (issued 2018-06-11): "除新疆、青海、西藏以外的地区，本公告自2018年8月1日起施行；
// 新疆、青海、西藏地区自2018年10月1日起施行". Guangdong is in the first group: in force from 2018-08-01.
const IN_FORCE = {
  zh: '广东自2018年8月1日起施行（新疆、青海、西藏自2018年10月1日起）',
  en: 'in force in Guangdong from 2018-08-01 (Xinjiang, Qinghai, Tibet from 2018-10-01)',
};
const TIME_LIMIT = cite('newTaxpayerFirstIssue', '第一条', IN_FORCE);
const FIRST_ISSUE = cite('newTaxpayerFirstIssue', '第三条', IN_FORCE);
const FIRST_ISSUE_FROM = '2018-08-01';

/**
 * 2018年第29号 第一条: a new taxpayer's first application is decided within 2 working days.
 * @example
 * integerAt(newTaxpayerDecisionWorkingDays, '2025-03-03') // 2
 */
export const newTaxpayerDecisionWorkingDays: DatedParameter = defineParameter({
  name: 'ita.newTaxpayerDecisionWorkingDays',
  label: { zh: '新办纳税人首次申领办理时限', en: "Decision limit for a new taxpayer's first application" },
  unit: WORKING_DAYS,
  kind: 'integer',
  entries: [{ from: FIRST_ISSUE_FROM, value: '2', source: TIME_LIMIT }],
});

/**
 * 2018年第29号 第三条: a new taxpayer's 专票 face value cap (≤10万元).
 * @example
 * valueAt(newSpecialFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const newSpecialFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.newSpecialFaceValueCap',
  label: { zh: '新办纳税人专票最高开票限额', en: "New taxpayer's special-invoice face value cap" },
  unit: YUAN,
  entries: [
    {
      from: FIRST_ISSUE_FROM,
      value: '100000',
      source: FIRST_ISSUE,
    },
  ],
});

/**
 * 2018年第29号 第三条: a new taxpayer's 专票 quantity (≤25 copies a month).
 * @example
 * integerAt(newSpecialMonthlyQuantity, '2025-03-03') // 25
 */
export const newSpecialMonthlyQuantity: DatedParameter = defineParameter({
  name: 'ita.newSpecialMonthlyQuantity',
  label: { zh: '新办纳税人专票每月最高领用数量', en: "New taxpayer's special invoices per month" },
  unit: COPIES,
  kind: 'integer',
  entries: [{ from: FIRST_ISSUE_FROM, value: '25', source: FIRST_ISSUE }],
});

/**
 * 2018年第29号 第三条: a new taxpayer's 普票 face value cap (≤10万元).
 * @example
 * valueAt(newOrdinaryFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const newOrdinaryFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.newOrdinaryFaceValueCap',
  label: { zh: '新办纳税人普票最高开票限额', en: "New taxpayer's ordinary-invoice face value cap" },
  unit: YUAN,
  entries: [
    {
      from: FIRST_ISSUE_FROM,
      value: '100000',
      source: FIRST_ISSUE,
    },
  ],
});

/**
 * 2018年第29号 第三条: a new taxpayer's 普票 quantity (≤50 copies a month).
 * @example
 * integerAt(newOrdinaryMonthlyQuantity, '2025-03-03') // 50
 */
export const newOrdinaryMonthlyQuantity: DatedParameter = defineParameter({
  name: 'ita.newOrdinaryMonthlyQuantity',
  label: { zh: '新办纳税人普票每月最高领用数量', en: "New taxpayer's ordinary invoices per month" },
  unit: COPIES,
  kind: 'integer',
  entries: [{ from: FIRST_ISSUE_FROM, value: '50', source: FIRST_ISSUE }],
});
