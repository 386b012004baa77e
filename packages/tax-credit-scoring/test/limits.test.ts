// Issue 32: the scenario schema allowed volumes that ran for minutes in simulate. It now stops at
// what a browser worker runs in seconds (README "Scenario limits"); above it, a ValidationError
// naming the parameter.
import { parseParams, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { PARAMS } from '../src/params';

describe('scenario limits (issue 32)', () => {
  it('population above the browser limit is refused naming population', () => {
    for (const value of [200_000, 10_000 + 1]) {
      let caught: unknown;
      try {
        parseParams(PARAMS, { population: value });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).paths).toEqual(['population']);
    }
    expect(parseParams(PARAMS, { population: 10_000 }).population).toBe(10_000);
  });
});
