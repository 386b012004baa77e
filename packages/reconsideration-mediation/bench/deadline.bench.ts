// reconsiderationDeadline against a same-run day-by-day walk of the calendar (the baseline: count
// each day, skip days off for the working-day periods, move a last day off on), over the same
// steps and days. Ratios, never timed assertions.
import { addDays, type CivilDate, fromEpochDay, isWorkingDay, toEpochDay } from '@gd-ftz/core';
import { reconsiderationDeadline } from '@gd-ftz/reconsideration-mediation';
import { bench, describe } from 'vitest';

const STEPS = [
  ['apply', 60, false],
  ['acceptance-review', 5, true],
  ['answer', 10, true],
  ['decide', 60, false],
] as const;
const FIRST = toEpochDay('2024-01-01');
const DAYS: CivilDate[] = Array.from({ length: 1000 }, (_, i) => fromEpochDay(FIRST + i));

function walk(from: CivilDate, n: number, working: boolean): CivilDate {
  let d = from;
  if (working) {
    for (let k = 0; k < n; ) {
      d = addDays(d, 1);
      if (isWorkingDay(d)) k++;
    }
    return d;
  }
  for (let k = 0; k < n; k++) d = addDays(d, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

describe('4,000 deadlines: day-by-day walk (baseline) vs reconsiderationDeadline', () => {
  bench('day-by-day walk', () => {
    for (const [, n, working] of STEPS) for (const d of DAYS) walk(d, n, working);
  });
  bench('reconsiderationDeadline', () => {
    for (const [step] of STEPS) for (const d of DAYS) reconsiderationDeadline(step, d);
  });
});
