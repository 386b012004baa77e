import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { populationOf, runPair, verifyLedger } from '../src/index';

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

describe('bad arguments (issue #32)', () => {
  it('populationOf, runPair and verifyLedger name the argument', () => {
    expect(pathOf(() => populationOf(null as never, 1))).toEqual(['params']);
    expect(pathOf(() => populationOf({} as never, Number.NaN))).toEqual(['seed']);
    expect(pathOf(() => runPair(undefined as never, {} as never))).toEqual(['pop']);
    expect(pathOf(() => runPair({} as never, null as never))).toEqual(['params']);
    expect(pathOf(() => runPair({} as never, {} as never, 'x' as never))).toEqual(['scheduler']);
    expect(pathOf(() => verifyLedger(null as never))).toEqual(['ledger']);
  });
});
