import { ValidationError } from '../errors';
import type { JsonValue } from '../trace';

/**
 * The deepest nesting of arrays and objects accepted in audit data: far beyond any record, and
 * far below the stack (issue 32: 20,000 levels threw a bare RangeError).
 */
export const MAX_JSON_DEPTH = 256;

const tooDeep = (path: string) =>
  ValidationError.of(
    path,
    `must not nest deeper than ${MAX_JSON_DEPTH} levels`,
    `嵌套不得超过 ${MAX_JSON_DEPTH} 层`,
  );

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * A deep, frozen copy of a JSON value, checked on the way: only strings, finite numbers, booleans,
 * null, arrays and plain objects; no cycles. Throws a ValidationError naming the bad path.
 * @example
 * const data = frozenJson({ amount: '12.30', items: [1, 2] }, 'entry.data');
 */
export function frozenJson(value: unknown, path: string, seen: Set<object> = new Set()): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw ValidationError.of(path, 'must be a finite number', '应为有限数值');
      return value;
    case 'object': {
      if (value === null) return null;
      if (seen.has(value)) throw ValidationError.of(path, 'must not contain a cycle', '不得包含循环引用');
      if (seen.size >= MAX_JSON_DEPTH) throw tooDeep(path);
      seen.add(value);
      let out: JsonValue;
      if (Array.isArray(value)) {
        out = Object.freeze(value.map((v, i) => frozenJson(v, `${path}.${i}`, seen)));
      } else if (isPlainObject(value)) {
        const copy: Record<string, JsonValue> = {};
        // defineProperty, not assignment: a `__proto__` key must stay an own data property.
        for (const [k, v] of Object.entries(value)) {
          Object.defineProperty(copy, k, { value: frozenJson(v, `${path}.${k}`, seen), enumerable: true });
        }
        out = Object.freeze(copy);
      } else {
        throw ValidationError.of(path, 'must be a plain JSON object', '应为普通 JSON 对象');
      }
      seen.delete(value);
      return out;
    }
    default:
      throw ValidationError.of(
        path,
        `must be JSON, not ${typeof value}`,
        `应为 JSON 值，而非 ${typeof value}`,
      );
  }
}

/**
 * Canonical JSON: no whitespace, object keys sorted by UTF-16 code units, numbers and strings as
 * `JSON.stringify` writes them (so `-0` is `0`). Equal values give equal text whatever their key
 * order, so the text can be hashed.
 * @throws ValidationError naming `value.<path>` for what JSON cannot hold (undefined, a function,
 * a symbol, a bigint, a non-finite number) or nesting deeper than {@link MAX_JSON_DEPTH}.
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: JsonValue): string {
  return canonical(value, 'value', 0);
}

function canonical(value: unknown, path: string, depth: number): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw ValidationError.of(path, 'must be a finite number', '应为有限数值');
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (depth >= MAX_JSON_DEPTH) throw tooDeep(path);
      if (Array.isArray(value))
        return `[${value.map((v: unknown, i) => canonical(v, `${path}.${i}`, depth + 1)).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k], `${path}.${k}`, depth + 1)}`).join(',')}}`;
    }
    default:
      throw ValidationError.of(
        path,
        `must be JSON, not ${typeof value}`,
        `应为 JSON 值，而非 ${typeof value}`,
      );
  }
}
