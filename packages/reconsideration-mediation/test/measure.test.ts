// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { disputes: 400 };

// After an intended change of results:
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/reconsideration-mediation test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({ baseline: Number(r.params.disputes), reform: Number(r.params.disputes) }),
  },
});

describe('the report (default scenario, seed 42)', () => {
  const report = measure.simulate({}, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);

  it('resolves more disputes substantively after the reform, over the whole plausible range', () => {
    const r = k('resolution-rate');
    expect(Number(r.reform)).toBeGreaterThan(Number(r.baseline));
    const s = r.sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['mediationSuccess', 0.25, 0.55]);
    expect(Number(s?.low.reform)).toBeGreaterThan(Number(s?.low.baseline));
    expect(Number(s?.low.reform)).toBeLessThan(Number(s?.high.reform));
  });

  it('mediates more and sends fewer disputes straight to court', () => {
    expect(Number(k('mediated-share').reform)).toBeGreaterThan(Number(k('mediated-share').baseline));
    expect(Number(k('court-share').reform)).toBeLessThan(Number(k('court-share').baseline));
  });

  it('shows decisions past 第六十二条 from capacity: fewer officers, more late decisions', () => {
    const s = k('decisions-late').sensitivity;
    expect(s?.param).toBe('officers');
    expect(Number(s?.low.baseline)).toBeGreaterThan(Number(s?.high.baseline));
  });

  it('a larger officer pool never makes decisions later', () => {
    const late = (officers: number) =>
      Number(
        measure
          .simulate({ disputes: 3000, officers }, { seed: 3 })
          .kpis.find((x) => x.id === 'decisions-late')?.baseline,
      );
    expect(late(40)).toBeGreaterThanOrEqual(late(80));
    expect(late(80)).toBeGreaterThanOrEqual(late(400));
    expect(late(400)).toBe(0);
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ disputes: 200, mediationSuccess: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['mediationSuccess']);
    expect(input).toEqual({ disputes: 200, mediationSuccess: 1.5 });
  });
});
