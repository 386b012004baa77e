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

/** Thrown or returned by the fast paths for anything the careful path must report. */
const NOT_JSON: unique symbol = Symbol('not JSON');

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
export function frozenJson(value: unknown, path: string, seen?: Set<object>): JsonValue {
  if (seen === undefined) {
    const fast = fastFrozen(value, 0);
    if (fast !== NOT_JSON) return fast;
    // The fast copy keeps no paths and no cycle set; the careful one names the bad field.
    return carefulFrozen(value, path, new Set());
  }
  return carefulFrozen(value, path, seen);
}

/**
 * The same copy as {@link carefulFrozen} without a path string per value and without a set of the
 * objects on the way (a cycle runs into the depth limit): this runs for every audit record
 * (issue 23). Returns NOT_JSON for anything the careful copy must report.
 */
function fastFrozen(value: unknown, depth: number): JsonValue | typeof NOT_JSON {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : NOT_JSON;
    case 'object': {
      if (value === null) return null;
      if (depth >= MAX_JSON_DEPTH) return NOT_JSON;
      if (Array.isArray(value)) {
        const out: JsonValue[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const v = fastFrozen(value[i], depth + 1);
          if (v === NOT_JSON) return NOT_JSON;
          out[i] = v;
        }
        return Object.freeze(out);
      }
      if (!isPlainObject(value)) return NOT_JSON;
      const copy: Record<string, JsonValue> = {};
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        const v = fastFrozen((value as Record<string, unknown>)[k], depth + 1);
        if (v === NOT_JSON) return NOT_JSON;
        // defineProperty, not assignment: a `__proto__` key must stay an own data property.
        if (k === '__proto__') Object.defineProperty(copy, k, { value: v, enumerable: true });
        else copy[k] = v;
      }
      return Object.freeze(copy);
    }
    default:
      return NOT_JSON;
  }
}

function carefulFrozen(value: unknown, path: string, seen: Set<object>): JsonValue {
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
        out = Object.freeze(value.map((v, i) => carefulFrozen(v, `${path}.${i}`, seen)));
      } else if (isPlainObject(value)) {
        const copy: Record<string, JsonValue> = {};
        // defineProperty, not assignment: a `__proto__` key must stay an own data property.
        for (const [k, v] of Object.entries(value)) {
          Object.defineProperty(copy, k, { value: carefulFrozen(v, `${path}.${k}`, seen), enumerable: true });
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
  try {
    return fastCanonical(value, 0);
  } catch (err) {
    // The fast path keeps no paths; the careful one names the bad field.
    if (err === NOT_JSON) return canonical(value, 'value', 0);
    throw err;
  }
}

/**
 * The same text as {@link canonical}, without building a path per value (a string per key and per
 * element) and without sorting keys that are already in order: this runs for every audit record
 * (issue 23). Anything that is not JSON throws NOT_JSON.
 */
function fastCanonical(value: unknown, depth: number, plainOnly = false): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw NOT_JSON;
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (depth >= MAX_JSON_DEPTH) throw NOT_JSON;
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          out += fastCanonical(value[i], depth + 1, plainOnly);
        }
        return `${out}]`;
      }
      // plainOnly: refuse what frozenJson's fast copy refuses (objects that are not plain).
      if (plainOnly && !isPlainObject(value)) throw NOT_JSON;
      const keys = Object.keys(value);
      for (let i = 1; i < keys.length; i++) {
        if ((keys[i - 1] as string) > (keys[i] as string)) {
          keys.sort();
          break;
        }
      }
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        if (i > 0) out += ',';
        out += `${JSON.stringify(k)}:${fastCanonical((value as Record<string, unknown>)[k], depth + 1, plainOnly)}`;
      }
      return `${out}}`;
    }
    default:
      throw NOT_JSON;
  }
}

/**
 * The canonical JSON of a value that {@link frozenJson} accepts on its fast copy (strings, finite
 * numbers, booleans, null, arrays and plain objects, nested less than MAX_JSON_DEPTH deep), or
 * undefined for anything else: checks and writes in one walk, without a copy. The verifiers read
 * every record's data this way (issue 23); undefined sends a record the careful way, which names
 * the problem. The text is canonicalJson's (tested).
 */
export function checkedCanonicalJson(value: unknown): string | undefined {
  try {
    return fastCanonical(value, 0, true);
  } catch (err) {
    if (err === NOT_JSON) return undefined;
    throw err;
  }
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
