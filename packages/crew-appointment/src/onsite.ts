// On-site checks of a variant: scheduled (baseline) or patrol-chosen (reform) visits to ships at
// random days, plus the reform's targeted checks of findings made after sailing. A check finds a
// non-compliant seafarer on board unless the officer misses them (by eye before the reform; face
// recognition and the certificate database after it). Internal.
import type { RandomStream } from '@gd-ftz/core';
import type { VariantStats } from './simulate';
import { DAY } from './world';

/** A non-compliant seafarer at sea from `from` until caught or signed off (`to`, minutes). */
export interface Exposure {
  readonly index: number;
  readonly ship: number;
  readonly from: number;
  to: number;
}

/** A targeted check the reform made (always on a known finding). */
export interface CheckRecord {
  readonly ship: number;
  readonly at: number;
  readonly hit: boolean;
}

/** Minute of the day a check starts (10:00). */
const CHECK_MINUTE = 600;

/**
 * Draws each ship's checks (a Poisson number at uniform days), applies them to the exposures in
 * time order, and adds checks, hits, crew-days and officer minutes to `stats`.
 */
export function resolveChecks(
  stats: VariantStats,
  exposures: readonly Exposure[],
  targeted: readonly CheckRecord[],
  ships: number,
  perShip: number,
  horizonDays: number,
  missRate: number,
  rng: RandomStream,
  checkHours: number,
): void {
  const byShip = new Map<number, Exposure[]>();
  for (const e of exposures) {
    const list = byShip.get(e.ship);
    if (list) list.push(e);
    else byShip.set(e.ship, [e]);
  }
  let checks = 0;
  let hits = 0;
  for (let s = 0; s < ships; s++) {
    const count = perShip > 0 ? rng.poisson(perShip) : 0;
    if (count === 0) continue;
    const at: number[] = [];
    for (let c = 0; c < count; c++) at.push(rng.int(0, horizonDays - 1) * DAY + CHECK_MINUTE);
    at.sort((a, b) => a - b);
    checks += count;
    const list = byShip.get(s);
    if (!list) continue;
    for (const x of at) {
      let hit = false;
      for (const e of list) {
        if (e.from <= x && x < e.to && rng.real() >= missRate) {
          e.to = x;
          stats.removedAt[e.index] = x;
          hit = true;
        }
      }
      if (hit) hits++;
    }
  }
  for (const t of targeted) {
    checks++;
    if (t.hit) hits++;
  }
  let minutes = 0;
  for (const e of exposures) minutes += e.to - e.from;
  stats.checks += checks;
  stats.checkHits += hits;
  stats.uncaughtCrewDays += minutes / DAY;
  stats.officerMinutes += checks * checkHours * 60;
}
