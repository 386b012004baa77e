// Hand-written input checks of the public functions (they run per taxpayer-month in the bench, so
// they avoid building a schema per call). Every bad field is reported by path, before anything is
// computed; the input is only read.
import { describeValue, isCivilDate, Money, Rate, ValidationError, type ValidationIssue } from '@gd-ftz/core';

const YUAN = /^\d{1,15}(\.\d{1,2})?$/;

/** 10^15 fen: amounts below it in magnitude keep sums and differences safe integers. */
const FAST_LIMIT = 1e15;

/**
 * The whole fen of a whole-fen amount `m` as a safe integer; NaN beyond ±(10^15 − 1) fen (the
 * integer path then steps aside). Reads decimal.js's digits (`d`: base-10^7 words, `e`: exponent of
 * the leading digit, `s`: sign; public readonly fields of its typings) instead of printing it.
 * @example
 * fenOf(Money.of('12.34')) // 1234
 */
export function fenOf(m: Money): number {
  const d = m.toDecimal();
  const words = d.d;
  if (d.isZero()) return 0;
  const len = words.length;
  const first = words[0] as number;
  let firstDigits = 1;
  for (let p = 10; p <= first; p *= 10) firstDigits++;
  // The last word without its trailing zeros (decimal.js pads it to 7 digits).
  let last = words[len - 1] as number;
  let lastDigits = len === 1 ? firstDigits : 7;
  while (last % 10 === 0) {
    last /= 10;
    lastDigits--;
  }
  let n = 0;
  for (let i = 0; i < len - 1; i++) n = n * 1e7 + (words[i] as number);
  n = n * 10 ** lastDigits + last;
  // Exact while a safe integer: a rounded result would be at least 2^53.
  if (!Number.isSafeInteger(n)) return Number.NaN;
  const digits = len === 1 ? lastDigits : firstDigits + 7 * (len - 2) + lastDigits;
  // value = n × 10^(e − digits + 1), so fen = n × 10^k; k < 0 is not whole fen (validated before).
  let k = d.e - digits + 3;
  if (k < 0) return Number.NaN;
  for (; k > 0 && n < FAST_LIMIT; k--) n *= 10;
  if (!(n < FAST_LIMIT)) return Number.NaN;
  return d.s < 0 ? -n : n;
}

/** Collects issues; throws them all at once. */
export class Issues {
  readonly list: ValidationIssue[] = [];
  add(path: string, en: string, zh: string): void {
    this.list.push({ path, message: { zh, en } });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError(this.list);
  }
}

/** A non-negative amount in whole fen, as Money or a decimal string; undefined (and an issue) otherwise. */
export function moneyOf(v: unknown, path: string, issues: Issues, key?: string): Money | undefined {
  if (v instanceof Money) {
    if (v.isNegative() || !v.isWholeFen()) {
      issues.add(
        key === undefined ? path : `${path}.${key}`,
        'must be a non-negative amount in whole fen (2 decimals)',
        '必须是非负金额，最多两位小数',
      );
      return undefined;
    }
    return v;
  }
  if (typeof v === 'string' && YUAN.test(v)) return Money.of(v);
  issues.add(
    key === undefined ? path : `${path}.${key}`,
    `must be a non-negative amount with at most 2 decimals, got ${describeValue(v)}`,
    '必须是非负金额，最多两位小数',
  );
  return undefined;
}

/** Checks a civil date. */
export function checkDate(v: unknown, path: string, issues: Issues): boolean {
  if (typeof v === 'string' && DATES.has(v)) return true;
  if (isCivilDate(v)) {
    if (DATES.size > 4096) DATES.clear();
    DATES.add(v);
    return true;
  }
  issues.add(path, `must be a real date YYYY-MM-DD, got ${describeValue(v)}`, '必须是有效日期 YYYY-MM-DD');
  return false;
}

/** Checks a count (a non-negative safe integer); the path is `path.key` when a key is given. */
export function checkCount(v: unknown, path: string, issues: Issues, key?: string): boolean {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return true;
  issues.add(key === undefined ? path : `${path}.${key}`, 'must be a non-negative integer', '必须是非负整数');
  return false;
}

/** Validated date strings (a string's validity never changes; the set is bounded). */
const DATES = new Set<string>();

const MONEY_FIELDS = ['singleInvoiceCap', 'issued', 'inputVat', 'agriInputVat', 'citRevenue'] as const;
const COUNT_FIELDS = ['invoices', 'voidOrRed', 'salesCodes', 'matchedCodes'] as const;

/** Checks one taxpayer-month (any object); returns whether it is valid. */
export function checkMonth(m: unknown, path: string, issues: Issues): boolean {
  const before = issues.list.length;
  if (typeof m !== 'object' || m === null) {
    issues.add(path, 'must be a taxpayer-month object', '必须是纳税人月度记录');
    return false;
  }
  const r = m as Record<string, unknown>;
  if (typeof r.taxpayerId !== 'string' || r.taxpayerId === '')
    issues.add(`${path}.taxpayerId`, 'must be a non-empty string', '必须是非空字符串');
  const known = typeof r.month === 'string' && DATES.has(r.month);
  if ((known || checkDate(r.month, `${path}.month`, issues)) && !String(r.month).endsWith('-01')) {
    issues.add(`${path}.month`, 'must be the first day of a month', '必须是月份第一天');
  }
  if (typeof r.agricultural !== 'boolean')
    issues.add(`${path}.agricultural`, 'must be true or false', '必须是布尔值');
  // Paths are built only for a bad field: this runs for every month of every history passed.
  for (const k of MONEY_FIELDS) moneyOf(r[k], path, issues, k);
  // VAT payable may be negative (a credit carried forward), but in whole fen.
  if (!(r.vatPayable instanceof Money) || !r.vatPayable.isWholeFen()) {
    issues.add(`${path}.vatPayable`, 'must be Money in whole fen', '必须是金额（分）');
  }
  for (const k of COUNT_FIELDS) checkCount(r[k], path, issues, k);
  if (
    typeof r.matchedCodes === 'number' &&
    typeof r.salesCodes === 'number' &&
    r.matchedCodes > r.salesCodes
  ) {
    issues.add(`${path}.matchedCodes`, 'must not exceed salesCodes', '不得大于销项编码数');
  }
  if (
    r.agriInputVat instanceof Money &&
    r.inputVat instanceof Money &&
    r.agriInputVat.greaterThan(r.inputVat)
  ) {
    issues.add(`${path}.agriInputVat`, 'must not exceed inputVat', '不得大于进项税额');
  }
  if (!(r.industryWarningRate instanceof Rate) || r.industryWarningRate.isNegative()) {
    issues.add(`${path}.industryWarningRate`, 'must be a non-negative Rate', '必须是非负税率');
  }
  return issues.list.length === before;
}
