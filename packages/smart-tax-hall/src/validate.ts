// Input checks of the public functions: a ValidationError naming each bad field, nothing mutated.
import { describeValue, ValidationError } from '@gd-ftz/core';
import { ITEM_CLASSES } from './model';

/** Throws unless `value` is a plain object; returns it as a record for field checks. */
export function objectAt(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw ValidationError.of(
      path,
      `must be an object, got ${describeValue(value)}`,
      `必须是对象，收到 ${describeValue(value)}`,
    );
  }
  return value as Record<string, unknown>;
}

/** Throws unless `value` is an array; returns it. */
export function listAt(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw ValidationError.of(
      path,
      `must be an array, got ${describeValue(value)}`,
      `必须是数组，收到 ${describeValue(value)}`,
    );
  }
  return value;
}

/** Throws unless `value` is one of `allowed`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw ValidationError.of(
      path,
      `must be one of ${allowed.join(', ')}, got ${describeValue(value)}`,
      `必须是 ${allowed.join('、')} 之一，收到 ${describeValue(value)}`,
    );
  }
  return value as T;
}

/** Throws unless `value` is a boolean. */
export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') {
    throw ValidationError.of(
      path,
      `must be true or false, got ${describeValue(value)}`,
      `必须是布尔值，收到 ${describeValue(value)}`,
    );
  }
  return value;
}

/** Throws unless `value` is an integer ≥ `min` (and ≤ `max`). */
export function count(value: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw ValidationError.of(
      path,
      `must be an integer ${String(min)}–${String(max)}, got ${describeValue(value)}`,
      `必须是 ${String(min)}–${String(max)} 的整数，收到 ${describeValue(value)}`,
    );
  }
  return value;
}

/** Throws unless `value` is an item class. */
export function itemClass(value: unknown, path: string) {
  return oneOf(value, ITEM_CLASSES, path);
}
