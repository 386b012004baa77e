import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { reconsiderationDeadline } from '../src/index';

// Issue #32: an object whose String() conversion throws gets a ValidationError naming the field.
const evil = { constructor: 1, toString: null, valueOf: null };

describe('reconsiderationDeadline bad arguments (issue #32)', () => {
  it('names step and from', () => {
    expect(() => reconsiderationDeadline(evil as never, '2024-06-03')).toThrow(ValidationError);
    try {
      reconsiderationDeadline(evil as never, '2024-06-03');
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual(['step']);
    }
  });
});
