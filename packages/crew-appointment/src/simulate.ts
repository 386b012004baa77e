// One year of measure 15 on one seeded fleet: every appointment handled the old way (baseline:
// in person at the counter in office hours, documents checked by eye, scheduled on-site checks)
// and the reform way (port report or online filing, checkCrewPost and manningShortfall on every
// filing, face recognition with an office fallback, on-site checks chosen by findings and patrol),
// on the same draws. Internal: not exported from src/index.ts.
import { type CivilDate, type EventLog, RandomStream, type Variant } from '@gd-ftz/core';
import { YearDays } from './calendar-cache';
import { checkValid } from './check-post';
import { DEFECT_WEIGHTS, DEFECTS, drawDocuments } from './documents';
import type { FleetShip } from './fleet';
import { competentUntil, shortfallOf } from './manning';
import type { FindingCode, Rank, Seafarer } from './model';
import { counterMinute } from './office';
import { type CheckRecord, type Exposure, resolveChecks } from './onsite';
import type { CrewAppointmentParams } from './params';
import { DAY, drawWorld, type World, YEAR_DAYS } from './world';

/** How one variant handled the year, as counts and per-appointment arrays. */
export interface VariantStats {
  readonly variant: Variant;
  /** Counter visits: sign-on and sign-off registrations, face-recognition fallbacks, 补录. */
  visits: number;
  /** Hours from sign-on to the record, per recorded appointment (NaN when never recorded). */
  readonly recordHours: Float64Array;
  /** Non-compliant appointments, and those caught before the ship sailed. */
  nonCompliant: number;
  caughtBeforeSailing: number;
  /** Days non-compliant crew served after sailing before being caught or signing off. */
  uncaughtCrewDays: number;
  /** Sign-offs that left no record (a gap to be added in person later). */
  recordGaps: number;
  /** On-site checks made, and those that found someone non-compliant. */
  checks: number;
  checkHits: number;
  /** Officer minutes: counter work and on-site checks. */
  officerMinutes: number;
  /** Per appointment: record minute (−1 when none), caught before sailing, end of exposure (−1). */
  readonly recordAt: Float64Array;
  readonly caught: Uint8Array;
  readonly removedAt: Float64Array;
  /** Per appointment: how it was recorded. */
  readonly channel: Uint8Array;
}

/** The channels of a record, by code in {@link VariantStats.channel}. */
export const CHANNELS = ['counter', 'port-report', 'online', 'office-fallback', 'none'] as const;

/** The result of a year: the world and both variants. */
export interface YearResult {
  readonly world: World;
  readonly baseline: VariantStats;
  readonly reform: VariantStats;
  /** Per appointment: its sailing minute, and the findings of the check (reform, at the record). */
  readonly sail: Float64Array;
  readonly findings: (readonly FindingCode[] | undefined)[];
  /** Per appointment: 1 when checkCrewPost fails on the day of sign-on (the ground truth). */
  readonly nonCompliant: Uint8Array;
  /** A few appointments kept whole for the report's samples. */
  readonly kept: readonly KeptCase[];
}

/** One appointment kept with its documents, for the samples. */
export interface KeptCase {
  readonly index: number;
  readonly seafarer: Seafarer;
  readonly fleetShip: FleetShip;
  readonly rank: Rank;
  readonly recordDate: CivilDate;
  readonly shortfall: readonly Rank[];
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

function stats(variant: Variant, n: number): VariantStats {
  return {
    variant,
    visits: 0,
    recordHours: new Float64Array(n).fill(Number.NaN),
    nonCompliant: 0,
    caughtBeforeSailing: 0,
    uncaughtCrewDays: 0,
    recordGaps: 0,
    checks: 0,
    checkHits: 0,
    officerMinutes: 0,
    recordAt: new Float64Array(n).fill(-1),
    caught: new Uint8Array(n),
    removedAt: new Float64Array(n).fill(-1),
    channel: new Uint8Array(n).fill(4),
  };
}

/** A compliant stand-in for a post's holder whose documents the simulation never drew. */
function standIn(fs: FleetShip, rank: Rank, date: CivilDate, person: number, rng: RandomStream): Seafarer {
  return drawDocuments(fs, rank, date, person, null, rng);
}

/**
 * Runs one year: baseline and reform on the same fleet, crew and draws.
 * @example
 * simulateYear({ ...defaults, appointments: 1000 }, 42).reform.visits // a few face-recognition fallbacks and gaps
 */
export function simulateYear(params: CrewAppointmentParams, seed: number, hooks: RunHooks = {}): YearResult {
  const world = drawWorld(params, seed);
  const n = world.count;
  const days = new YearDays(params.year);
  const root = RandomStream.fromSeed(seed);
  const docRng = root.substream('documents');
  const drawRng = root.substream('appointments');
  const standInRng = root.substream('stand-ins');
  const base = stats('baseline', n);
  const reform = stats('reform', n);
  const sail = new Float64Array(n);
  const nonCompliant = new Uint8Array(n);
  const findings: (readonly FindingCode[] | undefined)[] = new Array(n);
  const kept: KeptCase[] = [];
  const exposures: Record<Variant, Exposure[]> = { baseline: [], reform: [] };
  const targeted: CheckRecord[] = [];
  const counter = params.counterMinutes;
  const travel = Math.round(params.travelHours * 60);
  const { officeOpenHour: open, officeCloseHour: close } = params;
  const options = { higherCovers: params.higherCovers };
  // The reform's view of who is on board each ship: per post, the last day its holder is
  // competent (competentUntil: checkCrewPost's own rule, evaluated once per holder), so that the
  // manning check of every filing counts competent holders without re-checking the whole crew.
  const crews: (string[] | undefined)[] = new Array(world.ships.length);
  const crewOf = (si: number): string[] => {
    let c = crews[si];
    if (c === undefined) {
      const fs = world.ships[si] as FleetShip;
      const from = days.date(0);
      c = fs.slots.map((rank, k) =>
        competentUntil(
          standIn(fs, rank, from, 1_000_000_000 + si * 64 + k, standInRng),
          { rank },
          fs.ship,
          from,
          options,
        ),
      );
      crews[si] = c;
    }
    return c;
  };
  const shortfallAt = (fs: FleetShip, crew: readonly string[], date: string) => {
    const competent = new Map<Rank, number>();
    for (let k = 0; k < crew.length; k++) {
      if (date <= (crew[k] as string)) {
        const rank = fs.slots[k] as Rank;
        competent.set(rank, (competent.get(rank) ?? 0) + 1);
      }
    }
    return shortfallOf(fs.ship, competent);
  };
  let nextProgress = 0.1;
  for (let i = 0; i < n; i++) {
    const si = world.ship[i] as number;
    const fs = world.ships[si] as FleetShip;
    const rank = fs.slots[world.slot[i] as number] as Rank;
    const t = world.signOn[i] as number;
    const end = world.signOff[i] as number;
    const day = Math.floor(t / DAY);
    const date = days.date(day);
    // Every draw of the appointment, always all of them and in this order (common random numbers).
    const defective = drawRng.real() < params.nonCompliantShare;
    const defectIndex = drawRng.weightedIndex(DEFECT_WEIGHTS);
    const seafarer = drawDocuments(
      fs,
      rank,
      date,
      world.person[i] as number,
      defective ? (DEFECTS[defectIndex] as FindingCode) : null,
      docRng,
    );
    const stay = Math.max(1, Math.round(drawRng.exponential(1 / params.portStayHours) * 60));
    const voyage = Math.max(1, Math.round(drawRng.exponential(1 / params.voyageHours) * 60));
    const filingDelay = Math.round(drawRng.exponential(1 / params.agencyFilingHours) * 60);
    const uEye = drawRng.real();
    const uFace = drawRng.real();
    const uOmitOn = drawRng.real();
    const uOmitOff = drawRng.real();
    const uUnreported = drawRng.real();
    const sailAt = Math.min(t + stay, end);
    sail[i] = sailAt;
    // Ground truth: the law-fixed check on the day of sign-on.
    const nc = !checkValid(seafarer, { rank }, fs.ship, date, options).ok;
    if (nc) nonCompliant[i] = 1;

    // Baseline: the seafarer registers in person at the next office hour; if the ship sails
    // first, at the office of the next port. The officer checks the documents by eye.
    {
      let reg = counterMinute(t + travel, days, open, close);
      if (reg + counter > sailAt) reg = counterMinute(sailAt + voyage + travel, days, open, close);
      const rec = reg + counter;
      base.visits++;
      base.recordAt[i] = rec;
      base.recordHours[i] = (rec - t) / 60;
      base.channel[i] = 0;
      base.officerMinutes += counter;
      if (nc) {
        base.nonCompliant++;
        const seen = uEye >= params.eyeMissRate;
        if (seen && rec <= sailAt) {
          base.caught[i] = 1;
          base.caughtBeforeSailing++;
        } else {
          const to = seen ? Math.min(rec, end) : end;
          if (seen) base.removedAt[i] = to;
          exposures.baseline.push({ index: i, ship: si, from: sailAt, to });
        }
      }
      // The relief's sign-off: registered in person, or never reported — a gap, added later at
      // the office (补录) against the 服务簿 and the ship's movements: one visit either way, the
      // 补录 taking twice the counter time.
      base.visits++;
      if (uUnreported < params.unreportedSignOffShare) {
        base.recordGaps++;
        base.officerMinutes += 2 * counter;
      } else {
        base.officerMinutes += counter;
      }
    }

    // Reform: a domestic ship's port report, or the company's online filing (face recognition,
    // falling back to the office); every record runs checkCrewPost and manningShortfall.
    {
      let rec = -1;
      let channel = 4;
      if (fs.domestic) {
        // The departure report lists the crew; its check precedes the sailing (第四十六条).
        rec = sailAt;
        channel = 1;
      } else if (uOmitOn >= params.agencyOmissionShare) {
        rec = t + filingDelay;
        channel = 2;
        if (uFace < params.faceFailRate) {
          rec = counterMinute(rec + travel, days, open, close) + counter;
          channel = 3;
          reform.visits++;
          reform.officerMinutes += counter;
        }
      }
      reform.channel[i] = channel;
      let detectedAt = -1;
      if (rec >= 0) {
        reform.recordAt[i] = rec;
        reform.recordHours[i] = (rec - t) / 60;
        const recDate = days.date(Math.floor(rec / DAY));
        const check = checkValid(seafarer, { rank }, fs.ship, recDate, options);
        findings[i] = check.findings;
        const crew = crewOf(si);
        const k = world.slot[i] as number;
        crew[k] = check.ok ? competentUntil(seafarer, { rank }, fs.ship, recDate, options) : '';
        const shortfall = shortfallAt(fs, crew, recDate);
        if (!check.ok || shortfall.length > 0) detectedAt = rec;
        if (!check.ok) {
          // The post is refilled with a competent relief: a stand-in keeps the crew list honest.
          crew[k] = competentUntil(
            standIn(fs, rank, recDate, 1_000_000_000 + si * 64 + k, standInRng),
            { rank },
            fs.ship,
            recDate,
            options,
          );
        }
        if (kept.length < 4 && (kept.length === 0 || !check.ok)) {
          kept.push({
            index: i,
            seafarer,
            fleetShip: fs,
            rank,
            recordDate: recDate,
            shortfall: shortfall.map((s) => s.rank),
          });
        }
      }
      if (nc) {
        reform.nonCompliant++;
        if (detectedAt >= 0 && detectedAt <= sailAt) {
          reform.caught[i] = 1;
          reform.caughtBeforeSailing++;
        } else if (detectedAt >= 0) {
          // Flagged after sailing: a targeted on-site check at the next port call.
          const at = Math.max(detectedAt, sailAt + voyage);
          if (at < end) {
            targeted.push({ ship: si, at, hit: true });
            reform.removedAt[i] = at;
          }
          exposures.reform.push({ index: i, ship: si, from: sailAt, to: Math.min(at, end) });
        } else {
          exposures.reform.push({ index: i, ship: si, from: sailAt, to: end });
        }
      }
      // The relief's sign-off: in the port report, filed online, or omitted (a gap).
      if (!fs.domestic && uOmitOff < params.agencyOmissionShare) {
        reform.recordGaps++;
        reform.visits++;
        reform.officerMinutes += 2 * counter;
      }
    }
    if (hooks.onProgress && i / n >= nextProgress) {
      hooks.onProgress(0.8 * (i / n));
      nextProgress += 0.1;
    }
  }
  // On-site checks: scheduled ones before the reform, patrol-chosen and targeted ones after it.
  const horizon = YEAR_DAYS;
  resolveChecks(
    base,
    exposures.baseline,
    [],
    world.ships.length,
    params.scheduledChecksPerShip,
    horizon,
    params.eyeMissRate,
    root.substream('scheduled'),
    params.checkHours,
  );
  resolveChecks(
    reform,
    exposures.reform,
    targeted,
    world.ships.length,
    params.patrolChecksPerShip,
    horizon,
    0,
    root.substream('patrol'),
    params.checkHours,
  );
  hooks.onProgress?.(0.9);
  return { world, baseline: base, reform, sail, findings, nonCompliant, kept };
}
