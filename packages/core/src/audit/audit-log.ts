import { ValidationError, type ValidationIssue } from '../errors';
import { optionsObject } from '../options-object';
import type { JsonValue } from '../trace';
import { issuesFromZod, type z } from '../validation';
import { canonicalJson } from './canonical';
import {
  type AuditDigest,
  type AuditEntry,
  type AuditRecord,
  auditHash,
  checkDigest,
  checkEntry,
  freezeRecord,
  GENESIS_HASH,
  recordIssues,
  sealRecord,
  verifiesQuickly,
} from './record';

/** Where a chain must end: the last record's seq and hash, kept apart from the log to catch truncation. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** Why verification failed. */
export type AuditFailure = 'malformed' | 'seq' | 'prevHash' | 'hash' | 'truncated' | 'head';

/** The result of verifying a chain: ok, or the first position (seq, from 1) that does not fit. */
export type AuditVerification =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly firstBadSeq: number;
      readonly reason: AuditFailure;
      readonly message: string;
    };

/**
 * The writing end of a hash chain: it appends and knows its head. A streamed chain
 * ({@link createAuditChain}) keeps nothing else, so its memory stays flat however long it grows.
 */
export interface AuditChain<T extends JsonValue = JsonValue> {
  /** Validates the entry, seals its frozen record (seq, prevHash, hash), passes it on and returns it. */
  append(entry: AuditEntry<T>): AuditRecord<T>;
  readonly length: number;
  /** The last seq and hash (seq 0 and GENESIS_HASH when empty); store it elsewhere to detect truncation. */
  readonly head: AuditHead;
}

/** An append-only, hash-chained log held in memory. There is no update and no delete. */
export interface AuditLog<T extends JsonValue = JsonValue> extends AuditChain<T> {
  /** Validates the entry, then stores and returns its frozen record. */
  append(entry: AuditEntry<T>): AuditRecord<T>;
  readonly records: readonly AuditRecord<T>[];
  verify(): AuditVerification;
  toJsonLines(): string;
}

/** Where a streamed chain's records go, one by one, in order, as they are appended. */
export type AuditSink<T extends JsonValue = JsonValue> = (record: AuditRecord<T>) => void;

/** Options of {@link verifyAuditLog}: where the chain must end, and trusted points along it. */
export interface AuditVerifyOptions {
  /** The last record's seq and hash, kept apart from the log to catch truncation and rewrites. */
  readonly head?: AuditHead;
  /**
   * Earlier heads kept apart from the log (for example one per day): a rewrite that re-sealed
   * every later record is then placed after the last checkpoint that still fits.
   */
  readonly checkpoints?: readonly AuditHead[];
  /** The SHA-256 to use (default: core's JS SHA-256); see {@link AuditDigest}. */
  readonly digest?: AuditDigest;
}

const HEAD_HASH = /^[0-9a-f]{64}$/;

function checkHead(head: unknown, path: string): AuditHead {
  if (typeof head !== 'object' || head === null)
    throw ValidationError.of(path, 'must be { seq, hash }', '应为 { seq, hash }');
  const { seq, hash } = head as AuditHead;
  if (!Number.isSafeInteger(seq) || seq < 0)
    throw ValidationError.of(`${path}.seq`, 'must be an integer >= 0', '应为不小于 0 的整数');
  if (typeof hash !== 'string' || !HEAD_HASH.test(hash))
    throw ValidationError.of(`${path}.hash`, 'must be 64 lowercase hex digits', '应为 64 位小写十六进制');
  return { seq, hash };
}

/** The checked options of a verification (the batch and the streaming verifier read the same). */
function verifyOptions(options: AuditVerifyOptions): {
  head: AuditHead | undefined;
  marks: AuditHead[];
  digest: AuditDigest;
} {
  if (typeof options !== 'object' || options === null)
    throw ValidationError.of('options', 'must be an object', '应为对象');
  const head = options.head === undefined ? undefined : checkHead(options.head, 'options.head');
  const checkpoints = options.checkpoints ?? [];
  if (!Array.isArray(checkpoints))
    throw ValidationError.of('options.checkpoints', 'must be an array', '应为数组');
  const marks = checkpoints.map((c, i) => checkHead(c, `options.checkpoints.${i}`));
  const digest = checkDigest(options.digest, 'options.digest');
  return { head, marks, digest };
}

/**
 * Verifies a chain: every record well-formed, numbered 1, 2, …, linked to its predecessor's hash
 * and hashing to its own `hash`. Reports the first record that differs from an untouched chain, so
 * a modified, reordered, deleted or inserted record is found where it happened (an inserted record
 * that fits the chain is found where the displaced original links to the same predecessor). A
 * deleted last record, or a rewrite that re-sealed every later record, is only detectable against
 * a `head` kept elsewhere; the head alone cannot say where such a rewrite began, so it is placed
 * after the last `checkpoints` entry that still fits (record 1 without checkpoints).
 * @throws ValidationError naming `options.head.<field>` or `options.checkpoints.<i>.<field>`.
 * @example
 * verifyAuditLog(records); // { ok: true }
 * verifyAuditLog(tampered); // { ok: false, firstBadSeq: 3, reason: 'hash', message: '...' }
 */
export function verifyAuditLog(
  records: readonly AuditRecord<JsonValue>[],
  options: AuditVerifyOptions = {},
): AuditVerification {
  const { head, marks, digest } = verifyOptions(options);
  if (!Array.isArray(records))
    return { ok: false, firstBadSeq: 1, reason: 'malformed', message: 'records must be an array' };
  // hash → position (from 1; 0 for the genesis) of the records verified so far
  const positions = new Map<string, number>([[GENESIS_HASH, 0]]);
  let prev = GENESIS_HASH;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const seq = i + 1;
    // The quick path accepts only a record every check below would pass (issue 23).
    if (verifiesQuickly(r, seq, prev, digest)) {
      prev = r.hash;
      positions.set(r.hash, seq);
      continue;
    }
    const fail = (reason: AuditFailure, message: string, at = seq): AuditVerification => ({
      ok: false,
      firstBadSeq: at,
      reason,
      message,
    });
    const issues = recordIssues(r, `records.${i}`);
    if (issues.length > 0)
      return fail('malformed', issues.map((x) => `${x.path}: ${x.message.en}`).join('; '));
    if (r.seq !== seq || r.prevHash !== prev) {
      // A record that links to an earlier record q (not the one before it) while a different
      // record already follows q: the chain forks after q, and the first record that differs is
      // the one at q + 1 (an inserted record that fits). A copy of q + 1 is itself the insertion.
      const q = positions.get(r.prevHash);
      const at = q !== undefined && q < seq - 1 && records[q]!.hash !== r.hash ? q + 1 : seq;
      if (r.seq !== seq) return fail('seq', `position ${seq} holds seq ${r.seq}`, at);
      return fail('prevHash', `record ${seq} does not link to the hash of record ${seq - 1}`, at);
    }
    if (auditHash(r, digest) !== r.hash)
      return fail('hash', `record ${seq}'s content does not match its hash`);
    prev = r.hash;
    positions.set(r.hash, seq);
  }
  const points = [...marks, ...(head === undefined ? [] : [head])].sort((a, b) => a.seq - b.seq);
  return verdictAtEnd(records.length, prev, points, marks, head, (seq) => records[seq - 1]?.hash);
}

/**
 * The verdict once every record has verified: against the checkpoints and the head. `points` are
 * the checkpoints and the head sorted by seq; `hashAt(seq)` is the hash of the record at seq.
 */
function verdictAtEnd(
  n: number,
  prev: string,
  points: readonly AuditHead[],
  marks: readonly AuditHead[],
  head: AuditHead | undefined,
  hashAt: (seq: number) => string | undefined,
): AuditVerification {
  // After the last trusted point that still fits, everything may have been re-sealed.
  let trusted = 0;
  for (const m of points) {
    if (m.seq === 0 ? m.hash === GENESIS_HASH : m.seq <= n && hashAt(m.seq) === m.hash) trusted = m.seq;
    else break;
  }
  for (const m of marks) {
    if (m.seq > n)
      return {
        ok: false,
        firstBadSeq: n + 1,
        reason: 'truncated',
        message: `log ends at ${n}, a checkpoint is at ${m.seq}`,
      };
  }
  if (head !== undefined) {
    if (n < head.seq) {
      return {
        ok: false,
        firstBadSeq: n + 1,
        reason: 'truncated',
        message: `log ends at ${n}, head is ${head.seq}`,
      };
    }
    if (n > head.seq || prev !== head.hash) {
      return {
        ok: false,
        firstBadSeq: trusted + 1,
        reason: 'head',
        message:
          trusted === head.seq
            ? `records after the head (${head.seq}) were added`
            : `the chain differs from the expected head after record ${trusted} (re-sealed or replaced)`,
      };
    }
  }
  if (trusted < Math.max(0, ...marks.map((m) => m.seq))) {
    return {
      ok: false,
      firstBadSeq: trusted + 1,
      reason: 'head',
      message: `the chain differs from a checkpoint after record ${trusted}`,
    };
  }
  return { ok: true };
}

/**
 * JSON lines: one record per line, canonical JSON (sorted keys), each line ended by `\n`.
 * @example
 * toAuditJsonLines(log.records); // '{"action":"...","actor":"...",...}\n...'
 */
export function toAuditJsonLines(records: readonly AuditRecord<JsonValue>[]): string {
  if (!Array.isArray(records)) {
    throw ValidationError.of('records', 'must be an array of audit records', '应为审计记录数组');
  }
  return records.map((r) => `${canonicalJson(r as unknown as JsonValue)}\n`).join('');
}

/**
 * Parses JSON lines back into frozen records, validating each line's shape and, with `data`, its
 * data against a zod schema (the data is kept exactly as written, so hashes still match). Does not
 * verify the chain: call `verifyAuditLog` (or `createAuditLog({ records })`) for that.
 * @throws ValidationError naming each bad line (`lines.<index from 0>`) and field.
 * @example
 * const records = parseAuditLog(text, { data: z.object({ amount: z.string() }) });
 */
export function parseAuditLog<T extends JsonValue = JsonValue>(
  text: string,
  options: { readonly data?: z.ZodType<T> } = {},
): AuditRecord<T>[] {
  if (typeof text !== 'string') throw ValidationError.of('text', 'must be a string', '应为字符串');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const issues: ValidationIssue[] = [];
  const out: AuditRecord<T>[] = [];
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      issues.push({
        path: `lines.${i}`,
        message: { en: `line ${i + 1} is not JSON`, zh: `第 ${i + 1} 行不是 JSON` },
      });
      return;
    }
    const found = recordIssues(value, `lines.${i}`);
    if (found.length === 0 && options.data !== undefined) {
      const checked = options.data.safeParse((value as AuditRecord).data);
      if (!checked.success) found.push(...issuesFromZod(checked.error, `lines.${i}.data`));
    }
    // Only canonical lines are read: '5.0', '5e0', '-0', blanks, another key order or a duplicated
    // key parse to a value whose hash still matches, so a line could change yet verify (issue 32).
    if (found.length === 0 && canonicalJson(value as JsonValue) !== line) {
      found.push({
        path: `lines.${i}`,
        message: {
          en: `line ${i + 1} is not canonical JSON (sorted keys, no blanks or duplicated keys, numbers as JSON.stringify writes them)`,
          zh: `第 ${i + 1} 行不是规范 JSON（键排序、无空白和重复键、数字按 JSON.stringify 书写）`,
        },
      });
    }
    if (found.length > 0) issues.push(...found);
    else {
      out.push(freezeRecord(value as AuditRecord<T>, `lines.${i}`));
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return out;
}

/**
 * Creates an append-only, SHA-256 hash-chained audit log, empty or resumed from verified records.
 * `digest` computes the same SHA-256 another way (node:crypto's in Node, say); it is checked.
 * @throws ValidationError when the given `records` do not verify (path `records.<index>`), or
 * naming `options.digest`.
 * @example
 * const log = createAuditLog<{ amount: string }>();
 * log.append({ at: '2025-03-04T09:30', actor: 'clerk-7', action: 'refund.issue', data: { amount: '120.00' } });
 * log.verify(); // { ok: true }
 */
export function createAuditLog<T extends JsonValue = JsonValue>(
  options: { readonly records?: readonly AuditRecord<T>[]; readonly digest?: AuditDigest } = {},
): AuditLog<T> {
  optionsObject(options);
  const digest = checkDigest(options.digest, 'options.digest');
  const records: AuditRecord<T>[] = [];
  if (options.records !== undefined) {
    const check = verifyAuditLog(options.records, { digest });
    if (!check.ok) {
      throw ValidationError.of(
        `records.${check.firstBadSeq - 1}`,
        check.message,
        `审计链校验失败（${check.reason}）`,
      );
    }
    records.push(...options.records.map((r, i) => freezeRecord(r, `records.${i}`)));
  }
  const view: readonly AuditRecord<T>[] = records;
  return {
    append(entry) {
      const last = records[records.length - 1];
      const record = seal(entry, records.length + 1, last?.hash ?? GENESIS_HASH, digest);
      records.push(record);
      return record;
    },
    get records() {
      return view.slice();
    },
    get length() {
      return records.length;
    },
    get head() {
      const last = records[records.length - 1];
      return { seq: records.length, hash: last?.hash ?? GENESIS_HASH };
    },
    verify() {
      return verifyAuditLog(records, { digest });
    },
    toJsonLines() {
      return toAuditJsonLines(records);
    },
  };
}

/** Validates an entry (data copied and frozen once) and seals its record. */
function seal<T extends JsonValue>(
  entry: AuditEntry<T>,
  seq: number,
  prevHash: string,
  digest: AuditDigest,
): AuditRecord<T> {
  const { issues, data } = checkEntry(entry, 'entry');
  if (issues.length > 0) throw new ValidationError(issues);
  return sealRecord(entry, seq, prevHash, digest, data as T);
}

/** Options of {@link createAuditChain}. */
export interface AuditChainOptions<T extends JsonValue = JsonValue> {
  /** Receives each record as it is appended (write it to a file, a socket, an array). */
  readonly sink: AuditSink<T>;
  /** Continue a chain whose records are elsewhere: the head of its last record (default: empty). */
  readonly head?: AuditHead;
  /** The SHA-256 to use (default: core's JS SHA-256); see {@link AuditDigest}. */
  readonly digest?: AuditDigest;
}

/**
 * A streamed hash chain: each appended record goes to `sink` at once and only the head (last seq
 * and hash) is kept, so memory stays flat over millions of records. The records are the ones
 * {@link createAuditLog} would hold, byte for byte; verify them as they are read back with
 * {@link createAuditVerifier}. A record the sink refuses (throws) is not counted: the chain stays
 * at the previous head and the error propagates.
 * @throws ValidationError naming `options.sink`, `options.head.<field>` or `options.digest`.
 * @example
 * const out: string[] = [];
 * const chain = createAuditChain({ sink: (r) => out.push(canonicalJson(r)) });
 * chain.append({ at: '2025-03-04T09:30', actor: 'clerk-7', action: 'case.open', data: {} });
 * chain.head; // { seq: 1, hash: '…' }
 */
export function createAuditChain<T extends JsonValue = JsonValue>(
  options: AuditChainOptions<T>,
): AuditChain<T> {
  const sink = optionsObject(options).sink;
  if (typeof sink !== 'function')
    throw ValidationError.of(
      'options.sink',
      'must be a function (record) => void',
      '应为函数 (record) => void',
    );
  const start =
    options.head === undefined ? { seq: 0, hash: GENESIS_HASH } : checkHead(options.head, 'options.head');
  const digest = checkDigest(options.digest, 'options.digest');
  let seq = start.seq;
  let hash = start.hash;
  return {
    append(entry) {
      const record = seal(entry, seq + 1, hash, digest);
      sink(record);
      seq = record.seq;
      hash = record.hash;
      return record;
    },
    get length() {
      return seq;
    },
    get head() {
      return { seq, hash };
    },
  };
}

/** Reads a chain record by record: {@link createAuditVerifier}. */
export interface AuditVerifier {
  /** Checks the next record; false once the chain has failed (later records are not looked at). */
  push(record: AuditRecord<JsonValue>): boolean;
  /** How many records were pushed. */
  readonly count: number;
  /** The verdict over every record pushed, against the options' head and checkpoints. */
  end(): AuditVerification;
}

/**
 * Verifies a chain as it is read, one record at a time, keeping only the last hash (flat memory).
 * Its verdict is {@link verifyAuditLog}'s for the same records, with one difference: a record
 * that links to an earlier record than the one before it is reported where it is read, whereas
 * verifyAuditLog, which holds every hash, can place such an insertion where it forks off.
 * @throws ValidationError naming `options.head.<field>`, `options.checkpoints.<i>.<field>` or
 * `options.digest`.
 * @example
 * const v = createAuditVerifier({ head });
 * for (const line of lines) v.push(JSON.parse(line));
 * v.end(); // { ok: true }
 */
export function createAuditVerifier(options: AuditVerifyOptions = {}): AuditVerifier {
  const { head, marks, digest } = verifyOptions(options);
  // The trusted points, in order, and the hash found at each (filled as their records pass).
  const points = [...marks, ...(head === undefined ? [] : [head])].sort((a, b) => a.seq - b.seq);
  const found = new Map<number, string>();
  const wanted = new Set(points.map((m) => m.seq));
  let n = 0;
  let prev = GENESIS_HASH;
  let failure: AuditVerification | undefined;
  return {
    push(r) {
      if (failure !== undefined) return false;
      const seq = n + 1;
      n = seq;
      // The quick path accepts only a record every check below would pass (issue 23).
      if (verifiesQuickly(r, seq, prev, digest)) {
        prev = r.hash;
        if (wanted.has(seq)) found.set(seq, r.hash);
        return true;
      }
      const fail = (reason: AuditFailure, message: string): false => {
        failure = { ok: false, firstBadSeq: seq, reason, message };
        return false;
      };
      const issues = recordIssues(r, `records.${seq - 1}`);
      if (issues.length > 0)
        return fail('malformed', issues.map((x) => `${x.path}: ${x.message.en}`).join('; '));
      if (r.seq !== seq) return fail('seq', `position ${seq} holds seq ${r.seq}`);
      if (r.prevHash !== prev)
        return fail('prevHash', `record ${seq} does not link to the hash of record ${seq - 1}`);
      if (auditHash(r, digest) !== r.hash)
        return fail('hash', `record ${seq}'s content does not match its hash`);
      prev = r.hash;
      if (wanted.has(seq)) found.set(seq, r.hash);
      return true;
    },
    get count() {
      return n;
    },
    end() {
      if (failure !== undefined) return failure;
      return verdictAtEnd(n, prev, points, marks, head, (seq) => found.get(seq));
    },
  };
}
