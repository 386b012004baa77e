// Issue 32: the scenario schema allowed volumes that ran for minutes in simulate. It now stops at
// what a browser worker runs in seconds (README "Scenario limits"); above it, a ValidationError
// naming the parameter.
import { parseParams, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { PARAMS } from '../src/params';

describe('scenario limits (issue 32)', () => {
  it('units above the browser limit is refused naming units', () => {
    for (const value of [2_000_000, 200_000 + 1]) {
      let caught: unknown;
      try {
        parseParams(PARAMS, { units: value });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).paths).toEqual(['units']);
    }
    expect(parseParams(PARAMS, { units: 200_000 }).units).toBe(200_000);
  });
});
