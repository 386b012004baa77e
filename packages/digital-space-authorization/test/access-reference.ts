// The grant index, decision and instant parser as they were before the typed-array index (issue
// 23, commit 9fc8182), kept as the oracle of the property in grant-index.test.ts and as the bench's
// named baseline: a Map from principal to a linked list of one state object per grant.
import { isCivilDate, MINUTES_PER_DAY, toEpochDay, ValidationError } from '@gd-ftz/core';
import type { AccessRequest, DenyReason } from '../src/access';
import type { Grant } from '../src/space';

/** A stored grant laid out for the hot path (the old layout: one object per grant). */
export interface GrantState {
  readonly user: string;
  readonly holder: string;
  readonly purpose: string;
  readonly items: number;
  readonly fromT: number;
  readonly untilT: number;
  revokedT: number;
  readonly id: string;
  readonly grant: Grant;
  next: GrantState | undefined;
  last: GrantState | undefined;
}

export function grantState(grant: Grant, items: number, fromT: number, untilT: number): GrantState {
  return {
    user: grant.user,
    holder: grant.holder,
    purpose: grant.purpose,
    items,
    fromT,
    untilT,
    revokedT: Number.POSITIVE_INFINITY,
    id: grant.id,
    grant,
    next: undefined,
    last: undefined,
  };
}

export function indexGrant(
  grants: Map<string, GrantState>,
  byPrincipal: Map<string, GrantState>,
  state: GrantState,
): void {
  grants.set(state.id, state);
  const first = byPrincipal.get(state.grant.principal);
  if (first === undefined) {
    state.last = state;
    byPrincipal.set(state.grant.principal, state);
  } else {
    (first.last as GrantState).next = state;
    first.last = state;
  }
}

const STAGES: readonly DenyReason[] = [
  'other-user',
  'other-holder',
  'other-purpose',
  'item-out-of-scope',
  'not-yet-valid',
  'revoked',
  'expired',
];

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

/** The old store's two maps, for the property and the bench. */
export interface ReferenceIndex {
  readonly grants: Map<string, GrantState>;
  readonly byPrincipal: Map<string, GrantState>;
}

export function referenceIndex(): ReferenceIndex {
  return { grants: new Map(), byPrincipal: new Map() };
}

/** The previous instant parser (a copy of the date, parsed twice by core), for the bench's baseline. */
export function instantReference(x: unknown, path: string): number {
  if (typeof x === 'string' && (x.length === 10 || x.length === 16)) {
    const date = x.length === 10 ? x : x.slice(0, 10);
    if (isCivilDate(date)) {
      const day = toEpochDay(date) * MINUTES_PER_DAY;
      if (x.length === 10) return day;
      const h = twoDigits(x, 11);
      const m = twoDigits(x, 14);
      if (x.charCodeAt(10) === 84 && x.charCodeAt(13) === 58 && h >= 0 && h <= 23 && m >= 0 && m <= 59)
        return day + h * 60 + m;
    }
  }
  throw ValidationError.of(
    path,
    'must be a civil date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm',
    '应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm',
  );
}

function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
