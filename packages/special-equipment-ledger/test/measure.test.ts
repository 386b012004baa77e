// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's 主动, from the model, with its ranges.
import { MEASURES } from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { units: 3000 };

describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb.map((p) => ({ ...p, units: 200 })), numRuns: 5 },
});

// Shards of units (issue 14): 1 to 6 shards, shuffled, merge into simulate's report byte for byte.
// 500 units: the sample units (the first below 400 of each story) then fall in different shards.
describeShardInvariance(measure, { params: { units: 500 }, seed: 42, maxShards: 6, numRuns: 4 });

describe('measure 20 of the seed', () => {
  it('carries the identity of measure 20', () => {
    expect([measure.id, measure.slug, measure.title, measure.scope]).toEqual([
      20,
      'special-equipment-ledger',
      MEASURES[19]?.title,
      'province',
    ]);
  });
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);

  it('reproduces the seed’s 主动: users find a larger share of hazards themselves under the reform', () => {
    expect(Number(k('self-found-share').reform)).toBeGreaterThan(Number(k('self-found-share').baseline));
    expect(Number(k('overdue-unit-days').reform)).toBeLessThan(Number(k('overdue-unit-days').baseline));
    expect(Number(k('regulator-knows').reform)).toBeGreaterThan(Number(k('regulator-knows').baseline));
  });

  it('every KPI rests on an assumption and shows its range over it; none is true by definition', () => {
    for (const x of report.kpis) {
      expect(x.origin).toBe('assumption');
      expect(x.sensitivity?.param).toBeDefined();
    }
    // The self-found share moves with the reform's detection rate, and only on the reform side.
    const s = k('self-found-share').sensitivity;
    expect(s?.param).toBe('selfCheckDetect');
    expect(s?.low.baseline).toBe(s?.high.baseline);
    expect(Number(s?.high.reform)).toBeGreaterThan(Number(s?.low.reform));
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
