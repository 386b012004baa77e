import { MEASURES, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

describe('measure descriptor', () => {
  it('carries the identity of measure 20 of the seed', () => {
    expect(measure.id).toBe(20);
    expect(measure.slug).toBe('special-equipment-ledger');
    expect(measure.title).toEqual(MEASURES[19]?.title);
  });
  it('rejects out-of-range parameters naming the field', () => {
    expect(() => measure.simulate({ population: -1 }, { seed: 1 })).toThrow(ValidationError);
    try {
      measure.simulate({ population: -1 }, { seed: 1 });
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['population']);
    }
  });
  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const a = JSON.stringify(measure.simulate(params, { seed }));
        const b = JSON.stringify(measure.simulate(params, { seed }));
        return a === b;
      }),
      { numRuns: 20 },
    );
  });
});
