// Replaying a space's log: verify the chain, rebuild grants and revocations from their records and
// decide every logged request again. A use is traced when its record verifies and the replay
// finds the same live covering grant (全程溯源).
import { type AuditRecord, type JsonValue, verifyAuditLog } from '@gd-ftz/core';
import { type AccessRequest, decideOver } from './access';
import { categoryBits } from './categories';
import { instant } from './check';
import { type Grant, type GrantState, grantState, indexGrant, type SpaceRecordData } from './space';

/** What a replay found. */
export interface Replay {
  /** Whether the chain verifies (core's verifyAuditLog). */
  readonly chainOk: boolean;
  /** The first record that does not fit, when the chain or a decision does not verify. */
  readonly firstBadSeq?: number;
  readonly decisions: number;
  readonly permits: number;
  /** Permits whose replayed decision finds the same live covering grant. */
  readonly tracedPermits: number;
}

/**
 * Replays a log's records (from `space.log.records` or parsed JSON lines).
 * @example
 * replayLog(space.log.records) // { chainOk: true, decisions: 2, permits: 1, tracedPermits: 1 }
 */
export function replayLog(records: readonly AuditRecord<JsonValue>[]): Replay {
  const check = verifyAuditLog(records);
  const grants = new Map<string, GrantState>();
  const byPrincipal = new Map<string, GrantState>();
  let decisions = 0;
  let permits = 0;
  let traced = 0;
  let firstBad: number | undefined = check.ok ? undefined : check.firstBadSeq;
  const limit = check.ok ? records.length : check.firstBadSeq - 1;
  for (let i = 0; i < limit; i++) {
    const r = records[i] as AuditRecord<SpaceRecordData>;
    const data = r.data;
    if (r.action === 'grant') {
      const g = data as unknown as Grant;
      indexGrant(
        grants,
        byPrincipal,
        grantState(g, categoryBits(g.items, false), instant(g.from, 'from'), instant(g.until, 'until')),
      );
    } else if (r.action === 'revoke') {
      const s = grants.get(data.grantId as string);
      if (s) s.revokedT = instant(data.at, 'at');
    } else if (r.action === 'decide') {
      decisions++;
      const req = { ...(data as unknown as AccessRequest), at: r.at };
      const again = decideOver(
        byPrincipal.get(req.principal),
        req,
        categoryBits(req.items, true),
        instant(r.at, 'at'),
      );
      const same = again.permitted === data.permitted && (!again.permitted || again.grantId === data.grantId);
      if (!same && firstBad === undefined) firstBad = r.seq;
      if (data.permitted === true) {
        permits++;
        if (same) traced++;
      }
    }
  }
  return {
    chainOk: check.ok,
    ...(firstBad === undefined ? {} : { firstBadSeq: firstBad }),
    decisions,
    permits,
    tracedPermits: traced,
  };
}
