// Sharding by unit (issue 14): a unit is drawn from the seed and its number alone, so any block of
// units holds the same units as the whole population; its year does not depend on the other units;
// runShard and mergeShards refuse bad input with a ValidationError naming the field.
import { defaultParams, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EQUIPMENT_KINDS, measure } from '../src/index';
import { PARAMS } from '../src/params';
import { generatePopulation, type Population, unitSlots } from '../src/population';
import { firstPicks } from '../src/samples';
import { PROVINCE_MAX_UNITS, sampleStories } from '../src/shard';
import { populationOf, populationOptions, runTraced, SAMPLE_UNITS, type Story } from '../src/simulate';

const defaults = defaultParams(PARAMS);

/** Every draw of unit `u` (by number) and of its hazards, read from its storage slot. */
function unitOf(pop: Population, u: number) {
  const s = unitSlots(pop).get(u) as number;
  const unit = [
    pop.kind,
    pop.risk,
    pop.grade,
    pop.cycle,
    pop.gas,
    pop.nonMetallic,
    pop.isNew,
    pop.commissioned,
    pop.regDeadline,
    pop.due,
    pop.uLate,
    pop.uDelay,
    pop.uOnTime,
    pop.uVisit,
    pop.visitDay,
    pop.uGrade,
    pop.uCycle,
    pop.uRegLate,
    pop.uRegDelay,
    pop.uRegOnTime,
  ].map((a) => a[s]);
  const hazards = [];
  for (let h = pop.hazStart[s] as number; h < (pop.hazStart[s + 1] as number); h++)
    hazards.push(
      [
        pop.hazardId,
        pop.onset,
        pop.serious,
        pop.fixDays,
        pop.uPhase,
        pop.uSelf,
        pop.uInsp,
        pop.uSup,
        pop.uAcc,
      ].map((a) => a[h]),
    );
  return { unit, hazards };
}

describe('units from the seed and their number alone', () => {
  it('property: a block, or a list of numbers, holds exactly the units of the whole population', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 299 }),
        fc.integer({ min: 1, max: 300 }),
        (seed, a, len) => {
          const p = { ...defaults, units: 300, hazardRate: 2 };
          const whole = populationOf(p, seed);
          const start = a;
          const end = Math.min(300, a + len);
          const block = generatePopulation(populationOptions(p), seed, { start, end });
          expect(block.units).toBe(end - start);
          const list = [end - 1, start];
          const picked = generatePopulation(populationOptions(p), seed, list);
          for (let u = start; u < end; u++) expect(unitOf(block, u)).toEqual(unitOf(whole, u));
          for (const u of list) expect(unitOf(picked, u)).toEqual(unitOf(whole, u));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('property: a sample unit drawn again alone tells the story it told in the whole run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const p = { ...defaults, units: SAMPLE_UNITS };
        const pop = populationOf(p, seed);
        const stories = new Map<number, Story>();
        runTraced(pop, p, 'heap', new Uint8Array(pop.units).fill(1), stories);
        const samples = firstPicks(stories);
        const again = sampleStories(p, { units: p.units, hazards: pop.hazards, samples, runs: {} }, seed);
        const numbers = Object.values(samples).flat();
        expect(numbers.length).toBeGreaterThan(0);
        for (const u of numbers) {
          expect(again.stories.get(u)).toEqual(stories.get(u));
          expect(again.kindOf(u)).toBe(EQUIPMENT_KINDS[pop.kind[unitSlots(pop).get(u) as number] as number]);
        }
      }),
      { numRuns: 5 },
    );
  });
});

describe('a shard and its merge', () => {
  const small = { units: 300 };
  const parts = [0, 1, 2].map((shard) => measure.runShard(small, { seed: 7, shard, shards: 3 }));

  it('splits the units into contiguous blocks and returns plain counts', () => {
    expect(parts.map((r) => r.units)).toEqual([100, 100, 100]);
    expect(parts.map((r) => r.data.units)).toEqual([100, 100, 100]);
    const keys = Object.keys(parts[0]?.data.runs ?? {});
    // The scenario and both ends of the five assumptions the year reads, sorted.
    expect(keys).toHaveLength(11);
    expect(keys).toContain('scenario');
    expect(keys).toContain('selfCheckDetect=0.02');
    expect(keys).toEqual([...keys].sort());
  });

  it('takes a province in shards while simulate keeps the browser limit', () => {
    expect(measure.shardUnits({ units: 1_500_000 })).toBe(1_500_000);
    expect(PROVINCE_MAX_UNITS).toBeGreaterThanOrEqual(1_500_000);
    expect(pathsOf(() => measure.simulate({ units: 1_500_000 }, { seed: 1 }))).toEqual(['units']);
    expect(pathsOf(() => measure.shardUnits({ units: PROVINCE_MAX_UNITS + 1 }))).toEqual(['units']);
  });

  it('runShard names a bad shard spec or parameter', () => {
    expect(pathsOf(() => measure.runShard(small, { seed: 7, shard: 3, shards: 3 }))).toEqual(['shard']);
    expect(pathsOf(() => measure.runShard(small, { seed: 7, shard: 0, shards: 0 }))).toEqual(['shards']);
    expect(pathsOf(() => measure.runShard(small, { seed: 1.5, shard: 0, shards: 1 }))).toEqual(['seed']);
    expect(pathsOf(() => measure.runShard({ units: 50 }, { seed: 7, shard: 0, shards: 1 }))).toEqual([
      'units',
    ]);
  });

  it('mergeShards names a missing, duplicate, foreign or malformed result', () => {
    const clone = () => JSON.parse(JSON.stringify(parts)) as typeof parts;
    expect(pathsOf(() => measure.mergeShards(small, { seed: 7 }, parts.slice(0, 2)))).toEqual([
      'results.0.shards',
    ]);
    const dup = clone();
    dup[2] = dup[1] as (typeof parts)[number];
    expect(pathsOf(() => measure.mergeShards(small, { seed: 7 }, dup))).toEqual(['results.2.shard']);
    expect(pathsOf(() => measure.mergeShards(small, { seed: 8 }, parts))).toEqual(['results.0.seed']);
    expect(pathsOf(() => measure.mergeShards({ units: 301 }, { seed: 7 }, parts))).toEqual([
      'results.0.params',
    ]);
    const negative = clone();
    (negative[1]?.data.runs.scenario?.baseline as { inspections: number }).inspections = -1;
    expect(pathsOf(() => measure.mergeShards(small, { seed: 7 }, negative))).toEqual([
      'results.1.data.runs.scenario.baseline.inspections',
    ]);
    const unsorted = clone();
    const samples = (unsorted[0] as (typeof parts)[number]).data.samples as unknown as Record<
      string,
      number[]
    >;
    samples.reminder = [5, 3];
    expect(pathsOf(() => measure.mergeShards(small, { seed: 7 }, unsorted))).toEqual([
      'results.0.data.samples.reminder',
    ]);
    expect(pathsOf(() => measure.mergeShards(small, { seed: 7 }, []))).toEqual(['results']);
  });

  it('merges into simulate’s report, in any order', () => {
    const expected = JSON.stringify(measure.simulate(small, { seed: 7 }));
    expect(JSON.stringify(measure.mergeShards(small, { seed: 7 }, [...parts].reverse()))).toBe(expected);
  });
});

/** Calls `f`, expects a ValidationError, returns its sorted paths. */
function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return [...(e as ValidationError).paths].sort();
  }
  throw new Error('expected a ValidationError');
}
