// Issue 32: a scenario whose officer queue runs past the statutory calendar (2026-12-31) failed
// mid-run with a CalendarRangeError for 2027-01-01 (about 30,000 applications, 21,000 around
// National Day, or fewer with a slow officer setup). It is refused before the queue runs, with a
// ValidationError naming `applications`, before the run reports any progress.
import { CalendarRangeError, defaultParams, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { measure } from '../src/index';
import { PARAMS } from '../src/params';

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (e) {
    expect(e).not.toBeInstanceOf(CalendarRangeError);
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('a scenario that would run past the calendar is refused up front (issue 32)', () => {
  it('one slow officer for 2,000 applications: the queue needs years, refused naming applications', () => {
    // Work ≥ 2,000 × 120 min (half the immediate mode of 240, the triangular minimum) = 240,000
    // officer-minutes; one officer has 7 h = 420 min a working day, so ≥ 571 working days from
    // March 2025, beyond the 2026-12-31 end of the calendar (about 455 working days away).
    const params = { applications: 2000, officers: 1, reviewMinutesImmediate: 240, reviewMinutesRouted: 960 };
    const e = refusal(() => measure.simulate(params, { seed: 1 }));
    expect(e.paths).toEqual(['applications']);
    expect(e.message).toMatch(/2026-12-31/);
  });

  it('the refusal comes before any progress report (the fuzz suite counts a later one as a mid-run failure)', () => {
    // The long fuzz run found `applications` at its maximum (default officers) refused after the
    // first progress report (0.2): the check ran inside the officer queue, after the rules.
    const reported: number[] = [];
    const params = { applications: PARAMS.applications.max };
    const e = refusal(() => measure.simulate(params, { seed: 1, onProgress: (f) => reported.push(f) }));
    expect(e.paths).toEqual(['applications']);
    expect(reported).toEqual([]);
  });

  it('the same applications with the default officers still run', () => {
    const report = measure.simulate({ ...defaultParams(PARAMS), applications: 2000 }, { seed: 1 });
    expect(report.kpis.length).toBeGreaterThan(0);
  });
});
