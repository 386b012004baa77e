// When the user's self-checks find a hazard: the k-th check after its onset, monthly before the
// weekly check of Order 74 (特种设备安全监察条例 第二十七条: 至少每月一次) and weekly from it (周排查),
// k drawn once per hazard, so a better check finds the same hazard no later.
import type { YearConfig } from './year';

/** A day that never comes (no finding). */
export const NEVER = 0x7fffffff;

/** The k-th self-check (k ≥ 1) after a hazard's onset: monthly before `weeklyFrom`, weekly from it. */
export function selfCheckDay(
  onset: number,
  uPhase: number,
  k: number,
  c: Pick<YearConfig, 'weeklyFrom' | 'monthlyDays' | 'weeklyDays'>,
): number {
  const cadence0 = onset + 1 < c.weeklyFrom ? c.monthlyDays : c.weeklyDays;
  const t1 = onset + 1 + Math.floor(uPhase * cadence0);
  if (cadence0 === c.weeklyDays) return t1 + (k - 1) * c.weeklyDays;
  const monthly = t1 < c.weeklyFrom ? Math.floor((c.weeklyFrom - 1 - t1) / c.monthlyDays) + 1 : 0;
  if (k <= monthly) return t1 + (k - 1) * c.monthlyDays;
  return c.weeklyFrom + (k - monthly - 1) * c.weeklyDays;
}

/**
 * Checks until one finds the hazard: geometric from the stored uniform (never when p = 0).
 * `logMiss`, ln(1 - p), may be passed by a caller that computes it once for many hazards.
 */
export function checksToFind(u: number, p: number, logMiss = Math.log(1 - p)): number {
  if (p <= 0) return NEVER;
  if (p >= 1) return 1;
  return Math.floor(Math.log(1 - u) / logMiss) + 1;
}
