// Baseline and reform on the same services. Baseline: the principal fetches a certified copy at
// each department and hands it to the user, who keeps it; nothing is traced. Reform: the user asks
// through the space, the principal approves in the app (the consent the law requires), the space
// decides each department's call (decideAccess, logged) and serves only the scoped item; a
// withdrawal is a revocation, and a later use is a logged, denied request.
import {
  addWorkingDays,
  type CivilDate,
  daysBetween,
  formatDateTime,
  fromEpochMinutes,
  MINUTES_PER_DAY,
  maxDate,
  toEpochDay,
} from '@gd-ftz/core';
import { decideAccess } from './access';
import { type ConsentKind, requiredConsent } from './consent';
import { grant, revoke } from './grant';
import type { DigitalSpaceAuthorizationParams } from './params';
import { population, type Service } from './population';
import { replayLog } from './replay';
import { createSpace, type Space } from './space';

/** Days a grant runs for (assumption: the space offers 90 days by default). */
export const GRANT_VALIDITY_DAYS = 90;

/** What happened to one service before the reform. */
export interface BaselineCase {
  readonly service: Service;
  /** Each department's visit day and the day its copy was ready. */
  readonly visits: readonly { readonly visit: CivilDate; readonly ready: CivilDate }[];
  readonly deliveredOn: CivilDate;
  readonly days: number;
  readonly trips: number;
  readonly itemsBeyondNeed: number;
  readonly holderMinutes: number;
  /** Whether the user used the copies after the principal withdrew. */
  readonly usedAfterWithdrawal: boolean;
}

/** What happened to one service with the space. */
export interface ReformCase {
  readonly service: Service;
  readonly consent: ConsentKind;
  readonly grantId: string;
  readonly requestedAt: string;
  readonly approvedAt: string;
  readonly days: number;
  readonly permits: number;
  readonly itemsBeyondNeed: number;
  readonly holderMinutes: number;
  readonly revokedAt?: string;
  readonly reuseAt?: string;
  /** Requests after the withdrawal that the space permitted (none, by its rule). */
  readonly usesAfterWithdrawal: number;
}

/** A run's result. */
export interface BatchResult {
  readonly services: readonly Service[];
  readonly baseline: readonly BaselineCase[];
  readonly reform: readonly ReformCase[];
  readonly space: Space;
  /** Permitted uses whose record verifies and whose replay finds the same live grant. */
  readonly tracedUses: number;
  readonly uses: number;
}

const at = (minutes: number) => formatDateTime(fromEpochMinutes(Math.floor(minutes)));

function baselineOf(s: Service, p: DigitalSpaceAuthorizationParams): BaselineCase {
  // The principal starts the next working day and visits up to visitsPerDay departments a day;
  // a copy not issued on the spot is collected on another trip when ready.
  const visits = s.parts.map((part, j) => {
    const visit = addWorkingDays(s.requestDay, 1 + Math.floor(j / p.visitsPerDay));
    return { visit, ready: part.issueDays === 0 ? visit : addWorkingDays(visit, part.issueDays) };
  });
  const deliveredOn = visits.reduce((d, v) => maxDate(d, v.ready), s.requestDay);
  const collects = s.parts.filter((part) => part.issueDays > 0).length;
  return {
    service: s,
    visits,
    deliveredOn,
    days: daysBetween(s.requestDay, deliveredOn),
    trips: s.parts.length + collects + 1,
    itemsBeyondNeed: s.parts.length * (p.itemsPerDocument - 1),
    holderMinutes: s.parts.reduce((m, part) => m + part.clerkMinutes, 0),
    usedAfterWithdrawal: s.withdraws && s.reuses,
  };
}

function reformOf(space: Space, s: Service): ReformCase {
  const items = s.parts.map((part) => part.item);
  const requestT = toEpochDay(s.requestDay) * MINUTES_PER_DAY + s.requestMinute;
  const consent = requiredConsent(s.subject, { categories: items, recipient: 'third-party' }, s.requestDay);
  const approvedT = requestT + s.approvalMinutes;
  const approvedAt = at(approvedT);
  // One grant per department: each holder serves only its own item to this user and purpose.
  const grants = s.parts.map((part) =>
    grant(space, {
      principal: s.principal,
      subject: s.subject,
      holder: part.holder,
      user: s.user,
      purpose: s.purpose,
      items: [part.item],
      recipient: 'third-party',
      from: approvedAt,
      until: at(approvedT + GRANT_VALIDITY_DAYS * MINUTES_PER_DAY),
      consent,
      at: approvedAt,
    }),
  );
  let permits = 0;
  for (const part of s.parts) {
    const d = decideAccess(space, {
      principal: s.principal,
      holder: part.holder,
      user: s.user,
      purpose: s.purpose,
      items: [part.item],
      at: approvedAt,
    });
    if (d.permitted) permits++;
  }
  let revokedAt: string | undefined;
  let reuseAt: string | undefined;
  let usesAfterWithdrawal = 0;
  if (s.withdraws) {
    const revokeT = approvedT + s.withdrawAfterDays * MINUTES_PER_DAY;
    revokedAt = at(revokeT);
    for (const g of grants) revoke(space, g.id, revokedAt);
    if (s.reuses) {
      reuseAt = at(revokeT + s.reuseAfterDays * MINUTES_PER_DAY);
      for (const part of s.parts) {
        const d = decideAccess(space, {
          principal: s.principal,
          holder: part.holder,
          user: s.user,
          purpose: s.purpose,
          items: [part.item],
          at: reuseAt,
        });
        if (d.permitted) usesAfterWithdrawal++;
      }
    }
  }
  return {
    service: s,
    consent,
    grantId: grants[0]?.id ?? '',
    requestedAt: at(requestT),
    approvedAt,
    days: (approvedT - requestT) / MINUTES_PER_DAY,
    permits,
    // The space serves the scoped item only.
    itemsBeyondNeed: 0,
    holderMinutes: s.parts.reduce((m, part) => m + (part.manual ? part.clerkMinutes : 0), 0),
    ...(revokedAt === undefined ? {} : { revokedAt }),
    ...(reuseAt === undefined ? {} : { reuseAt }),
    usesAfterWithdrawal,
  };
}

/** Options of {@link runBatch}. */
export interface RunOptions {
  /** Reuse this run's reform (and space) when a re-run changes only baseline parameters. */
  readonly reformFrom?: BatchResult;
  /** Replay the log to count traced uses (default true; sensitivity re-runs skip it). */
  readonly replay?: boolean;
}

/**
 * Runs baseline and reform on the same services.
 * @example
 * runBatch(defaultParams(PARAMS), 42).reform.length // 500
 */
export function runBatch(p: DigitalSpaceAuthorizationParams, seed: number, o: RunOptions = {}): BatchResult {
  const services = population(p, seed);
  const baseline = services.map((s) => baselineOf(s, p));
  if (o.reformFrom !== undefined) return { ...o.reformFrom, services, baseline };
  const space = createSpace();
  const reform = services.map((s) => reformOf(space, s));
  const replay = o.replay === false ? undefined : replayLog(space.log.records);
  return {
    services,
    baseline,
    reform,
    space,
    tracedUses: replay?.chainOk ? replay.tracedPermits : 0,
    uses: replay?.permits ?? 0,
  };
}
