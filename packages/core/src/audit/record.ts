import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { isCivilDate } from '../calendar/civil-date';
import { describeValue } from '../describe-value';
import { type Localized, ValidationError, type ValidationIssue } from '../errors';
import type { JsonValue } from '../trace';
import { canonicalJson, checkedCanonicalJson, frozenJson } from './canonical';

/** What a caller appends: when (a civil date-time), who, what, and the action's data. */
export interface AuditEntry<T extends JsonValue = JsonValue> {
  /** Civil date or date-time without zone: `2025-03-04`, `2025-03-04T09:30`, `2025-03-04T09:30:15.250`. */
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly data: T;
}

/** A stored, frozen record: the entry, its position (from 1) and its place in the hash chain. */
export interface AuditRecord<T extends JsonValue = JsonValue> extends AuditEntry<T> {
  readonly seq: number;
  /** The previous record's hash (GENESIS_HASH for seq 1). */
  readonly prevHash: string;
  /** SHA-256 (hex) of the canonical JSON of { seq, at, actor, action, data, prevHash }. */
  readonly hash: string;
}

/** The `prevHash` of the first record: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The time of day after the date's `T`: `HH:mm`, `HH:mm:ss` or `HH:mm:ss.SSS` (the date is core's civil date). */
const CLOCK = /^T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?$/;
const HEX64 = /^[0-9a-f]{64}$/;
const RECORD_KEYS = ['action', 'actor', 'at', 'data', 'hash', 'prevHash', 'seq'];
const RECORD_KEY_SET: ReadonlySet<string> = new Set(RECORD_KEYS);

/**
 * Whether `s` is a civil date or date-time without time zone (`YYYY-MM-DD[THH:mm[:ss[.SSS]]]`).
 * @example
 * isCivilDateTime('2025-03-04T09:30'); // true
 */
export function isCivilDateTime(s: unknown): s is string {
  if (typeof s !== 'string' || !isCivilDate(s.slice(0, 10))) return false;
  return s.length === 10 || CLOCK.test(s.slice(10));
}

/**
 * SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. Core's default is a JS SHA-256
 * (browser-safe, synchronous); Node callers may pass node:crypto's, which is faster, for the same
 * hashes: `(text) => createHash('sha256').update(text).digest('hex')`, or on node >= 20.12 the
 * one-shot `(text) => hash('sha256', text, 'hex')` (no hash object per text).
 */
export type AuditDigest = (text: string) => string;

/**
 * Core's default {@link AuditDigest}: JS SHA-256 (@noble/hashes), in Node and in browsers.
 * @example
 * sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string): string {
  if (typeof text !== 'string')
    throw ValidationError.of(
      'text',
      `must be a string, got ${describeValue(text)}`,
      `必须是字符串，实际为 ${describeValue(text)}`,
    );
  return bytesToHex(sha256(utf8ToBytes(text)));
}

// Checks a digest against the default one on text with ASCII, a CJK character and an astral one.
const PROBE = 'abc 数字空间 \u{1F510}';
const PROBE_HASH = sha256Hex(PROBE);

/**
 * A caller's digest, or the default; refuses one that is not SHA-256 of UTF-8 in lowercase hex
 * (its chain would not verify anywhere else).
 * @throws ValidationError naming `path`.
 */
export function checkDigest(digest: unknown, path: string): AuditDigest {
  if (digest === undefined) return sha256Hex;
  if (typeof digest !== 'function')
    throw ValidationError.of(
      path,
      'must be a function (text) => SHA-256 hex',
      '应为函数 (text) => SHA-256 十六进制',
    );
  let probe: unknown;
  try {
    probe = digest(PROBE);
  } catch {
    probe = undefined;
  }
  if (probe !== PROBE_HASH)
    throw ValidationError.of(
      path,
      "must return SHA-256 of the text's UTF-8 bytes as 64 lowercase hex digits",
      '应返回文本 UTF-8 字节的 SHA-256（64 位小写十六进制）',
    );
  return digest as AuditDigest;
}

/**
 * The canonical JSON of a record's hashed content: `canonicalJson({ seq, at, actor, action, data,
 * prevHash })`, written directly in its sorted key order (action, actor, at, data, prevHash, seq)
 * when the fields have the types a record has, so no object is built and no keys are sorted.
 * The same text either way (tested against canonicalJson).
 */
export function recordContentJson(r: Omit<AuditRecord<JsonValue>, 'hash'>): string {
  const { seq, at, actor, action, prevHash } = r;
  if (
    typeof action === 'string' &&
    typeof actor === 'string' &&
    typeof at === 'string' &&
    typeof prevHash === 'string' &&
    typeof seq === 'number' &&
    Number.isFinite(seq)
  ) {
    return `{"action":${JSON.stringify(action)},"actor":${JSON.stringify(actor)},"at":${JSON.stringify(at)},"data":${canonicalJson(r.data)},"prevHash":${JSON.stringify(prevHash)},"seq":${JSON.stringify(seq)}}`;
  }
  return canonicalJson({ seq, at, actor, action, data: r.data, prevHash } as unknown as JsonValue);
}

/**
 * The SHA-256 (lowercase hex) of a record's canonical content, synchronous and browser-safe;
 * `digest` (checked by the caller that accepts it) computes the same SHA-256 another way.
 * @example
 * auditHash({ seq: 1, at: '2025-03-04', actor: 'clerk-7', action: 'refund.issue', data: {}, prevHash: GENESIS_HASH });
 */
export function auditHash(r: Omit<AuditRecord<JsonValue>, 'hash'>, digest: AuditDigest = sha256Hex): string {
  if (typeof r !== 'object' || r === null) {
    throw ValidationError.of('record', 'must be an audit record object', '应为审计记录对象');
  }
  return digest(recordContentJson(r));
}

const msg = (en: string, zh: string): Localized => ({ en, zh });

/** The problems of an entry's fields, with paths under `prefix`. */
export function entryIssues(entry: unknown, prefix: string): ValidationIssue[] {
  return checkEntry(entry, prefix).issues;
}

/** The problems of an entry's fields and, when there are none, the frozen copy of its data. */
export function checkEntry(
  entry: unknown,
  prefix: string,
): { issues: ValidationIssue[]; data: JsonValue | undefined } {
  if (typeof entry !== 'object' || entry === null)
    return { issues: [{ path: prefix, message: msg('must be an object', '应为对象') }], data: undefined };
  const e = entry as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (!isCivilDateTime(e.at)) {
    issues.push({
      path: `${prefix}.at`,
      message: msg(
        'must be a civil date-time YYYY-MM-DD[THH:mm[:ss]]',
        '应为 YYYY-MM-DD[THH:mm[:ss]] 日期时间',
      ),
    });
  }
  for (const k of ['actor', 'action'] as const) {
    if (typeof e[k] !== 'string' || e[k] === '')
      issues.push({ path: `${prefix}.${k}`, message: msg('must be a non-empty string', '应为非空字符串') });
  }
  let data: JsonValue | undefined;
  if (!('data' in e)) issues.push({ path: `${prefix}.data`, message: msg('is required', '必填') });
  else {
    try {
      data = frozenJson(e.data, `${prefix}.data`);
    } catch (err) {
      if (err instanceof ValidationError) issues.push(...err.issues);
      else throw err;
    }
  }
  return { issues, data: issues.length === 0 ? data : undefined };
}

/** The problems of a stored record's shape (not of its place in the chain). */
export function recordIssues(record: unknown, prefix: string): ValidationIssue[] {
  const issues = entryIssues(record, prefix);
  if (typeof record !== 'object' || record === null) return issues;
  const r = record as Record<string, unknown>;
  if (typeof r.seq !== 'number' || !Number.isSafeInteger(r.seq) || r.seq < 1) {
    issues.push({ path: `${prefix}.seq`, message: msg('must be an integer >= 1', '应为不小于 1 的整数') });
  }
  for (const k of ['prevHash', 'hash'] as const) {
    if (typeof r[k] !== 'string' || !HEX64.test(r[k])) {
      issues.push({
        path: `${prefix}.${k}`,
        message: msg('must be 64 lowercase hex digits', '应为 64 位小写十六进制'),
      });
    }
  }
  for (const k of Object.keys(r)) {
    if (!RECORD_KEYS.includes(k))
      issues.push({
        path: `${prefix}.${k}`,
        message: msg('is not a field of an audit record', '不是审计记录的字段'),
      });
  }
  return issues;
}

/**
 * Whether a record read back is the well-formed `seq`-th record after `prevHash` and hashes to its
 * own `hash` under `digest`: every check of {@link recordIssues} and of the chain link, without an
 * issue list or a frozen copy of the data (the verifiers run this for every record; issue 23).
 * False says only "look closer": the verifiers then take the careful way, which says why.
 */
export function verifiesQuickly(
  record: unknown,
  seq: number,
  prevHash: string,
  digest: AuditDigest,
): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const r = record as Record<string, unknown>;
  // seq is the verifier's own count (an integer >= 1) and prevHash a hash it has already checked.
  if (r.seq !== seq || r.prevHash !== prevHash) return false;
  const { at, actor, action, hash } = r;
  if (typeof actor !== 'string' || actor === '' || typeof action !== 'string' || action === '') return false;
  if (!isCivilDateTime(at) || !isHex64(hash)) return false;
  const keys = Object.keys(r);
  for (let i = 0; i < keys.length; i++) if (!RECORD_KEY_SET.has(keys[i] as string)) return false;
  if (!('data' in r)) return false;
  const data = checkedCanonicalJson(r.data);
  if (data === undefined) return false;
  // recordContentJson's text, the data written once above.
  const text = `{"action":${JSON.stringify(action)},"actor":${JSON.stringify(actor)},"at":${JSON.stringify(at)},"data":${data},"prevHash":${JSON.stringify(prevHash)},"seq":${JSON.stringify(seq)}}`;
  return digest(text) === hash;
}

/** 64 lowercase hex digits (HEX64), by character codes. */
function isHex64(x: unknown): boolean {
  if (typeof x !== 'string' || x.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = x.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** Builds the frozen record that follows `prevHash` at `seq`, from an already validated entry. */
export function sealRecord<T extends JsonValue>(
  entry: AuditEntry<T>,
  seq: number,
  prevHash: string,
  digest: AuditDigest = sha256Hex,
  data: T = frozenJson(entry.data, 'entry.data') as T,
): AuditRecord<T> {
  const { at, actor, action } = entry;
  const hash = auditHash({ seq, at, actor, action, data, prevHash }, digest);
  // One literal, not a spread of the body: this runs for every record (issue 23).
  return Object.freeze({ seq, at, actor, action, data, prevHash, hash });
}

/** A frozen copy of a well-formed record, its data deep-frozen. */
export function freezeRecord<T extends JsonValue>(r: AuditRecord<T>, path: string): AuditRecord<T> {
  const { seq, at, actor, action, prevHash, hash } = r;
  return Object.freeze({
    seq,
    at,
    actor,
    action,
    data: frozenJson(r.data, `${path}.data`) as T,
    prevHash,
    hash,
  });
}
