import { MEASURES, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure, PARAMS } from '../src/index';

function paths(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths;
  }
  throw new Error('expected a ValidationError');
}

describe('measure descriptor', () => {
  it('carries the identity of measure 7 of the seed', () => {
    expect(measure.id).toBe(7);
    expect(measure.slug).toBe('invoice-type-approval');
    expect(measure.title).toEqual(MEASURES[6]?.title);
    expect(measure.params).toBe(PARAMS);
  });

  it('rejects out-of-range parameters naming the field, nothing else run', () => {
    expect(paths(() => measure.simulate({ applications: -1 }, { seed: 1 }))).toEqual(['applications']);
    expect(paths(() => measure.simulate({ officerErrorRate: 2, period: 'x' }, { seed: 1 }))).toEqual([
      'period',
      'officerErrorRate',
    ]);
    expect(paths(() => measure.simulate({ fetchSecondsMin: 20, fetchSecondsMax: 10 }, { seed: 1 }))).toEqual([
      'fetchSecondsMax',
    ]);
  });

  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const a = JSON.stringify(measure.simulate(params, { seed }));
        const b = JSON.stringify(measure.simulate(params, { seed }));
        return a === b;
      }),
      { numRuns: 8 },
    );
  });
});

describe('the default scenario', () => {
  const report = measure.simulate({}, { seed: 7 });
  const k = (id: string) => report.kpis.find((x) => x.id === id)!;

  it('reproduces the seed’s 1–2 minutes per taxpayer for auto-decided cases, from the model', () => {
    const t = k('time-auto-median');
    expect(Number(t.reform)).toBeGreaterThanOrEqual(1);
    expect(Number(t.reform)).toBeLessThanOrEqual(2);
    expect(Number(k('time-auto-max').reform)).toBeLessThanOrEqual(2);
    // The same cases waited hours for an officer before the reform.
    expect(Number(t.baseline)).toBeGreaterThan(60);
  });

  it('decides most applications automatically and saves officer hours', () => {
    expect(Number(k('share-auto').reform)).toBeGreaterThan(50);
    expect(Number(k('share-auto').baseline)).toBe(0);
    expect(Number(k('officer-hours').reform)).toBeLessThan(Number(k('officer-hours').baseline));
    expect(Number(k('decisions-differ').reform)).toBeLessThan(Number(k('decisions-differ').baseline));
  });

  it('reports sample traces that name rules and their basis, and coverage of all 131 rules', () => {
    expect(report.samples.length).toBeGreaterThanOrEqual(4);
    for (const s of report.samples.filter((x) => x.variant === 'reform')) {
      const fired = s.trace.steps.filter((st) => st.kind === 'rule' && st.fired);
      expect(fired.length).toBeGreaterThan(0);
      expect(fired.every((st) => /^ITA-\d{3}$/.test(st.id))).toBe(true);
    }
    expect(report.coverage).toHaveLength(131);
    expect(report.coverage!.every((c) => c.evaluated === 1000)).toBe(true);
  });

  it('keeps every KPI a decimal string', () => {
    for (const x of report.kpis) {
      expect(x.baseline).toMatch(/^-?\d+(\.\d+)?$/);
      expect(x.reform).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });
});
