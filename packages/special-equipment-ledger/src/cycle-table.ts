// The intervals of one simulated year resolved once into small lookup tables, so the hot loop
// never reads a dated parameter: the same `cycleYearsOf` the public function uses fills them.
import { toEpochDay } from '@gd-ftz/core';
import { cycleYearsOf } from './intervals';
import { EQUIPMENT_KINDS, type EquipmentKind, GAS_CLASSES, type InspectionKind } from './model';

/** The schedule the simulation follows for a kind: a boiler's external inspection comes first. */
export function simScheduleOf(kind: EquipmentKind): InspectionKind {
  return kind === 'boiler' ? 'boiler-external' : kind;
}

/** Interval lookups of one year: `first[kind][nonMetallic][gas]`, `after[kind][gas]` (grades 1–2 for vessels). */
export interface CycleTable {
  readonly first: readonly (readonly (readonly number[])[])[];
  readonly after: readonly (readonly number[])[];
}

/**
 * Resolves every interval as of `date` (the simulated year's first day).
 * @example
 * cycleTableAt('2024-01-01').first[0]?.[0]?.[0] // 3: a metallic pressure vessel's first inspection
 */
export function cycleTableAt(date: string): CycleTable {
  const day = toEpochDay(date);
  const first = EQUIPMENT_KINDS.map((kind) =>
    [false, true].map((nonMetallic) =>
      GAS_CLASSES.map(
        (gas) => cycleYearsOf({ kind: simScheduleOf(kind), first: true, nonMetallic, gas }, date, day) ?? 0,
      ),
    ),
  );
  const after = EQUIPMENT_KINDS.map((kind) =>
    GAS_CLASSES.map(
      (gas) => cycleYearsOf({ kind: simScheduleOf(kind), first: false, safetyGrade: 1, gas }, date, day) ?? 0,
    ),
  );
  return { first, after };
}
