// Issue 23: the typed-array grant index decides exactly as the Map-of-states index it replaced
// (kept in access-reference.ts as the oracle): the same permit and covering grant, or the same
// deny reason and nearest grant, over random grant sets, revocations and requests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DenyReason } from '../src/access';
import { GrantIndex, PERMIT_STAGE } from '../src/grant-index';
import type { Grant } from '../src/space';
import { decideOver, grantState, indexGrant, referenceIndex } from './access-reference';

const REASONS: readonly DenyReason[] = [
  'other-user',
  'other-holder',
  'other-purpose',
  'item-out-of-scope',
  'not-yet-valid',
  'revoked',
  'expired',
];

/** A name from a small pool (so grants and requests meet) or, rarely, any string. */
const nameArb = (pool: readonly string[]) =>
  fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.string() });
// Principals that differ in one character, in length, outside Latin-1 and beyond 65,535
// characters (the pool stores a key's length in two code units).
const PRINCIPALS = [
  'P1',
  'P2',
  'P1\u0000',
  'P10',
  'P1 ',
  '个人甲',
  '个人乙',
  '\u{1F600}x',
  'p1',
  'Q'.repeat(70_000),
];
// Minutes: small ones (grants and requests meet), and, for the second property, ones around the
// Int32 bounds and the slot copy's "never revoked" mark (2^31 - 1), where the index reads a first
// grant's record instead of its slot copy.
const small = (min: number, max: number) => fc.integer({ min, max });
const WIDE = [2 ** 31 - 2, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -(2 ** 31), -(2 ** 31) - 1, 0.5];
const wide = (min: number, max: number) =>
  fc.oneof({ weight: 3, arbitrary: small(min, max) }, { weight: 1, arbitrary: fc.constantFrom(...WIDE) });
const scenarioArbOf = (minute: typeof small) =>
  fc.record({
    grants: fc.array(
      fc.record({
        principal: nameArb(PRINCIPALS),
        user: nameArb(['bank-x', 'bank-y']),
        holder: nameArb(['hrss', 'tax']),
        purpose: nameArb(['loan', 'kyc']),
        items: fc.integer({ min: 1, max: 0b111 }),
        from: minute(0, 60),
        length: fc.integer({ min: 1, max: 60 }),
      }),
      { maxLength: 12 },
    ),
    revocations: fc.array(fc.tuple(fc.nat(), minute(0, 130)), { maxLength: 6 }),
    requests: fc.array(
      fc.record({
        principal: nameArb(PRINCIPALS),
        user: nameArb(['bank-x', 'bank-y']),
        holder: nameArb(['hrss', 'tax']),
        purpose: nameArb(['loan', 'kyc']),
        items: fc.integer({ min: 1, max: 0b1111 }),
        t: minute(-5, 130),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  });
type Scenario = typeof scenarioArbOf extends (m: typeof small) => fc.Arbitrary<infer S> ? S : never;

/** Builds both indexes from a scenario and expects the same decision for every request. */
function sameDecisions(s: Scenario): void {
  const index = new GrantIndex();
  const ref = referenceIndex();
  s.grants.forEach((g, i) => {
    const id = `G${i + 1}`;
    const n = index.add({ ...g, fromT: g.from, untilT: g.from + g.length, grantedT: 0 });
    expect(index.idOf(n)).toBe(id);
    const grant = { ...g, id } as unknown as Grant;
    indexGrant(ref.grants, ref.byPrincipal, grantState(grant, g.items, g.from, g.from + g.length));
  });
  for (const [k, t] of s.revocations) {
    if (s.grants.length === 0) break;
    const id = `G${(k % s.grants.length) + 1}`;
    const state = ref.grants.get(id);
    if (state === undefined || state.revokedT !== Number.POSITIVE_INFINITY) continue;
    state.revokedT = t;
    index.revoke(index.numberOf(id), t);
  }
  for (const r of s.requests) {
    const expected = decideOver(ref.byPrincipal.get(r.principal), r as never, r.items, r.t);
    const g = index.decide(r.principal, r.user, r.holder, r.purpose, r.items, r.t);
    if (expected.permitted) {
      expect(g).toBeGreaterThanOrEqual(0);
      expect(index.idOf(g)).toBe(expected.grantId);
    } else {
      expect(g).toBe(-1);
      expect(index.stage < 0 ? 'no-grant' : REASONS[index.stage]).toBe(expected.reason);
      expect(index.nearest < 0 ? undefined : index.idOf(index.nearest)).toBe(expected.grantId);
    }
  }
}

describe('GrantIndex against the Map-of-states index it replaced', () => {
  it('gives the same permit and grant, or the same reason and nearest grant (1,000 runs)', () => {
    fc.assert(fc.property(scenarioArbOf(small), sameDecisions), { numRuns: 1000 });
  });

  it('decides the same with minutes beyond what a slot copies (Int32 bounds, its never mark)', () => {
    fc.assert(fc.property(scenarioArbOf(wide), sameDecisions), { numRuns: 1000 });
  });

  it('finds each of 20,000 principals across table growth, and none it was not given', () => {
    const index = new GrantIndex();
    const n = 20_000;
    for (let i = 0; i < n; i++)
      index.add({
        principal: `P${i}`,
        user: 'u',
        holder: 'h',
        purpose: 'p',
        items: 1,
        fromT: 0,
        untilT: 10,
        grantedT: 0,
      });
    for (let i = 0; i < n; i++) {
      expect(index.decide(`P${i}`, 'u', 'h', 'p', 1, 5)).toBe(i);
      expect(index.principalOf(i)).toBe(`P${i}`);
    }
    expect(index.decide(`P${n}`, 'u', 'h', 'p', 1, 5)).toBe(-1);
    expect(index.stage).toBe(-1);
    expect(index.decide('P01', 'u', 'h', 'p', 1, 5)).toBe(-1);
    expect(index.decide('P1', 'u', 'h', 'p', 1, 10)).toBe(-1);
    expect(REASONS[index.stage]).toBe('expired');
    expect(PERMIT_STAGE).toBe(REASONS.length);
  });

  it('reads ids G<n> exactly: no other spelling names a grant', () => {
    const index = new GrantIndex();
    for (let i = 0; i < 12; i++)
      index.add({
        principal: 'P',
        user: 'u',
        holder: 'h',
        purpose: 'p',
        items: 1,
        fromT: 0,
        untilT: 1,
        grantedT: 0,
      });
    expect(index.numberOf('G1')).toBe(0);
    expect(index.numberOf('G12')).toBe(11);
    for (const bad of [
      'G0',
      'G13',
      'G01',
      'G1.0',
      'G1e1',
      'g1',
      'G',
      'G-1',
      ' G1',
      'G+1',
      'G0x1',
      1,
      undefined,
    ])
      expect(index.numberOf(bad)).toBe(-1);
  });
});
