// Deny by default: a request is permitted only when one live grant covers its user, holder,
// purpose, items and instant. Every decision, permit or deny, is appended to the space's log.
import { type AuditRecord, type Citation, ValidationError } from '@gd-ftz/core';
import type { DataCategory } from './categories';
import * as check from './check';
import { CITES } from './law';
import {
  type AnySpace,
  decisionsOf,
  type GrantState,
  type Space,
  type SpaceRecordData,
  storeOf,
} from './space';

/** A user's request for a principal's data held by a department, at an instant. */
export interface AccessRequest {
  readonly principal: string;
  readonly holder: string;
  readonly user: string;
  readonly purpose: string;
  readonly items: readonly DataCategory[];
  /** `YYYY-MM-DD` (00:00) or `YYYY-MM-DDTHH:mm`. */
  readonly at: string;
}

/** Why a request was denied: the furthest any of the principal's grants got. */
export type DenyReason =
  | 'no-grant'
  | 'other-user'
  | 'other-holder'
  | 'other-purpose'
  | 'item-out-of-scope'
  | 'not-yet-valid'
  | 'revoked'
  | 'expired';

/** The decision, and the seq of its record in the space's log. */
export type AccessDecision =
  | { readonly permitted: true; readonly grantId: string; readonly seq: number }
  | {
      readonly permitted: false;
      readonly reason: DenyReason;
      /** The grant that came nearest, if the principal has any. */
      readonly grantId?: string;
      readonly basis: Citation;
      readonly seq: number;
    };

/** The article each denial rests on. */
export const DENY_BASIS: Readonly<Record<DenyReason, Citation>> = Object.freeze({
  'no-grant': CITES.consent,
  'other-user': CITES.otherHandler,
  'other-holder': CITES.purpose,
  'other-purpose': CITES.purpose,
  'item-out-of-scope': CITES.otherHandler,
  'not-yet-valid': CITES.purpose,
  revoked: CITES.withdrawal,
  expired: CITES.purpose,
});

const STAGES: readonly DenyReason[] = [
  'other-user',
  'other-holder',
  'other-purpose',
  'item-out-of-scope',
  'not-yet-valid',
  'revoked',
  'expired',
];

/**
 * How far a grant gets with a request whose items are `items` bits at `t` minutes: STAGES.length
 * when it covers it. Reads only the state's own fields (issue 23: one object per grant).
 */
function stageOf(g: GrantState, r: AccessRequest, items: number, t: number): number {
  if (g.user !== r.user) return 0;
  if (g.holder !== r.holder) return 1;
  if (g.purpose !== r.purpose) return 2;
  if ((items & ~g.items) !== 0) return 3;
  if (t < g.fromT) return 4;
  if (g.revokedT <= t) return 5;
  if (t >= g.untilT) return 6;
  return STAGES.length;
}

/** The decision over a principal's grants, listed from `first` (first covering grant in grant order). */
export function decideOver(
  first: GrantState | undefined,
  r: AccessRequest,
  items: number,
  t: number,
): { permitted: true; grantId: string } | { permitted: false; reason: DenyReason; grantId?: string } {
  if (first === undefined) return { permitted: false, reason: 'no-grant' };
  let best = -1;
  let nearest = first;
  for (let g: GrantState | undefined = first; g !== undefined; g = g.next) {
    const stage = stageOf(g, r, items, t);
    if (stage === STAGES.length) return { permitted: true, grantId: g.id };
    if (stage > best) {
      best = stage;
      nearest = g;
    }
  }
  return { permitted: false, reason: STAGES[best] as DenyReason, grantId: nearest.id };
}

/** A checked request, its items as bits and its instant in minutes. */
export interface CheckedRequest {
  readonly request: AccessRequest;
  readonly items: number;
  readonly t: number;
}

/**
 * Checks a request whole; paths `request.<field>`. Returns the request itself, not a copy (every
 * request passes here; issue 23): its fields are only read during the call, and the log keeps
 * its own frozen copy. Also returns its items as bits and its instant in minutes.
 */
export function checkRequest(x: unknown): CheckedRequest {
  const r = check.object(x, 'request');
  check.name(r.principal, 'request.principal');
  check.name(r.holder, 'request.holder');
  check.name(r.user, 'request.user');
  check.name(r.purpose, 'request.purpose');
  const items = check.categoryMask(r.items, 'request.items');
  const t = check.instant(r.at, 'request.at');
  return { request: r as unknown as AccessRequest, items, t };
}

/**
 * Decides a request, deny by default, and logs the decision (action `decide`). Permitted only
 * when one grant of the principal names the same user, holder and purpose (个人信息保护法
 * 第十四条), covers every item (第二十三条), has started, has not expired and was not revoked at or
 * before the request's instant (第十五条). A denial names the furthest any grant got.
 * @throws ValidationError naming `space` or `request.<field>`; nothing is logged then.
 * @example
 * decideAccess(space, { principal: 'P1', holder: 'hrss', user: 'bank-x', purpose: 'loan',
 *   items: ['social-insurance'], at: '2025-06-01T09:00' }) // { permitted: true, grantId: 'G1', seq: 2 }
 */
export function decideAccess(space: AnySpace, request: AccessRequest): AccessDecision {
  const store = storeOf(space);
  const { request: r, items, t } = checkRequest(request);
  const d = decideOver(store.byPrincipal.get(r.principal), r, items, t);
  const record = store.log.append({
    at: r.at,
    actor: r.user,
    action: 'decide',
    // Keys in sorted order, so canonical JSON need not sort them (the same bytes either way).
    data: d.permitted
      ? {
          grantId: d.grantId,
          holder: r.holder,
          items: r.items,
          permitted: true,
          principal: r.principal,
          purpose: r.purpose,
          user: r.user,
        }
      : {
          holder: r.holder,
          items: r.items,
          permitted: false,
          principal: r.principal,
          purpose: r.purpose,
          reason: d.reason,
          user: r.user,
        },
  });
  if (d.permitted) return Object.freeze({ permitted: true, grantId: d.grantId, seq: record.seq });
  return Object.freeze({
    permitted: false,
    reason: d.reason,
    ...(d.grantId === undefined ? {} : { grantId: d.grantId }),
    basis: DENY_BASIS[d.reason],
    seq: record.seq,
  });
}

/**
 * Every logged decision about one principal's data, oldest first: what the principal sees in
 * the space (自主管理; 个人信息保护法 第四十四、四十五条).
 * @throws ValidationError naming `space` or `principal`.
 * @example
 * usesOf(space, 'P1').map((r) => r.data.permitted) // [true, false]
 */
export function usesOf(space: Space, principal: string): AuditRecord<SpaceRecordData>[] {
  const store = storeOf(space);
  if (typeof principal !== 'string' || principal === '')
    throw ValidationError.of('principal', 'must be a non-empty string', '应为非空字符串');
  return decisionsOf(store, principal);
}
