// Input checks shared by the domain functions: each names the bad field and reads it once, so that
// a getter cannot change a value between check and use. Nothing is mutated.
import {
  type CivilDate,
  type Decimal,
  decimal,
  describeValue,
  isCivilDate,
  ValidationError,
} from '@gd-ftz/core';
import { SECTORS, type Sector, type VatStatus } from './model';

/** A non-negative amount in yuan, at most to the fen, at most 15 integer digits. */
const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;

/** A plain object, or a ValidationError naming `path`. */
export function checkObject(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw ValidationError.of(path, `must be an object, got ${describeValue(value)}`, '必须是对象');
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A non-negative yuan amount as a decimal string (`'1000.50'`). */
export function checkAmount(value: unknown, path: string): Decimal {
  if (typeof value !== 'string' || !AMOUNT.test(value)) {
    throw ValidationError.of(
      path,
      `must be a non-negative amount in yuan as a decimal string with at most 2 decimals, got ${describeValue(value)}`,
      '必须是非负金额（十进制字符串，最多两位小数）',
    );
  }
  return decimal(value);
}

/** A whole, non-negative count below 10^9. */
export function checkCount(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value >= 1e9) {
    throw ValidationError.of(
      path,
      `must be a whole number ≥ 0, got ${describeValue(value)}`,
      '必须是非负整数',
    );
  }
  return value;
}

/** A boolean. */
export function checkFlag(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') {
    throw ValidationError.of(path, `must be true or false, got ${describeValue(value)}`, '必须是布尔值');
  }
  return value;
}

/** A real civil date `YYYY-MM-DD`. */
export function checkDate(value: unknown, path: string): CivilDate {
  if (!isCivilDate(value)) {
    throw ValidationError.of(
      path,
      `must be a real date YYYY-MM-DD, got ${describeValue(value)}`,
      '必须是有效日期 YYYY-MM-DD',
    );
  }
  return value;
}

/** One of the modelled sectors. */
export function checkSector(value: unknown, path: string): Sector {
  if (typeof value !== 'string' || !(SECTORS as readonly string[]).includes(value)) {
    throw ValidationError.of(
      path,
      `must be one of ${SECTORS.join(', ')}, got ${describeValue(value)}`,
      '必须是已建模的行业',
    );
  }
  return value as Sector;
}

/** `'general'` or `'small-scale'`. */
export function checkVatStatus(value: unknown, path: string): VatStatus {
  if (value !== 'general' && value !== 'small-scale') {
    throw ValidationError.of(
      path,
      `must be 'general' or 'small-scale', got ${describeValue(value)}`,
      "必须是 'general' 或 'small-scale'",
    );
  }
  return value;
}

/** A non-empty identifier of at most 64 characters. */
export function checkId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 64) {
    throw ValidationError.of(
      path,
      `must be a non-empty string of at most 64 characters, got ${describeValue(value)}`,
      '必须是非空字符串（不超过64字符）',
    );
  }
  return value;
}
