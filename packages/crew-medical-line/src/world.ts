// The seeded cases of a run, drawn once in a fixed order from one sub-stream so that the baseline
// and the reform see the same ships, events and service draws (common random numbers). Internal.
import { addDays, type CivilDate, civilDate, isWorkingDay, type RandomStream } from '@gd-ftz/core';
import type { Durations } from './timeline';
import { ANCHORAGE, BERTH, CRITICAL, MINOR, SERIOUS, UNDERWAY } from './triage';

/** Minutes in the simulated year (the run may spill past it; the calendar covers that). */
export function yearMinutes(year: number): number {
  return (year % 4 === 0 ? 366 : 365) * 1440;
}

/** The cases of a run as typed arrays. */
export interface World {
  readonly count: number;
  readonly areas: number;
  readonly year: number;
  readonly start: CivilDate;
  readonly t0: Float64Array;
  readonly area: Int32Array;
  readonly severity: Uint8Array;
  readonly position: Uint8Array;
  readonly distanceNm: Float64Array;
  readonly international: Uint8Array;
  readonly infectious: Uint8Array;
  readonly guided: Uint8Array;
  readonly aware: Uint8Array;
  /** The uniforms behind `guided` and `aware`, kept so a sensitivity end re-thresholds them. */
  readonly uGuided: Float64Array;
  readonly uAware: Float64Array;
  /** Uniform draws for the desk's service time and the line's coordination time. */
  readonly uService: Float64Array;
  readonly uCoord: Float64Array;
}

/** Scenario shares that shape the cases. */
export interface WorldShares {
  readonly casesPerYear: number;
  readonly portAreas: number;
  readonly year: number;
  readonly criticalShare: number;
  readonly seriousShareOfRest: number;
  readonly infectiousShare: number;
  readonly internationalShare: number;
  readonly berthShare: number;
  readonly companyAdviceShare: number;
  readonly lineAwareness: number;
}

/**
 * Draws the cases: onset uniform over the year (a Poisson process given the count), severity,
 * position (the rest of berth split evenly between anchorage and underway), distance (assumption:
 * anchorage 2–15 nm, underway 5–60 nm), flags of the ship and of the baseline/reform behaviour.
 */
export function drawWorld(p: WorldShares, rng: RandomStream): World {
  const n = p.casesPerYear * p.portAreas;
  const span = yearMinutes(p.year);
  const w = {
    count: n,
    areas: p.portAreas,
    year: p.year,
    start: civilDate(`${p.year}-01-01`),
    t0: new Float64Array(n),
    area: new Int32Array(n),
    severity: new Uint8Array(n),
    position: new Uint8Array(n),
    distanceNm: new Float64Array(n),
    international: new Uint8Array(n),
    infectious: new Uint8Array(n),
    guided: new Uint8Array(n),
    aware: new Uint8Array(n),
    uGuided: new Float64Array(n),
    uAware: new Float64Array(n),
    uService: new Float64Array(n),
    uCoord: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    w.t0[i] = Math.floor(rng.real() * span);
    w.area[i] = i % p.portAreas;
    const s = rng.real();
    w.severity[i] = s < p.criticalShare ? CRITICAL : rng.real() < p.seriousShareOfRest ? SERIOUS : MINOR;
    const pos = rng.real();
    const position = pos < p.berthShare ? BERTH : rng.real() < 0.5 ? ANCHORAGE : UNDERWAY;
    w.position[i] = position;
    const u = rng.real();
    w.distanceNm[i] = position === BERTH ? 0 : position === ANCHORAGE ? 2 + 13 * u : 5 + 55 * u;
    w.international[i] = rng.real() < p.internationalShare ? 1 : 0;
    w.infectious[i] = rng.real() < p.infectiousShare ? 1 : 0;
    w.uGuided[i] = rng.real();
    w.uAware[i] = rng.real();
    w.uService[i] = rng.real();
    w.uCoord[i] = rng.real();
  }
  return withShares(w, p);
}

/**
 * The same cases under other behaviour shares: `guided` and `aware` re-thresholded from the kept
 * uniforms, every other draw shared. A sensitivity end of `companyAdviceShare` or `lineAwareness`
 * thus runs on the scenario's cases without drawing them again (the draws consumed do not depend on
 * either share).
 */
export function withShares(w: World, p: Pick<WorldShares, 'companyAdviceShare' | 'lineAwareness'>): World {
  const n = w.count;
  const guided = new Uint8Array(n);
  const aware = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    guided[i] = (w.uGuided[i] as number) < p.companyAdviceShare ? 1 : 0;
    aware[i] = (w.uAware[i] as number) < p.lineAwareness ? 1 : 0;
  }
  return { ...w, guided, aware };
}

/** Working days of the run, relative to 1 January, looked up once each. */
export function workingDaysOf(start: CivilDate): (day: number) => boolean {
  let known = new Uint8Array(400);
  return (day: number) => {
    if (day >= known.length) {
      const grown = new Uint8Array(Math.max(known.length * 2, day + 1));
      grown.set(known);
      known = grown;
    }
    let s = known[day] as number;
    if (s === 0) {
      s = isWorkingDay(addDays(start, day)) ? 1 : 2;
      known[day] = s;
    }
    return s === 1;
  };
}

/** Durations of the timeline from the parameters. */
export function durationsOf(p: {
  readonly callMinutes: number;
  readonly lineCallMinutes: number;
  readonly companyAdviceMinutes: number;
  readonly clearanceMinutes: number;
  readonly boatDispatchMinutes: number;
  readonly boatSpeedKnots: number;
  readonly shipSpeedKnots: number;
  readonly transferMinutes: number;
  readonly ambulanceMinutes: number;
  readonly driveMinutes: number;
  readonly officeOpenHour: number;
  readonly officeCloseHour: number;
}): Durations {
  return {
    callMinutes: p.callMinutes,
    lineCallMinutes: p.lineCallMinutes,
    companyAdviceMinutes: p.companyAdviceMinutes,
    clearanceMinutes: p.clearanceMinutes,
    boatDispatchMinutes: p.boatDispatchMinutes,
    boatSpeedKnots: p.boatSpeedKnots,
    shipSpeedKnots: p.shipSpeedKnots,
    transferMinutes: p.transferMinutes,
    ambulanceMinutes: p.ambulanceMinutes,
    driveMinutes: p.driveMinutes,
    openMinute: p.officeOpenHour * 60,
    closeMinute: p.officeCloseHour * 60,
  };
}
