// The synthetic population: services that need a principal's data, drawn once per seed and
// shared by both variants (every draw from the `services` sub-stream, in one pass).
import {
  addWorkingDays,
  addYears,
  type CivilDate,
  civilDate,
  RandomStream,
  USCC_CHARSET,
  usccCheckChar,
} from '@gd-ftz/core';
import type { DataCategory } from './categories';
import type { Subject } from './consent';
import type { DigitalSpaceAuthorizationParams } from './params';

/** One department's part in a service: the item it holds and how it would serve a copy. */
export interface HolderPart {
  readonly holder: string;
  readonly item: DataCategory;
  /** Baseline: working days to issue the certified copy (0: on the spot). */
  readonly issueDays: number;
  /** Clerk minutes per certified copy (baseline), and per hand review (reform). */
  readonly clerkMinutes: number;
  /** Reform: whether the call is flagged for a clerk's review. */
  readonly manual: boolean;
}

/** One service: a user needs a principal's data from one or more departments. */
export interface Service {
  readonly id: string;
  readonly principal: string;
  readonly subject: Subject;
  readonly user: string;
  readonly purpose: string;
  readonly requestDay: CivilDate;
  /** Minute of the day the user asks (09:00–17:00). */
  readonly requestMinute: number;
  readonly parts: readonly HolderPart[];
  readonly approvalMinutes: number;
  readonly withdraws: boolean;
  /** Days after the data arrived that the principal withdraws. */
  readonly withdrawAfterDays: number;
  readonly reuses: boolean;
  /** Days after the withdrawal that the user uses the data again. */
  readonly reuseAfterDays: number;
}

/** The departments and the item each holds for a principal. */
export const HOLDERS: readonly { readonly holder: string; readonly item: DataCategory }[] = [
  { holder: 'human-resources-social-security', item: 'social-insurance' },
  { holder: 'natural-resources', item: 'property' },
  { holder: 'market-regulation', item: 'licence' },
  { holder: 'public-security', item: 'identity' },
  { holder: 'health', item: 'medical' },
  { holder: 'civil-affairs', item: 'specific-identity' },
];

// Users asking on the principal's consent. Departments sharing under a statutory duty do not go
// through the space (个人信息保护法 第十三条第一款第三项) and are left out of both variants.
const USERS = [
  { user: 'bank', purpose: 'loan' },
  { user: 'telecom', purpose: 'account-opening' },
  { user: 'subsidy-office', purpose: 'talent-subsidy' },
] as const;

const YEAR_START = civilDate('2025-01-02');
const WORKING_DAYS = 240;

function workingDays(): CivilDate[] {
  const days = [YEAR_START];
  for (let i = 1; i < WORKING_DAYS; i++) days.push(addWorkingDays(days[i - 1] as CivilDate, 1));
  return days;
}

/** A valid synthetic 统一社会信用代码 (企业, 广东 440000) from the stream. */
function usccOf(rng: RandomStream): string {
  let body = '91440000';
  for (let i = 0; i < 9; i++) body += USCC_CHARSET[rng.int(0, 30)];
  return body + usccCheckChar(body);
}

/**
 * The services of one run.
 * @example
 * population(params, 42).length // params.services
 */
export function population(p: DigitalSpaceAuthorizationParams, seed: number): Service[] {
  const rng = RandomStream.fromSeed(seed).substream('services');
  const days = workingDays();
  const out: Service[] = [];
  for (let i = 0; i < p.services; i++) {
    const requestDay = days[Math.floor((i * WORKING_DAYS) / p.services)] as CivilDate;
    const org = rng.bernoulli(p.organisationShare);
    const id = `S${String(i + 1).padStart(6, '0')}`;
    const subject: Subject = org
      ? { kind: 'organisation', uscc: usccOf(rng) }
      : { kind: 'person', birthDate: addYears(requestDay, -rng.int(1, 80)) };
    const u = USERS[rng.int(0, USERS.length - 1)] as (typeof USERS)[number];
    const count = rng.int(1, p.holdersMax);
    // Distinct departments: a partial shuffle of the pool.
    const pool = [...HOLDERS];
    const parts: HolderPart[] = [];
    for (let j = 0; j < count; j++) {
      const k = rng.int(j, pool.length - 1);
      [pool[j], pool[k]] = [pool[k] as (typeof HOLDERS)[number], pool[j] as (typeof HOLDERS)[number]];
      const h = pool[j] as (typeof HOLDERS)[number];
      parts.push({
        holder: h.holder,
        item: h.item,
        issueDays: rng.int(0, p.copyIssueDaysMax),
        clerkMinutes: rng.triangular(p.clerkMinutes / 2, p.clerkMinutes, p.clerkMinutes * 2),
        manual: rng.bernoulli(p.manualReviewShare),
      });
    }
    out.push({
      id,
      principal: org ? (subject as { uscc: string }).uscc : `P${String(i + 1).padStart(6, '0')}`,
      subject,
      user: u.user,
      purpose: u.purpose,
      requestDay,
      requestMinute: 540 + rng.int(0, 480),
      parts,
      approvalMinutes: rng.exponential(1 / p.approvalMinutesMean),
      withdraws: rng.bernoulli(p.withdrawShare),
      withdrawAfterDays: rng.int(1, 180),
      reuses: rng.bernoulli(p.reuseShare),
      reuseAfterDays: rng.int(1, 30),
    });
  }
  return out;
}
