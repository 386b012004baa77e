// The year's engine: two schedulers give the same year; the reform's effects follow from the shared
// draws; the KPIs move the way their driving assumption says; the self-check timing is hand-checked.
import { defaultParams, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { PARAMS } from '../src/params';
import { checksToFind, selfCheckDay } from '../src/self-checks';
import { populationOf, runPair } from '../src/simulate';
import type { YearConfig } from '../src/year';

const defaults = defaultParams(PARAMS);

describe('self-check timing (条例 第二十七条 monthly; 总局令第74号 weekly)', () => {
  const c = { weeklyFrom: toEpochDay('2023-05-05'), monthlyDays: 30, weeklyDays: 7 } as YearConfig;
  it('weekly after Order 74: onset 2024-03-01, phase 0 → first check 03-02, third 03-16', () => {
    const onset = toEpochDay('2024-03-01');
    expect(selfCheckDay(onset, 0, 1, c)).toBe(onset + 1); // 03-02
    expect(selfCheckDay(onset, 0, 3, c)).toBe(onset + 1 + 14); // 03-16
  });
  it('monthly before it, weekly from its first day', () => {
    const onset = toEpochDay('2023-03-01');
    // first check 03-02; monthly checks 03-02, 04-01, 05-01 (all before 05-05): 3 of them
    expect(selfCheckDay(onset, 0, 3, c)).toBe(toEpochDay('2023-05-01'));
    expect(selfCheckDay(onset, 0, 4, c)).toBe(toEpochDay('2023-05-05')); // weekly from 05-05
    expect(selfCheckDay(onset, 0, 5, c)).toBe(toEpochDay('2023-05-12'));
  });
  it('checks to find: geometric, 1 at certainty, never at 0', () => {
    expect(checksToFind(0.5, 1)).toBe(1);
    expect(checksToFind(0.5, 0.5)).toBe(2); // ln(0.5)/ln(0.5) = 1 → floor 1 + 1
    expect(checksToFind(0.2, 0.5)).toBe(1); // ln(0.8)/ln(0.5) = 0.32 → 0 + 1
    expect(checksToFind(0.99, 0)).toBeGreaterThan(1e9);
  });
});

describe('heap and day scan', () => {
  it('property: the event heap and the day-stepped scan give the same year, both variants', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const p = { ...params, units: 150 };
        const pop = populationOf(p, seed);
        const heap = runPair(pop, p, 'heap');
        const scan = runPair(pop, p, 'scan');
        expect(scan.baseline).toEqual(heap.baseline);
        expect(scan.reform).toEqual(heap.reform);
      }),
      { numRuns: 15 },
    );
  });
  it('property: reused working memory changes nothing (a pair after other runs on the population equals the first)', () => {
    // The year's records and queue are kept with the population (src/scratch.ts): a run after a
    // larger or different one must not see its leftovers.
    fc.assert(
      fc.property(paramsArb, paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, other, seed) => {
        const p = { ...params, units: 150 };
        const pop = populationOf(p, seed);
        const first = runPair(pop, p, 'heap');
        runPair(pop, { ...other, units: 150 }, 'scan');
        runPair(pop, { ...other, units: 150 }, 'heap');
        const again = runPair(pop, p, 'heap');
        const fresh = runPair(populationOf(p, seed), p, 'heap');
        expect(again.baseline).toEqual(first.baseline);
        expect(again.reform).toEqual(first.reform);
        expect(fresh.baseline).toEqual(first.baseline);
        expect(fresh.reform).toEqual(first.reform);
      }),
      { numRuns: 10 },
    );
  });
});

describe('the reform on the same draws', () => {
  it('property: reminders and online orders never lengthen overdue time nor add late registrations', () => {
    // Same uniform per unit: late in the reform only if late in the baseline, and its delay capped.
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const p = { ...params, units: 200 };
        const { baseline, reform } = runPair(populationOf(p, seed), p);
        return (
          reform.overdueUnitDays <= baseline.overdueUnitDays &&
          reform.overdueAtEnd <= baseline.overdueAtEnd &&
          reform.lateRegistrations <= baseline.lateRegistrations
        );
      }),
      { numRuns: 25 },
    );
  });

  it('with every reform lever at zero effect the two years agree on overdue time', () => {
    const p = { ...defaults, units: 2000, reminderEffect: 0, orderDays: 90, lateMeanDays: 20 };
    const { baseline, reform } = runPair(populationOf(p, 3), p);
    // orderDays 90 ≥ every capped delay only if delays are short: exponential(mean 20) rarely > 90
    expect(reform.lateInspections).toBe(baseline.lateInspections);
    expect(reform.overdueUnitDays).toBeLessThanOrEqual(baseline.overdueUnitDays);
    expect(baseline.overdueUnitDays - reform.overdueUnitDays).toBeLessThan(baseline.overdueUnitDays * 0.05);
  });
});

describe('assumptions move their KPIs the way they should', () => {
  const pop = populationOf({ ...defaults, units: 3000 }, 11);
  const run = (over: Partial<typeof defaults>) => runPair(pop, { ...defaults, ...over });
  it('more late requests → more overdue unit-days, in both variants', () => {
    const lo = run({ lateRequest: 0.05 });
    const hi = run({ lateRequest: 0.3 });
    expect(hi.baseline.overdueUnitDays).toBeGreaterThan(lo.baseline.overdueUnitDays);
    expect(hi.reform.overdueUnitDays).toBeGreaterThan(lo.reform.overdueUnitDays);
  });
  it('better reform self-checks → more found by users, fewer hazard-days', () => {
    const lo = run({ selfCheckDetect: 0.02 });
    const hi = run({ selfCheckDetect: 0.1 });
    expect(hi.reform.foundBySelf).toBeGreaterThan(lo.reform.foundBySelf);
    expect(hi.reform.hazardDaysOpen).toBeLessThan(lo.reform.hazardDaysOpen);
    expect(hi.baseline).toEqual(lo.baseline); // the baseline does not read it
  });
  it('Order 74 in force from 2023-07-01 instead of 05-05: fewer hazards self-found in 2023, none changed in 2024', () => {
    const for2023 = (order74From: '2023-05-05' | '2023-07-01') => {
      const p = { ...defaults, units: 3000, year: 2023, order74From };
      return runPair(populationOf(p, 11), p).baseline.foundBySelf;
    };
    expect(for2023('2023-07-01')).toBeLessThan(for2023('2023-05-05'));
    const late = run({ order74From: '2023-07-01' });
    const early = run({ order74From: '2023-05-05' });
    expect(late.baseline).toEqual(early.baseline); // 2024: weekly checks all year either way
    expect(late.reform).toEqual(early.reform);
  });

  it('a higher accident rate → at least as many accidents', () => {
    const lo = run({ accidentRate: 0.005 });
    const hi = run({ accidentRate: 0.05 });
    expect(hi.baseline.accidents).toBeGreaterThanOrEqual(lo.baseline.accidents);
    expect(hi.baseline.accidents).toBeGreaterThan(0);
  });
});

describe('counts add up', () => {
  it('hazards found = by self-check + by inspection + on site; known ≤ hazards', () => {
    const { baseline, reform } = runPair(populationOf({ ...defaults, units: 2000 }, 5), {
      ...defaults,
      units: 2000,
    });
    for (const s of [baseline, reform]) {
      expect(s.found).toBe(s.foundBySelf + s.foundByInspection + s.foundBySupervision);
      expect(s.known).toBeLessThanOrEqual(s.hazards);
      expect(s.overdueByMonth).toHaveLength(12);
      expect(s.openByMonth).toHaveLength(12);
    }
    // The reform knows of every hazard found; before it, only of on-site findings and serious ones at inspection.
    expect(reform.known).toBe(reform.found);
    expect(baseline.known).toBeLessThan(baseline.found);
  });
});
