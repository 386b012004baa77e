import { histogramCount, RandomStream, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIM_CONFIG,
  type Lot,
  type Population,
  runBaseline,
  runReform,
  type SimConfig,
  totalsOf,
  URGENT_ANSWER_MINUTES,
} from '../src/internal';
import { percent } from '../src/kpis';

const DAY = 1440;
const HORIZON_2025 = 365 * DAY; // 525 600 minutes

function farm(id: string, x: number) {
  return {
    id,
    location: { x, y: 0 },
    species: 'largemouthBass' as const,
    cyclesPerYear: 1,
    lotKg: 2000,
    riskFactor: 1,
  };
}
function lot(index: number, urgentAt: number, harvestAt: number): Lot {
  return {
    index,
    farm: index,
    harvestAt,
    saleAt: harvestAt,
    volumeKg: 2000,
    residues: [0, 0, 0, 0],
    failMask: 0,
    monitoringAt: -1,
    scheduledAt: -1,
    urgentAt,
  };
}

// Three urgent calls on the working day Tue 4 March 2025 (day 62) and at the very end of the year,
// served by one test point at (0, 0) at 40 km/h with a 10 + 20 = 30 min panel:
//   A, 20 km away:   30 min drive + 30 min panel = 60 min  → within the hour (≤ 60);
//   B, 20.5 km away: 30.75 min drive + 30 = 60.75 min      → not within the hour;
//   C, called 10 min before the horizon: no result in the year → pending, counts as not answered.
const population: Population = {
  year: 2025,
  farms: [farm('A', 20), farm('B', 20.5), farm('C', 1)],
  lots: [
    lot(0, 62 * DAY + 10 * 60, 63 * DAY),
    lot(1, 62 * DAY + 14 * 60, 63 * DAY),
    lot(2, HORIZON_2025 - 10, HORIZON_2025 - 1),
  ],
};
const perfect: SimConfig = {
  ...DEFAULT_SIM_CONFIG,
  rapidTests: Object.fromEntries(
    Object.entries(DEFAULT_SIM_CONFIG.rapidTests).map(([id, s]) => [
      id,
      { ...s, sensitivity: 1, specificity: 1 },
    ]),
  ) as SimConfig['rapidTests'],
};

describe('KPI: urgent requests answered within 1 hour (第一时间响应)', () => {
  it('the threshold is 60 minutes from the call to the result', () => {
    expect(URGENT_ANSWER_MINUTES).toBe(60);
  });

  it('hand-checked: reform answers A (60 min) but not B (60.75 min) nor C (pending): 1 of 3 = 33.3 %', () => {
    const run = runReform(
      { population, lab: { x: 0, y: 0 }, testPoints: [{ x: 0, y: 0 }] },
      perfect,
      RandomStream.fromSeed(1),
    );
    expect(run.samples.map((s) => s.resultAt - s.requestedAt)).toEqual([60, 60.75, Number.NaN]);
    const f = totalsOf(run, population);
    expect(f.urgentWithinHour).toEqual({ hits: 1, n: 3 });
    expect(percent(f.urgentWithinHour.hits, f.urgentWithinHour.n)).toBe('33.3'); // 1 / 3 = 33.33… %
    // The turnaround statistics count only the answered requests, in whole minutes: 60 and
    // 60.75 → 61 (rounded to the nearest minute).
    expect(histogramCount(f.urgentMinutes)).toBe(2);
    expect(f.urgentMinutes).toEqual({ resolution: 1, bins: { 60: 1, 61: 1 } });
  });

  it('hand-checked: the baseline central laboratory answers none of the 3 within the hour', () => {
    const run = runBaseline({ population, lab: { x: 0, y: 0 } }, perfect, RandomStream.fromSeed(1));
    expect(totalsOf(run, population).urgentWithinHour).toEqual({ hits: 0, n: 3 });
  });
});

describe('percent', () => {
  it('is exact to one decimal: 1/3 → 33.3, 2/3 → 66.7 (half-up), 0/0 → 0.0', () => {
    expect(percent(1, 3)).toBe('33.3');
    expect(percent(2, 3)).toBe('66.7');
    expect(percent(0, 0)).toBe('0.0');
  });
});

describe('bad input to totalsOf', () => {
  it('names the argument', () => {
    expect(() => totalsOf(null as never, population)).toThrow(ValidationError);
  });
});
