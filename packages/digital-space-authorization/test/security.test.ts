// Security properties of the space, each over 1,000 generated cases (seeded from FC_SEED by the
// repo's fast-check setup). Cases are small (≤ 3 grants, ≤ 4 requests) so each run stays cheap.
import {
  type AuditRecord,
  formatDateTime,
  fromEpochMinutes,
  type JsonValue,
  toEpochDay,
  verifyAuditLog,
} from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessRequestArb, grantInputArb, instantArb } from '../src/arbitraries';
import {
  type AccessRequest,
  createSpace,
  decideAccess,
  type GrantInput,
  grant,
  replayLog,
  revoke,
  type Space,
} from '../src/index';

const RUNS = { numRuns: 1000 };

/** Minutes of an instant, computed here independently of the engine's parser. */
const minutes = (s: string) =>
  toEpochDay(s.slice(0, 10)) * 1440 +
  (s.length > 10 ? Number(s.slice(11, 13)) * 60 + Number(s.slice(14, 16)) : 0);

const scenarioArb = fc.record({
  grants: fc.array(grantInputArb, { maxLength: 3 }),
  // Revoke grant i (mod the count) at an instant, when there are grants.
  revocations: fc.array(fc.tuple(fc.nat(), instantArb), { maxLength: 2 }),
  requests: fc.array(accessRequestArb, { minLength: 1, maxLength: 4 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** Builds a space from a scenario; returns the revocation instant of each revoked grant. */
function build(s: Scenario): { space: Space; revokedAt: Map<string, string> } {
  const space = createSpace();
  const ids = s.grants.map((g) => grant(space, g).id);
  const revokedAt = new Map<string, string>();
  for (const [i, at] of s.revocations) {
    const id = ids[i % Math.max(1, ids.length)];
    if (id === undefined || revokedAt.has(id)) continue;
    revoke(space, id, at);
    revokedAt.set(id, at);
  }
  return { space, revokedAt };
}

/** The oracle: whether grant g (input, id) covers request r, written from the text. */
function covers(g: GrantInput, revokedAt: string | undefined, r: AccessRequest): boolean {
  const t = minutes(r.at);
  return (
    g.principal === r.principal &&
    g.user === r.user &&
    g.holder === r.holder &&
    g.purpose === r.purpose &&
    r.items.every((i) => g.items.includes(i)) &&
    minutes(g.from) <= t &&
    t < minutes(g.until) &&
    (revokedAt === undefined || t < minutes(revokedAt))
  );
}

describe('security properties (1,000 runs each)', () => {
  it('no permit without a live covering grant, and every covered request is permitted', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { space, revokedAt } = build(s);
        for (const r of s.requests) {
          const d = decideAccess(space, r);
          const live = s.grants.some((g, i) => covers(g, revokedAt.get(`G${i + 1}`), r));
          expect(d.permitted).toBe(live);
          if (d.permitted) {
            const i = Number(d.grantId.slice(1)) - 1;
            expect(covers(s.grants[i] as GrantInput, revokedAt.get(d.grantId), r)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('a revocation denies every request at or after it and leaves earlier ones as they were', () => {
    fc.assert(
      fc.property(
        grantInputArb,
        instantArb,
        fc.array(accessRequestArb, { minLength: 1, maxLength: 4 }),
        (g, at, rs) => {
          const before = createSpace();
          grant(before, g);
          const after = createSpace();
          grant(after, g);
          revoke(after, 'G1', at);
          for (const r0 of rs) {
            const r = { ...r0, principal: g.principal };
            const was = decideAccess(before, r).permitted;
            const now = decideAccess(after, r);
            if (minutes(r.at) >= minutes(at)) expect(now.permitted).toBe(false);
            else expect(now.permitted).toBe(was);
          }
        },
      ),
      RUNS,
    );
  });

  it('each decision is logged once, in order, the chain verifies and the replay agrees', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { space, revokedAt } = build(s);
        const start = space.log.length;
        const seqs = s.requests.map((r) => decideAccess(space, r).seq);
        expect(seqs).toEqual(s.requests.map((_, i) => start + i + 1));
        expect(space.log.length).toBe(s.grants.length + revokedAt.size + s.requests.length);
        const records = space.log.records;
        s.requests.forEach((r, i) => {
          const rec = records[start + i] as AuditRecord<{ [k: string]: JsonValue }>;
          expect([rec.action, rec.at, rec.data.principal, rec.data.purpose]).toEqual([
            'decide',
            r.at,
            r.principal,
            r.purpose,
          ]);
        });
        expect(space.log.verify()).toEqual({ ok: true });
        const replay = replayLog(records);
        expect([replay.chainOk, replay.decisions, replay.tracedPermits]).toEqual([
          true,
          s.requests.length,
          replay.permits,
        ]);
      }),
      RUNS,
    );
  });

  it('any changed field of any record fails verification at that record', () => {
    const fields = ['at', 'actor', 'action', 'data', 'seq', 'prevHash'] as const;
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.constantFrom(...fields), (s, pick, field) => {
        const { space } = build(s);
        for (const r of s.requests) decideAccess(space, r);
        const records = space.log.records.map((r) => ({ ...r }));
        const k = pick % records.length;
        const victim = records[k] as Record<string, unknown>;
        const changed: Record<(typeof fields)[number], unknown> = {
          at: victim.at === '2025-03-01T00:00' ? '2025-03-01T00:01' : '2025-03-01T00:00',
          actor: `${String(victim.actor)}x`,
          action: victim.action === 'decide' ? 'grant' : 'decide',
          data: { ...(victim.data as object), tampered: true },
          seq: (victim.seq as number) + 1,
          prevHash: 'f'.repeat(64),
        };
        victim[field] = changed[field];
        const v = verifyAuditLog(records as unknown as AuditRecord<JsonValue>[]);
        expect(v.ok).toBe(false);
        if (!v.ok) expect(v.firstBadSeq).toBe(k + 1);
        const replay = replayLog(records as unknown as AuditRecord<JsonValue>[]);
        expect([replay.chainOk, replay.firstBadSeq]).toEqual([false, k + 1]);
      }),
      RUNS,
    );
  });

  it('a new grant never turns a permit into a deny', () => {
    fc.assert(
      fc.property(scenarioArb, grantInputArb, (s, extra) => {
        const a = build(s).space;
        const b = build(s).space;
        grant(b, extra);
        for (const r of s.requests) {
          if (decideAccess(a, r).permitted) expect(decideAccess(b, r).permitted).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('every non-empty subset of a permitted request’s items is permitted too', () => {
    fc.assert(
      fc.property(grantInputArb, fc.nat(), fc.nat(), (g, pickTime, mask) => {
        const space = createSpace();
        grant(space, g);
        const from = minutes(g.from);
        const until = minutes(g.until);
        const t = from + (pickTime % (until - from));
        const r: AccessRequest = {
          principal: g.principal,
          holder: g.holder,
          user: g.user,
          purpose: g.purpose,
          items: g.items,
          at: formatDateTime(fromEpochMinutes(t)),
        };
        expect(decideAccess(space, r).permitted).toBe(true);
        const subset = g.items.filter((_, i) => (mask >> i) & 1);
        if (subset.length > 0) expect(decideAccess(space, { ...r, items: subset }).permitted).toBe(true);
      }),
      RUNS,
    );
  });

  it('an empty space denies every request with no-grant', () => {
    fc.assert(
      fc.property(accessRequestArb, (r) => {
        expect(decideAccess(createSpace(), r)).toMatchObject({ permitted: false, reason: 'no-grant' });
      }),
      RUNS,
    );
  });

  it('is deterministic: the same calls give the same log, hash for hash', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const run = () => {
          const { space } = build(s);
          for (const r of s.requests) decideAccess(space, r);
          return space.log.head;
        };
        expect(run()).toEqual(run());
      }),
      RUNS,
    );
  });
});
