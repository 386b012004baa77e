import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { simulateCaseload } from '../src/index';

// Issue #32: bad arguments get a ValidationError naming the field.
const pathOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => i.path);
  }
  throw new Error('expected a ValidationError');
};

describe('simulateCaseload bad arguments (issue #32)', () => {
  it('names params and seed', () => {
    expect(pathOf(() => simulateCaseload(null as never, 1))).toEqual(['params']);
    expect(pathOf(() => simulateCaseload({} as never, Number.NaN))).toEqual(['seed']);
  });
});
