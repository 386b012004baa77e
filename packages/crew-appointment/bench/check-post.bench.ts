// checkCrewPost on one core: untraced and traced, beside a same-run hand-written baseline that only
// compares the four dates (certificate from/until, health until) as strings — the floor of any
// validity check. Imported by name: vitest bench resolves to the built dist/ (build first).
// Ratios, never timed assertions; figures recorded in the README.
import { checkCrewPost, type Seafarer, type Ship } from '@gd-ftz/crew-appointment';
import { afterAll, bench, describe } from 'vitest';

const ship: Ship = {
  imo: '9074729',
  flag: 'CN',
  area: 'unlimited',
  grossTonnage: 5000,
  propulsionKw: 4000,
  minimumSafeManning: { master: 1, 'chief-officer': 1, 'third-officer': 1, 'deck-rating': 3 },
};
const seafarer: Seafarer = {
  id: { kind: 'resident-id', number: '440103199003151232' },
  certificate: {
    rank: 'third-officer',
    area: 'unlimited',
    shipClass: 'gt3000+',
    validFrom: '2021-07-01',
    validUntil: '2026-06-30',
  },
  health: { validUntil: '2027-01-01' },
};
const post = { rank: 'third-officer' } as const;
// A year of days, so that no call is a constant the engine could fold.
const days = Array.from({ length: 12 * 28 }, (_, i) => {
  const m = String(Math.floor(i / 28) + 1).padStart(2, '0');
  return `2024-${m}-${String((i % 28) + 1).padStart(2, '0')}`;
});
const N = 10_000;
let sink = 0;

/** The baseline: the date comparisons alone, no validation, no scope, no ID. */
function datesOnly(s: Seafarer, asOf: string): boolean {
  const c = s.certificate;
  const h = s.health;
  return c !== null && h !== null && c.validFrom <= asOf && asOf <= c.validUntil && asOf <= h.validUntil;
}

describe(`checkCrewPost, ${N} checks per iteration`, () => {
  bench('baseline: hand-written date comparison', () => {
    for (let i = 0; i < N; i++) if (datesOnly(seafarer, days[i % days.length] as string)) sink++;
  });
  bench('checkCrewPost untraced (validated)', () => {
    for (let i = 0; i < N; i++)
      if (checkCrewPost(seafarer, post, ship, days[i % days.length] as string).ok) sink++;
  });
  bench('checkCrewPost traced', () => {
    for (let i = 0; i < N; i++) {
      if (checkCrewPost(seafarer, post, ship, days[i % days.length] as string, { trace: true }).ok) sink++;
    }
  });
});

// Read the sink once, so the loops cannot be dropped as dead code.
afterAll(() => {
  if (sink < 0) throw new Error('unreachable');
});
