// Sharding (issue 14): any split of the firms merges to simulate's report byte for byte; a shard's
// totals equal the whole-population reference loop (runScenario), for the scenario and for every
// sensitivity end; the sample is the first best firm of the whole run.
import { defaultParams, ValidationError } from '@gd-ftz/core';
import { describeShardInvariance } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { measure } from '../src/index';
import { PARAMS, PROVINCE_MAX_FIRMS, SHARD_PARAMS } from '../src/params';
import { DRIVERS } from '../src/report';
import { endTotals, runShardUnits, SHARD_ACCUMULATOR, scenarioTotals } from '../src/shard';
import { RUN_VARIANTS, runScenario } from '../src/simulate';

describeShardInvariance(measure, { params: { firms: 50 }, seed: 5, maxShards: 6, numRuns: 4 });

describe('a shard of all the firms', () => {
  const p = { ...defaultParams(PARAMS), firms: 80 };
  const data = runShardUnits(p, { seed: 9, shard: 0, shards: 1, start: 0, end: p.firms });
  const merged = SHARD_ACCUMULATOR.merge(SHARD_ACCUMULATOR.empty(), data);

  it('has the totals of the whole-population reference loop', () => {
    const ref = runScenario(p, 9);
    expect(scenarioTotals(merged)).toEqual(ref.totals);
    for (const v of RUN_VARIANTS) expect(scenarioTotals(merged)[v].firms).toBe(80);
  });

  it('has, for every sensitivity end, the totals of a reference re-run at that end', () => {
    for (const driver of DRIVERS) {
      // Every driver is an assumption with a plausible range (sensitivityOf refuses any other).
      const { low, high } = (PARAMS[driver] as { plausible: { low: number; high: number } }).plausible;
      for (const value of [low, high]) {
        const q = { ...p, [driver]: value };
        expect(endTotals(merged, driver, q)).toEqual(runScenario(q, 9).totals);
      }
    }
  });

  it('picks the reference loop’s sample firm', () => {
    const ref = runScenario(p, 9);
    expect(merged.sample.index).toBe(ref.sample[0]?.firm.index);
  });
});

describe('the sample choice when shards merge', () => {
  const empty = SHARD_ACCUMULATOR.empty();
  const withSample = (score: number, index: number) => ({ ...empty, sample: { score, index } });
  it('keeps the higher score, then the lower index, in either order', () => {
    expect(SHARD_ACCUMULATOR.merge(withSample(5, 30), withSample(7, 40)).sample).toEqual({
      score: 7,
      index: 40,
    });
    expect(SHARD_ACCUMULATOR.merge(withSample(7, 40), withSample(7, 12)).sample).toEqual({
      score: 7,
      index: 12,
    });
    expect(SHARD_ACCUMULATOR.merge(withSample(7, 12), withSample(7, 40)).sample).toEqual({
      score: 7,
      index: 12,
    });
    expect(SHARD_ACCUMULATOR.merge(empty, withSample(0, 3)).sample).toEqual({ score: 0, index: 3 });
  });
  it('refuses a malformed sample, naming its path', () => {
    let error: unknown;
    try {
      SHARD_ACCUMULATOR.check({ runs: {}, sample: { score: 1.5, index: 0 } }, 'data');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['data.sample']);
  });
});

describe('province runs', () => {
  it('take up to PROVINCE_MAX_FIRMS firms in shards, while simulate keeps its browser limit', () => {
    expect(SHARD_PARAMS.firms.max).toBe(PROVINCE_MAX_FIRMS);
    expect(PARAMS.firms.max).toBe(10_000);
    expect(() => measure.simulate({ firms: 20_000 }, { seed: 1 })).toThrow(ValidationError);
    const part = measure.runShard({ firms: 20_000 }, { seed: 1, shard: 9_999, shards: 10_000 });
    expect(part.units).toBe(2);
  });
});
