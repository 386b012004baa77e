// Issue 23: a streamed space writes the records an in-memory space holds, byte for byte, and the
// fast input checks accept and refuse exactly what the plain ones (kept here as oracles) did.
import { createHash } from 'node:crypto';
import {
  type AuditRecord,
  createAuditVerifier,
  fromEpochDay,
  isCivilDate,
  MINUTES_PER_DAY,
  toEpochDay,
  ValidationError,
} from '@gd-ftz/core';
import { validationErrorOf } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessRequestArb, grantInputArb, instantArb } from '../src/arbitraries';
import { instant, name } from '../src/check';
import {
  createSpace,
  createStreamedSpace,
  decideAccess,
  grant,
  replayLog,
  revoke,
  type SpaceRecordData,
  usesOf,
} from '../src/index';

const nodeDigest = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const scenarioArb = fc.record({
  grants: fc.array(grantInputArb, { maxLength: 3 }),
  revocations: fc.array(fc.tuple(fc.nat(), instantArb), { maxLength: 2 }),
  requests: fc.array(accessRequestArb, { minLength: 1, maxLength: 4 }),
});

describe('streamed space', () => {
  it('sends the records an in-memory space holds (JS or node:crypto SHA-256); they verify and replay alike', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, node) => {
        const sent: AuditRecord<SpaceRecordData>[] = [];
        const streamed = createStreamedSpace({
          sink: (r) => sent.push(r),
          ...(node ? { digest: nodeDigest } : {}),
        });
        const memory = createSpace();
        const decisions = [streamed, memory].map((space) => {
          const ids = s.grants.map((g) => grant(space, g).id);
          const done = new Set<string>();
          for (const [i, at] of s.revocations) {
            const id = ids[i % Math.max(1, ids.length)];
            if (id === undefined || done.has(id)) continue;
            try {
              revoke(space, id, at);
              done.add(id);
            } catch (e) {
              if (!(e instanceof ValidationError)) throw e;
            }
          }
          return s.requests.map((r) => decideAccess(space, r));
        });
        expect(decisions[0]).toEqual(decisions[1]);
        expect(sent).toEqual(memory.log.records);
        expect(streamed.log.head).toEqual(memory.log.head);
        expect(streamed.grantCount).toBe(memory.grantCount);
        const v = createAuditVerifier({ head: streamed.log.head });
        for (const r of sent) v.push(r);
        expect(v.end()).toEqual({ ok: true });
        expect(replayLog(sent)).toEqual(replayLog(memory.log.records));
      }),
      { numRuns: 300 },
    );
  });
  it('bad input: no sink, a wrong digest, usesOf on a streamed space', () => {
    expect(validationErrorOf(() => createStreamedSpace({} as never)).issues[0]?.path).toBe('options.sink');
    expect(validationErrorOf(() => createStreamedSpace(null as never)).issues[0]?.path).toBe('options');
    expect(validationErrorOf(() => createSpace({ digest: (s: string) => s })).issues[0]?.path).toBe(
      'options.digest',
    );
    const space = createStreamedSpace({ sink: () => {} });
    expect(validationErrorOf(() => usesOf(space as never, 'P1')).issues[0]?.path).toBe('space');
  });
});

/** The plain instant parser before issue 23: the oracle. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/;
function plainInstant(x: unknown): number | 'bad' {
  const m = typeof x === 'string' ? INSTANT.exec(x) : null;
  if (m === null || !isCivilDate(m[1])) return 'bad';
  return (
    toEpochDay(m[1] as string) * MINUTES_PER_DAY + (m[2] === undefined ? 0 : Number(m[2]) * 60 + Number(m[3]))
  );
}
const attempt = <T>(fn: () => T): T | 'bad' => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ValidationError) return 'bad';
    throw e;
  }
};

describe('fast input checks agree with the plain ones', () => {
  const digit = fc.constantFrom(...'0123456789');
  const near = fc.oneof(digit, fc.constantFrom('-', 'T', ':', ' ', 'x', '٣', '\n'));
  // Strings shaped like instants with a character now and then out of place.
  const instantish = fc.oneof(
    instantArb,
    fc.array(near, { minLength: 8, maxLength: 18 }).map((cs) => cs.join('')),
    fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.boolean(),
      )
      .map(([y, mo, d, h, mi, time]) => {
        const p = (n: number, w = 2) => String(n).padStart(w, '0');
        return `${p(y, 4)}-${p(mo)}-${p(d)}${time ? `T${p(h)}:${p(mi)}` : ''}`;
      }),
    fc.anything(),
  );
  it('instant: the same minutes, or refused, as the regular-expression parser', () => {
    fc.assert(
      fc.property(instantish, (x) => {
        expect(attempt(() => instant(x, 'at'))).toBe(plainInstant(x));
      }),
      { numRuns: 2000 },
    );
    expect(instant('2025-07-01T10:00', 'at')).toBe(toEpochDay('2025-07-01') * 1440 + 600);
  });
  it('instant: remembered dates read back the same day, across slot collisions and years', () => {
    // Every day of 1999-2001 three times (the table of seen dates has 256 slots): each read, first
    // or remembered, is core's day number; an impossible date next to a remembered one is refused.
    for (let pass = 0; pass < 3; pass++)
      for (let day = toEpochDay('1999-01-01'); day <= toEpochDay('2001-12-31'); day++) {
        const d = fromEpochDay(day);
        expect(instant(`${d}T23:59`, 'at')).toBe(day * 1440 + 1439);
        expect(instant(d, 'at')).toBe(day * 1440);
      }
    expect(() => instant('2000-02-30T00:00', 'at')).toThrow(ValidationError);
    expect(() => instant('2001-02-29', 'at')).toThrow(ValidationError);
  });
  it('name: refused exactly when trim() would change it or leave it empty', () => {
    const ws = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2028', '\u200b', 'a', '数');
    const text = fc.oneof(
      fc.string(),
      fc.array(ws, { maxLength: 4 }).map((a) => a.join('')),
      fc
        .tuple(fc.array(ws, { maxLength: 2 }), fc.string(), fc.array(ws, { maxLength: 2 }))
        .map(([a, s, b]) => a.join('') + s + b.join('')),
    );
    fc.assert(
      fc.property(text, (x) => {
        const plain = x.trim() === '' || x.trim() !== x || x.length > 200 ? 'bad' : x;
        expect(attempt(() => name(x, 'p'))).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });
});
