// Hand-written input checks of the public functions (they run per taxpayer-month in the bench, so
// they avoid building a schema per call). Every bad field is reported by path, before anything is
// computed; the input is only read.
import { describeValue, isCivilDate, Money, Rate, ValidationError, type ValidationIssue } from '@gd-ftz/core';

const YUAN = /^\d{1,15}(\.\d{1,2})?$/;

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
export function moneyOf(v: unknown, path: string, issues: Issues): Money | undefined {
  if (v instanceof Money) {
    if (v.isNegative() || !v.isWholeFen()) {
      issues.add(
        path,
        'must be a non-negative amount in whole fen (2 decimals)',
        '必须是非负金额，最多两位小数',
      );
      return undefined;
    }
    return v;
  }
  if (typeof v === 'string' && YUAN.test(v)) return Money.of(v);
  issues.add(
    path,
    `must be a non-negative amount with at most 2 decimals, got ${describeValue(v)}`,
    '必须是非负金额，最多两位小数',
  );
  return undefined;
}

/** Checks a civil date. */
export function checkDate(v: unknown, path: string, issues: Issues): boolean {
  if (isCivilDate(v)) return true;
  issues.add(path, `must be a real date YYYY-MM-DD, got ${describeValue(v)}`, '必须是有效日期 YYYY-MM-DD');
  return false;
}

/** Checks a count (a non-negative safe integer). */
export function checkCount(v: unknown, path: string, issues: Issues): boolean {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return true;
  issues.add(path, 'must be a non-negative integer', '必须是非负整数');
  return false;
}

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
  if (checkDate(r.month, `${path}.month`, issues) && !String(r.month).endsWith('-01')) {
    issues.add(`${path}.month`, 'must be the first day of a month', '必须是月份第一天');
  }
  if (typeof r.agricultural !== 'boolean')
    issues.add(`${path}.agricultural`, 'must be true or false', '必须是布尔值');
  for (const k of ['singleInvoiceCap', 'issued', 'inputVat', 'agriInputVat', 'citRevenue'] as const) {
    moneyOf(r[k], `${path}.${k}`, issues);
  }
  // VAT payable may be negative (a credit carried forward), but in whole fen.
  if (!(r.vatPayable instanceof Money) || !r.vatPayable.isWholeFen()) {
    issues.add(`${path}.vatPayable`, 'must be Money in whole fen', '必须是金额（分）');
  }
  for (const k of ['invoices', 'voidOrRed', 'salesCodes', 'matchedCodes'] as const)
    checkCount(r[k], `${path}.${k}`, issues);
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
