// The run's hot path (per-firm totals for all variants at once) against the per-firm outcome the
// samples and the event log use: two code paths over the same rules must add up to the same totals.
import { defaultParams } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { PARAMS } from '../src/params';
import { outcomeOf, populationOf, RUN_VARIANTS, runScenario } from '../src/simulate';

describe('simulation paths', () => {
  it('totals of every variant equal the sum of the per-firm outcomes', () => {
    const p = { ...defaultParams(PARAMS), firms: 120 };
    const firms = populationOf(p, 11);
    const { totals } = runScenario(p, 11, {}, firms);
    for (const v of RUN_VARIANTS) {
      const os = firms.map((f) => outcomeOf(f, v, p));
      const sum = (f: (o: (typeof os)[number]) => number) => os.reduce((a, o) => a + f(o), 0);
      expect([
        totals[v].applications,
        totals[v].cases,
        totals[v].penalties,
        totals[v].reminders,
        totals[v].officerMinutes,
        totals[v].novel,
        totals[v].novelRuledBeforeRevenue,
      ]).toEqual([
        sum((o) => o.applications),
        sum((o) => o.cases),
        sum((o) => o.penalties),
        sum((o) => o.reminders),
        sum((o) => o.officerMinutes),
        sum((o) => (o.novel ? 1 : 0)),
        sum((o) => (o.novel && o.ruledOn !== undefined && o.ruledOn <= o.revenueOn ? 1 : 0)),
      ]);
      const claimed = os.reduce(
        (a, o) => a + o.firm.reliefFen.reduce((b, fen, i) => b + (o.claimed[i] ? fen : 0n), 0n),
        0n,
      );
      expect(totals[v].claimedFen).toBe(claimed);
    }
  });
});
