import { ValidationError } from '@gd-ftz/core';

/**
 * The ValidationError `fn` throws, to assert on its path and message; any other error is rethrown,
 * and returning normally fails the test.
 * @example
 * expect(validationErrorOf(() => Money.of('x')).issues[0]?.path).toBe('amount');
 */
export function validationErrorOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}
