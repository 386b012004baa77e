// Issue 32: unbounded counts hung or ran out of memory. Each stand-in below gives up after many
// reads (a counting getter or stream), so that before the fix the test failed with its plain Error
// instead of hanging; now the count is refused up front with a ValidationError naming it.
import { parseParams, RandomStream, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  buildLots,
  candidateSites,
  DEFAULT_CONTAMINATION,
  DEFAULT_MAP,
  type Farm,
  generateFarms,
  type LotOptions,
  MAX_CANDIDATE_SITES,
  MAX_FARMS,
  MAX_LOTS_PER_CYCLE,
  PARAMS,
} from '../src/internal';

const options: LotOptions = {
  year: 2025,
  lotsPerCycle: 8,
  contamination: DEFAULT_CONTAMINATION,
  prevalenceScale: 1,
  monitoringShare: 0.05,
  supervisionShare: 0.1,
  urgentShare: 0.15,
  saleDelayHours: 12,
};

function pathsOf(f: () => unknown): readonly string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

/** A stream that throws a plain Error after `limit` draws (a hang, made visible). */
function watchedStream(limit = 100_000): RandomStream {
  const s = RandomStream.fromSeed(1);
  let n = 0;
  return new Proxy(s, {
    get(target, key) {
      const v = Reflect.get(target, key, target);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (++n > limit) throw new Error(`still drawing after ${limit} draws: a hang`);
        return v.apply(target, args);
      };
    },
  });
}

describe('counts are checked against stated maxima (issue 32)', () => {
  it('generateFarms: 1e308 or 1e8 farms name count; the maximum is the schema maximum', () => {
    expect(pathsOf(() => generateFarms(1e308, DEFAULT_MAP, watchedStream()))).toEqual(['count']);
    expect(pathsOf(() => generateFarms(1e8, DEFAULT_MAP, watchedStream()))).toEqual(['count']);
    expect(pathsOf(() => generateFarms(MAX_FARMS + 1, DEFAULT_MAP, watchedStream()))).toEqual(['count']);
    expect(generateFarms(3, DEFAULT_MAP, RandomStream.fromSeed(1))).toHaveLength(3);
  });

  it('candidateSites: 1e308 columns name cols; more than the stated number of cells names rows', () => {
    let reads = 0;
    const map = new Proxy(DEFAULT_MAP, {
      get(target, key) {
        if (++reads > 100_000) throw new Error('still reading the map after 100,000 reads: a hang');
        return Reflect.get(target, key);
      },
    });
    expect(pathsOf(() => candidateSites(map, 1e308, 3))).toEqual(['cols']);
    expect(pathsOf(() => candidateSites(map, 1000, MAX_CANDIDATE_SITES))).toEqual(['rows']);
    expect(candidateSites(DEFAULT_MAP, 2, 2)).toHaveLength(4);
  });

  it('buildLots: a farm with cyclesPerYear Infinity names the farm field; lotsPerCycle 1e300 names lotsPerCycle', () => {
    let reads = 0;
    const farm = {
      id: 'F1',
      location: { x: 1, y: 1 },
      species: 'tilapia',
      lotKg: 3000,
      riskFactor: 1,
      get cyclesPerYear() {
        if (++reads > 100_000) throw new Error('still reading cyclesPerYear after 100,000 reads: a hang');
        return Number.POSITIVE_INFINITY;
      },
    } as unknown as Farm;
    expect(pathsOf(() => buildLots([farm], options, watchedStream()))).toEqual(['farms.0.cyclesPerYear']);
    const ok = generateFarms(2, DEFAULT_MAP, RandomStream.fromSeed(1));
    expect(pathsOf(() => buildLots(ok, { ...options, lotsPerCycle: 1e300 }, watchedStream()))).toEqual([
      'lotsPerCycle',
    ]);
    expect(MAX_LOTS_PER_CYCLE).toBeGreaterThanOrEqual(options.lotsPerCycle);
  });
});

describe('scenario limits (issue 32)', () => {
  it('20,000 farms with every share at 1 (a 1.3 GB heap) is refused naming farms; the limit runs in a worker', () => {
    const worst = { farms: 20_000, monitoringShare: 1, supervisionShare: 1, urgentShare: 1 };
    expect(pathsOf(() => parseParams(PARAMS, worst))).toEqual(['farms']);
    expect(parseParams(PARAMS, { ...worst, farms: 5_000 }).farms).toBe(5_000);
  });
});
