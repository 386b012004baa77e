// Deny by default: a request is permitted only when one live grant covers its user, holder,
// purpose, items and instant. Every decision, permit or deny, is appended to the space's log.
import { type AuditRecord, type Citation, ValidationError } from '@gd-ftz/core';
import type { DataCategory } from './categories';
import * as check from './check';
import type { GrantIndex } from './grant-index';
import { CITES } from './law';
import { type AnySpace, decisionsOf, type Space, type SpaceRecordData, storeOf } from './space';

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

/** The reason of each denial stage, as {@link GrantIndex.decide} leaves it (0 … 6). */
const STAGES: readonly DenyReason[] = [
  'other-user',
  'other-holder',
  'other-purpose',
  'item-out-of-scope',
  'not-yet-valid',
  'revoked',
  'expired',
];

/** The reason of a denial the index just made. */
export function denyReasonOf(index: GrantIndex): DenyReason {
  return index.stage < 0 ? 'no-grant' : (STAGES[index.stage] as DenyReason);
}

/**
 * Checks a request whole (paths `request.<field>`, in field order) and decides it without logging:
 * the number of the covering grant, or -1 with the denial's stage and nearest grant left on the
 * index. The request is read where it is, not copied, and nothing is allocated on the way (issue 23:
 * every request passes here); decideAccess logs what this decided.
 */
export function decideChecked(index: GrantIndex, x: unknown): number {
  const r = check.object(x, 'request');
  const principal = check.name(r.principal, 'request.principal');
  const holder = check.name(r.holder, 'request.holder');
  const user = check.name(r.user, 'request.user');
  const purpose = check.name(r.purpose, 'request.purpose');
  const items = check.categoryMask(r.items, 'request.items');
  const t = check.instant(r.at, 'request.at');
  return index.decide(principal, user, holder, purpose, items, t);
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
  const index = store.index;
  const g = decideChecked(index, request);
  // Read before the log is written: its sink may decide again on the same index.
  const grantId = g >= 0 ? index.idOf(g) : index.nearest < 0 ? undefined : index.idOf(index.nearest);
  const reason = g >= 0 ? undefined : denyReasonOf(index);
  const r = request;
  const record = store.log.append({
    at: r.at,
    actor: r.user,
    action: 'decide',
    // Keys in sorted order, so canonical JSON need not sort them (the same bytes either way).
    data:
      reason === undefined
        ? {
            grantId: grantId as string,
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
            reason,
            user: r.user,
          },
  });
  if (reason === undefined)
    return Object.freeze({ permitted: true, grantId: grantId as string, seq: record.seq });
  return Object.freeze({
    permitted: false,
    reason,
    ...(grantId === undefined ? {} : { grantId }),
    basis: DENY_BASIS[reason],
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
