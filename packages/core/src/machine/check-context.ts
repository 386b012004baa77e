// A machine's context is carried in every snapshot and promised JSON-serialisable (see
// MachineSnapshot): a non-finite number (NaN, ±Infinity), a bigint, a symbol or a function in it would
// be garbage in every later snapshot, so `start` and `restore` refuse it at the boundary.

import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';

/** How deep the walk goes: contexts are small records; deeper nesting is left unchecked. */
const MAX_DEPTH = 32;

function walk(value: unknown, path: string, depth: number, seen: Set<object>): void {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) {
        throw ValidationError.of(
          path,
          `must be a finite number, got ${describeValue(value)}`,
          `必须是有限数值，收到 ${describeValue(value)}`,
        );
      }
      return;
    case 'bigint':
    case 'symbol':
    case 'function':
      throw ValidationError.of(
        path,
        `must be JSON data (object, array, string, finite number, boolean, null), got ${describeValue(value)}`,
        `必须是 JSON 数据（对象、数组、字符串、有限数值、布尔值、null），收到 ${describeValue(value)}`,
      );
    case 'object':
      break;
    default:
      return;
  }
  if (value === null || depth >= MAX_DEPTH || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, depth + 1, seen);
    return;
  }
  // Value objects (Money, CivilDate…) carry their own invariants; only plain records are walked.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return;
  for (const key of Object.keys(value)) {
    walk((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1, seen);
  }
}

/**
 * Checks that a machine context holds no non-finite number, bigint, symbol or function (walking
 * plain objects and arrays); throws ValidationError naming the path of the bad field.
 * @example
 * checkContext({ lineId: 'L1', qty: 3 }, 'context'); // passes
 * checkContext(Number.NaN, 'context'); // throws ValidationError naming `context`
 */
export function checkContext(context: unknown, path: string): void {
  walk(context, path, 0, new Set());
}
