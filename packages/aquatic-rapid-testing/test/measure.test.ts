import { MEASURES, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const kpi = (report: ReturnType<typeof measure.simulate>, id: string) => {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`missing KPI ${id}`);
  return found;
};

describe('measure descriptor', () => {
  it('carries the identity of measure 19 of the seed', () => {
    expect(measure.id).toBe(19);
    expect(measure.slug).toBe('aquatic-rapid-testing');
    expect(measure.title).toEqual(MEASURES[18]?.title);
    expect(measure.scope).toBe('province');
  });

  it('rejects out-of-range parameters naming each field', () => {
    const params = { farms: -1, sensitivity: 1.5, testPointCapacity: -2 };
    const copy = structuredClone(params);
    try {
      measure.simulate(params, { seed: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths.sort()).toEqual(['farms', 'sensitivity', 'testPointCapacity']);
    }
    expect(params).toEqual(copy);
  });

  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const a = JSON.stringify(measure.simulate(params, { seed }));
        const b = JSON.stringify(measure.simulate(params, { seed }));
        return a === b;
      }),
      { numRuns: 6 },
    );
  });
});

describe('the default scenario reproduces the seed’s statements from the model', () => {
  const report = measure.simulate({}, { seed: 42 });

  it('has every KPI as decimal strings with a direction', () => {
    for (const k of report.kpis) {
      expect(k.baseline).toMatch(/^-?\d+(\.\d+)?$/);
      expect(k.reform).toMatch(/^-?\d+(\.\d+)?$/);
    }
    expect(report.kpis.map((k) => k.id)).toContain('contaminated-to-market');
  });

  it('打破风险监测不合格才进行监督抽查的惯例: before the reform every supervision sample follows failed monitoring', () => {
    expect(kpi(report, 'supervision-independent').baseline).toBe('0.0');
    expect(Number(kpi(report, 'supervision-independent').reform)).toBeGreaterThan(90);
  });

  it('第一时间响应 and 7×24: urgent tests answered within the hour only after the reform', () => {
    expect(kpi(report, 'urgent-within-1h').baseline).toBe('0.0');
    expect(Number(kpi(report, 'urgent-within-1h').reform)).toBeGreaterThan(50);
    expect(Number(kpi(report, 'urgent-median-hours').reform)).toBeLessThan(
      Number(kpi(report, 'urgent-median-hours').baseline),
    );
  });

  it('科学规划设置快检点: planned points cover more farms than the central laboratory', () => {
    expect(Number(kpi(report, 'farms-within-bound').reform)).toBeGreaterThan(
      Number(kpi(report, 'farms-within-bound').baseline),
    );
  });

  it('stops more contaminated lots before sale, at the cost of false positives sent to confirmation', () => {
    expect(Number(kpi(report, 'contaminated-stopped').reform)).toBeGreaterThan(
      Number(kpi(report, 'contaminated-stopped').baseline),
    );
    expect(kpi(report, 'false-positives-confirmed').baseline).toBe('0');
  });

  it('gives sample cases whose every step names its rule and basis', () => {
    expect(report.samples.length).toBeGreaterThanOrEqual(4);
    for (const c of report.samples) {
      expect(c.trace.steps.length).toBeGreaterThan(0);
      for (const s of c.trace.steps) {
        expect(s.id).toMatch(/^[a-z]/);
        expect(['cited', 'assumption']).toContain(s.basis.kind);
        expect(s.at).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }
    }
    expect(report.series.map((s) => s.id)).toEqual([
      'urgent-turnaround',
      'routine-turnaround',
      'coverage-by-points',
      'monthly-market',
    ]);
  });
});
