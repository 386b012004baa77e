// checkCrewPost, manningShortfall and revalidationEligible: worked examples from the law and
// arithmetic, one fixture firing each finding and one not, bad input.
import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import type { CrewOnBoard, FindingCode, Seafarer, Ship } from '../src/index';
import { checkCrewPost, manningShortfall, revalidationEligible } from '../src/index';

// 440103199003151232: Σ aᵢWᵢ over the first 17 digits with W = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
// 4·7+4·9+0·10+1·5+0·8+3·4+1·2+9·1+9·6+0·3+0·7+3·9+1·10+5·5+1·8+2·4+3·2
// = 28+36+0+5+0+12+2+9+54+0+0+27+10+25+8+8+6 = 230; 230 mod 11 = 10 → check character '2'.
const GOOD_ID = '440103199003151232';
const BAD_ID = '440103199003151233';

const ship: Ship = {
  imo: '9074729', // 9·7+0·6+7·5+4·4+7·3+2·2 = 63+0+35+16+21+4 = 139 → check digit 9
  flag: 'CN',
  area: 'unlimited',
  grossTonnage: 5000,
  propulsionKw: 4000,
  minimumSafeManning: { master: 1, 'chief-officer': 1, 'third-officer': 1, 'deck-rating': 3 },
};

const thirdOfficer: Seafarer = {
  id: { kind: 'resident-id', number: GOOD_ID },
  certificate: {
    rank: 'third-officer',
    area: 'unlimited',
    shipClass: 'gt3000+',
    validFrom: '2021-07-01',
    validUntil: '2026-06-30',
  },
  health: { validUntil: '2027-01-01' },
};

const third = { rank: 'third-officer' } as const;
const findings = (s: Seafarer, rank: CrewOnBoard['post']['rank'], sh: Ship, asOf: string) =>
  checkCrewPost(s, { rank }, sh, asOf).findings;

describe('checkCrewPost: the worked cases of issue #27', () => {
  it('a certificate valid until 2026-06-30 passes that day and is expired on 07-01 (dates inclusive)', () => {
    expect(checkCrewPost(thirdOfficer, third, ship, '2026-06-30')).toMatchObject({ ok: true, findings: [] });
    expect(findings(thirdOfficer, 'third-officer', ship, '2026-07-01')).toEqual(['certificate-expired']);
  });

  it("a third officer's certificate does not cover the chief officer's post", () => {
    expect(findings(thirdOfficer, 'chief-officer', ship, '2024-06-30')).toEqual(['rank-not-covered']);
  });

  it('a coastal certificate does not cover an unlimited-area ship', () => {
    const coastal = {
      ...thirdOfficer,
      certificate: { ...thirdOfficer.certificate!, area: 'coastal' as const },
    };
    expect(findings(coastal, 'third-officer', ship, '2024-06-30')).toEqual(['area-not-covered']);
    // …but does cover a coastal ship.
    expect(findings(coastal, 'third-officer', { ...ship, area: 'coastal' }, '2024-06-30')).toEqual([]);
  });

  it("resident ID 440103199003151232 passes (check '2'); ending in 3 → id-invalid", () => {
    expect(findings(thirdOfficer, 'third-officer', ship, '2024-06-30')).toEqual([]);
    const bad = { ...thirdOfficer, id: { kind: 'resident-id' as const, number: BAD_ID } };
    expect(findings(bad, 'third-officer', ship, '2024-06-30')).toEqual(['id-invalid']);
  });
});

describe('checkCrewPost: each finding fires on one fixture and not on its twin', () => {
  const cert = thirdOfficer.certificate!;
  const asOf = '2024-06-30';
  const foreign: Seafarer['id'] = { kind: 'passport', country: 'PH', number: 'P1234567A' };
  const master: Seafarer = { ...thirdOfficer, certificate: { ...cert, rank: 'master' } };
  const cases: [FindingCode, () => readonly FindingCode[], () => readonly FindingCode[]][] = [
    [
      'id-invalid',
      () =>
        findings(
          { ...thirdOfficer, id: { kind: 'passport', country: 'PH', number: 'p-1' } },
          'third-officer',
          ship,
          asOf,
        ),
      () => findings({ ...thirdOfficer, id: foreign }, 'third-officer', ship, asOf),
    ],
    [
      'master-not-chinese',
      () => findings({ ...master, id: foreign }, 'master', ship, asOf),
      // The same foreign master on a ship of another flag (第八条 binds Chinese ships only).
      () => findings({ ...master, id: foreign }, 'master', { ...ship, flag: 'PA' }, asOf),
    ],
    [
      'no-certificate',
      () => findings({ ...thirdOfficer, certificate: null }, 'third-officer', ship, asOf),
      () => findings(thirdOfficer, 'third-officer', ship, asOf),
    ],
    [
      'certificate-not-yet-valid',
      () => findings(thirdOfficer, 'third-officer', ship, '2021-06-30'),
      () => findings(thirdOfficer, 'third-officer', ship, '2021-07-01'),
    ],
    [
      'certificate-expired',
      () => findings(thirdOfficer, 'third-officer', ship, '2026-07-01'),
      () => findings(thirdOfficer, 'third-officer', ship, '2026-06-30'),
    ],
    [
      'rank-not-covered',
      () => findings(thirdOfficer, 'chief-engineer', ship, asOf),
      // Higher covers lower (assumption): a master's certificate covers the third officer's post.
      () => findings(master, 'third-officer', ship, asOf),
    ],
    [
      'area-not-covered',
      () =>
        findings({ ...thirdOfficer, certificate: { ...cert, area: 'coastal' } }, 'third-officer', ship, asOf),
      () => findings(thirdOfficer, 'third-officer', { ...ship, area: 'coastal' }, asOf),
    ],
    [
      'class-not-covered',
      // 5000 GT ≥ 3000 → the ship needs gt3000+; a 500–3000 certificate does not reach it.
      () =>
        findings(
          { ...thirdOfficer, certificate: { ...cert, shipClass: 'gt500-3000' } },
          'third-officer',
          ship,
          asOf,
        ),
      // 2999 GT < 3000 → gt500-3000 is enough.
      () =>
        findings(
          { ...thirdOfficer, certificate: { ...cert, shipClass: 'gt500-3000' } },
          'third-officer',
          { ...ship, grossTonnage: 2999 },
          asOf,
        ),
    ],
    [
      'health-missing',
      () => findings({ ...thirdOfficer, health: null }, 'third-officer', ship, asOf),
      () => findings(thirdOfficer, 'third-officer', ship, asOf),
    ],
    [
      'health-expired',
      () => findings(thirdOfficer, 'third-officer', ship, '2027-01-02'),
      // Valid through its last day; on 2027-01-01 the certificate has expired (2026-06-30), not the health one.
      () => findings(thirdOfficer, 'third-officer', ship, '2027-01-01'),
    ],
  ];
  for (const [code, fires, twin] of cases) {
    it(`${code}`, () => {
      expect(fires()).toContain(code);
      expect(twin()).not.toContain(code);
    });
  }

  it('lists findings in the fixed order and skips the scope findings without a certificate', () => {
    const all: Seafarer = { id: { kind: 'resident-id', number: BAD_ID }, certificate: null, health: null };
    expect(findings(all, 'chief-officer', ship, asOf)).toEqual([
      'id-invalid',
      'no-certificate',
      'health-missing',
    ]);
    const many: Seafarer = {
      id: foreign,
      certificate: {
        ...cert,
        rank: 'chief-officer',
        area: 'coastal',
        shipClass: 'gt-under-500',
        validUntil: '2024-06-29',
      },
      health: { validUntil: '2024-06-29' },
    };
    expect(findings(many, 'master', ship, asOf)).toEqual([
      'master-not-chinese',
      'certificate-expired',
      'rank-not-covered',
      'area-not-covered',
      'class-not-covered',
      'health-expired',
    ]);
  });

  it('an engineer post is classed by propulsion power, not tonnage', () => {
    const engineer: Seafarer = {
      ...thirdOfficer,
      certificate: { ...cert, rank: 'fourth-engineer', shipClass: 'kw750-3000' },
    };
    // 4000 kW ≥ 3000 (assumed band) → kw3000+ needed.
    expect(findings(engineer, 'fourth-engineer', ship, asOf)).toEqual(['class-not-covered']);
    expect(findings(engineer, 'fourth-engineer', { ...ship, propulsionKw: 2999 }, asOf)).toEqual([]);
  });

  it('with higherCovers off a master certificate does not cover the third officer post', () => {
    const r = checkCrewPost(master, third, ship, asOf, { higherCovers: false });
    expect(r.findings).toEqual(['rank-not-covered']);
  });

  it('the trace has one cited step per test, fired where a finding is', () => {
    const r = checkCrewPost(thirdOfficer, { rank: 'chief-officer' }, ship, asOf, { trace: true });
    const steps = r.trace?.steps ?? [];
    expect(steps.map((s) => s.id)).toEqual([
      'crew.id-invalid',
      'crew.master-not-chinese',
      'crew.no-certificate',
      'crew.certificate-not-yet-valid',
      'crew.certificate-expired',
      'crew.rank-not-covered',
      'crew.area-not-covered',
      'crew.class-not-covered',
      'crew.health-missing',
      'crew.health-expired',
    ]);
    expect(steps.filter((s) => s.fired).map((s) => s.id)).toEqual(['crew.rank-not-covered']);
    expect(steps.find((s) => s.id === 'crew.certificate-expired')?.basis).toMatchObject({ kind: 'cited' });
    expect(checkCrewPost(thirdOfficer, third, ship, asOf).trace).toBeNull();
  });
});

describe('manningShortfall', () => {
  const asOf = '2024-06-30';
  const person = (rank: CrewOnBoard['post']['rank'], certRank = rank): CrewOnBoard => ({
    seafarer: { ...thirdOfficer, certificate: { ...thirdOfficer.certificate!, rank: certRank } },
    post: { rank },
  });

  it('counts only competent people in each post against the certificate', () => {
    // Required: master 1, C/O 1, 3/O 1, deck ratings 3. On board: a master, a C/O holding only a
    // 3/O certificate (rank-not-covered → not counted), a 3/O, and 2 ratings.
    const crew = [
      person('master'),
      person('chief-officer', 'third-officer'),
      person('third-officer'),
      person('deck-rating'),
      person('deck-rating'),
    ];
    expect(manningShortfall(ship, crew, asOf)).toEqual([
      { rank: 'chief-officer', required: 1, competent: 0, missing: 1 }, // 1 − 0
      { rank: 'deck-rating', required: 3, competent: 2, missing: 1 }, // 3 − 2
    ]);
  });

  it('lists nothing when every required post is filled, extras included', () => {
    const crew = [
      'master',
      'chief-officer',
      'third-officer',
      'third-officer',
      'deck-rating',
      'deck-rating',
      'deck-rating',
    ].map((r) => person(r as CrewOnBoard['post']['rank']));
    expect(manningShortfall(ship, crew, asOf)).toEqual([]);
  });
});

describe('revalidationEligible', () => {
  const cert = thirdOfficer.certificate!; // valid until 2026-06-30
  const record = (signOn: string, signOff: string, rank: CrewOnBoard['post']['rank'] = 'third-officer') => ({
    periods: [{ rank, signOn, signOff }],
  });

  it('12 months in 5 years: 2025-01-01 … 2025-12-31 is 365 days ≥ 12 × 30 = 360', () => {
    // Short window 2025-09-02 … 2026-03-01 holds Sep 29 + Oct 31 + Nov 30 + Dec 31 = 121 days.
    expect(revalidationEligible(record('2025-01-01', '2025-12-31'), cert, '2026-03-01')).toEqual({
      eligible: true,
      route: 'five-years',
      reasons: [],
      serviceDaysFiveYears: 365,
      serviceDaysSixMonths: 121,
    });
  });

  it('3 months in the last 6: 2026-01-01 … 03-31 is 31 + 28 + 31 = 90 ≥ 3 × 30; one day less is not', () => {
    const r = revalidationEligible(record('2026-01-01', '2026-03-31'), cert, '2026-04-01');
    expect([r.eligible, r.route, r.serviceDaysSixMonths]).toEqual([true, 'six-months', 90]);
    const short = revalidationEligible(record('2026-01-02', '2026-03-31'), cert, '2026-04-01');
    expect([short.eligible, short.reasons, short.serviceDaysSixMonths]).toEqual([
      false,
      ['insufficient-service'],
      89,
    ]);
  });

  it('applies within the 12 months before expiry (from 2025-06-30) and not after expiry', () => {
    const year = record('2024-01-01', '2024-12-31');
    expect(revalidationEligible(year, cert, '2025-06-29').reasons).toEqual(['too-early']);
    expect(revalidationEligible(year, cert, '2025-06-30').eligible).toBe(true);
    expect(revalidationEligible(year, cert, '2026-06-30').eligible).toBe(true);
    expect(revalidationEligible(year, cert, '2026-07-01').reasons).toEqual(['certificate-expired']);
  });

  it('service in another department does not count', () => {
    const r = revalidationEligible(record('2025-01-01', '2025-12-31', 'chief-engineer'), cert, '2026-03-01');
    expect([r.eligible, r.serviceDaysFiveYears]).toEqual([false, 0]);
  });
});

describe('bad input: a typed error naming the field, nothing mutated', () => {
  const paths = (run: () => unknown): unknown => {
    try {
      run();
    } catch (e) {
      return e instanceof ValidationError ? e.paths : e;
    }
    return 'no error';
  };
  const frozenShip = structuredClone(ship);
  const frozenSeafarer = structuredClone(thirdOfficer);

  it('checkCrewPost', () => {
    expect(paths(() => checkCrewPost(thirdOfficer, third, ship, '2024-02-30'))).toEqual(['asOf']);
    expect(
      paths(() => checkCrewPost(thirdOfficer, third, { ...ship, grossTonnage: -1 }, '2024-06-30')),
    ).toEqual(['ship.grossTonnage']);
    expect(paths(() => checkCrewPost(thirdOfficer, { rank: 'bosun' as never }, ship, '2024-06-30'))).toEqual([
      'post.rank',
    ]);
    expect(
      paths(() => checkCrewPost(thirdOfficer, third, { ...ship, imo: '9074728' }, '2024-06-30')),
    ).toEqual(['ship.imo']);
    const badCert = {
      ...thirdOfficer,
      certificate: { ...thirdOfficer.certificate!, rank: 'bosun' as never },
    };
    expect(paths(() => checkCrewPost(badCert, third, ship, '2024-06-30'))).toEqual([
      'seafarer.certificate.rank',
    ]);
    expect(ship).toEqual(frozenShip);
    expect(thirdOfficer).toEqual(frozenSeafarer);
  });

  it('manningShortfall', () => {
    const crew = [{ seafarer: thirdOfficer, post: third }];
    expect(paths(() => manningShortfall(ship, crew, '2024-13-01'))).toEqual(['asOf']);
    expect(paths(() => manningShortfall({ ...ship, grossTonnage: -5 }, crew, '2024-06-30'))).toEqual([
      'ship.grossTonnage',
    ]);
    expect(
      paths(() =>
        manningShortfall(ship, [{ seafarer: thirdOfficer, post: { rank: 'cook' as never } }], '2024-06-30'),
      ),
    ).toEqual(['crew.0.post.rank']);
    expect(paths(() => manningShortfall({ ...ship, imo: '123' }, crew, '2024-06-30'))).toEqual(['ship.imo']);
    expect(ship).toEqual(frozenShip);
  });

  it('revalidationEligible', () => {
    const cert = thirdOfficer.certificate!;
    const rec = {
      periods: [{ rank: 'third-officer' as const, signOn: '2025-01-01', signOff: '2025-12-31' }],
    };
    expect(paths(() => revalidationEligible(rec, cert, '2026-02-30'))).toEqual(['applyOn']);
    expect(
      paths(() =>
        revalidationEligible(
          { periods: [{ ...rec.periods[0]!, rank: 'purser' as never }] },
          cert,
          '2026-03-01',
        ),
      ),
    ).toEqual(['record.periods.0.rank']);
    expect(
      paths(() => revalidationEligible(rec, { ...cert, validUntil: '2026-06-31' }, '2026-03-01')),
    ).toEqual(['cert.validUntil']);
    expect(rec.periods[0]?.signOff).toBe('2025-12-31');
  });
});
