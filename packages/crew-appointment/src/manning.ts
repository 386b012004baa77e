// manningShortfall: is the ship manned to its 最低安全配员证书 with people competent for their posts?
// (海上交通安全法 第三十三条; each person is checked with checkCrewPost, 第十三条.)
import { type CivilDate, minDate, type ValidationIssue } from '@gd-ftz/core';
import { type CheckOptions, checkValid } from './check-post';
import type { CrewOnBoard, Post, Rank, Seafarer, Ship, Shortfall } from './model';
import { RANKS } from './ranks';
import { checkCrew, checkDate, checkShip, throwIfAny } from './validate';

/**
 * The ranks short of the ship's minimum safe manning on `asOf`: for each rank the certificate
 * requires, the people in that post whose {@link checkCrewPost} passes are counted; a rank with
 * fewer than required is listed with `missing = required − competent` (≥ 1). A person counts only
 * for the post they hold (no one fills two posts); ranks in deck order.
 * @throws ValidationError naming `ship…`, `crew.<i>…` or `asOf`.
 * @example
 * manningShortfall(ship, [{ seafarer, post: { rank: 'master' } }], '2024-06-30')
 * // [{ rank: 'chief-officer', required: 1, competent: 0, missing: 1 }, …]
 */
export function manningShortfall(
  ship: Ship,
  crew: readonly CrewOnBoard[],
  asOf: string,
  options: Pick<CheckOptions, 'higherCovers'> = {},
): Shortfall[] {
  const issues: ValidationIssue[] = [];
  checkShip(ship, 'ship', issues);
  checkCrew(crew, 'crew', issues);
  checkDate(asOf, 'asOf', issues);
  throwIfAny(issues);
  const competent = new Map<Rank, number>();
  for (const member of crew) {
    if (checkValid(member.seafarer, member.post, ship, asOf, options).ok) {
      competent.set(member.post.rank, (competent.get(member.post.rank) ?? 0) + 1);
    }
  }
  return shortfallOf(ship, competent);
}

/**
 * The shortfall of `ship` given the competent people per rank (the rule of 第三十三条 once the
 * people are checked). Internal: the simulation counts competence from each holder's window.
 */
export function shortfallOf(ship: Ship, competent: ReadonlyMap<Rank, number>): Shortfall[] {
  const out: Shortfall[] = [];
  for (const rank of RANKS) {
    const required = ship.minimumSafeManning[rank] ?? 0;
    const have = competent.get(rank) ?? 0;
    if (have < required) out.push({ rank, required, competent: have, missing: required - have });
  }
  return out;
}

/**
 * The last day a holder checked competent on `from` stays competent (the check's only findings
 * that change with the day are the validity dates), or '' when not competent on `from`: so, for a
 * holder competent on `from`, `d <= competentUntil(…)` equals `checkCrewPost(…, d).ok` for every
 * day d ≥ from. A certificate that only becomes valid after `from` opens no window (the
 * simulation checks on the sign-on day). Internal.
 */
export function competentUntil(
  seafarer: Seafarer,
  post: Post,
  ship: Ship,
  from: string,
  options: Pick<CheckOptions, 'higherCovers'> = {},
): string {
  if (!checkValid(seafarer, post, ship, from, options).ok) return '';
  const cert = seafarer.certificate?.validUntil ?? '';
  const health = seafarer.health?.validUntil ?? '';
  return minDate(cert as CivilDate, health as CivilDate);
}
