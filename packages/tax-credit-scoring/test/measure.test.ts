import { MEASURES, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';
import { KPI_SPECS } from '../src/report';

describe('measure descriptor', () => {
  it('carries the identity of measure 9 of the seed', () => {
    expect(measure.id).toBe(9);
    expect(measure.slug).toBe('tax-credit-scoring');
    expect(measure.title).toEqual(MEASURES[8]?.title);
  });
  it('rejects out-of-range parameters naming the field', () => {
    try {
      measure.simulate({ population: -1, linkCoverage: 2 }, { seed: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['population', 'linkCoverage']);
    }
  });
  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const small = { ...params, population: 100 };
        const first = JSON.stringify(measure.simulate(small, { seed }));
        const second = JSON.stringify(measure.simulate(small, { seed }));
        return first === second;
      }),
      { numRuns: 3 },
    );
  });
});

describe('default scenario report', () => {
  const report = measure.simulate({ population: 400 }, { seed: 42 });
  it('reports at least 6 KPIs, each with its origin, including the seed outcome', () => {
    expect(report.kpis.length).toBeGreaterThanOrEqual(6);
    expect(report.kpis.map((k) => k.id)).toContain('facilitation-fit');
    for (const k of report.kpis) {
      const spec = KPI_SPECS.find((s) => s.id === k.id);
      expect(k.note?.en).toContain(`origin: ${spec?.origin}`);
      expect(Number.isFinite(Number(k.baseline))).toBe(true);
      expect(Number.isFinite(Number(k.reform))).toBe(true);
    }
    // Every KPI resting on an assumption shows its range over that assumption.
    for (const s of KPI_SPECS.filter((x) => x.origin === 'assumption')) {
      expect(report.kpis.find((k) => k.id === s.id)?.note?.en).toContain(
        `${s.driver?.param} = ${s.driver?.low}`,
      );
    }
  });
  it('every sample trace step cites a source or is marked as an assumption', () => {
    expect(report.samples.length).toBeGreaterThan(0);
    for (const s of report.samples) {
      for (const step of s.trace.steps) {
        if (step.basis.kind === 'cited') expect(step.basis.citations.length).toBeGreaterThan(0);
        else expect(step.basis.reason.length).toBeGreaterThan(10);
      }
    }
  });
});
