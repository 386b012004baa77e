// A digital space: the grants of its principals, their revocations and every access decision, each
// written to core's hash-chained audit log as it happens (全程溯源). The store is private: callers
// change it only through grant, revoke and decideAccess.
import {
  type AuditLog,
  type AuditRecord,
  createAuditLog,
  type JsonValue,
  ValidationError,
} from '@gd-ftz/core';
import type { DataCategory } from './categories';
import type { ConsentKind } from './consent';

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

/** A stored grant with its instants in minutes, for the hot path. */
export interface GrantState {
  readonly grant: Grant;
  readonly fromT: number;
  readonly untilT: number;
  readonly items: ReadonlySet<string>;
  revokedT: number | undefined;
}

/** What the log's records carry. */
export type SpaceRecordData = { readonly [key: string]: JsonValue };

/** The store behind a space. */
export interface Store {
  readonly grants: Map<string, GrantState>;
  readonly byPrincipal: Map<string, GrantState[]>;
  readonly log: AuditLog<SpaceRecordData>;
}

/**
 * A digital space (数字空间). Read-only from outside: its audit log (every grant, revocation and
 * decision, hash-chained) and how many grants it holds.
 */
export interface Space {
  readonly log: AuditLog<SpaceRecordData>;
  readonly grantCount: number;
}

const STORES = new WeakMap<Space, Store>();

/**
 * An empty space with a new audit log: it denies every request until a grant is made.
 * @example
 * const space = createSpace();
 * space.grantCount // 0
 */
export function createSpace(): Space {
  const store: Store = {
    grants: new Map(),
    byPrincipal: new Map(),
    log: createAuditLog<SpaceRecordData>(),
  };
  const space: Space = Object.freeze({
    log: store.log,
    get grantCount() {
      return store.grants.size;
    },
  });
  STORES.set(space, store);
  return space;
}

/** The store of a space made by {@link createSpace}, or a ValidationError naming `space`. */
export function storeOf(space: unknown): Store {
  const store = typeof space === 'object' && space !== null ? STORES.get(space as Space) : undefined;
  if (store === undefined)
    throw ValidationError.of(
      'space',
      'must be a space made by createSpace()',
      '应为 createSpace() 创建的数字空间',
    );
  return store;
}

/** The log's records of decisions about one principal's data. */
export function decisionsOf(store: Store, principal: string): AuditRecord<SpaceRecordData>[] {
  return store.log.records.filter((r) => r.action === 'decide' && r.data.principal === principal);
}
