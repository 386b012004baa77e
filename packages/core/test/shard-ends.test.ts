// The shared pieces of sharding engines: the sharded schema (a raised maximum) and the sensitivity
// ends a shard runs, keyed as the report reads them back.
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  defineParams,
  sensitivityEndKey,
  sensitivityEnds,
  withMaximum,
} from '../src/index';

const label = { zh: '参数', en: 'Parameter' };
const PARAMS = defineParams({
  population: { kind: 'integer', label, default: 100, min: 10, max: 5_000 },
  lateShare: {
    kind: 'number',
    label,
    default: 0.3,
    min: 0,
    max: 1,
    assumption: true,
    plausible: { low: 0.1, high: 0.5 },
  },
});
const defaults = { population: 100, lateShare: 0.3 };

describe('withMaximum', () => {
  it('raises one maximum and keeps everything else', () => {
    const sharded = withMaximum(PARAMS, 'population', 10_000_000);
    expect(sharded.population.max).toBe(10_000_000);
    expect(PARAMS.population.max).toBe(5_000);
    expect({ ...sharded.population, max: 5_000 }).toEqual(PARAMS.population);
    expect(sharded.lateShare).toBe(PARAMS.lateShare);
  });
  it('refuses a lower maximum or a non-numeric parameter, naming the field', () => {
    const path = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        if (e instanceof ConfigurationError) return e.path;
      }
      return 'no error';
    };
    expect(path(() => withMaximum(PARAMS, 'population', 4_999))).toBe('max');
    expect(path(() => withMaximum(PARAMS, 'population', Number.POSITIVE_INFINITY))).toBe('max');
    expect(path(() => withMaximum(PARAMS, 'nope' as 'population', 10))).toBe('name');
    expect(path(() => withMaximum(null as unknown as typeof PARAMS, 'population', 10))).toBe('schema');
    expect(path(() => sensitivityEndKey('other' as 'lateShare', defaults))).toBe('driver');
    expect(path(() => sensitivityEndKey('lateShare', { lateShare: Number.NaN }))).toBe('params.lateShare');
    expect(path(() => sensitivityEnds(PARAMS, defaults, 'lateShare' as unknown as ['lateShare']))).toBe(
      'drivers',
    );
  });
});

describe('sensitivityEnds', () => {
  it('gives each driver its plausible low and high, keyed driver=value', () => {
    const ends = sensitivityEnds(PARAMS, defaults, ['lateShare']);
    expect([...ends.keys()]).toEqual(['lateShare=0.1', 'lateShare=0.5']);
    expect(ends.get('lateShare=0.5')).toEqual({ ...defaults, lateShare: 0.5 });
    expect(sensitivityEndKey('lateShare', { ...defaults, lateShare: 0.1 })).toBe('lateShare=0.1');
  });
  it('leaves the ends out when the schema refuses them: a province population needs the sharded schema', () => {
    const province = { ...defaults, population: 8_000_000 };
    expect(sensitivityEnds(PARAMS, province, ['lateShare']).size).toBe(0);
    const sharded = withMaximum(PARAMS, 'population', 10_000_000);
    expect([...sensitivityEnds(sharded, province, ['lateShare']).keys()]).toEqual([
      'lateShare=0.1',
      'lateShare=0.5',
    ]);
  });
});
