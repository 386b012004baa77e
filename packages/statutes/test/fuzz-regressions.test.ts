import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { filingDeadline } from '../src/index';

// Issue #32: an object whose String() conversion throws gets a ValidationError naming the field.
describe('filingDeadline bad arguments (issue #32)', () => {
  it('names filingMonth', () => {
    try {
      filingDeadline({ constructor: 1, toString: null, valueOf: null } as never);
      expect.unreachable('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual(['filingMonth']);
    }
  });
});
