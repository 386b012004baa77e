// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input,
// event log), then what this measure's report must show.
import { createEventLog, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { services: 100 };

// After an intended change of results:
// cd packages/digital-space-authorization && UPDATE_GOLDEN=1 FC_SEED=42 npx vitest run --maxWorkers=1 test/measure.test.ts -t golden
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({ baseline: Number(r.params.services), reform: Number(r.params.services) }),
  },
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('has at least 6 KPIs with origins, among them the seed outcome 授权使用、全程溯源', () => {
    expect(report.kpis.length).toBeGreaterThanOrEqual(6);
    expect(k('traced-share')).toMatchObject({ baseline: '0.0', reform: '100.0', origin: 'definition' });
    expect(k('uses-after-withdrawal')).toMatchObject({ reform: '0.0', origin: 'definition' });
  });

  it('brings data sooner, with no trips, and nothing beyond need', () => {
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(Number(k('days-p90').reform)).toBeLessThan(Number(k('days-p90').baseline));
    expect(k('trips-per-service').reform).toBe('0.0');
    // Every baseline service needs at least one visit and one hand-over.
    expect(Number(k('trips-per-service').baseline)).toBeGreaterThanOrEqual(2);
    expect(k('items-beyond-need').reform).toBe('0.0');
    expect(Number(k('holder-minutes').reform)).toBeLessThan(Number(k('holder-minutes').baseline));
  });

  it('items beyond need follow the copy size: (itemsPerDocument − 1) per department', () => {
    // With one department per service and 6 items per copy, 5 items go beyond need each time.
    const one = measure.simulate({ services: 40, holdersMax: 1, itemsPerDocument: 6 }, { seed: 3 });
    expect(kpiOf(one, 'items-beyond-need').baseline).toBe('5.0');
    // Trips: 1 visit + 1 hand-over, + 1 collection when the copy is not issued on the spot.
    const spot = measure.simulate({ services: 40, holdersMax: 1, copyIssueDaysMax: 0 }, { seed: 3 });
    expect(kpiOf(spot, 'trips-per-service').baseline).toBe('2.0');
  });

  it('uses after withdrawal: every withdrawal reused before the reform, none after', () => {
    const all = measure.simulate({ services: 40, withdrawShare: 1, reuseShare: 1 }, { seed: 5 });
    expect(kpiOf(all, 'uses-after-withdrawal')).toMatchObject({ baseline: '1000.0', reform: '0.0' });
  });

  it('shows assumption-driven KPIs with their sensitivity at the plausible ends', () => {
    const s = k('items-beyond-need').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['itemsPerDocument', 4, 10]);
    expect(Number(s?.low.baseline)).toBeLessThan(Number(s?.high.baseline));
  });
});

describe('the event log', () => {
  it('a reform case that withdrew and retried ends with a denial; baseline reuses it', () => {
    const log = createEventLog();
    measure.simulate({ services: 40, withdrawShare: 1, reuseShare: 1 }, { seed: 5, eventLog: log });
    for (const c of log.cases('reform')) expect(c.events.at(-1)?.activity).toBe('deny-reuse');
    for (const c of log.cases('baseline')) expect(c.events.at(-1)?.activity).toBe('reuse');
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ services: 100, withdrawShare: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['withdrawShare']);
    expect(input).toEqual({ services: 100, withdrawShare: 1.5 });
  });
});
