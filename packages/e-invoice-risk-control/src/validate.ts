// Input checks of the public functions: each throws core's ValidationError naming the bad field,
// before anything is built, so a bad call changes nothing.
import { type CivilDate, describeValue, isCivilDate, Money, ValidationError } from '@gd-ftz/core';
import type { MonthLedger, RiskClass, YearMonth } from './model';

const RISK_CLASSES: readonly string[] = ['I', 'II', 'III', 'IV'];
// Yuan with at most two decimals, below 10^13 yuan: a fen amount stays exact in every product.
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const MONTH = /^\d{4}-\d{2}$/;

function bad(path: string, en: string, zh: string, value: unknown): never {
  throw ValidationError.of(path, `${en}, got ${describeValue(value)}`, `${zh}，收到 ${describeValue(value)}`);
}

/** A positive amount in whole fen, from a Money or a decimal string. */
export function amountOf(value: unknown, path: string): Money {
  if (value instanceof Money) {
    if (value.isPositive() && value.isWholeFen() && value.toFen() < 10n ** 15n) return value;
  } else if (typeof value === 'string' && AMOUNT.test(value)) {
    const m = Money.of(value);
    if (m.isPositive()) return m;
  }
  return bad(
    path,
    'must be a positive amount in yuan with at most two decimals',
    '必须是正数金额（元，最多两位小数）',
    value,
  );
}

/** A risk class Ⅰ–Ⅳ, written 'I' | 'II' | 'III' | 'IV'. */
export function riskClassOf(value: unknown, path: string): RiskClass {
  if (typeof value === 'string' && RISK_CLASSES.includes(value)) return value as RiskClass;
  return bad(path, "must be 'I', 'II', 'III' or 'IV'", "必须是 'I'、'II'、'III' 或 'IV'", value);
}

/** A month `YYYY-MM` of the Gregorian calendar. */
export function yearMonthOf(value: unknown, path: string): YearMonth {
  if (typeof value === 'string' && MONTH.test(value) && isCivilDate(`${value}-01`)) return value;
  return bad(path, 'must be a month written YYYY-MM', '必须是 YYYY-MM 格式的月份', value);
}

/** A civil date `YYYY-MM-DD`. */
export function civilDateOf(value: unknown, path: string): CivilDate {
  if (isCivilDate(value)) return value;
  return bad(path, 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD', value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function moneyField(l: Record<string, unknown>, key: string, path: string): Money {
  const v = l[key];
  if (v instanceof Money && !v.isNegative() && v.isWholeFen()) return v;
  return bad(`${path}.${key}`, 'must be a non-negative Money in whole fen', '必须是非负金额（整分）', v);
}

function countField(l: Record<string, unknown>, key: string, path: string): number {
  const v = l[key];
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  return bad(`${path}.${key}`, 'must be a whole number ≥ 0', '必须是非负整数', v);
}

function flagField(l: Record<string, unknown>, key: string, path: string): boolean {
  const v = l[key];
  if (typeof v === 'boolean') return v;
  return bad(`${path}.${key}`, 'must be true or false', '必须是布尔值', v);
}

/** A month ledger as `openMonth`/`issue` build it: every field present and consistent. */
export function ledgerOf(value: unknown, path: string): MonthLedger {
  if (!isRecord(value))
    return bad(
      path,
      'must be a month ledger (from openMonth)',
      '必须是月度额度台账（由 openMonth 生成）',
      value,
    );
  const month = yearMonthOf(value.month, `${path}.month`);
  riskClassOf(value.riskClass, `${path}.riskClass`);
  const opening = moneyField(value, 'openingTotal', path);
  const total = moneyField(value, 'total', path);
  const used = moneyField(value, 'used', path);
  moneyField(value, 'topUpAt', path);
  moneyField(value, 'topUpBy', path);
  flagField(value, 'toppedUp', path);
  flagField(value, 'suspended', path);
  countField(value, 'monthsAbove', path);
  countField(value, 'monthsBelow', path);
  if (total.lessThan(opening))
    bad(`${path}.total`, 'must not be below openingTotal', '不得低于月初总额度', total.toString());
  if (used.greaterThan(total))
    bad(`${path}.used`, 'must not exceed total', '不得超过总额度', used.toString());
  const recent = value.recentUsed;
  if (
    !Array.isArray(recent) ||
    recent.length > 12 ||
    !recent.every((m) => m instanceof Money && !m.isNegative())
  ) {
    bad(
      `${path}.recentUsed`,
      'must be up to 12 non-negative Money amounts',
      '必须是至多12个非负金额',
      recent,
    );
  }
  const last = value.lastIssuedOn;
  if (last !== null && !(isCivilDate(last) && last.startsWith(month))) {
    bad(
      `${path}.lastIssuedOn`,
      'must be null or a date inside the ledger month',
      '必须为空或台账月份内的日期',
      last,
    );
  }
  return value as unknown as MonthLedger;
}
