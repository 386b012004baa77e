import { type DatedParameter, defineParameter } from '@gd-ftz/core';
import { cite } from '../sources';
import { MONTHS, YUAN } from './units';

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
