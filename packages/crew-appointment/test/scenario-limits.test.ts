import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { measure } from '../src/index';

// Issue #32: a year the run could outgrow the holiday calendar with is rejected up front, naming it.
describe('scenario limits (issue #32)', () => {
  it('rejects year 2025 up front with a ValidationError naming year', () => {
    try {
      measure.simulate({ year: 2025, appointments: 100 }, { seed: 1 });
      expect.unreachable('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual(['year']);
    }
  });
});
