import { type DatedParameter, defineParameter } from '@gd-ftz/core';
import { taxCredit } from '@gd-ftz/statutes';
import { cite } from '../sources';
import { COPIES, MONTHS, YUAN } from './units';

/**
 * Credit grade A: up to 3 months' supply at once (2014年第40号 第二十九条; kept by 2025年第12号), from
 * @gd-ftz/statutes.
 * @example
 * integerAt(supplyMonthsA, '2025-08-01') // 3
 */
export const supplyMonthsA: DatedParameter = taxCredit.params.supplyMonthsA;

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
      source: cite('creditB2014', undefined, {
        zh: '起始日期取纳税信用试行办法的施行日期',
        en: 'from-date taken as the credit trial measures’ start',
      }),
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
    {
      from: '2014-10-01',
      value: '3',
      source: cite('innovation2014', undefined, { zh: '起始日期为近似值', en: 'from-date approximate' }),
    },
  ],
});

// 国税发〔2010〕40号 第八条: "主管税务机关对辅导期纳税人实行限量限额发售专用发票。（一）实行纳税辅导期
// 管理的小型商贸批发企业，领购专用发票的最高开票限额不得超过十万元；其他一般纳税人专用发票最高开票限额
// 应根据企业实际经营情况重新核定。（二）辅导期纳税人专用发票的领购实行按次限量控制，……每次发售专用发票
// 数量不得超过25份。" (wording from a reprint). D-grade taxpayers get 专票 "按辅导期一般纳税人政策办理"
// (2014年第40号 第三十二条; 2025年第12号 第三十四条 限额限量), so these two numbers reach them through
// 第八条: the 10万 binds 小型商贸批发企业 only, the 25 copies bind every one. The credit articles
// themselves contain neither number.
const ART8_1 = cite('counselling2010', '第八条第（一）项', {
  zh: '小型商贸批发企业专用发票最高开票限额不得超过十万元；其他一般纳税人根据实际经营情况重新核定',
  en: 'small trading and wholesale firms: special-invoice cap at most 100,000 yuan; other general taxpayers: re-determined from actual operations',
});
const ART8_2 = cite('counselling2010', '第八条第（二）项', {
  zh: '专用发票按次限量，每次发售不得超过25份（适用于全部辅导期纳税人）',
  en: 'special invoices limited per issue, at most 25 copies each time (every counselling-period taxpayer)',
});

/**
 * Counselling period (辅导期), 小型商贸批发企业 only: 专票 cap ≤10万元 (国税发〔2010〕40号 第八条第（一）项);
 * other general taxpayers' caps are re-determined from their actual operations (no fixed number).
 * Also the cap of a small trading firm rated D (专票 under counselling rules).
 * @example
 * valueAt(counsellingSpecialFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const counsellingSpecialFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.counsellingSpecialFaceValueCap',
  label: { zh: '辅导期专票最高开票限额', en: 'Counselling period: special-invoice face value cap' },
  unit: YUAN,
  entries: [{ from: '2010-03-01', value: '100000', source: ART8_1 }],
});

/**
 * Counselling period: 专票 copies per issue (≤25), for every counselling-period taxpayer and every
 * D-grade one (国税发〔2010〕40号 第八条第（二）项).
 * @example
 * integerAt(counsellingSpecialQuantityPerIssue, '2025-03-03') // 25
 */
export const counsellingSpecialQuantityPerIssue: DatedParameter = defineParameter({
  name: 'ita.counsellingSpecialQuantityPerIssue',
  label: { zh: '辅导期专票每次领用数量', en: 'Counselling period: special invoices per issue' },
  unit: COPIES,
  kind: 'integer',
  entries: [{ from: '2010-03-01', value: '25', source: ART8_2 }],
});
