import { z } from 'zod';
import { describeValue } from './describe-value';
import { ConfigurationError, type Localized, ValidationError, type ValidationIssue } from './errors';

/** zod, re-exported so that every package validates with the same instance and version. */
export { z };

function pathOf(prefix: string, path: readonly PropertyKey[]): string {
  const parts = [prefix, ...path.map((p) => String(p))].filter((p) => p !== '');
  return parts.join('.');
}

function zhMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型错误，应为 ${issue.expected}`;
    case 'too_small':
      return `不得小于 ${String(issue.minimum)}`;
    case 'too_big':
      return `不得大于 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `取值无效，应为 ${issue.values.map(String).join(' / ')} 之一`;
    case 'invalid_format':
      return `格式错误（${issue.format}）`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`;
    default:
      return `输入无效：${issue.message}`;
  }
}

function checkPrefix(prefix: unknown): void {
  if (typeof prefix !== 'string' || prefix.length > 200) {
    throw new ConfigurationError('prefix', `must be a field path string, got ${describeValue(prefix)}`);
  }
}

/** Turns zod issues into the project's bilingual issues, with dotted paths under `prefix`. */
export function issuesFromZod(error: z.ZodError, prefix = ''): ValidationIssue[] {
  checkPrefix(prefix);
  const issues = (error as { issues?: unknown } | null | undefined)?.issues;
  if (typeof error !== 'object' || error === null || !Array.isArray(issues)) {
    throw new ConfigurationError('error', `must be a ZodError, got ${describeValue(error)}`);
  }
  issues.forEach((issue: unknown, i) => {
    const ok =
      typeof issue === 'object' &&
      issue !== null &&
      Array.isArray((issue as { path?: unknown }).path) &&
      typeof (issue as { message?: unknown }).message === 'string';
    if (!ok)
      throw new ConfigurationError(`error.issues[${i}]`, `must be a zod issue, got ${describeValue(issue)}`);
  });
  return error.issues.map((issue) => ({
    path: pathOf(prefix, issue.path),
    message: { zh: zhMessage(issue), en: issue.message } satisfies Localized,
  }));
}

/**
 * Validates `input` against `schema` and returns the parsed value, or throws a ValidationError
 * naming every bad field (paths prefixed with `prefix`, e.g. the argument name).
 * @example
 * const amount = parse(z.string(), input, 'amount');
 */
export function parse<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.output<T> {
  if (typeof (schema as { safeParse?: unknown } | null | undefined)?.safeParse !== 'function') {
    throw new ConfigurationError('schema', `must be a zod schema, got ${describeValue(schema)}`);
  }
  checkPrefix(prefix);
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(issuesFromZod(result.error, prefix));
  return result.data;
}
