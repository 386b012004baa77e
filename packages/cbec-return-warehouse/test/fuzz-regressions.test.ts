import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { populationLines, returnWindow, runZoneYear } from '../src/index';
import { PARAMS } from '../src/params';

// Issue #32: bad arguments of the public run functions get a ValidationError naming the field.
const pathOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues.map((i) => i.path);
  }
  throw new Error('expected a ValidationError');
};

describe('bad arguments (issue #32)', () => {
  it('runZoneYear and populationLines name params, seed and hooks', () => {
    expect(pathOf(() => runZoneYear(null as never, 1))).toEqual(['params']);
    expect(pathOf(() => runZoneYear({ lines: 100 } as never, Number.NaN))).toEqual(['seed']);
    expect(pathOf(() => runZoneYear({ lines: 100 } as never, 1, null as never))).toEqual(['hooks']);
    expect(pathOf(() => runZoneYear({ lines: 100 } as never, 1, { eventLog: 1 } as never))).toEqual([
      'hooks.eventLog',
    ]);
    expect(pathOf(() => populationLines(undefined as never, 1))).toEqual(['params']);
    expect(pathOf(() => populationLines({ lines: -1 } as never, 1))).toEqual(['lines']);
  });
  it('returnWindow names a null options argument', () => {
    expect(pathOf(() => returnWindow('2024-06-03' as never, null as never))).toEqual(['options']);
  });
  it('the scenario schema caps the zone-year (README "Scenario limits")', () => {
    expect(PARAMS.lines.max).toBe(50_000);
    expect(PARAMS.returnShare.max).toBe(0.2);
  });
});
