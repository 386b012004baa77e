// fast-check arbitraries of valid inputs of @gd-ftz/aquatic-rapid-testing, for property tests that
// use this engine as an oracle. fast-check is a peer dependency.
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { ANALYTE_IDS, type AnalyteId } from './analytes';
import type { CoverageInstance, Point } from './coverage-planning';
import { type AquaticRapidTestingParams, PARAMS } from './params';

/**
 * Valid scenario parameters, derived from the schema, kept small (≤ 80 farms, few points and
 * low sampling shares) so that a property runs in well under a second.
 * @example
 * fc.assert(fc.property(paramsArb, (p) => measure.simulate(p, { seed: 1 }).kpis.length > 0));
 */
export const paramsArb: fc.Arbitrary<AquaticRapidTestingParams> = paramsArbOf(PARAMS, {
  districts: { max: 2 },
  farms: { max: 80 },
  testPoints: { max: 8 },
  travelBoundMinutes: { max: 120 },
  speedKmh: { min: 20, max: 80 },
  testPointCapacity: { max: 4 },
  labCapacity: { max: 8 },
  labReportWorkingDays: { max: 5 },
  monitoringShare: { max: 0.3 },
  supervisionShare: { max: 0.3 },
  urgentShare: { max: 0.3 },
  prevalenceScale: { max: 5 },
  saleDelayHours: { max: 72 },
});

/**
 * A point on a 400 × 250 km map.
 * @example
 * fc.sample(pointArb, 1)[0]; // { x: 12.5, y: 200 }
 */
export const pointArb: fc.Arbitrary<Point> = fc.record({
  x: fc.double({ min: 0, max: 400, noNaN: true }),
  y: fc.double({ min: 0, max: 250, noNaN: true }),
});

/**
 * A small planning instance (≤ 30 farms, ≤ 10 candidates) that the exact solver handles at once.
 * @example
 * fc.assert(fc.property(coverageInstanceArb, (i) => planGreedy(i, 2).share <= planExact(i, 2).share));
 */
export const coverageInstanceArb: fc.Arbitrary<CoverageInstance> = fc.record({
  demand: fc.array(fc.record({ location: pointArb, weight: fc.integer({ min: 0, max: 10 }) }), {
    maxLength: 30,
  }),
  candidates: fc.array(pointArb, { minLength: 1, maxLength: 10 }),
  travelBoundMinutes: fc.integer({ min: 0, max: 240 }),
  speedKmh: fc.integer({ min: 10, max: 80 }),
});

/**
 * Which analytes of a lot are non-compliant.
 * @example
 * fc.sample(truthArb, 1)[0]; // { malachiteGreen: false, ... }
 */
export const truthArb: fc.Arbitrary<Record<AnalyteId, boolean>> = fc.record(
  Object.fromEntries(ANALYTE_IDS.map((id) => [id, fc.boolean()])) as Record<AnalyteId, fc.Arbitrary<boolean>>,
);

/**
 * A result's receipt time `YYYY-MM-DDTHH:mm` in 2023–2025 (law in force, calendar known).
 * @example
 * fc.sample(receivedAtArb, 1)[0]; // '2024-09-13T19:05'
 */
export const receivedAtArb: fc.Arbitrary<string> = fc
  .record({ day: fc.integer({ min: 0, max: 3 * 365 - 1 }), minute: fc.integer({ min: 0, max: 1439 }) })
  .map(({ day, minute }) => {
    // Day 0 is 2023-01-01; civil arithmetic on the proleptic Gregorian calendar (no time zones).
    let y = 2023;
    let d = day;
    for (;;) {
      const len = y % 4 === 0 ? 366 : 365;
      if (d < len) break;
      d -= len;
      y++;
    }
    const months = [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let m = 0;
    while (d >= (months[m] as number)) d -= months[m++] as number;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${y}-${pad(m + 1)}-${pad(d + 1)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
  });
