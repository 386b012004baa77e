// Input validation through zod with core's issues, one step further than core's `parse`: an
// unknown field is named by its own path (`event.colour`), not by the object that holds it.
import { issuesFromZod, ValidationError, type ValidationIssue, type z } from '@gd-ftz/core';

/**
 * Parses `input` with `schema`, or throws a ValidationError naming each bad field under `prefix`.
 * @example
 * const e = parseInput(ledgerEventSchema, raw, 'event');
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, prefix = ''): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const at = [prefix, ...issue.path.map(String)].filter((x) => x !== '').join('.');
      for (const key of issue.keys) {
        issues.push({
          path: at === '' ? key : `${at}.${key}`,
          message: { en: `unknown field "${key}"`, zh: `不认识的字段：${key}` },
        });
      }
    } else {
      issues.push(...issuesFromZod({ issues: [issue] } as z.ZodError, prefix));
    }
  }
  throw new ValidationError(issues);
}
