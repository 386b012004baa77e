// Issue 23: the streamed chain, the streaming verifier, a caller's digest and the fast canonical
// encoding. Each is checked against what it replaces: createAuditLog's records, verifyAuditLog's
// verdict, core's JS SHA-256 and the plain canonical encoder kept below as a test oracle.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditEntryArb } from '../src/arbitraries';
import { checkedCanonicalJson } from '../src/audit/canonical';
import { recordIssues } from '../src/audit/record';
import {
  type AuditEntry,
  type AuditHead,
  type AuditRecord,
  auditHash,
  canonicalJson,
  createAuditChain,
  createAuditLog,
  createAuditVerifier,
  GENESIS_HASH,
  type JsonValue,
  sha256Hex,
  verifyAuditLog,
} from '../src/index';
import { validationErrorOf } from '../src/testing/index';

type Rec = AuditRecord<JsonValue>;
const nodeDigest = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The canonical encoder as it was before issue 23 (map, join, always sort): the oracle. */
function plainCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(plainCanonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${plainCanonical(obj[k])}`)
    .join(',')}}`;
}

const entriesArb = (min: number) => fc.array(auditEntryArb(), { minLength: min, maxLength: 12 });

/** Records as a streamed chain writes them. */
function streamed(entries: readonly AuditEntry[]) {
  const out: Rec[] = [];
  const chain = createAuditChain({ sink: (r) => out.push(r) });
  for (const e of entries) chain.append(e);
  return { out, chain };
}

function verifyStreaming(
  records: readonly Rec[],
  options: { head?: AuditHead; checkpoints?: AuditHead[] } = {},
) {
  const v = createAuditVerifier(options);
  for (const r of records) if (!v.push(r)) break;
  return v.end();
}

describe('canonical JSON: the fast encoder writes the plain one’s bytes', () => {
  it('any JSON value, keys in any order, the same text as the plain encoder', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v as JsonValue)).toBe(plainCanonical(v));
      }),
      { numRuns: 1000 },
    );
  });
  it('the checked encoder the verifiers use writes the same text, and refuses what is not plain JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(checkedCanonicalJson(v)).toBe(plainCanonical(v));
      }),
      { numRuns: 1000 },
    );
    class Point {
      x = 1;
    }
    for (const bad of [
      undefined,
      Number.NaN,
      Infinity,
      new Date(0),
      new Point(),
      [1, undefined],
      { a: () => 1 },
    ])
      expect(checkedCanonicalJson({ deep: [bad] })).toBeUndefined();
  });
  it('a record’s hash is SHA-256 of the generic canonical JSON of its content', () => {
    fc.assert(
      fc.property(auditEntryArb(), fc.integer({ min: 1, max: 2 ** 40 }), (e, seq) => {
        const content = {
          seq,
          at: e.at,
          actor: e.actor,
          action: e.action,
          data: e.data,
          prevHash: GENESIS_HASH,
        };
        expect(auditHash(content)).toBe(nodeDigest(plainCanonical(content)));
      }),
      { numRuns: 1000 },
    );
  });
  it('a worked record: keys sorted, no blanks', () => {
    const content = {
      seq: 1,
      at: '2025-06-01T09:00',
      actor: 'bank',
      action: 'decide',
      data: { b: 1, a: ['x'] },
      prevHash: GENESIS_HASH,
    };
    expect(auditHash(content)).toBe(
      nodeDigest(
        `{"action":"decide","actor":"bank","at":"2025-06-01T09:00","data":{"a":["x"],"b":1},"prevHash":"${GENESIS_HASH}","seq":1}`,
      ),
    );
  });
});

describe('a caller’s digest', () => {
  it('node:crypto’s SHA-256 gives the same records as the default JS SHA-256', () => {
    fc.assert(
      fc.property(entriesArb(0), (entries) => {
        const a = createAuditLog();
        const b = createAuditLog({ digest: nodeDigest });
        for (const e of entries) {
          a.append(e);
          b.append(e);
        }
        expect(b.records).toEqual(a.records);
        expect(verifyAuditLog(a.records, { digest: nodeDigest })).toEqual({ ok: true });
      }),
    );
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('a digest that is not SHA-256 hex of UTF-8 is refused naming options.digest', () => {
    const wrong = [
      (s: string) => createHash('sha256').update(s, 'utf8').digest('hex').toUpperCase(),
      (s: string) => createHash('sha256').update(s, 'latin1').digest('hex'),
      (s: string) => createHash('sha512').update(s).digest('hex').slice(0, 64),
      () => {
        throw new Error('no');
      },
      'sha256',
    ];
    for (const digest of wrong) {
      for (const make of [
        () => createAuditLog({ digest: digest as never }),
        () => createAuditChain({ sink: () => {}, digest: digest as never }),
        () => verifyAuditLog([], { digest: digest as never }),
        () => createAuditVerifier({ digest: digest as never }),
      ]) {
        expect(validationErrorOf(make).issues.map((i) => i.path)).toEqual(['options.digest']);
      }
    }
  });
});

describe('streamed chain', () => {
  it('sends the records createAuditLog would hold, in order, and keeps the same head', () => {
    fc.assert(
      fc.property(entriesArb(0), (entries) => {
        const log = createAuditLog();
        for (const e of entries) log.append(e);
        const { out, chain } = streamed(entries);
        expect(out).toEqual(log.records);
        expect(chain.head).toEqual(log.head);
        expect(chain.length).toBe(entries.length);
        expect(out.every((r) => Object.isFrozen(r) && Object.isFrozen(r.data))).toBe(true);
      }),
    );
  });
  it('resumed from a head, continues the chain as if it had never stopped', () => {
    fc.assert(
      fc.property(entriesArb(0), entriesArb(0), (first, second) => {
        const whole = streamed([...first, ...second]).out;
        const a = streamed(first);
        const rest: Rec[] = [];
        const b = createAuditChain({ sink: (r) => rest.push(r), head: a.chain.head });
        for (const e of second) b.append(e);
        expect([...a.out, ...rest]).toEqual(whole);
      }),
    );
  });
  it('bad input: a bad entry names its field and sends nothing; a failing sink leaves the head', () => {
    const out: Rec[] = [];
    const chain = createAuditChain({ sink: (r) => out.push(r) });
    const e = validationErrorOf(() =>
      chain.append({ at: '2025-13-01', actor: '', action: 'x', data: { n: Number.NaN } }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['entry.at', 'entry.actor', 'entry.data.n']);
    expect(out).toEqual([]);
    expect(chain.head).toEqual({ seq: 0, hash: GENESIS_HASH });
    let refuse = true;
    const picky = createAuditChain({
      sink: () => {
        if (refuse) throw new Error('disk full');
      },
    });
    expect(() => picky.append({ at: '2025-01-01', actor: 'a', action: 'b', data: 1 })).toThrow('disk full');
    expect(picky.head).toEqual({ seq: 0, hash: GENESIS_HASH });
    refuse = false;
    expect(picky.append({ at: '2025-01-01', actor: 'a', action: 'b', data: 1 }).seq).toBe(1);
    expect(validationErrorOf(() => createAuditChain({ sink: 'file' as never })).issues[0]?.path).toBe(
      'options.sink',
    );
    expect(
      validationErrorOf(() => createAuditChain({ sink: () => {}, head: { seq: -1, hash: GENESIS_HASH } }))
        .issues[0]?.path,
    ).toBe('options.head.seq');
  });
});

/**
 * The streaming verifier as it was before its quick path (issue 23): issues of each record's shape
 * first, then its seq, its link and its hash. The test oracle of the verdicts.
 */
function carefulVerify(records: readonly Rec[]) {
  let prev = GENESIS_HASH;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const seq = i + 1;
    const fail = (reason: string, message: string) => ({ ok: false, firstBadSeq: seq, reason, message });
    const issues = recordIssues(r, `records.${i}`);
    if (issues.length > 0)
      return fail('malformed', issues.map((x) => `${x.path}: ${x.message.en}`).join('; '));
    if (r.seq !== seq) return fail('seq', `position ${seq} holds seq ${r.seq}`);
    if (r.prevHash !== prev)
      return fail('prevHash', `record ${seq} does not link to the hash of record ${seq - 1}`);
    if (auditHash(r) !== r.hash) return fail('hash', `record ${seq}'s content does not match its hash`);
    prev = r.hash;
  }
  return { ok: true };
}

describe('streaming verifier', () => {
  it('an untouched chain verifies, against its head and a checkpoint too', () => {
    fc.assert(
      fc.property(entriesArb(1), fc.nat(), (entries, i) => {
        const { out, chain } = streamed(entries);
        const mark = { seq: out[i % out.length]!.seq, hash: out[i % out.length]!.hash };
        expect(verifyStreaming(out)).toEqual({ ok: true });
        expect(verifyStreaming(out, { head: chain.head, checkpoints: [mark] })).toEqual({ ok: true });
        const v = createAuditVerifier();
        for (const r of out) v.push(r);
        expect(v.count).toBe(out.length);
      }),
    );
  });
  it('a changed field fails at its record, exactly as verifyAuditLog says', () => {
    fc.assert(
      fc.property(
        entriesArb(1),
        fc.nat(),
        fc.constantFrom('data', 'actor', 'at', 'action', 'seq', 'prevHash', 'hash'),
        (entries, i, field) => {
          const rs = streamed(entries).out.slice();
          const k = i % rs.length;
          const r = rs[k]!;
          const changed = {
            data: { tampered: [r.data] },
            actor: `${r.actor}x`,
            action: `${r.action}x`,
            at: r.at === '2020-01-01' ? '2020-01-02' : '2020-01-01',
            seq: r.seq + 1,
            prevHash: r.hash,
            hash: r.prevHash,
          }[field];
          rs[k] = { ...r, [field]: changed } as Rec;
          const streamedVerdict = verifyStreaming(rs);
          expect(streamedVerdict).toEqual(verifyAuditLog(rs));
          expect(streamedVerdict.ok ? 0 : streamedVerdict.firstBadSeq).toBe(k + 1);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('deleted, swapped, appended or cut records: fails whenever verifyAuditLog fails, never earlier', () => {
    fc.assert(
      fc.property(
        entriesArb(1),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('delete', 'swap', 'cut', 'copy'),
        (entries, i, j, how) => {
          const { out, chain } = streamed(entries);
          const rs = out.slice();
          const a = i % rs.length;
          const b = j % rs.length;
          if (how === 'delete') rs.splice(a, 1);
          if (how === 'swap') [rs[a], rs[b]] = [rs[b]!, rs[a]!];
          if (how === 'cut') rs.length = a;
          if (how === 'copy') rs.splice(a, 0, rs[b]!);
          const batch = verifyAuditLog(rs, { head: chain.head });
          const stream = verifyStreaming(rs, { head: chain.head });
          expect(stream.ok).toBe(batch.ok);
          if (!stream.ok && !batch.ok) expect(stream.firstBadSeq).toBeGreaterThanOrEqual(batch.firstBadSeq);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('any single field of any record changed to any value (hostile ones too) fails at that record, with the careful verifier’s verdict', () => {
    class Point {
      x = 1;
    }
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom<unknown>(
        undefined,
        Number.NaN,
        Infinity,
        -1,
        0,
        1.5,
        '',
        'x',
        '2025-02-30',
        '2025-01-01T24:00',
        'a'.repeat(64),
        'A'.repeat(64),
        'g'.repeat(64),
        new Date(0),
        new Point(),
        [undefined],
        { nested: { fn: () => 1 } },
      ),
    );
    fc.assert(
      fc.property(
        entriesArb(1),
        fc.nat(),
        fc.constantFrom('data', 'actor', 'at', 'action', 'seq', 'prevHash', 'hash', 'extra', 'delete'),
        fc.constantFrom('data', 'actor', 'at', 'action', 'seq', 'prevHash', 'hash'),
        hostile,
        (entries, i, how, deleted, value) => {
          const rs = streamed(entries).out.slice();
          const k = i % rs.length;
          const r = rs[k]!;
          let changed: Record<string, unknown>;
          // An extra key is named by the value's type: String(value) throws for a JSON object with
          // a "toString" key ({"toString":[]}, FC_SEED=19264727).
          if (how === 'delete') {
            changed = { ...r };
            delete changed[deleted];
          } else if (how === 'extra') changed = { ...r, [`x${typeof value}`]: value };
          else {
            const old = (r as unknown as Record<string, unknown>)[how];
            // Not a change: the same value, or data whose canonical bytes are the same (0 and -0).
            fc.pre(!Object.is(old, value));
            if (how === 'data') fc.pre(checkedCanonicalJson(value) !== checkedCanonicalJson(old));
            changed = { ...r, [how]: value };
          }
          rs[k] = changed as unknown as Rec;
          const verdict = verifyStreaming(rs);
          expect(verdict).toEqual(carefulVerify(rs));
          expect(verdict.ok ? 0 : verdict.firstBadSeq).toBe(k + 1);
          const batch = verifyAuditLog(rs);
          expect(batch.ok ? 0 : batch.firstBadSeq).toBe(k + 1);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('stops reading at the first bad record', () => {
    const { out } = streamed([
      { at: '2025-01-01', actor: 'a', action: 'x', data: 1 },
      { at: '2025-01-02', actor: 'a', action: 'x', data: 2 },
      { at: '2025-01-03', actor: 'a', action: 'x', data: 3 },
    ]);
    const v = createAuditVerifier();
    expect(v.push(out[0]!)).toBe(true);
    expect(v.push({ ...out[1]!, data: 20 })).toBe(false);
    expect(v.push(out[2]!)).toBe(false);
    expect(v.end()).toMatchObject({ ok: false, firstBadSeq: 2, reason: 'hash' });
  });
});
