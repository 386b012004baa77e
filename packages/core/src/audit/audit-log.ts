import { ValidationError, type ValidationIssue } from '../errors';
import type { JsonValue } from '../trace';
import { issuesFromZod, type z } from '../validation';
import { canonicalJson } from './canonical';
import {
  type AuditEntry,
  type AuditRecord,
  auditHash,
  entryIssues,
  freezeRecord,
  GENESIS_HASH,
  recordIssues,
  sealRecord,
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

/** An append-only, hash-chained log. There is no update and no delete. */
export interface AuditLog<T extends JsonValue = JsonValue> {
  /** Validates the entry, then stores and returns its frozen record. */
  append(entry: AuditEntry<T>): AuditRecord<T>;
  readonly records: readonly AuditRecord<T>[];
  readonly length: number;
  /** The last seq and hash (seq 0 and GENESIS_HASH when empty); store it elsewhere to detect truncation. */
  readonly head: AuditHead;
  verify(): AuditVerification;
  toJsonLines(): string;
}

/**
 * Verifies a chain: every record well-formed, numbered 1, 2, …, linked to its predecessor's hash
 * and hashing to its own `hash`. Reports the first position that does not fit, so a modified,
 * reordered, deleted or inserted record is found where it happened. A deleted last record is
 * only detectable against a `head` kept elsewhere.
 * @example
 * verifyAuditLog(records); // { ok: true }
 * verifyAuditLog(tampered); // { ok: false, firstBadSeq: 3, reason: 'hash', message: '...' }
 */
export function verifyAuditLog(
  records: readonly AuditRecord<JsonValue>[],
  options: { readonly head?: AuditHead } = {},
): AuditVerification {
  if (!Array.isArray(records))
    return { ok: false, firstBadSeq: 1, reason: 'malformed', message: 'records must be an array' };
  let prev = GENESIS_HASH;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const seq = i + 1;
    const fail = (reason: AuditFailure, message: string): AuditVerification => ({
      ok: false,
      firstBadSeq: seq,
      reason,
      message,
    });
    const issues = recordIssues(r, `records.${i}`);
    if (issues.length > 0)
      return fail('malformed', issues.map((x) => `${x.path}: ${x.message.en}`).join('; '));
    if (r.seq !== seq) return fail('seq', `position ${seq} holds seq ${r.seq}`);
    if (r.prevHash !== prev)
      return fail('prevHash', `record ${seq} does not link to the hash of record ${seq - 1}`);
    if (auditHash(r) !== r.hash) return fail('hash', `record ${seq}'s content does not match its hash`);
    prev = r.hash;
  }
  const head = options.head;
  if (head !== undefined) {
    const n = records.length;
    if (n < head.seq) {
      return {
        ok: false,
        firstBadSeq: n + 1,
        reason: 'truncated',
        message: `log ends at ${n}, head is ${head.seq}`,
      };
    }
    if (n > head.seq || prev !== head.hash) {
      const seq = Math.min(n, head.seq + 1);
      return {
        ok: false,
        firstBadSeq: Math.max(seq, 1),
        reason: 'head',
        message: 'log does not end at the expected head',
      };
    }
  }
  return { ok: true };
}

/**
 * JSON lines: one record per line, canonical JSON (sorted keys), each line ended by `\n`.
 * @example
 * toAuditJsonLines(log.records); // '{"action":"...","actor":"...",...}\n...'
 */
export function toAuditJsonLines(records: readonly AuditRecord<JsonValue>[]): string {
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
 * @throws ValidationError when the given `records` do not verify (path `records.<index>`).
 * @example
 * const log = createAuditLog<{ amount: string }>();
 * log.append({ at: '2025-03-04T09:30', actor: 'clerk-7', action: 'refund.issue', data: { amount: '120.00' } });
 * log.verify(); // { ok: true }
 */
export function createAuditLog<T extends JsonValue = JsonValue>(
  options: { readonly records?: readonly AuditRecord<T>[] } = {},
): AuditLog<T> {
  const records: AuditRecord<T>[] = [];
  if (options.records !== undefined) {
    const check = verifyAuditLog(options.records);
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
      const issues = entryIssues(entry, 'entry');
      if (issues.length > 0) throw new ValidationError(issues);
      const last = records[records.length - 1];
      const record = sealRecord(entry, records.length + 1, last?.hash ?? GENESIS_HASH);
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
      return verifyAuditLog(records);
    },
    toJsonLines() {
      return toAuditJsonLines(records);
    },
  };
}
