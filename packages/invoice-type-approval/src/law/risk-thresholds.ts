import type { DatedParameter } from '@gd-ftz/core';
import { abnormalVouchers, taxCredit } from '@gd-ftz/statutes';

// The published risk thresholds the rules read, all shared with other tax engines and declared in
// @gd-ftz/statutes; named here as the rules and the legal-basis table know them.

/**
 * 2019年第38号: a general taxpayer's issued 专票 turn abnormal when its claimed abnormal input VAT
 * is ≥70% of the period's 专票 input …
 * @example
 * valueAt(abnormalInputShare, '2025-03-03').toString() // '0.7'
 */
export const abnormalInputShare: DatedParameter = abnormalVouchers.params.abnormalInputShare;

/**
 * … and >5万元 cumulatively (2019年第38号).
 * @example
 * valueAt(abnormalInputAmount, '2025-03-03').toString() // '50000'
 */
export const abnormalInputAmount: DatedParameter = abnormalVouchers.params.abnormalInputAmount;

/**
 * Zero VAT filing for 3 consecutive months bars an A (2014 第十九条; 2025 第十七条).
 * @example
 * integerAt(zeroFilingConsecutiveMonths, '2025-03-03') // 3
 */
export const zeroFilingConsecutiveMonths: DatedParameter = taxCredit.params.zeroFilingConsecutiveMonths;

/**
 * … or 6 cumulative months.
 * @example
 * integerAt(zeroFilingCumulativeMonths, '2025-03-03') // 6
 */
export const zeroFilingCumulativeMonths: DatedParameter = taxCredit.params.zeroFilingCumulativeMonths;

/**
 * Direct D for tax evasion of ≥10万元 …
 * @example
 * valueAt(evasionAmount, '2025-03-03').toString() // '100000'
 */
export const evasionAmount: DatedParameter = taxCredit.params.evasionAmount;

/**
 * … and ≥10% of the tax due.
 * @example
 * valueAt(evasionShare, '2025-03-03').toString() // '0.1'
 */
export const evasionShare: DatedParameter = taxCredit.params.evasionShare;
