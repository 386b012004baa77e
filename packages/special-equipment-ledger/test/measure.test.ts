// The engine contract (until core's describeMeasureContract lands): identity, determinism, every
// KPI finite with its origin and category, traces that cite their source, and the seed's outcome.
import { MEASURES } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { units: 3000 };

describe('measure descriptor', () => {
  it('carries the identity of measure 20 of the seed', () => {
    expect(measure.id).toBe(20);
    expect(measure.slug).toBe('special-equipment-ledger');
    expect(measure.title).toEqual(MEASURES[19]?.title);
    expect(measure.scope).toBe('province');
  });

  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const p = { ...params, units: 200 };
        const first = JSON.stringify(measure.simulate(p, { seed }));
        const second = JSON.stringify(measure.simulate(p, { seed }));
        return first === second;
      }),
      { numRuns: 5 },
    );
  });

  it('different seeds give different reports', () => {
    expect(JSON.stringify(measure.simulate(small, { seed: 1 }).kpis)).not.toBe(
      JSON.stringify(measure.simulate(small, { seed: 2 }).kpis),
    );
  });
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 42 });
  const k = (id: string) => {
    const found = report.kpis.find((x) => x.id === id);
    if (!found) throw new Error(`missing KPI ${id}`);
    return found as typeof found & { origin: string; category: string; sensitivity: readonly unknown[] };
  };

  it('every KPI is a finite number (or an amount) with zh/en labels, origin and category', () => {
    for (const x of report.kpis) {
      expect(Number.isFinite(Number(x.baseline)) && Number.isFinite(Number(x.reform))).toBe(true);
      expect(x.label.zh.length > 0 && x.label.en.length > 0).toBe(true);
      const rich = k(x.id);
      expect(['model', 'assumption', 'calibrated', 'definition']).toContain(rich.origin);
      expect([
        'applicant-time',
        'applicant-effort',
        'staff-time',
        'money',
        'risk',
        'compliance',
        'coverage',
      ]).toContain(rich.category);
      if (rich.origin === 'assumption') expect(rich.sensitivity.length).toBeGreaterThan(0);
    }
  });

  it('reproduces the seed’s 主动: users find a larger share of hazards themselves under the reform', () => {
    expect(Number(k('self-found-share').reform)).toBeGreaterThan(Number(k('self-found-share').baseline));
    expect(Number(k('overdue-unit-days').reform)).toBeLessThan(Number(k('overdue-unit-days').baseline));
    expect(Number(k('regulator-knows').reform)).toBeGreaterThan(Number(k('regulator-knows').baseline));
  });

  it('gives series for both variants and sample cases whose steps all carry a legal basis', () => {
    expect(report.series.map((s) => s.id)).toEqual(['overdue-by-month', 'open-hazards-by-month', 'found-by']);
    expect(report.samples.length).toBeGreaterThanOrEqual(4);
    for (const s of report.samples) {
      expect(s.trace.steps.length).toBeGreaterThan(0);
      for (const step of s.trace.steps) expect(['cited', 'assumption']).toContain(step.basis.kind);
    }
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    measure.simulate({ units: 200 }, { seed: 1, onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= (seen[i - 1] as number))).toBe(true);
  });
});
