// The year's working records, one interleaved record per unit and per hazard, so that an event
// reads one or two cache lines instead of a slot in each of some twenty typed arrays. A variant
// fills them in one pass in unit order from the population's arrays (reading those in order is
// cheap) with everything its handlers need: the unit's state (due, booked inspection, stopped)
// and the decisions the population's draws already fix for this variant (late or not and by how
// many days, the grade and cycle the next inspection gives). Both schedulers run the same
// handlers on these records. A record is written before the first event that reads it is queued
// (a unit with no such event this year gets none), so the memory may be reused.
import type { Scratch } from './scratch';

/**
 * Int32 slots per unit record: 4 × 4 bytes, four records per 64-byte cache line (the year writes
 * and reads 24 MB of them for a province, not 48). What a unit holds beyond them, its hazard range,
 * is read from the population's `hazStart`, and only for the units flagged HAS_HAZARDS.
 */
export const UNIT_STRIDE = 4;
/** The day the validity in force ends. */
export const U_DUE = 0;
/** The day the inspection is booked for, or NEVER. */
export const U_INSPECT_ON = 1;
/**
 * A late user's delay past the due day (the reform's order already applied), in days, or, for a
 * user on time, the on-time draw (a float32, read through the Float32Array view of the same
 * buffer): the LATE flag says which, and a unit is never both.
 */
export const U_DRAW = 2;
/** Grade the next inspection gives (0: not a vessel, 1–5), the flags below, and the cycle. */
export const U_STATE = 3;

export const GRADE_MASK = 7;
/** Out of use (grade 5). */
export const STOPPED = 8;
/** The user asks late (this variant). */
export const LATE = 16;
/** The unit has hazards: `hazStart[u] .. hazStart[u + 1] - 1` of the population. */
export const HAS_HAZARDS = 32;
/** The cycle, in years, the next inspection gives: state >>> YEARS_SHIFT (a byte, as the population's). */
export const YEARS_SHIFT = 8;

/** Int32 slots per hazard record: 4 × 4 bytes. */
export const HAZARD_STRIDE = 4;
export const H_ONSET = 0;
/** The day it was found, or NEVER: open and unknown until then. */
export const H_FOUND_ON = 1;
/** The day the regulator learnt of it, or NEVER. */
export const H_KNOWN_ON = 2;
/** The flags below, plus who found it (BY_*) shifted by FOUND_BY_SHIFT. */
export const H_BITS = 3;

/** This variant's inspection would find it. */
export const INSPECTION_FINDS = 1;
/** This variant's on-site check would find it. */
export const SUPERVISION_FINDS = 2;
export const SERIOUS = 4;
export const FOUND_BY_SHIFT = 3;

export const BY_SELF = 1;
export const BY_INSPECTION = 2;
export const BY_SUPERVISION = 3;

/** Unit records of `units` units: the Int32Array and a Float32Array view of the same memory. */
export function unitRecords(units: number, scratch?: Scratch): { i32: Int32Array; f32: Float32Array } {
  const length = units * UNIT_STRIDE;
  const i32 = scratch ? scratch.int32('unit-records', length) : new Int32Array(length);
  return { i32, f32: new Float32Array(i32.buffer, i32.byteOffset, length) };
}

/** Hazard records of `hazards` hazards. */
export function hazardRecords(hazards: number, scratch?: Scratch): Int32Array {
  const length = hazards * HAZARD_STRIDE;
  return scratch ? scratch.int32('hazard-records', length) : new Int32Array(length);
}
