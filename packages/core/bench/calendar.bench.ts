// addWorkingDays / isWorkingDay against a naive baseline (step day by day, checking each day) in the
// same run. Claims are ratios to that baseline, never absolute times.

import {
  addDays,
  addWorkingDays,
  type CivilDate,
  civilDate,
  isWorkingDay,
  workingDaysBetween,
} from '@gd-ftz/core';
import { bench, describe } from 'vitest';

const starts: CivilDate[] = Array.from({ length: 256 }, (_, i) => addDays(civilDate('2020-01-01'), i * 7));

function naiveAddWorkingDays(d: CivilDate, n: number): CivilDate {
  let cur = d;
  for (let k = 0; k < n; ) {
    cur = addDays(cur, 1);
    if (isWorkingDay(cur)) k++;
  }
  return cur;
}

function naiveCount(a: CivilDate, b: CivilDate): number {
  let c = 0;
  for (let x = a; x !== b; ) {
    x = addDays(x, 1);
    if (isWorkingDay(x)) c++;
  }
  return c;
}

describe('addWorkingDays(d, 20)', () => {
  let i = 0;
  bench('prefix-table lookup', () => {
    addWorkingDays(starts[i++ & 255]!, 20);
  });
  bench('baseline: naive day-by-day stepping', () => {
    naiveAddWorkingDays(starts[i++ & 255]!, 20);
  });
});

describe('workingDaysBetween(d, d + 60 days)', () => {
  let i = 0;
  const ends = starts.map((s) => addDays(s, 60));
  bench('prefix-table difference', () => {
    const k = i++ & 255;
    workingDaysBetween(starts[k]!, ends[k]!);
  });
  bench('baseline: naive count', () => {
    const k = i++ & 255;
    naiveCount(starts[k]!, ends[k]!);
  });
});
