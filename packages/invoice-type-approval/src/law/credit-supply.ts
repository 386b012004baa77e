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

const D_2014 = cite('creditTrial2014', '第三十二条', {
  zh: 'D级：专用发票按辅导期规定供应，普通发票交（验）旧供新',
  en: 'D: special invoices under counselling-period rules, ordinary invoices 交（验）旧供新',
});
const D_2025 = cite('credit2025', '第三十四条', {
  zh: 'D级：专用发票限额限量，普通发票交（验）旧领新',
  en: 'D: special invoices capped in amount and quantity, ordinary invoices 交（验）旧领新',
});

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
 * Counselling period (辅导期), small trading and wholesale firms: 专票 cap ≤10万元 (国税发〔2010〕40号
 * 第八条; an earlier version cited 第七条, which is not the cap rule).
 * @example
 * valueAt(counsellingSpecialFaceValueCap, '2025-03-03').toString() // '100000'
 */
export const counsellingSpecialFaceValueCap: DatedParameter = defineParameter({
  name: 'ita.counsellingSpecialFaceValueCap',
  label: { zh: '辅导期专票最高开票限额', en: 'Counselling period: special-invoice face value cap' },
  unit: YUAN,
  entries: [{ from: '2010-03-01', value: '100000', source: cite('counselling2010', '第八条') }],
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
