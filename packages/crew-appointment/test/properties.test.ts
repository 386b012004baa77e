// Invariants, by fast-check (seed from FC_SEED): a longer validity never adds a finding, a
// shortfall is never negative, nobody is on two ships at once, nobody signs off before signing on,
// and a seed fixes the year.
import { fromEpochDay, parseParams, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Certificate,
  type CrewOnBoard,
  checkCrewPost,
  manningShortfall,
  type Rank,
  type Seafarer,
  type Ship,
  type ShipClass,
  simulateProvinceYear,
} from '../src/index';
import { competentUntil } from '../src/manning';
import { PARAMS } from '../src/params';
import { drawWorld } from '../src/world';

const RANKS: Rank[] = [
  'master',
  'chief-officer',
  'second-officer',
  'third-officer',
  'chief-engineer',
  'second-engineer',
  'third-engineer',
  'fourth-engineer',
  'deck-rating',
  'engine-rating',
];
const CLASSES: ShipClass[] = [
  'gt3000+',
  'gt500-3000',
  'gt-under-500',
  'kw3000+',
  'kw750-3000',
  'kw-under-750',
];
const FROM = toEpochDay('2020-01-01');
const day = fc.integer({ min: FROM, max: FROM + 3000 }).map((d) => fromEpochDay(d) as string);
const rank = fc.constantFrom(...RANKS);
const area = fc.constantFrom('unlimited' as const, 'coastal' as const);

const certificate: fc.Arbitrary<Certificate> = fc
  .record({ rank, area, shipClass: fc.constantFrom(...CLASSES), a: day, b: day })
  .map(({ a, b, ...rest }) => {
    const [validFrom, validUntil] = [a, b].sort() as [string, string];
    return { ...rest, validFrom, validUntil };
  });

const seafarer: fc.Arbitrary<Seafarer> = fc.record({
  id: fc.oneof(
    fc.constantFrom('440103199003151232', '440103199003151233', '11010519491231002X').map((number) => ({
      kind: 'resident-id' as const,
      number,
    })),
    fc.record({
      kind: fc.constant('passport' as const),
      country: fc.constantFrom('CN', 'PH'),
      number: fc.constantFrom('P1234567', 'x'),
    }),
  ),
  certificate: fc.option(certificate, { nil: null }),
  health: fc.option(
    day.map((validUntil) => ({ validUntil })),
    { nil: null },
  ),
});

const ship: fc.Arbitrary<Ship> = fc.record({
  imo: fc.constantFrom('9074729', null),
  flag: fc.constantFrom('CN', 'PA'),
  area,
  grossTonnage: fc.integer({ min: 0, max: 200_000 }),
  propulsionKw: fc.integer({ min: 0, max: 60_000 }),
  minimumSafeManning: fc.dictionary(rank, fc.integer({ min: 0, max: 4 }), { maxKeys: 6 }),
});

describe('properties', () => {
  it('extending a validity (earlier start, later end) never adds a finding', () => {
    fc.assert(
      fc.property(seafarer, rank, ship, day, fc.nat(800), fc.nat(800), (s, r, sh, asOf, more, earlier) => {
        const longer: Seafarer = {
          ...s,
          certificate: s.certificate && {
            ...s.certificate,
            validFrom: fromEpochDay(toEpochDay(s.certificate.validFrom) - earlier),
            validUntil: fromEpochDay(toEpochDay(s.certificate.validUntil) + more),
          },
          health: s.health && { validUntil: fromEpochDay(toEpochDay(s.health.validUntil) + more) },
        };
        const before = checkCrewPost(s, { rank: r }, sh, asOf).findings;
        const after = checkCrewPost(longer, { rank: r }, sh, asOf).findings;
        for (const f of after) expect(before).toContain(f);
      }),
    );
  });

  it('a shortfall is never negative: missing = required − competent ≥ 1, competent ≥ 0', () => {
    const crew = fc.array(
      fc.record({ seafarer, post: fc.record({ rank }) }).map((c): CrewOnBoard => c),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(ship, crew, day, (sh, c, asOf) => {
        for (const s of manningShortfall(sh, c, asOf)) {
          expect(s.competent).toBeGreaterThanOrEqual(0);
          expect(s.missing).toBe(s.required - s.competent);
          expect(s.missing).toBeGreaterThanOrEqual(1);
          expect(s.required).toBe(sh.minimumSafeManning[s.rank]);
          expect(s.competent).toBeLessThanOrEqual(c.filter((m) => m.post.rank === s.rank).length);
        }
      }),
    );
  });

  it("the simulation's competence window agrees with checkCrewPost on every later day", () => {
    fc.assert(
      fc.property(seafarer, rank, ship, day, fc.nat(2000), (s, r, sh, from, later) => {
        const d = fromEpochDay(toEpochDay(from) + later);
        const until = competentUntil(s, { rank: r }, sh, from);
        if (until === '') {
          // Not competent on the sign-on day: no window, even if a certificate becomes valid later
          // (FC_SEED=128190035: valid from the next day).
          expect(checkCrewPost(s, { rank: r }, sh, from).ok).toBe(false);
        } else {
          expect(d <= until).toBe(checkCrewPost(s, { rank: r }, sh, d).ok);
        }
      }),
    );
  });

  const worldParams = fc
    .record({
      appointments: fc.integer({ min: 100, max: 1500 }),
      domesticShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((p) => parseParams(PARAMS, p));

  it('nobody is on two ships at once, and nobody signs off before signing on', () => {
    fc.assert(
      fc.property(worldParams, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (params, seed) => {
        const w = drawWorld(params, seed);
        expect(w.count).toBe(params.appointments);
        const byPerson = new Map<number, [number, number][]>();
        for (let i = 0; i < w.count; i++) {
          const on = w.signOn[i] as number;
          const off = w.signOff[i] as number;
          expect(off).toBeGreaterThan(on);
          const list = byPerson.get(w.person[i] as number) ?? [];
          list.push([on, off]);
          byPerson.set(w.person[i] as number, list);
        }
        for (const list of byPerson.values()) {
          list.sort((a, b) => a[0] - b[0]);
          for (let k = 1; k < list.length; k++) {
            // The next contract starts after the previous one ended (plus leave).
            expect((list[k] as [number, number])[0]).toBeGreaterThan((list[k - 1] as [number, number])[1]);
          }
        }
      }),
      { numRuns: 10 },
    );
  });

  it('determinism: a seed fixes the year, another seed moves it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const a = simulateProvinceYear({ appointments: 300 }, seed);
        expect(simulateProvinceYear({ appointments: 300 }, seed)).toEqual(a);
      }),
      { numRuns: 5 },
    );
    expect(simulateProvinceYear({ appointments: 300 }, 1)).not.toEqual(
      simulateProvinceYear({ appointments: 300 }, 2),
    );
  });
});
