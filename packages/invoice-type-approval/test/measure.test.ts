// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's stated outcome, from the model.
import { MEASURES, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure, PARAMS } from '../src/index';

describeMeasureContract(measure, {
  params: { applications: 200 },
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 8 },
  minSamples: 4,
});

describe('measure 7 of the seed', () => {
  it('carries the identity of measure 7 and its schema', () => {
    expect([measure.id, measure.slug, measure.title]).toEqual([
      7,
      'invoice-type-approval',
      MEASURES[6]?.title,
    ]);
    expect(measure.params).toBe(PARAMS);
  });

  it('refuses a query-time minimum above its maximum, naming the maximum', () => {
    try {
      measure.simulate({ fetchSecondsMin: 20, fetchSecondsMax: 10 }, { seed: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['fetchSecondsMax']);
    }
  });
});

describe('the default scenario', () => {
  const report = measure.simulate({}, { seed: 7 });
  const k = (id: string) => report.kpis.find((x) => x.id === id)!;

  it('reaches the seed’s 1–2 minutes per taxpayer for auto-decided cases, and says it is calibrated', () => {
    const t = k('time-auto-median');
    expect(Number(t.reform)).toBeGreaterThanOrEqual(1);
    expect(Number(t.reform)).toBeLessThanOrEqual(2);
    expect(Number(k('time-auto-max').reform)).toBeLessThanOrEqual(2);
    // The same cases waited hours for an officer before the reform.
    expect(Number(t.baseline)).toBeGreaterThan(60);
    expect(t.origin).toBe('calibrated');
  });

  it('shows how far the 1–2 minutes rest on the assumed query time (5–30 s at most per source)', () => {
    const s = k('time-auto-median').sensitivity!;
    expect([s.param, s.low.value, s.high.value]).toEqual(['fetchSecondsMax', 5, 30]);
    // 13 sources × the mean of U(3, 5) = 4 s ≈ 52 s ≈ 0.87 min; × the mean of U(3, 30) = 16.5 s
    // ≈ 214.5 s ≈ 3.6 min: the median of many such sums lies close to those means.
    expect(Number(s.low.reform)).toBeGreaterThan(0.8);
    expect(Number(s.low.reform)).toBeLessThan(0.95);
    expect(Number(s.high.reform)).toBeGreaterThan(3.3);
    expect(Number(s.high.reform)).toBeLessThan(3.9);
    // The baseline (officer review) does not depend on the engine's query time.
    expect([s.low.baseline, s.high.baseline]).toEqual([
      k('time-auto-median').baseline,
      k('time-auto-median').baseline,
    ]);
  });

  it('decides most applications automatically and saves officer hours', () => {
    expect(Number(k('share-auto').reform)).toBeGreaterThan(50);
    expect(Number(k('share-auto').baseline)).toBe(0);
    expect(Number(k('officer-hours').reform)).toBeLessThan(Number(k('officer-hours').baseline));
    expect(Number(k('decisions-differ').reform)).toBeLessThan(Number(k('decisions-differ').baseline));
    expect(k('decisions-differ').origin).toBe('definition');
  });

  it('reports sample traces that name rules and their basis, and coverage of all 131 rules', () => {
    for (const s of report.samples.filter((x) => x.variant === 'reform')) {
      const fired = s.trace.steps.filter((st) => st.kind === 'rule' && st.fired);
      expect(fired.length).toBeGreaterThan(0);
      expect(fired.every((st) => /^ITA-\d{3}$/.test(st.id))).toBe(true);
    }
    expect(report.coverage).toHaveLength(131);
    expect(report.coverage!.every((c) => c.evaluated === 1000)).toBe(true);
  });
});
