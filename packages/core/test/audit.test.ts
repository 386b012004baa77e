import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditEntryArb } from '../src/arbitraries';
import {
  type AuditRecord,
  auditHash,
  canonicalJson,
  createAuditLog,
  GENESIS_HASH,
  type JsonValue,
  parseAuditLog,
  verifyAuditLog,
  z,
} from '../src/index';
import { validationErrorOf } from '../src/testing/index';

const entry = {
  at: '2025-03-04T09:30',
  actor: 'clerk-7',
  action: 'refund.issue',
  data: { taxpayer: '91440101MA59XXXX1X', amount: '120.00' },
};
const sha256hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('audit log: worked examples', () => {
  it('hashes the canonical JSON (sorted keys) of seq, at, actor, action, data and prevHash', () => {
    const log = createAuditLog();
    const r = log.append(entry);
    const canonical = `{"action":"refund.issue","actor":"clerk-7","at":"2025-03-04T09:30","data":{"amount":"120.00","taxpayer":"91440101MA59XXXX1X"},"prevHash":"${'0'.repeat(64)}","seq":1}`;
    expect(r).toEqual({ ...entry, seq: 1, prevHash: GENESIS_HASH, hash: sha256hex(canonical) });
    const r2 = log.append({ ...entry, action: 'refund.paid', data: null });
    expect(r2.seq).toBe(2);
    expect(r2.prevHash).toBe(r.hash);
    expect(log.head).toEqual({ seq: 2, hash: r2.hash });
    expect(log.verify()).toEqual({ ok: true });
  });
  it('stores frozen copies: changing the caller object or the record changes nothing', () => {
    const log = createAuditLog();
    const data = { items: [1, 2] };
    const r = log.append({ ...entry, data });
    data.items.push(3);
    expect(r.data).toEqual({ items: [1, 2] });
    expect(Object.isFrozen(r) && Object.isFrozen(r.data)).toBe(true);
    expect(() => {
      (r as { actor: string }).actor = 'mallory';
    }).toThrow(TypeError);
    expect(log.verify()).toEqual({ ok: true });
  });
  it('round-trips through JSON lines, one canonical record per line', () => {
    const log = createAuditLog();
    log.append(entry);
    log.append({ ...entry, at: '2025-03-05', data: ['a', { z: 1, a: 2 }] });
    const text = log.toJsonLines();
    expect(text.split('\n')).toHaveLength(3); // two lines and the final newline
    const back = parseAuditLog(text);
    expect(back).toEqual(log.records);
    expect(verifyAuditLog(back)).toEqual({ ok: true });
    const resumed = createAuditLog({ records: back });
    expect(resumed.append(entry).seq).toBe(3);
    expect(resumed.verify()).toEqual({ ok: true });
  });
});

describe('audit log: bad input', () => {
  it('append names every bad field and leaves the log unchanged', () => {
    const log = createAuditLog();
    const e = validationErrorOf(() =>
      log.append({ at: '2025-02-30T09:00', actor: '', action: 'x', data: { n: Number.NaN } }),
    );
    expect(e.paths).toEqual(['entry.at', 'entry.actor', 'entry.data.n']);
    expect(validationErrorOf(() => log.append({ ...entry, data: { f: (() => 1) as never } })).paths).toEqual([
      'entry.data.f',
    ]);
    expect(validationErrorOf(() => log.append({ ...entry, at: '2025-03-04 09:30' })).paths).toEqual([
      'entry.at',
    ]);
    expect(log.length).toBe(0);
  });
  it('parse names the bad lines and fields', () => {
    const good = createAuditLog();
    good.append(entry);
    const [line] = good.toJsonLines().split('\n');
    const noActor = JSON.stringify({ ...JSON.parse(line!), actor: undefined });
    const e = validationErrorOf(() => parseAuditLog(`${line}\nnot json\n${noActor}\n`));
    expect(e.paths).toEqual(['lines.1', 'lines.2.actor']);
    const wrongData = validationErrorOf(() =>
      parseAuditLog(`${line}\n`, { data: z.object({ amount: z.number() }) }),
    );
    expect(wrongData.paths).toEqual(['lines.0.data.amount']);
    const typed = parseAuditLog(`${line}\n`, {
      data: z.object({ amount: z.string(), taxpayer: z.string() }),
    });
    expect(typed[0]!.data.amount).toBe('120.00');
  });
  it('refuses to resume from a broken chain', () => {
    const log = createAuditLog();
    log.append(entry);
    log.append(entry);
    const [a, b] = log.records;
    expect(validationErrorOf(() => createAuditLog({ records: [b!, a!] })).paths).toEqual(['records.0']);
  });
});

// Tampering, each a single change to an untouched chain of at least `min` records.
type Rec = AuditRecord<JsonValue>;
const logArb = (min: number) =>
  fc.array(auditEntryArb(), { minLength: min, maxLength: 12 }).map((entries) => {
    const log = createAuditLog();
    for (const e of entries) log.append(e);
    return log;
  });
const expectBadAt = (records: readonly Rec[], seq: number, head?: { seq: number; hash: string }) => {
  const v = verifyAuditLog(records, head === undefined ? {} : { head });
  expect(v.ok).toBe(false);
  if (!v.ok) expect(v.firstBadSeq).toBe(seq);
};

describe('audit log: properties', () => {
  it('an untouched log always verifies, also against its head and after a JSON-lines round trip', () => {
    fc.assert(
      fc.property(logArb(0), (log) => {
        expect(log.verify()).toEqual({ ok: true });
        expect(verifyAuditLog(parseAuditLog(log.toJsonLines()), { head: log.head })).toEqual({ ok: true });
      }),
    );
  });
  it('a changed data, actor or at is detected at that record', () => {
    fc.assert(
      fc.property(logArb(1), fc.nat(), fc.constantFrom('data', 'actor', 'at'), (log, i, field) => {
        const rs = log.records.slice();
        const k = i % rs.length;
        const r = rs[k]!;
        const changed = {
          data: { tampered: [r.data] },
          actor: `${r.actor}x`,
          at: r.at === '2020-01-01' ? '2020-01-02' : '2020-01-01',
        }[field];
        rs[k] = { ...r, [field]: changed };
        expectBadAt(rs, k + 1);
      }),
    );
  });
  it('swapping two records is detected at the earlier position', () => {
    fc.assert(
      fc.property(logArb(2), fc.nat(), fc.nat(), (log, i, j) => {
        const rs = log.records.slice();
        const [a, b] = [i % rs.length, j % rs.length].sort((x, y) => x - y) as [number, number];
        fc.pre(a !== b);
        [rs[a], rs[b]] = [rs[b]!, rs[a]!];
        expectBadAt(rs, a + 1);
      }),
    );
  });
  it('deleting a record is detected where it was; deleting the last one, against the head', () => {
    fc.assert(
      fc.property(logArb(1), fc.nat(), (log, i) => {
        const rs = log.records.slice();
        const k = i % rs.length;
        rs.splice(k, 1);
        expectBadAt(rs, k + 1, log.head);
        if (k < rs.length) expectBadAt(rs, k + 1);
      }),
    );
  });
  it('inserting a record is detected where it was inserted, a perfectly forged one too (issue 32)', () => {
    fc.assert(
      fc.property(logArb(1), fc.nat(), fc.nat(), auditEntryArb(), (log, i, j, extra) => {
        const rs = log.records.slice();
        const k = i % (rs.length + 1);
        const copied = rs[j % rs.length]!;
        fc.pre(copied.seq !== k + 1);
        const withCopy = rs.slice();
        withCopy.splice(k, 0, copied);
        expectBadAt(withCopy, k + 1);
        // a forgery that fits the chain at k+1 (right seq, prevHash and hash): the displaced original
        // links to the same predecessor, so the fork is reported at the forgery itself (issue 32:
        // it was blamed one entry late, on the original)
        const prevHash = k === 0 ? GENESIS_HASH : rs[k - 1]!.hash;
        const body = {
          seq: k + 1,
          at: extra.at,
          actor: extra.actor,
          action: extra.action,
          data: extra.data,
          prevHash,
        };
        const forged = { ...body, hash: auditHash(body) };
        const withForgery = rs.slice();
        withForgery.splice(k, 0, forged);
        // appended after the last record, the forgery itself is the first record beyond the head
        expectBadAt(withForgery, k + 1, log.head);
        if (k < rs.length) expectBadAt(withForgery, k + 1); // without the head too
      }),
    );
  });
  it('canonical JSON does not depend on key order and parses back to the same value', () => {
    const reorder = (v: JsonValue): JsonValue => {
      if (v === null || typeof v !== 'object') return v;
      if (Array.isArray(v)) return v.map(reorder);
      const out: Record<string, JsonValue> = {};
      for (const k of Object.keys(v).reverse())
        Object.defineProperty(out, k, {
          value: reorder((v as Record<string, JsonValue>)[k]!),
          enumerable: true,
        });
      return out;
    };
    fc.assert(
      fc.property(fc.jsonValue() as fc.Arbitrary<JsonValue>, (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(reorder(v))).toBe(text);
        expect(canonicalJson(JSON.parse(text) as JsonValue)).toBe(text);
      }),
    );
  });
});

// Issue 32: each of these verified, threw a bare error or blamed the wrong record.
describe('audit log: hostile input (issue 32)', () => {
  const deep = (n: number): JsonValue => {
    let v: JsonValue = 1;
    for (let i = 0; i < n; i++) v = [v];
    return v;
  };
  const twoRecords = () => {
    const log = createAuditLog();
    log.append(entry);
    log.append(entry);
    return log;
  };

  it('20,000-deep data: verify reports malformed at that record, parse and append name the field', () => {
    const log = twoRecords();
    const rs = log.records.slice();
    rs[1] = { ...rs[1]!, data: deep(20_000) };
    const v = verifyAuditLog(rs);
    expect(v).toMatchObject({ ok: false, firstBadSeq: 2, reason: 'malformed' });
    // the path names the level where the limit is reached: entry.data.0.0.…
    expect(validationErrorOf(() => log.append({ ...entry, data: deep(20_000) })).paths[0]).toMatch(
      /^entry\.data(\.0)+$/,
    );
    expect(validationErrorOf(() => canonicalJson(deep(20_000))).paths[0]).toMatch(/^value(\.0)+$/);
    const line = `{"action":"a","actor":"b","at":"2025-01-01","data":${'['.repeat(20_000)}1${']'.repeat(20_000)},"hash":"${'0'.repeat(64)}","prevHash":"${GENESIS_HASH}","seq":1}`;
    expect(validationErrorOf(() => parseAuditLog(line)).paths[0]).toMatch(/^lines\.0/);
  });

  it('a head whose seq is NaN, or whose hash is not a hash, is refused naming the field', () => {
    const log = twoRecords();
    expect(
      validationErrorOf(() => verifyAuditLog(log.records, { head: { seq: Number.NaN, hash: log.head.hash } }))
        .paths,
    ).toEqual(['options.head.seq']);
    expect(
      validationErrorOf(() => verifyAuditLog(log.records, { head: { seq: 2, hash: 'x' } })).paths,
    ).toEqual(['options.head.hash']);
  });

  it('-0, 5.0, 5e0 and duplicated keys in a line are refused on parse (only canonical lines are read)', () => {
    const log = createAuditLog();
    log.append({ ...entry, data: { n: 5 } });
    const line = log.toJsonLines().trimEnd();
    expect(parseAuditLog(`${line}\n`)).toHaveLength(1);
    for (const variant of [
      line.replace('"n":5', '"n":5.0'),
      line.replace('"n":5', '"n":5e0'),
      line.replace('"n":5', '"n":-0'),
      line.replace('"n":5', '"n":4,"n":5'),
      line.replace('"actor":', '"actor":"x","actor":'),
    ]) {
      expect(variant).not.toBe(line);
      expect(validationErrorOf(() => parseAuditLog(variant)).paths).toEqual(['lines.0']);
    }
  });

  it('a rewrite with recomputed hashes, caught only by the head, names the first record that may differ', () => {
    const log = createAuditLog();
    for (let i = 0; i < 4; i++) log.append({ ...entry, data: { i } });
    const rs = log.records.slice();
    // rewrite record 2 and re-seal 2..4: the chain holds, only the head no longer fits
    let prev = rs[0]!.hash;
    for (let k = 1; k < 4; k++) {
      const body = { ...rs[k]!, data: k === 1 ? { i: 99 } : rs[k]!.data, prevHash: prev };
      const { hash: _old, ...content } = body;
      rs[k] = { ...content, hash: auditHash(content) };
      prev = rs[k]!.hash;
    }
    expect(verifyAuditLog(rs)).toEqual({ ok: true });
    // the head alone cannot say which record changed: the first one that may differ is record 1,
    // never the head (record 4); checkpoints narrow it down
    expect(verifyAuditLog(rs, { head: log.head })).toMatchObject({
      ok: false,
      firstBadSeq: 1,
      reason: 'head',
    });
    const checkpoint = { seq: 1, hash: log.records[0]!.hash };
    expect(verifyAuditLog(rs, { head: log.head, checkpoints: [checkpoint] })).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      reason: 'head',
    });
  });

  it('canonicalJson refuses undefined, functions, symbols and bigints instead of writing invalid JSON', () => {
    expect(validationErrorOf(() => canonicalJson({ a: undefined } as never)).paths).toEqual(['value.a']);
    expect(validationErrorOf(() => canonicalJson([1, () => 1] as never)).paths).toEqual(['value.1']);
    expect(validationErrorOf(() => canonicalJson({ b: 1n } as never)).paths).toEqual(['value.b']);
    expect(validationErrorOf(() => canonicalJson(Symbol('s') as never)).paths).toEqual(['value']);
  });
});
