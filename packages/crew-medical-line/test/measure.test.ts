// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input,
// event log), then what this measure's report must show, recomputed from the event log.
import { createEventLog, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { casesPerYear: 130 };

// After an intended change of results:
// cd packages/crew-medical-line && UPDATE_GOLDEN=1 FC_SEED=42 npx vitest run --maxWorkers=1 test/measure.test.ts -t golden
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({
      baseline: Number(r.params.casesPerYear) * Number(r.params.portAreas),
      reform: Number(r.params.casesPerYear) * Number(r.params.portAreas),
    }),
  },
});

// Shards are port areas: 7 small areas split over 1 to 6 shards merge to simulate's report.
describeShardInvariance(measure, {
  params: { casesPerYear: 20, portAreas: 7 },
  seed: 3,
  maxShards: 6,
  numRuns: 4,
});

describe('the report, recomputed from the event log', () => {
  const log = createEventLog();
  const report = measure.simulate({ casesPerYear: 400, portAreas: 2 }, { seed: 42, eventLog: log });
  const k = (id: string) => kpiOf(report, id);

  it('the remote-guidance share is the share of cases whose first advice came from a remote doctor', () => {
    for (const variant of ['baseline', 'reform'] as const) {
      let n = 0;
      let remote = 0;
      for (const c of log.cases(variant)) {
        n++;
        const advice = c.events.find((e) => e.activity === 'first-advice');
        if (advice?.resource === 'remote-doctor') remote++;
      }
      expect(n).toBe(800);
      expect(k('remote-guidance-share')[variant]).toBe(((remote * 100) / n).toFixed(1));
    }
  });

  it('every case ends in an outcome, and no boat area has more boats out than it owns', () => {
    for (const variant of ['baseline', 'reform'] as const) {
      const boats = new Map<string, { t: number; d: number }[]>();
      for (const c of log.cases(variant)) {
        const last = c.events.at(-1)?.activity;
        expect(['treat-on-board', 'hospital', 'clinic']).toContain(last);
        for (const e of c.events) {
          if (e.activity !== 'boat-out' && e.activity !== 'boat-back') continue;
          const list = boats.get(e.resource ?? '') ?? [];
          list.push({ t: e.time, d: e.activity === 'boat-out' ? 1 : -1 });
          boats.set(e.resource ?? '', list);
        }
      }
      for (const list of boats.values()) {
        // Returns before departures at the same minute (a boat back is free again).
        list.sort((a, b) => a.t - b.t || a.d - b.d);
        let out = 0;
        for (const x of list) {
          out += x.d;
          expect(out).toBeLessThanOrEqual(2); // boatsPerArea default
        }
      }
    }
  });

  it('the reform gives advice sooner, guides more cases and needs fewer calls', () => {
    expect(Number(k('advice-minutes-median').reform)).toBeLessThan(
      Number(k('advice-minutes-median').baseline),
    );
    expect(Number(k('remote-guidance-share').reform)).toBeGreaterThan(
      Number(k('remote-guidance-share').baseline),
    );
    expect(Number(k('calls-per-case').reform)).toBeLessThan(Number(k('calls-per-case').baseline));
    expect(Number(k('decision-to-ashore-median').reform)).toBeLessThan(
      Number(k('decision-to-ashore-median').baseline),
    );
  });

  it('states sensitivity over the assumption’s plausible ends and the calibration', () => {
    const s = k('remote-guidance-share').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['lineAwareness', 0.7, 1]);
    // The baseline does not read the awareness; the reform's share rises with it.
    expect(s?.low.baseline).toBe(s?.high.baseline);
    expect(Number(s?.low.reform)).toBeLessThan(Number(s?.high.reform));
    expect(k('rescues-per-year').origin).toBe('calibrated');
  });
});

describe('the default scenario reproduces the calibration target', () => {
  it('about 55.7 rescues a year under the reform (167 in 36 months), within sampling noise', () => {
    const r = measure.simulate({}, { seed: 42 });
    const rescues = Number(kpiOf(r, 'rescues-per-year').reform);
    expect(Math.abs(rescues - 55.7)).toBeLessThan(12);
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ casesPerYear: 100, lineAwareness: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['lineAwareness']);
    expect(input).toEqual({ casesPerYear: 100, lineAwareness: 1.5 });
  });
});

describe('shards by port area', () => {
  it('an area’s totals depend on the seed and its index alone, not on how many areas the run has', () => {
    const alone = measure.runShard({ casesPerYear: 30, portAreas: 1 }, { seed: 9, shard: 0, shards: 1 });
    const first = measure.runShard({ casesPerYear: 30, portAreas: 3 }, { seed: 9, shard: 0, shards: 3 });
    expect(first.units).toBe(1);
    expect(first.data).toEqual(alone.data);
    // Every pass (the scenario and each sensitivity end) counts every case of the area once.
    for (const pass of Object.values(first.data.runs)) expect(pass.reform.cases).toBe(30);
  });

  it('a sensitivity end, run on the scenario’s cases re-thresholded, equals a run at that value', () => {
    const end = kpiOf(
      measure.simulate({ casesPerYear: 130 }, { seed: 5 }),
      'remote-guidance-share',
    ).sensitivity;
    const low = kpiOf(
      measure.simulate({ casesPerYear: 130, lineAwareness: 0.7 }, { seed: 5 }),
      'remote-guidance-share',
    );
    expect(end?.low.value).toBe(0.7);
    expect([end?.low.baseline, end?.low.reform]).toEqual([low.baseline, low.reform]);
  });

  it('a sharded run takes a province’s port areas; simulate keeps the browser’s limit of 20', () => {
    expect(measure.shardUnits({ casesPerYear: 10, portAreas: 100 })).toBe(100);
    expect(() => measure.shardUnits({ portAreas: 101 })).toThrow(ValidationError);
    expect(() => measure.simulateUnknown({ portAreas: 21 }, { seed: 1 })).toThrow(ValidationError);
  });
});
