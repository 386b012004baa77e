import { describeValue } from './describe-value';
import { ConfigurationError, type Localized, ValidationError, type ValidationIssue } from './errors';
import { optionsObject } from './options-object';

/**
 * The schema of a scenario's parameters: enough for the demo app and the CLI to draw a form, parse
 * a URL or a `--set key=value`, and validate, without engine-specific code. Amounts and rates
 * that are money use `decimal` (strings); probabilities and counts are plain numbers.
 */
export type ParamSpec =
  | {
      readonly kind: 'integer';
      readonly label: Localized;
      readonly help?: Localized;
      readonly unit?: Localized;
      readonly default: number;
      readonly min: number;
      readonly max: number;
      readonly step?: number;
      readonly assumption?: boolean;
      /** The plausible range of an assumption, for KPI sensitivity (see `sensitivityOf`). */
      readonly plausible?: { readonly low: number; readonly high: number };
    }
  | {
      readonly kind: 'number';
      readonly label: Localized;
      readonly help?: Localized;
      readonly unit?: Localized;
      readonly default: number;
      readonly min: number;
      readonly max: number;
      readonly step?: number;
      readonly assumption?: boolean;
      /** The plausible range of an assumption, for KPI sensitivity (see `sensitivityOf`). */
      readonly plausible?: { readonly low: number; readonly high: number };
    }
  | {
      readonly kind: 'decimal';
      readonly label: Localized;
      readonly help?: Localized;
      readonly unit?: Localized;
      readonly default: string;
      readonly min: string;
      readonly max: string;
      readonly assumption?: boolean;
      /** The plausible range of an assumption, for KPI sensitivity (see `sensitivityOf`). */
      readonly plausible?: { readonly low: string; readonly high: string };
    }
  | {
      readonly kind: 'boolean';
      readonly label: Localized;
      readonly help?: Localized;
      readonly default: boolean;
      readonly assumption?: boolean;
    }
  | {
      readonly kind: 'enum';
      readonly label: Localized;
      readonly help?: Localized;
      readonly default: string;
      readonly options: readonly { readonly value: string; readonly label: Localized }[];
      readonly assumption?: boolean;
    };

/** A scenario's parameter schema: names to specs, in display order. */
export type ParamsSchema = { readonly [name: string]: ParamSpec };

/**
 * The parsed value of one spec: numbers for integer and number, boolean, a decimal string, and for
 * an enum the union of its option values (when the schema keeps them literal: `defineParams` or
 * `as const`).
 */
export type ParamValueOf<P extends ParamSpec> = P extends { readonly kind: 'integer' | 'number' }
  ? number
  : P extends { readonly kind: 'boolean' }
    ? boolean
    : P extends { readonly kind: 'enum'; readonly options: readonly (infer O)[] }
      ? O extends { readonly value: infer V extends string }
        ? V
        : string
      : string;

/**
 * The parsed parameter values a schema describes.
 * @example
 * type P = ParamsOf<typeof PARAMS>; // { population: number; mode: 'a' | 'b'; … }
 */
export type ParamsOf<S extends ParamsSchema> = { -readonly [K in keyof S]: ParamValueOf<S[K]> };

/** A cross-field rule of a schema (e.g. min ≤ max): the issues of parsed, individually valid params. */
export type ParamsRefine<S extends ParamsSchema> = (params: ParamsOf<S>) => readonly ValidationIssue[];

// Where defineParams keeps a schema's refine: a symbol key, so that `Object.entries(schema)`, JSON
// and the forms drawn from the schema see only the parameters. Symbol.for: two copies of core
// (source and dist in one process) read each other's schemas.
const REFINE: unique symbol = Symbol.for('@gd-ftz/core/params-refine') as never;

type Refinable = { readonly [REFINE]?: (params: Record<string, ParamValue>) => readonly ValidationIssue[] };

/** A parameter value as it travels through URLs, JSON and forms. */
export type ParamValue = number | string | boolean;

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

function cmpDecimal(a: string, b: string): number {
  // Decimal strings compared exactly, without floats: sign, integer part, then fraction.
  const na = a.startsWith('-');
  const nb = b.startsWith('-');
  if (na !== nb) return na ? -1 : 1;
  const sign = na ? -1 : 1;
  const [ia = '0', fa = ''] = a.replace('-', '').split('.');
  const [ib = '0', fb = ''] = b.replace('-', '').split('.');
  const ia2 = ia.replace(/^0+(?=\d)/, '');
  const ib2 = ib.replace(/^0+(?=\d)/, '');
  if (ia2.length !== ib2.length) return sign * (ia2.length < ib2.length ? -1 : 1);
  if (ia2 !== ib2) return sign * (ia2 < ib2 ? -1 : 1);
  const len = Math.max(fa.length, fb.length);
  const fa2 = fa.padEnd(len, '0');
  const fb2 = fb.padEnd(len, '0');
  if (fa2 === fb2) return 0;
  return sign * (fa2 < fb2 ? -1 : 1);
}

function checkOne(
  name: string,
  spec: ParamSpec,
  value: unknown,
  issues: ValidationIssue[],
): ParamValue | undefined {
  const bad = (en: string, zh: string) => {
    issues.push({ path: name, message: { en, zh } });
    return undefined;
  };
  switch (spec.kind) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return bad('must be a finite number', '必须是有限数值');
      if (spec.kind === 'integer' && !Number.isInteger(value)) return bad('must be an integer', '必须是整数');
      if (value < spec.min || value > spec.max)
        return bad(`must be between ${spec.min} and ${spec.max}`, `必须在 ${spec.min} 与 ${spec.max} 之间`);
      return value;
    }
    case 'decimal': {
      if (typeof value !== 'string' || !DECIMAL_RE.test(value))
        return bad('must be a decimal string such as "12.50"', '必须是十进制数字字符串，例如 "12.50"');
      if (cmpDecimal(value, spec.min) < 0 || cmpDecimal(value, spec.max) > 0)
        return bad(`must be between ${spec.min} and ${spec.max}`, `必须在 ${spec.min} 与 ${spec.max} 之间`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') return bad('must be true or false', '必须是 true 或 false');
      return value;
    case 'enum': {
      const allowed = spec.options.map((o) => o.value);
      if (typeof value !== 'string' || !allowed.includes(value))
        return bad(`must be one of ${allowed.join(', ')}`, `必须是 ${allowed.join('、')} 之一`);
      return value;
    }
  }
}

/** A schema handed to the parsers: a record of spec objects (ConfigurationError naming `schema…`). */
function checkSchemaShape(schema: unknown): void {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new ConfigurationError('schema', `must be a params schema object, got ${describeValue(schema)}`);
  }
  for (const [name, spec] of Object.entries(schema)) {
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
      throw new ConfigurationError(`schema.${name}`, `must be a parameter spec, got ${describeValue(spec)}`);
    }
  }
}

/**
 * Fills defaults and validates a scenario's parameters against its schema. Unknown names and
 * out-of-range values are reported together, each naming its field.
 * @example
 * parseParams({ n: { kind: 'integer', label, default: 10, min: 1, max: 100 } }, { n: 20 }) // { n: 20 }
 */
export function parseParams<S extends ParamsSchema>(schema: S, input: unknown): ParamsOf<S> {
  checkSchemaShape(schema);
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw ValidationError.of('params', 'must be an object', '必须是对象');
  }
  const raw = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(schema, key))
      issues.push({ path: key, message: { en: 'unknown parameter', zh: '未知参数' } });
  }
  const out: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(schema)) {
    // Own properties only: an inherited value (a prototype, a polluted Object.prototype) is not
    // the caller's parameter (issue 32).
    const own = Object.hasOwn(raw, name) ? raw[name] : undefined;
    const value = own === undefined ? spec.default : own;
    const checked = checkOne(name, spec, value, issues);
    if (checked !== undefined) out[name] = checked;
  }
  // Cross-field rules only see parameters that are each valid.
  const refine = (schema as Refinable)[REFINE];
  if (issues.length === 0 && refine) issues.push(...refine(out));
  if (issues.length > 0) throw new ValidationError(issues);
  return out as ParamsOf<S>;
}

/**
 * The issues of a schema's cross-field rules for parsed values (none when it has no `refine`):
 * what `parseParams` adds after the per-field checks, for generators that must stay valid.
 * @example
 * refineIssues(PARAMS, { ...defaultParams(PARAMS), fetchSecondsMin: 20, fetchSecondsMax: 10 }); // [{ path: 'fetchSecondsMax', … }]
 */
export function refineIssues<S extends ParamsSchema>(
  schema: S,
  params: ParamsOf<S>,
): readonly ValidationIssue[] {
  checkSchemaShape(schema);
  const refine = (schema as Refinable)[REFINE];
  return refine ? refine(params) : [];
}

/**
 * Parses one parameter from text (a URL query value, a CLI `--set key=value`) by its spec.
 * Throws a ValidationError naming the field when the text does not fit.
 */
export function parseParamText(name: string, spec: ParamSpec, text: string): ParamValue {
  if (spec === null || typeof spec !== 'object' || specProblem(spec) !== undefined) {
    throw new ConfigurationError('spec', `must be a parameter spec, got ${describeValue(spec)}`);
  }
  if (typeof text !== 'string') {
    throw ValidationError.of(
      typeof name === 'string' ? name : 'text',
      `must be text, got ${describeValue(text)}`,
      `必须是文本，实际为 ${describeValue(text)}`,
    );
  }
  const issues: ValidationIssue[] = [];
  let value: unknown = text;
  if (spec.kind === 'integer' || spec.kind === 'number') {
    value = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  } else if (spec.kind === 'boolean') {
    value = text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : text;
  }
  const checked = checkOne(name, spec, value, issues);
  if (checked === undefined) throw new ValidationError(issues);
  return checked;
}

/** The defaults of a schema, as parsed values. */
export function defaultParams<S extends ParamsSchema>(schema: S): ParamsOf<S> {
  return parseParams(schema, {});
}

function specProblem(spec: ParamSpec): string | undefined {
  const l = spec.label;
  if (!l || typeof l.zh !== 'string' || !l.zh.trim() || typeof l.en !== 'string' || !l.en.trim())
    return 'label needs non-empty zh and en text';
  switch (spec.kind) {
    case 'integer':
    case 'number':
      if (!(Number.isFinite(spec.min) && Number.isFinite(spec.max) && spec.min <= spec.max))
        return 'needs finite min ≤ max';
      if (spec.plausible) {
        const { low, high } = spec.plausible;
        if (!(spec.min <= low && low <= high && high <= spec.max))
          return 'plausible needs min ≤ low ≤ high ≤ max';
      }
      return undefined;
    case 'decimal':
      if (!DECIMAL_RE.test(spec.min) || !DECIMAL_RE.test(spec.max) || cmpDecimal(spec.min, spec.max) > 0)
        return 'needs decimal strings min ≤ max';
      if (
        spec.plausible &&
        !(
          DECIMAL_RE.test(spec.plausible.low) &&
          DECIMAL_RE.test(spec.plausible.high) &&
          cmpDecimal(spec.min, spec.plausible.low) <= 0 &&
          cmpDecimal(spec.plausible.low, spec.plausible.high) <= 0 &&
          cmpDecimal(spec.plausible.high, spec.max) <= 0
        )
      )
        return 'plausible needs min ≤ low ≤ high ≤ max';
      return undefined;
    case 'enum':
      if (spec.options.length === 0) return 'needs at least one option';
      if (new Set(spec.options.map((o) => o.value)).size !== spec.options.length)
        return 'has duplicate options';
      return undefined;
    case 'boolean':
      return undefined;
  }
}

/**
 * Declares a scenario's parameter schema: checks every spec at once (labels in both languages,
 * min ≤ max, plausible ranges inside the range, defaults valid, refine satisfied by the defaults)
 * and attaches the cross-field `refine`, which `parseParams` then applies. The `const` type
 * parameter keeps enum option values literal, so `ParamsOf` types an enum as their union.
 * @throws ConfigurationError naming `params.<name>` for a bad spec or default.
 * @example
 * const PARAMS = defineParams(
 *   {
 *     low: { kind: 'number', label: { zh: '下限', en: 'Low' }, default: 1, min: 0, max: 10 },
 *     high: { kind: 'number', label: { zh: '上限', en: 'High' }, default: 5, min: 0, max: 10 },
 *     mode: { kind: 'enum', label: { zh: '方式', en: 'Mode' }, default: 'a', options: [{ value: 'a', label }, { value: 'b', label }] },
 *   },
 *   { refine: (p) => (p.low > p.high ? [{ path: 'high', message: { zh: '不得小于下限', en: 'must be at least low' } }] : []) },
 * );
 * type Mode = ParamsOf<typeof PARAMS>['mode']; // 'a' | 'b'
 */
export function defineParams<const S extends ParamsSchema>(
  specs: S,
  options: { readonly refine?: ParamsRefine<S> } = {},
): S {
  optionsObject(options);
  if (specs === null || typeof specs !== 'object' || Array.isArray(specs)) {
    throw new ConfigurationError(
      'params',
      `must be an object of parameter specs, got ${describeValue(specs)}`,
    );
  }
  for (const [name, spec] of Object.entries(specs)) {
    const problem = specProblem(spec);
    if (problem) throw new ConfigurationError(`params.${name}`, problem);
  }
  const schema = { ...specs } as S & Refinable;
  if (options.refine) {
    // Enumerable, so that a spread copy of the schema keeps its rule.
    Object.defineProperty(schema, REFINE, { value: options.refine, enumerable: true });
  }
  try {
    parseParams(schema, {});
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw new ConfigurationError(`params.${e.issues[0]?.path ?? ''}`, `default: ${e.issues[0]?.message.en}`);
  }
  return Object.freeze(schema);
}
