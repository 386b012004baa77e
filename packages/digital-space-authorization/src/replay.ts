// Replaying a space's log: verify the chain, rebuild grants and revocations from their records and
// decide every logged request again. A use is traced when its record verifies and the replay
// finds the same live covering grant (全程溯源).
import { type AuditRecord, type JsonValue, verifyAuditLog } from '@gd-ftz/core';
import { categoryBits } from './categories';
import { instant } from './check';
import { GrantIndex } from './grant-index';
import type { Grant, SpaceRecordData } from './space';

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
  // Ids as the records give them (a verified chain need not come from this engine).
  const index = new GrantIndex(true);
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
      index.add({
        principal: g.principal,
        user: g.user,
        holder: g.holder,
        purpose: g.purpose,
        items: categoryBits(g.items, false),
        fromT: instant(g.from, 'from'),
        untilT: instant(g.until, 'until'),
        grantedT: Number.NaN,
        id: g.id,
      });
    } else if (r.action === 'revoke') {
      const g = index.numberOf(data.grantId);
      if (g >= 0) index.revoke(g, instant(data.at, 'at'));
    } else if (r.action === 'decide') {
      decisions++;
      const g = index.decide(
        data.principal,
        data.user,
        data.holder,
        data.purpose,
        categoryBits(data.items, true),
        instant(r.at, 'at'),
      );
      const same =
        g >= 0 ? data.permitted === true && index.idOf(g) === data.grantId : data.permitted === false;
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
