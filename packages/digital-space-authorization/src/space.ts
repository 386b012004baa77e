// A digital space: the grants of its principals, their revocations and every access decision, each
// written to core's hash-chained audit log as it happens (全程溯源). The store is private: callers
// change it only through grant, revoke and decideAccess.
import {
  type AuditChain,
  type AuditDigest,
  type AuditLog,
  type AuditRecord,
  type AuditSink,
  createAuditChain,
  createAuditLog,
  type JsonValue,
  ValidationError,
} from '@gd-ftz/core';
import type { DataCategory } from './categories';
import type { ConsentKind } from './consent';
import { GrantIndex } from './grant-index';

/** A grant as stored: who lets whom use which items held by which department, for what, when. */
export interface Grant {
  readonly id: string;
  readonly principal: string;
  readonly holder: string;
  readonly user: string;
  readonly purpose: string;
  readonly items: readonly DataCategory[];
  /** Validity [from, until): civil date (its 00:00) or date-time `YYYY-MM-DDTHH:mm`. */
  readonly from: string;
  readonly until: string;
  readonly consent: ConsentKind;
  /** The consent the law required when it was given. */
  readonly required: ConsentKind;
  readonly grantedAt: string;
}

/** A revocation: the grant stops at `at` (个人信息保护法 第十五条: at once, not retroactively). */
export interface Revocation {
  readonly grantId: string;
  readonly at: string;
  readonly seq: number;
}

/** What the log's records carry. */
export type SpaceRecordData = { readonly [key: string]: JsonValue };

/** The store behind a space. */
export interface Store {
  /** The grants, by principal (ids `G<n>`). */
  readonly index: GrantIndex;
  readonly log: AuditChain<SpaceRecordData>;
  /** The log's records, when it holds them (not for a streamed space). */
  readonly records: (() => readonly AuditRecord<SpaceRecordData>[]) | undefined;
}

/**
 * A digital space (数字空间). Read-only from outside: its audit log (every grant, revocation and
 * decision, hash-chained) and how many grants it holds. `Space` holds its log in memory
 * ({@link createSpace}); `Space<AuditChain<SpaceRecordData>>` streams it out
 * ({@link createStreamedSpace}) and keeps only the chain's head.
 */
export interface Space<L extends AuditChain<SpaceRecordData> = AuditLog<SpaceRecordData>> {
  readonly log: L;
  readonly grantCount: number;
}

/** A space whose log is streamed to a sink. */
export type StreamedSpace = Space<AuditChain<SpaceRecordData>>;

/** Any space, its log in memory or streamed: what grant, revoke and decideAccess take. */
export type AnySpace = Space<AuditChain<SpaceRecordData>>;

/** Options of {@link createSpace}. */
export interface SpaceOptions {
  /**
   * The SHA-256 the log uses (default: core's JS SHA-256). In Node, node:crypto's is faster; on
   * node >= 20.12 its one-shot `(t) => hash('sha256', t, 'hex')` is faster again.
   */
  readonly digest?: AuditDigest;
}

/** Options of {@link createStreamedSpace}. */
export interface StreamedSpaceOptions extends SpaceOptions {
  /** Receives every record (grant, revoke, decide) as it is appended, in order. */
  readonly sink: AuditSink<SpaceRecordData>;
}

const STORES = new WeakMap<object, Store>();

function spaceOf<L extends AuditChain<SpaceRecordData>>(log: L, records: Store['records']): Space<L> {
  const store: Store = { index: new GrantIndex(), log, records };
  const space: Space<L> = Object.freeze({
    log,
    get grantCount() {
      return store.index.size;
    },
  });
  STORES.set(space, store);
  return space;
}

/**
 * An empty space with a new audit log held in memory: it denies every request until a grant is
 * made.
 * @throws ValidationError naming `options.digest` (not SHA-256).
 * @example
 * const space = createSpace();
 * space.grantCount // 0
 */
export function createSpace(options: SpaceOptions = {}): Space {
  if (typeof options !== 'object' || options === null)
    throw ValidationError.of('options', 'must be an object', '应为对象');
  const log = createAuditLog<SpaceRecordData>(options.digest === undefined ? {} : { digest: options.digest });
  return spaceOf(log, () => log.records);
}

/**
 * An empty space whose audit log is streamed: each record goes to `sink` as it is appended and
 * the space keeps only the chain's head, so its memory does not grow with the decisions (the
 * grant index stays). The records are those {@link createSpace}'s log would hold, byte for byte;
 * verify them as they are read back with core's `createAuditVerifier` or `replayLog`.
 * `usesOf` needs the records, so it refuses a streamed space: read the sink instead.
 * @throws ValidationError naming `options.sink` or `options.digest`.
 * @example
 * const lines: string[] = [];
 * const space = createStreamedSpace({ sink: (r) => lines.push(canonicalJson(r)) });
 */
export function createStreamedSpace(options: StreamedSpaceOptions): StreamedSpace {
  if (typeof options !== 'object' || options === null)
    throw ValidationError.of('options', 'must be an object', '应为对象');
  const log = createAuditChain<SpaceRecordData>({
    sink: options.sink,
    ...(options.digest === undefined ? {} : { digest: options.digest }),
  });
  return spaceOf(log, undefined);
}

/** The store of a space made by {@link createSpace}, or a ValidationError naming `space`. */
export function storeOf(space: unknown): Store {
  const store = typeof space === 'object' && space !== null ? STORES.get(space) : undefined;
  if (store === undefined)
    throw ValidationError.of(
      'space',
      'must be a space made by createSpace() or createStreamedSpace()',
      '应为 createSpace() 或 createStreamedSpace() 创建的数字空间',
    );
  return store;
}

/** The log's records of decisions about one principal's data. */
export function decisionsOf(store: Store, principal: string): AuditRecord<SpaceRecordData>[] {
  if (store.records === undefined)
    throw ValidationError.of(
      'space',
      'streams its log and keeps no records: read them from its sink',
      '其日志已流式输出、不在内存中：请从输出端读取',
    );
  return store.records().filter((r) => r.action === 'decide' && r.data.principal === principal);
}
