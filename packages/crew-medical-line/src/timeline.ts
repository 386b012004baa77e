// The timeline of one case in plain minutes, shared by planResponse (no queues) and the simulation
// (desk and boat waits from core's resources): route → decision → preparation → ashore → care.
// Every function is a composition of +, max and "next office opening", so shortening a duration
// never moves a time later. Internal.
import { BERTH, CRITICAL, doctorCode, MINOR, masterCode } from './triage';

/** Durations of the process, minutes (all assumptions; see params.ts). */
export interface Durations {
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
  /** Office hours of the clinic and of non-urgent clearance, minutes of the day. */
  readonly openMinute: number;
  readonly closeMinute: number;
}

/** Whether relative day `day` (0 = the origin date) is a working day. */
export type Working = (day: number) => boolean;

/** One case on codes. */
export interface CaseInput {
  readonly t0: number;
  readonly severity: number;
  readonly position: number;
  readonly distanceNm: number;
  readonly international: boolean;
  /** Baseline: the company has its own remote medical advice. */
  readonly guided: boolean;
  /** Reform: the master knows and calls the line. */
  readonly aware: boolean;
}

/** Route of the first call: 0 agent (clinic, office hours), 1 12395 search-and-rescue centre, 2 the line. */
export const AGENT = 0;
export const MRCC = 1;
export const LINE = 2;

const DAY = 1440;

/**
 * The earliest minute ≥ t at which the office is open (working days, make-up days included).
 * Searches at most 60 days (longer than any run of days off).
 */
export function nextOpen(t: number, d: Durations, working: Working): number {
  let day = Math.floor(t / DAY);
  let m = t - day * DAY;
  for (let i = 0; i < 60; i++) {
    if (working(day)) {
      if (m < d.openMinute) return day * DAY + d.openMinute;
      if (m < d.closeMinute) return day * DAY + m;
    }
    day++;
    m = 0;
  }
  throw new RangeError('no office opening within 60 days');
}

/** Which route the first call takes. */
export function routeOf(c: CaseInput, reform: boolean): number {
  if (reform && c.aware) return LINE;
  return c.severity === CRITICAL ? MRCC : AGENT;
}

/** When the first call gets through. */
export function callAtOf(c: CaseInput, route: number, d: Durations): number {
  return c.t0 + (route === LINE ? d.lineCallMinutes : d.callMinutes);
}

/** Medical advice and the decision. */
export interface Decided {
  /** NaN until the patient meets a medic ashore (filled by {@link finish}). */
  adviceAt: number;
  decisionAt: number;
  disposition: number;
  remote: boolean;
  calls: number;
}

/**
 * Advice and decision. For the line and the centre, `grantAt` is when the desk answered and
 * `service` the minutes it spent; for the agent route both are ignored.
 */
export function decide(
  c: CaseInput,
  route: number,
  grantAt: number,
  service: number,
  d: Durations,
  working: Working,
): Decided {
  if (route === LINE) {
    return {
      adviceAt: grantAt,
      decisionAt: grantAt + service,
      disposition: doctorCode(c.severity, c.position, c.distanceNm),
      remote: true,
      calls: 1,
    };
  }
  if (route === MRCC) {
    return {
      adviceAt: c.guided ? c.t0 + d.callMinutes + d.companyAdviceMinutes : Number.NaN,
      decisionAt: grantAt + service,
      disposition: 1,
      remote: c.guided,
      calls: c.guided ? 2 : 1,
    };
  }
  const callAt = c.t0 + d.callMinutes;
  if (c.guided) {
    const adviceAt = callAt + d.companyAdviceMinutes;
    return {
      adviceAt,
      decisionAt: adviceAt,
      disposition: doctorCode(c.severity, c.position, c.distanceNm),
      remote: true,
      calls: 2,
    };
  }
  // The agent calls the clinic, which answers in office hours; the master decides alone.
  return {
    adviceAt: nextOpen(callAt + d.callMinutes, d, working),
    decisionAt: callAt,
    disposition: masterCode(c.severity),
    remote: false,
    calls: 2,
  };
}

/** Preparation after the decision: clearances, boat, ambulance, the ship's run to a berth. */
export interface Prep {
  borderStart: number;
  borderEnd: number;
  customsStart: number;
  customsEnd: number;
  /** When the clearances are done (the decision time when none is needed). */
  readyAt: number;
  /** When the boat is asked for (NaN: no boat). */
  boatAt: number;
  /** When the ambulance is called and when it is at the pier (NaN: none). */
  ambulanceCall: number;
  ambulanceAt: number;
  /** When the ship reaches the berth (NaN unless landing at the next berth). */
  berthAt: number;
  calls: number;
}

/** Whether a disposition needs the boat. */
export function needsBoat(c: CaseInput, disposition: number): boolean {
  return disposition === 1 && c.position !== BERTH;
}

/** Minutes for the boat to run `distanceNm` one way. */
export function legMinutes(distanceNm: number, knots: number): number {
  return (distanceNm / knots) * 60;
}

/** Minutes the boat is away: ready, out, transfer, back. */
export function boatRoundTrip(c: CaseInput, d: Durations): number {
  return d.boatDispatchMinutes + 2 * legMinutes(c.distanceNm, d.boatSpeedKnots) + d.transferMinutes;
}

const NONE = Number.NaN;

/**
 * Preparation. The line alerts border, customs, health and the boat at once, around the clock;
 * before the reform the agent calls them in turn, the centre sends its boat for critical cases,
 * and non-urgent clearance waits for office hours. Domestic ships need no clearance.
 */
export function prepare(c: CaseInput, route: number, dec: Decided, d: Durations, working: Working): Prep {
  const t = dec.decisionAt;
  const prep: Prep = {
    borderStart: NONE,
    borderEnd: NONE,
    customsStart: NONE,
    customsEnd: NONE,
    readyAt: t,
    boatAt: NONE,
    ambulanceCall: NONE,
    ambulanceAt: NONE,
    berthAt: NONE,
    calls: 0,
  };
  if (dec.disposition === 0) return prep;
  const boat = needsBoat(c, dec.disposition);
  const ambulance = c.severity !== MINOR;
  if (dec.disposition === 2) {
    prep.berthAt = c.position === BERTH ? t : t + legMinutes(c.distanceNm, d.shipSpeedKnots);
  }
  if (route === LINE) {
    if (c.international) {
      prep.borderStart = t;
      prep.borderEnd = t + d.clearanceMinutes;
      prep.customsStart = t;
      prep.customsEnd = t + d.clearanceMinutes;
      prep.readyAt = prep.borderEnd;
    }
    if (boat) prep.boatAt = t;
    if (ambulance) {
      prep.ambulanceCall = t;
      prep.ambulanceAt = t + d.ambulanceMinutes;
    }
    return prep;
  }
  const urgent = route === MRCC;
  const open = (x: number) => (urgent ? x : nextOpen(x, d, working));
  let at = t;
  if (c.international) {
    prep.borderStart = open(at + d.callMinutes);
    prep.borderEnd = prep.borderStart + d.clearanceMinutes;
    prep.customsStart = open(prep.borderEnd + d.callMinutes);
    prep.customsEnd = prep.customsStart + d.clearanceMinutes;
    at = prep.customsEnd;
    prep.calls += 2;
  }
  prep.readyAt = at;
  if (boat) {
    if (urgent) prep.boatAt = t;
    else {
      prep.boatAt = at + d.callMinutes;
      prep.calls += 1;
    }
  }
  if (ambulance) {
    prep.ambulanceCall = at;
    prep.ambulanceAt = at + d.callMinutes + d.ambulanceMinutes;
    prep.calls += 1;
  }
  return prep;
}

/** Outcome codes: 0 treated on board, 1 in hospital, 2 seen at the clinic. */
export interface Finished {
  ashoreAt: number;
  careAt: number;
  outcome: number;
  adviceAt: number;
}

/** Ashore and care, given when the boat is back at the pier (NaN when no boat was used). */
export function finish(
  c: CaseInput,
  dec: Decided,
  prep: Prep,
  boatBackAt: number,
  d: Durations,
  working: Working,
): Finished {
  if (dec.disposition === 0) {
    return { ashoreAt: NONE, careAt: dec.decisionAt, outcome: 0, adviceAt: dec.adviceAt };
  }
  let ashoreAt: number;
  if (!Number.isNaN(boatBackAt)) ashoreAt = Math.max(boatBackAt, prep.readyAt);
  else {
    const alongside = dec.disposition === 2 ? prep.berthAt : dec.decisionAt;
    ashoreAt = Math.max(alongside, prep.readyAt) + d.transferMinutes;
  }
  if (c.severity === MINOR) {
    const careAt = nextOpen(ashoreAt + d.driveMinutes, d, working);
    return { ashoreAt, careAt, outcome: 2, adviceAt: firstAdvice(dec, careAt) };
  }
  const met = Math.max(ashoreAt, prep.ambulanceAt);
  return {
    ashoreAt,
    careAt: met + d.driveMinutes,
    outcome: 1,
    adviceAt: firstAdvice(dec, met),
  };
}

/** Remote advice stands; otherwise the first medic the patient meets (clinic or ambulance crew). */
function firstAdvice(dec: Decided, metAt: number): number {
  if (Number.isNaN(dec.adviceAt)) return metAt;
  return dec.remote ? dec.adviceAt : Math.min(dec.adviceAt, metAt);
}
