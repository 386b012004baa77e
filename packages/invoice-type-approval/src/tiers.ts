import { decimal, describeValue, isCivilDate, ValidationError, valueAt } from '@gd-ftz/core';
import { FACE_VALUE_TIERS } from './law';

/**
 * The earliest application date the engine decides: the day from which every parameter is in
 * force. The latest first entry is the 异常凭证 thresholds of 国家税务总局公告2019年第38号
 * (2020-02-01); 发票管理办法 第十五条's 5 working days are dated from its 2019 text (2019-03-02), the
 * first-issue caps from 2018-08-01, the credit measures from 2014-10-01. So 2021–2023, the period the
 * measure describes, is decided, each date under the texts then in force.
 * @example
 * EARLIEST_DATE // '2020-02-01'
 */
export const EARLIEST_DATE = '2020-02-01';

/**
 * Checks that `value` is a real YYYY-MM-DD date on or after {@link EARLIEST_DATE}.
 * Internal: not exported from the package.
 * @throws ValidationError naming `path`.
 * @example
 * checkDecidedDate('2025-02-30', 'date') // throws, paths ['date']
 */
export function checkDecidedDate(value: unknown, path: string): asserts value is string {
  if (typeof value === 'string' && value >= EARLIEST_DATE && isCivilDate(value)) return;
  throw ValidationError.of(
    path,
    `must be a YYYY-MM-DD date from ${EARLIEST_DATE} (rules in force), got ${describeValue(value)}`,
    `须为 ${EARLIEST_DATE} 起的 YYYY-MM-DD 日期（规则施行期）`,
  );
}

/**
 * The tier index (1 = 1万 … 4 = 1000万) of a face value in yuan on `date`, or 0 when it is no tier.
 * Compared as exact decimals, so `'100000.00'` is tier 2.
 * @example
 * tierIndex('100000', '2025-03-03') // 2
 * tierIndex('50000', '2025-03-03') // 0
 * @throws ValidationError naming `faceValue` (not a string) or `date`.
 */
export function tierIndex(faceValue: string, date: string): number {
  if (typeof faceValue !== 'string') {
    throw ValidationError.of(
      'faceValue',
      'must be an amount in yuan written as a string',
      '须为以字符串表示的元金额',
    );
  }
  if (!AMOUNT.test(faceValue)) return 0;
  const f = fenOfYuan(faceValue);
  const fens = tierFens(date);
  for (let i = 0; i < fens.length; i++) if (fens[i] === f) return i + 1;
  return 0;
}

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;

/**
 * The fen of a yuan amount written as a decimal string with at most 13 integer digits and 2
 * decimals (as validation admits): read from its digits, so exact (≤ 10^15, a safe integer).
 * @example
 * fenOfYuan('12.5') // 1250
 */
export function fenOfYuan(yuan: string): number {
  const dot = yuan.indexOf('.');
  if (dot < 0) return Number(yuan) * 100;
  return Number(yuan.slice(0, dot)) * 100 + Number(yuan.slice(dot + 1).padEnd(2, '0'));
}

const fensByDate = new Map<string, readonly number[]>();

function tierFens(date: string): readonly number[] {
  let f = fensByDate.get(date);
  if (f === undefined) {
    checkDecidedDate(date, 'date');
    f = FACE_VALUE_TIERS.map((p) => valueAt(p, date).times(100).toNumber()); // allow-float: tier caps in integer fen, exact below 2^53
    fensByDate.set(date, f);
  }
  return f;
}

/**
 * The face value in yuan of tier `index` (1–4) on `date`.
 * @example
 * tierValue(3, '2025-03-03') // '1000000'
 * @throws ValidationError naming `index` (not 1–4) or `date`.
 */
export function tierValue(index: number, date: string): string {
  let values = valuesByDate.get(date);
  if (values === undefined) {
    checkDecidedDate(date, 'date');
    values = FACE_VALUE_TIERS.map((p) => valueAt(p, date).toFixed(0));
    valuesByDate.set(date, values);
  }
  const v = Number.isInteger(index) ? values[index - 1] : undefined;
  if (v === undefined) {
    throw ValidationError.of(
      'index',
      `must be a tier index 1–${FACE_VALUE_TIERS.length}, got ${describeValue(index)}`,
      `须为限额档次序号 1–${FACE_VALUE_TIERS.length}`,
    );
  }
  return v;
}

// The tier face values per date, as written in a grant (read once per date, not per grant).
const valuesByDate = new Map<string, readonly string[]>();

/**
 * The highest tier index whose face value does not exceed `yuan` on `date` (0 if none does): turns
 * a legal cap in yuan (e.g. 10万) into the tier it allows.
 * @example
 * tierAtMost('100000', '2025-03-03') // 2
 * @throws ValidationError naming `yuan` (not a non-negative amount with at most 2 decimals) or `date`.
 */
export function tierAtMost(yuan: string, date: string): number {
  if (typeof yuan !== 'string' || !AMOUNT.test(yuan)) {
    throw ValidationError.of(
      'yuan',
      'must be a non-negative amount in yuan with at most 2 decimals, e.g. "100000"',
      '须为非负元金额（最多两位小数），如 "100000"',
    );
  }
  checkDecidedDate(date, 'date');
  const d = decimal(yuan);
  let best = 0;
  for (let i = 0; i < FACE_VALUE_TIERS.length; i++) {
    if (valueAt(FACE_VALUE_TIERS[i]!, date).lte(d)) best = i + 1;
  }
  return best;
}
