// The seeded population of one year: every unit and every hazard that arises in it, with all the
// random draws the year needs stored beside them (struct of typed arrays: 1.5 million units fit
// in about 100 MB). Baseline and reform read the same arrays: same units, same hazards, same draws.
// Units are stored in the order of their due date, not in the order they were drawn: most of a
// year's events are inspection requests and inspections, which come in due-date order, so a day's
// events then read neighbouring memory instead of records scattered over the whole population.
// `id` gives each stored unit its number, `hazardId` each hazard's number within its unit.
// Unit i and its hazards are drawn from the unit's own sub-stream (`units/i`, core's `unitStreams`),
// a function of the seed and i alone: a shard draws any block of units, and the units it draws are
// those of the whole population (issue 14). Deriving a stream costs about 0.2 µs per unit (0.17–0.27
// µs measured at 1.5 M units, load 5.4), against about 1.5 µs per unit for drawing the unit.
import { type CivilDate, fromEpochDay, type RandomStream, toEpochDay, unitStreams } from '@gd-ftz/core';
import { POPULATION_ASSUMPTIONS as A } from './assumptions';
import { cycleTableAt } from './cycle-table';
import { addYearsEpoch } from './dates';
import { registrationDeadline } from './deadlines';
import { EQUIPMENT_KINDS, GAS_CLASSES } from './model';

/** Kind codes: indexes into EQUIPMENT_KINDS. */
export const KIND_VESSEL = EQUIPMENT_KINDS.indexOf('pressure-vessel');
export const KIND_CYLINDER = EQUIPMENT_KINDS.indexOf('gas-cylinder');

/** What the population depends on (the other parameters only change the year's behaviour). */
export interface PopulationOptions {
  readonly year: number;
  readonly newUnitShare: number;
  readonly hazardRate: number;
  readonly seriousShare: number;
}

/**
 * The units a population holds, by number: a block `[start, end)` (a shard, or the whole run) or a
 * list of numbers (the sample units a report draws again).
 */
export type UnitNumbers = { readonly start: number; readonly end: number } | readonly number[];

/**
 * Units and hazards of one year, as typed arrays indexed by storage slot: units in due-date order
 * (the unit's number is `id[slot]`), each unit's hazards side by side in the order they were drawn
 * (the hazard's number within its unit is `hazardId[slot]`).
 */
export interface Population {
  readonly year: number;
  readonly yearStart: number;
  readonly yearEnd: number;
  readonly units: number;
  readonly hazards: number;
  /** The year's intervals (see cycle-table.ts): `first[kind][nonMetallic][gas]`, `after[kind][gas]`. */
  readonly cycles: {
    readonly first: readonly (readonly (readonly number[])[])[];
    readonly after: readonly (readonly number[])[];
  };
  // units
  /** The unit's number (its index in the whole population), by storage slot. */
  readonly id: Int32Array;
  readonly kind: Uint8Array;
  readonly risk: Uint8Array;
  readonly grade: Uint8Array;
  readonly cycle: Uint8Array;
  readonly gas: Uint8Array;
  readonly nonMetallic: Uint8Array;
  readonly isNew: Uint8Array;
  /** Entry into use (new units) or -1 (in use before the year). */
  readonly commissioned: Int32Array;
  readonly regDeadline: Int32Array;
  /** The validity in force at the start of the year (or from entry into use) ends on this day. */
  readonly due: Int32Array;
  readonly uLate: Float32Array;
  readonly uDelay: Float32Array;
  readonly uOnTime: Float32Array;
  readonly uVisit: Float32Array;
  readonly visitDay: Int32Array;
  readonly uGrade: Float32Array;
  readonly uCycle: Float32Array;
  readonly uRegLate: Float32Array;
  readonly uRegDelay: Float32Array;
  readonly uRegOnTime: Float32Array;
  /** The unit's hazards are hazards hazStart[u] .. hazStart[u + 1] - 1. */
  readonly hazStart: Int32Array;
  // hazards
  /** The hazard's number within its unit (0, 1, … in the order drawn), by storage slot. */
  readonly hazardId: Int32Array;
  /** The storage slot of the hazard's unit. */
  readonly hazUnit: Int32Array;
  readonly onset: Int32Array;
  readonly serious: Uint8Array;
  readonly fixDays: Uint8Array;
  readonly uPhase: Float32Array;
  readonly uSelf: Float32Array;
  readonly uInsp: Float32Array;
  readonly uSup: Float32Array;
  readonly uAcc: Float32Array;
}

const pad = (n: number) => String(n).padStart(4, '0');
const toCivil = (day: number): CivilDate => fromEpochDay(day);

/** Grows a typed array (hazards are not known in advance). */
function grow<T extends Int32Array | Uint8Array | Float32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** The name of the units' sub-streams: unit i draws from `seed:<seed>/units/<i>`. */
const UNITS_STREAM = 'units';

/**
 * Draws the units `which` of the population of `options.year` and their hazards, each unit from its
 * own sub-stream of `seed` (its kind, dates and draws first, then its hazards). Units in use before
 * the year have a due date spread over one cycle, starting a month into the year so that each
 * request falls in the year; new units enter uniformly over the year.
 * @example
 * const pop = generatePopulation({ year: 2024, newUnitShare: 0.06, hazardRate: 0.3, seriousShare: 0.15 }, 1, { start: 0, end: 1000 });
 */
export function generatePopulation(options: PopulationOptions, seed: number, which: UnitNumbers): Population {
  const list = Array.isArray(which) ? (which as readonly number[]) : undefined;
  const block = which as { readonly start: number; readonly end: number };
  const n = list ? list.length : block.end - block.start;
  const numberAt = (j: number): number => (list ? (list[j] as number) : block.start + j);
  const streamOf = unitStreams(seed, UNITS_STREAM);
  const yearStart = toEpochDay(`${pad(options.year)}-01-01`);
  const yearEnd = toEpochDay(`${pad(options.year)}-12-31`);
  const days = yearEnd - yearStart + 1;
  const cycles = cycleTableAt(`${pad(options.year)}-01-01`);
  const kindW = EQUIPMENT_KINDS.map((k) => A.kindMix.value[k]);
  const gradeW = [A.gradeMix.value[1], A.gradeMix.value[2], A.gradeMix.value[3], A.gradeMix.value[4]];
  const gasW = GAS_CLASSES.map((g) => A.gasMix.value[g]);
  const riskW = A.riskClasses.value.map((c) => c.share);
  const riskWeight = A.riskClasses.value.map((c) => c.weight);
  const f32 = () => new Float32Array(n);
  const p = {
    kind: new Uint8Array(n),
    risk: new Uint8Array(n),
    grade: new Uint8Array(n),
    cycle: new Uint8Array(n),
    gas: new Uint8Array(n),
    nonMetallic: new Uint8Array(n),
    isNew: new Uint8Array(n),
    commissioned: new Int32Array(n),
    regDeadline: new Int32Array(n),
    due: new Int32Array(n),
    uLate: f32(),
    uDelay: f32(),
    uOnTime: f32(),
    uVisit: f32(),
    visitDay: new Int32Array(n),
    uGrade: f32(),
    uCycle: f32(),
    uRegLate: f32(),
    uRegDelay: f32(),
    uRegOnTime: f32(),
    hazStart: new Int32Array(n + 1),
  };
  let cap = Math.max(16, Math.ceil(n * options.hazardRate * 1.2));
  let h = {
    hazUnit: new Int32Array(cap),
    onset: new Int32Array(cap),
    serious: new Uint8Array(cap),
    fixDays: new Uint8Array(cap),
    uPhase: new Float32Array(cap),
    uSelf: new Float32Array(cap),
    uInsp: new Float32Array(cap),
    uSup: new Float32Array(cap),
    uAcc: new Float32Array(cap),
  };
  const { min: fMin, mode: fMode, max: fMax } = A.fixDays.value;
  let hz = 0;
  const number = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    number[u] = numberAt(u);
    // One stream for the unit and its hazards: the hazards' draws follow the unit's.
    const rng: RandomStream = streamOf(number[u] as number);
    const kind = rng.weightedIndex(kindW);
    p.kind[u] = kind;
    p.risk[u] = rng.weightedIndex(riskW);
    const vessel = kind === KIND_VESSEL;
    const nonMetallic = vessel && rng.bernoulli(A.nonMetallicShare.value) ? 1 : 0;
    p.nonMetallic[u] = nonMetallic;
    const gas = kind === KIND_CYLINDER ? rng.weightedIndex(gasW) : 0;
    p.gas[u] = gas;
    const isNew = rng.bernoulli(options.newUnitShare);
    p.isNew[u] = isNew ? 1 : 0;
    let start = yearStart;
    if (isNew) {
      const c = yearStart + rng.int(0, days - 1);
      start = c;
      p.commissioned[u] = c;
      p.regDeadline[u] = toEpochDay(registrationDeadline(toCivil(c)));
      const years = cycles.first[kind]?.[nonMetallic]?.[gas] ?? 1;
      p.cycle[u] = years;
      p.due[u] = addYearsEpoch(c, years);
    } else {
      p.commissioned[u] = -1;
      p.regDeadline[u] = -1;
      let years = cycles.after[kind]?.[gas] ?? 1;
      if (vessel) {
        const grade = rng.weightedIndex(gradeW) + 1;
        p.grade[u] = grade;
        if (grade === 3) years = rng.int(3, 6);
        else if (grade === 4) years = rng.int(1, 3);
      }
      p.cycle[u] = years;
      p.due[u] = yearStart + 31 + rng.int(0, years * 365 - 1);
    }
    p.uLate[u] = rng.real();
    p.uDelay[u] = rng.real();
    p.uOnTime[u] = rng.real();
    p.uVisit[u] = rng.real();
    p.visitDay[u] = yearStart + rng.int(0, days - 1);
    p.uGrade[u] = rng.real();
    p.uCycle[u] = rng.real();
    p.uRegLate[u] = rng.real();
    p.uRegDelay[u] = rng.real();
    p.uRegOnTime[u] = rng.real();
    // Hazards arise over the days in use, at the unit's risk-weighted rate.
    const inUse = yearEnd - start + 1;
    const count = rng.poisson(
      (options.hazardRate * (riskWeight[p.risk[u] as number] as number) * inUse) / days,
    );
    p.hazStart[u] = hz;
    if (hz + count > cap) {
      cap = Math.max(cap * 2, hz + count);
      h = {
        hazUnit: grow(h.hazUnit, cap),
        onset: grow(h.onset, cap),
        serious: grow(h.serious, cap),
        fixDays: grow(h.fixDays, cap),
        uPhase: grow(h.uPhase, cap),
        uSelf: grow(h.uSelf, cap),
        uInsp: grow(h.uInsp, cap),
        uSup: grow(h.uSup, cap),
        uAcc: grow(h.uAcc, cap),
      };
    }
    for (let k = 0; k < count; k++, hz++) {
      h.hazUnit[hz] = u;
      h.onset[hz] = start + rng.int(0, inUse - 1);
      h.serious[hz] = rng.bernoulli(options.seriousShare) ? 1 : 0;
      h.fixDays[hz] = Math.round(rng.triangular(fMin, fMode, fMax));
      h.uPhase[hz] = rng.real();
      h.uSelf[hz] = rng.real();
      h.uInsp[hz] = rng.real();
      h.uSup[hz] = rng.real();
      h.uAcc[hz] = rng.real();
    }
  }
  p.hazStart[n] = hz;
  return inDueOrder(options.year, yearStart, yearEnd, cycles, number, p, h, hz);
}

type Units = Omit<
  Population,
  | 'year'
  | 'yearStart'
  | 'yearEnd'
  | 'units'
  | 'hazards'
  | 'cycles'
  | 'id'
  | 'hazardId'
  | 'hazUnit'
  | 'onset'
  | 'serious'
  | 'fixDays'
  | 'uPhase'
  | 'uSelf'
  | 'uInsp'
  | 'uSup'
  | 'uAcc'
>;
type Hazards = Pick<
  Population,
  'hazUnit' | 'onset' | 'serious' | 'fixDays' | 'uPhase' | 'uSelf' | 'uInsp' | 'uSup' | 'uAcc'
>;

/**
 * The drawn population stored in due-date order (stable: drawn order within a day), each unit's
 * hazards following it. Due dates past the year's last month all sort last: they ask for no
 * inspection in the year. Only the storage order changes: every unit keeps its draws.
 */
function inDueOrder(
  year: number,
  yearStart: number,
  yearEnd: number,
  cycles: Population['cycles'],
  number: Int32Array,
  p: Units,
  h: Hazards,
  hazards: number,
): Population {
  const n = p.kind.length;
  // Counting sort by due day, clamped to the year plus a month (a later due asks after the year).
  const last = yearEnd - yearStart + 32;
  const bucketOf = (u: number) => Math.min(Math.max((p.due[u] as number) - yearStart, 0), last);
  const start = new Int32Array(last + 2);
  for (let u = 0; u < n; u++) start[bucketOf(u) + 1] = (start[bucketOf(u) + 1] as number) + 1;
  for (let b = 0; b <= last; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  // The drawn position of the unit in each slot.
  const drawn = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const b = bucketOf(u);
    const at = start[b] as number;
    drawn[at] = u;
    start[b] = at + 1;
  }
  const gather = <T extends Int32Array | Uint8Array | Float32Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(n);
    for (let s = 0; s < n; s++) b[s] = a[drawn[s] as number] as number;
    return b;
  };
  // Hazards follow their unit's slot, in drawn order within it.
  const hazStart = new Int32Array(n + 1);
  const hazardId = new Int32Array(hazards);
  const hazDrawn = new Int32Array(hazards);
  const hazUnit = new Int32Array(hazards);
  let hz = 0;
  for (let s = 0; s < n; s++) {
    const u = drawn[s] as number;
    hazStart[s] = hz;
    const first = p.hazStart[u] as number;
    for (let k = first; k < (p.hazStart[u + 1] as number); k++, hz++) {
      hazardId[hz] = k - first;
      hazDrawn[hz] = k;
      hazUnit[hz] = s;
    }
  }
  hazStart[n] = hz;
  const byHazard = <T extends Int32Array | Uint8Array | Float32Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(hazards);
    for (let k = 0; k < hazards; k++) b[k] = a[hazDrawn[k] as number] as number;
    return b;
  };
  return {
    year,
    yearStart,
    yearEnd,
    units: n,
    hazards,
    cycles,
    id: gather(number),
    kind: gather(p.kind),
    risk: gather(p.risk),
    grade: gather(p.grade),
    cycle: gather(p.cycle),
    gas: gather(p.gas),
    nonMetallic: gather(p.nonMetallic),
    isNew: gather(p.isNew),
    commissioned: gather(p.commissioned),
    regDeadline: gather(p.regDeadline),
    due: gather(p.due),
    uLate: gather(p.uLate),
    uDelay: gather(p.uDelay),
    uOnTime: gather(p.uOnTime),
    uVisit: gather(p.uVisit),
    visitDay: gather(p.visitDay),
    uGrade: gather(p.uGrade),
    uCycle: gather(p.uCycle),
    uRegLate: gather(p.uRegLate),
    uRegDelay: gather(p.uRegDelay),
    uRegOnTime: gather(p.uRegOnTime),
    hazStart,
    hazardId,
    hazUnit,
    onset: byHazard(h.onset),
    serious: byHazard(h.serious),
    fixDays: byHazard(h.fixDays),
    uPhase: byHazard(h.uPhase),
    uSelf: byHazard(h.uSelf),
    uInsp: byHazard(h.uInsp),
    uSup: byHazard(h.uSup),
    uAcc: byHazard(h.uAcc),
  };
}

const slotsCache = new WeakMap<Population, ReadonlyMap<number, number>>();

/**
 * The storage slot of each unit by number (the inverse of `id`), for the few readers that start
 * from a number (event log, report samples). Built once per population. A hazard's slot is then
 * `hazStart[slot] + its number within the unit`.
 * @example
 * const kind = pop.kind[unitSlots(pop).get(7) as number];
 */
export function unitSlots(pop: Population): ReadonlyMap<number, number> {
  let slots = slotsCache.get(pop);
  if (slots === undefined) {
    const m = new Map<number, number>();
    for (let s = 0; s < pop.units; s++) m.set(pop.id[s] as number, s);
    slots = m;
    slotsCache.set(pop, slots);
  }
  return slots;
}
