// The engine contract: identity, parameter validation, determinism, and the seed's stated outcome.
import { MEASURES, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { population: 300 };

describe('measure descriptor', () => {
  it('carries the identity of measure 1 of the seed', () => {
    expect(measure.id).toBe(1);
    expect(measure.slug).toBe('overpayment-refund');
    expect(measure.title).toEqual(MEASURES[0]?.title);
  });

  it('rejects out-of-range and unknown parameters naming each field, input unchanged', () => {
    const bad = { population: -1, reminderDiscovery: 'sometimes', nonsense: 1 };
    const before = JSON.stringify(bad);
    try {
      measure.simulate(bad, { seed: 1 });
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths.sort()).toEqual(['nonsense', 'population', 'reminderDiscovery']);
    }
    expect(JSON.stringify(bad)).toBe(before);
  });

  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const p = { ...params, population: 100 };
        const first = JSON.stringify(measure.simulate(p, { seed }));
        const second = JSON.stringify(measure.simulate(p, { seed }));
        return first === second;
      }),
      { numRuns: 5 },
    );
  });
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => {
    const found = report.kpis.find((x) => x.id === id);
    if (!found) throw new Error(`missing KPI ${id}`);
    return found;
  };

  it('reproduces the seed: one action per refund after the reform (一次申报即可享受)', () => {
    // reform: confirm and submit (1), + bank details when none is on file, + supplements of
    // referred cases; baseline: check, fill form, prepare proof, submit (4) + supplements.
    expect(Number(k('taxpayer-actions').reform)).toBeGreaterThanOrEqual(1);
    expect(Number(k('taxpayer-actions').reform)).toBeLessThan(1.5);
    expect(Number(k('taxpayer-actions').baseline)).toBeGreaterThanOrEqual(4);
  });

  it('returns more, sooner, with fewer officer minutes under the reform', () => {
    expect(Number(k('returned-share').reform)).toBeGreaterThan(Number(k('returned-share').baseline));
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(Number(k('officer-minutes').reform)).toBeLessThan(Number(k('officer-minutes').baseline));
  });

  it('gives series for both variants and sample cases whose steps all carry a legal basis', () => {
    expect(report.series.map((s) => s.id)).toEqual(['refunds-by-month', 'days-distribution']);
    expect(report.samples.length).toBeGreaterThan(0);
    for (const s of report.samples) {
      expect(s.trace.steps.length).toBeGreaterThan(0);
      for (const step of s.trace.steps) expect(['cited', 'assumption']).toContain(step.basis.kind);
    }
    expect(report.coverage?.map((c) => c.ruleId)).toEqual([
      'OPR-REV-1',
      'OPR-REV-2',
      'OPR-REV-3',
      'OPR-REV-4',
    ]);
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    measure.simulate(small, { seed: 1, onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] as number))).toBe(true);
  });
});
