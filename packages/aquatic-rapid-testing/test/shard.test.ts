// Sharded runs (issue 14): a province of independent districts, in any number of shards and any
// order, merges into simulate's report byte for byte; a district is a function of the seed and its
// index alone; the whole-minute quantiles are the quantiles of the rounded times listed one by one
// (the old way, kept as the test oracle) and stay within half a minute of the exact times'.
import {
  createEventLog,
  defaultParams,
  histogramCount,
  histogramQuantileStat,
  quantileStat,
  RandomStream,
  ValidationError,
} from '@gd-ftz/core';
import { describeShardInvariance, kpiOf, validationErrorOf } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';
import {
  buildScenario,
  DEFAULT_MAP,
  generateFarms,
  MAX_SHARD_DISTRICTS,
  MAX_SIMULATE_FARMS,
  PARAMS,
  runDistricts,
  runScenario,
  totalsOf,
  wholeMinutes,
} from '../src/internal';

describeShardInvariance(measure, { params: { districts: 3, farms: 30 }, seed: 5, maxShards: 6, numRuns: 4 });
describeShardInvariance(measure, {
  params: { districts: 4, farms: 12, testPoints: 3, urgentShare: 0.4, year: 2023 },
  seed: 11,
  maxShards: 6,
  numRuns: 3,
});

const small = paramsArb.map((p) => ({ ...p, districts: 1, farms: Math.min(p.farms, 30) }));

describe('aquatic-rapid-testing: whole-minute turnaround quantiles', () => {
  it('equal the quantiles of the rounded times listed one by one, within half a minute of the exact ones', () => {
    fc.assert(
      fc.property(small, fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const runs = runScenario(p, seed);
        for (const run of [runs.baseline, runs.reform]) {
          const t = totalsOf(run, runs.scenario.population);
          const exact = run.samples
            .filter((s) => s.regime !== 'urgent' && !Number.isNaN(s.resultAt))
            .map((s) => s.resultAt - s.takenAt);
          expect(histogramCount(t.routineMinutes)).toBe(exact.length);
          for (const q of [0.5, 0.95]) {
            const o = { digits: 6, empty: 0 };
            const fromHistogram = histogramQuantileStat(t.routineMinutes, q, o);
            expect(fromHistogram).toBe(quantileStat(exact.map(wholeMinutes), q, o));
            // Rounding each value by at most half a minute moves a type-7 quantile by at most that.
            expect(Math.abs(Number(fromHistogram) - Number(quantileStat(exact, q, o)))).toBeLessThanOrEqual(
              0.5 + 1e-6,
            );
          }
        }
      }),
      { numRuns: 6 },
    );
  });

  it('rounds to the nearest minute, a half minute up', () => {
    expect([0, 59.49, 59.5, 60.75, 61.5].map(wholeMinutes)).toEqual([0, 59, 60, 61, 62]);
  });
});

describe('aquatic-rapid-testing: districts', () => {
  const params = { ...defaultParams(PARAMS), districts: 3, farms: 25, testPoints: 4 };

  it('a district is drawn from the seed and its index alone (the same in a run of 2 or 3 districts)', () => {
    const ctx = { seed: 9, shard: 0, shards: 1, start: 1, end: 2 };
    const in3 = runDistricts(params, ctx);
    const in2 = runDistricts({ ...params, districts: 2 }, ctx);
    expect(in2).toEqual(in3);
    // ... and differs from district 0 (its own streams).
    expect(runDistricts(params, { ...ctx, start: 0, end: 1 }).baseline).not.toEqual(in3.baseline);
  });

  it('district 0 draws from the seed’s root streams (the single-district model), district d from `district/d`', () => {
    const root = RandomStream.fromSeed(4);
    const farmsOf = (stream: RandomStream) =>
      generateFarms(params.farms, DEFAULT_MAP, stream.substream('farms'));
    expect(buildScenario(params, 4, 0).population.farms).toEqual(farmsOf(root));
    expect(buildScenario(params, 4, 2).population.farms).toEqual(farmsOf(root.substream('district/2')));
  });

  it('counts over districts are the sums of each district run alone', () => {
    const report = measure.simulate(params, { seed: 3 });
    const per = [0, 1, 2].map((d) => runScenario(params, 3, undefined, d));
    const sum = (f: (r: (typeof per)[number]) => number) => per.reduce((s, r) => s + f(r), 0);
    const supervision = (v: 'baseline' | 'reform') =>
      sum((r) => totalsOf(r[v], r.scenario.population).supervisionSamples);
    expect(kpiOf(report, 'supervision-samples').baseline).toBe(String(supervision('baseline')));
    expect(kpiOf(report, 'supervision-samples').reform).toBe(String(supervision('reform')));
    expect(kpiOf(report, 'penalty-cases').reform).toBe(
      String(sum((r) => totalsOf(r.reform, r.scenario.population).penaltyCases)),
    );
  });

  it('keeps each district’s lots apart in the event log: district 0 as alone, district d’s ids prefixed Dd-', () => {
    const logOf = (districts: number) => {
      const log = createEventLog();
      measure.simulate({ districts, farms: 20 }, { seed: 2, eventLog: log });
      return log.cases('baseline');
    };
    const alone = logOf(1);
    const two = logOf(2);
    expect(two.filter((c) => !c.id.startsWith('D1-')).map((c) => [c.id, c.events.length])).toEqual(
      alone.map((c) => [c.id, c.events.length]),
    );
    const d1 = two.filter((c) => c.id.startsWith('D1-L'));
    expect(d1.length).toBeGreaterThan(0);
    expect(d1.every((c) => c.objects.every((o) => o.id.startsWith('D1-')))).toBe(true);
  });

  it('one simulate takes at most 5,000 farms over its districts, refused before any progress; shards are not bound', () => {
    // The long fuzz run found 4 districts × 5,000 farms, every parameter at its maximum, at 54.5 s
    // of CPU (the bound is 30 s): one district of 5,000 farms is the largest run a simulate takes.
    const reported: number[] = [];
    const e = validationErrorOf(() =>
      measure.simulate({ districts: 2, farms: 2501 }, { seed: 1, onProgress: (f) => reported.push(f) }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.paths).toEqual(['districts']);
    expect(e.message).toMatch(/2 × 2501 = 5002/);
    expect(reported).toEqual([]);
    // 2 × 2,500 = 5,000 is allowed: the run starts (stopped at its first progress report).
    const started = new Error('started');
    expect(() =>
      measure.simulate(
        { districts: 2, farms: 2500 },
        {
          seed: 1,
          onProgress: () => {
            throw started;
          },
        },
      ),
    ).toThrow(started);
    expect(MAX_SIMULATE_FARMS).toBe(5000);
    // The sharded schema takes the same scenario (and a province) without the one-run budget.
    expect(measure.shardUnits({ districts: 2, farms: 2501 })).toBe(2);
  });

  it('the browser schema stops at 4 districts; the sharded schema takes a province', () => {
    expect(() => measure.simulate({ districts: 5 }, { seed: 1 })).toThrow(ValidationError);
    expect(() => measure.simulate({ districts: 0 }, { seed: 1 })).toThrow(ValidationError);
    expect(measure.shardUnits({ districts: 21 })).toBe(21);
    expect(measure.shardParams.districts.max).toBe(MAX_SHARD_DISTRICTS);
    expect(() => measure.shardUnits({ districts: MAX_SHARD_DISTRICTS + 1 })).toThrow(ValidationError);
    expect(() => buildScenario(params, 1, 3)).toThrow(ValidationError);
  });
});
