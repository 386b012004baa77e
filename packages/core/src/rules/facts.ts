import { describeValue } from '../describe-value';
import { ConfigurationError, type Localized, ValidationError, type ValidationIssue } from '../errors';

/** The declaration of one fact a rule set reads: its kind and, for numbers and enums, its domain. */
export type FactSpec =
  | {
      readonly kind: 'number' | 'integer';
      /** Inclusive lower bound of the domain (default: unbounded). */
      readonly min?: number;
      /** Inclusive upper bound of the domain (default: unbounded). */
      readonly max?: number;
      readonly label?: Localized;
    }
  | { readonly kind: 'boolean'; readonly label?: Localized }
  | { readonly kind: 'enum'; readonly values: readonly [string, ...string[]]; readonly label?: Localized }
  | { readonly kind: 'string'; readonly label?: Localized };

/** The typed facts of a rule set, by name. */
export type FactSchema = { readonly [name: string]: FactSpec };

/** The TypeScript type of one fact's value. */
export type FactValueOf<S extends FactSpec> = S extends { readonly kind: 'number' | 'integer' }
  ? number
  : S extends { readonly kind: 'boolean' }
    ? boolean
    : S extends { readonly kind: 'enum'; readonly values: readonly (infer V)[] }
      ? V
      : string;

/**
 * The facts record a schema describes.
 * @example
 * const schema = defineFacts({ grade: { kind: 'enum', values: ['A', 'B'] }, age: { kind: 'integer', min: 0 } });
 * type Facts = FactsOf<typeof schema>; // { readonly grade: 'A' | 'B'; readonly age: number }
 */
export type FactsOf<S extends FactSchema> = { readonly [K in keyof S]: FactValueOf<S[K]> };

/** A value a fact may hold. */
export type FactValue = number | boolean | string;

/**
 * Declares the facts of a rule set, checking the declaration itself (enum domains non-empty and
 * unique, `min <= max`, finite bounds). Enum values keep their literal types.
 * @throws ConfigurationError for a malformed declaration.
 * @example
 * const facts = defineFacts({
 *   creditGrade: { kind: 'enum', values: ['A', 'B', 'M', 'C', 'D'], label: { zh: '纳税信用级别', en: 'Tax credit grade' } },
 *   violations12m: { kind: 'integer', min: 0 },
 * });
 */
export function defineFacts<const S extends FactSchema>(schema: S): S {
  if (typeof schema !== 'object' || schema === null)
    throw new ConfigurationError('facts', 'must be an object');
  for (const [name, spec] of Object.entries(schema)) {
    const path = `facts.${name}`;
    if (name === '') throw new ConfigurationError(path, 'a fact needs a non-empty name');
    switch (spec?.kind) {
      case 'number':
      case 'integer': {
        const { min, max } = spec;
        for (const [k, b] of [
          ['min', min],
          ['max', max],
        ] as const) {
          if (b !== undefined && (typeof b !== 'number' || Number.isNaN(b))) {
            throw new ConfigurationError(`${path}.${k}`, 'must be a number');
          }
        }
        if (min !== undefined && max !== undefined && min > max) {
          throw new ConfigurationError(path, `min ${min} exceeds max ${max}`);
        }
        break;
      }
      case 'enum': {
        const values = spec.values as readonly unknown[];
        if (!Array.isArray(values) || values.length === 0) {
          throw new ConfigurationError(`${path}.values`, 'an enum needs at least one value');
        }
        if (values.some((v) => typeof v !== 'string')) {
          throw new ConfigurationError(`${path}.values`, 'enum values must be strings');
        }
        if (new Set(values).size !== values.length) {
          throw new ConfigurationError(`${path}.values`, 'enum values must be unique');
        }
        break;
      }
      case 'boolean':
      case 'string':
        break;
      default:
        throw new ConfigurationError(`${path}.kind`, 'must be number, integer, boolean, enum or string');
    }
  }
  return schema;
}

/** Why `value` is not a valid value of `spec`, or undefined when it is. */
export function factProblem(spec: FactSpec, value: unknown): Localized | undefined {
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { zh: '应为有限数值', en: 'must be a finite number' };
      }
      if (spec.kind === 'integer' && !Number.isInteger(value))
        return { zh: '应为整数', en: 'must be an integer' };
      if (spec.min !== undefined && value < spec.min) {
        return { zh: `不得小于 ${spec.min}`, en: `must be at least ${spec.min}` };
      }
      if (spec.max !== undefined && value > spec.max) {
        return { zh: `不得大于 ${spec.max}`, en: `must be at most ${spec.max}` };
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { zh: '应为布尔值', en: 'must be a boolean' };
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? undefined
        : { zh: `应为 ${spec.values.join(' / ')} 之一`, en: `must be one of ${spec.values.join(', ')}` };
    case 'string':
      return typeof value === 'string' ? undefined : { zh: '应为字符串', en: 'must be a string' };
  }
}

/**
 * Checks a facts record against its schema and throws a ValidationError naming every missing or
 * ill-typed fact (`facts.<name>`). Extra properties are ignored.
 * @example
 * validateFacts(schema, { creditGrade: 'A', violations12m: 0 });
 */
export function validateFacts(schema: FactSchema, facts: unknown, prefix = 'facts'): void {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new ConfigurationError('schema', `must be a fact schema object, got ${describeValue(schema)}`);
  }
  for (const [name, spec] of Object.entries(schema)) {
    if (typeof spec !== 'object' || spec === null) {
      throw new ConfigurationError(`schema.${name}`, `must be a fact spec, got ${describeValue(spec)}`);
    }
  }
  if (typeof prefix !== 'string') {
    throw new ConfigurationError('prefix', `must be a field path string, got ${describeValue(prefix)}`);
  }
  if (typeof facts !== 'object' || facts === null) {
    throw ValidationError.of(prefix, 'must be an object', '应为对象');
  }
  const issues: ValidationIssue[] = [];
  const record = facts as Record<string, unknown>;
  for (const [name, spec] of Object.entries(schema)) {
    const message = factProblem(spec, record[name]);
    if (message !== undefined) issues.push({ path: `${prefix}.${name}`, message });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}
