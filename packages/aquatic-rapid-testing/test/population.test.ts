import { RandomStream, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointArb } from '../src/arbitraries';
import {
  buildLots,
  candidateSites,
  DEFAULT_CONTAMINATION,
  DEFAULT_MAP,
  type Farm,
  generateFarms,
  type LotOptions,
  SPECIES,
  validateFarms,
} from '../src/internal';

// A valid farm (the farm type is internal, so its arbitrary lives with the test, not in the
// package's public arbitraries).
const farmArb: fc.Arbitrary<Farm> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  location: pointArb,
  species: fc.constantFrom(...SPECIES.map((s) => s.id)),
  cyclesPerYear: fc.integer({ min: 1, max: 3 }),
  lotKg: fc.integer({ min: 100, max: 10_000 }),
  riskFactor: fc.double({ min: 0, max: 5, noNaN: true }),
});

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

describe('farms and lots', () => {
  it('candidate sites: a 4 × 2 grid over 400 × 250 km has centres at 50, 150, 250, 350 × 62.5, 187.5', () => {
    const sites = candidateSites(DEFAULT_MAP, 4, 2);
    expect(sites.map((s) => s.x).slice(0, 4)).toEqual([50, 150, 250, 350]);
    expect([sites[0]?.y, sites[4]?.y]).toEqual([62.5, 187.5]);
  });

  it('property: lots fall in the year, sale after harvest, sampling before harvest, in harvest order', () => {
    fc.assert(
      fc.property(fc.array(farmArb, { minLength: 1, maxLength: 5 }), fc.integer(), (farms, seed) => {
        const lots = buildLots(farms, options, RandomStream.fromSeed(seed));
        return lots.every(
          (l, i) =>
            l.index === i &&
            l.saleAt >= l.harvestAt &&
            l.saleAt < 365 * 1440 &&
            (i === 0 || (lots[i - 1]?.harvestAt ?? 0) <= l.harvestAt) &&
            [l.monitoringAt, l.scheduledAt, l.urgentAt].every((t) => t === -1 || (t >= 0 && t < l.harvestAt)),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('without contamination no lot fails; a failing lot has a residue over its cut-off', () => {
    const farms = generateFarms(30, DEFAULT_MAP, RandomStream.fromSeed(1));
    expect(
      buildLots(farms, { ...options, prevalenceScale: 0 }, RandomStream.fromSeed(2)).every(
        (l) => l.failMask === 0,
      ),
    ).toBe(true);
    const lots = buildLots(farms, { ...options, prevalenceScale: 10 }, RandomStream.fromSeed(2));
    const failing = lots.filter((l) => l.failMask !== 0);
    expect(failing.length).toBeGreaterThan(0);
    // Bit 3 is enrofloxacin: only residues above 100 μg/kg set it.
    for (const l of failing) if (l.failMask & 8) expect(l.residues[3]).toBeGreaterThan(100);
  });

  it('bad input: a farm with no location, shares outside [0, 1], a year the law or calendar does not cover', () => {
    const farms = [{ id: 'F1', species: 'tilapia', cyclesPerYear: 2, lotKg: 3000, riskFactor: 1 }];
    try {
      validateFarms(farms);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['farms.0.location']);
    }
    expect(Object.keys(farms[0] ?? {})).not.toContain('location');
    const good = generateFarms(3, DEFAULT_MAP, RandomStream.fromSeed(1));
    try {
      buildLots(good, { ...options, urgentShare: 1.5 }, RandomStream.fromSeed(1));
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['urgentShare']);
    }
    expect(() => buildLots(good, { ...options, year: 2022 }, RandomStream.fromSeed(1))).toThrow(
      ValidationError,
    );
    expect(() =>
      buildLots(
        good,
        {
          ...options,
          contamination: {
            ...DEFAULT_CONTAMINATION,
            nitrofurans: { prevalence: -0.1, medianUgKg: 1, sigma: 1 },
          },
        },
        RandomStream.fromSeed(1),
      ),
    ).toThrow(ValidationError);
    expect(() => generateFarms(-1, DEFAULT_MAP, RandomStream.fromSeed(1))).toThrow(ValidationError);
  });
});
