import { type Localized, ValidationError, type ValidationIssue } from './errors';

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

/** The parsed parameter values a schema describes. */
export type ParamsOf<S extends ParamsSchema> = {
  -readonly [K in keyof S]: S[K]['kind'] extends 'integer' | 'number'
    ? number
    : S[K]['kind'] extends 'boolean'
      ? boolean
      : string;
};

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

/**
 * Fills defaults and validates a scenario's parameters against its schema. Unknown names and
 * out-of-range values are reported together, each naming its field.
 * @example
 * parseParams({ n: { kind: 'integer', label, default: 10, min: 1, max: 100 } }, { n: 20 }) // { n: 20 }
 */
export function parseParams<S extends ParamsSchema>(schema: S, input: unknown): ParamsOf<S> {
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
    const value = raw[name] === undefined ? spec.default : raw[name];
    const checked = checkOne(name, spec, value, issues);
    if (checked !== undefined) out[name] = checked;
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return out as ParamsOf<S>;
}

/**
 * Parses one parameter from text (a URL query value, a CLI `--set key=value`) by its spec.
 * Throws a ValidationError naming the field when the text does not fit.
 */
export function parseParamText(name: string, spec: ParamSpec, text: string): ParamValue {
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
