// Sharded runs (issue 14): any number of shards, in any order, merge into simulate's report byte
// for byte; and the mergeable totals give the KPIs the per-project outcomes give, computed the old
// way (means of the values, exact quantiles of the working days) as a test oracle.
import { meanStat, percentStat, quantileStat, RandomStream, workingDaysBetween } from '@gd-ftz/core';
import { describeShardInvariance } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsArb } from '../src/arbitraries';
import { simulateBaseline } from '../src/baseline';
import { drawsFor } from '../src/draws';
import { measure } from '../src/index';
import type { ProjectOutcome } from '../src/outcome';
import { generatePortfolio, portfolioProjects } from '../src/portfolio';
import { simulateReform } from '../src/reform';
import { kpisOf } from '../src/report';
import { PROVINCE_MAX_PROJECTS } from '../src/shard';
import { totalsOf } from '../src/totals';

describeShardInvariance(measure, { params: { projects: 37 }, seed: 5, maxShards: 6, numRuns: 4 });
describeShardInvariance(measure, {
  params: { projects: 23, startDate: '2024-09-30', perSegmentIssuance: false },
  seed: 11,
  maxShards: 5,
  numRuns: 3,
});

/** The KPI values the old report computed from the outcome arrays. */
function oracle(xs: readonly ProjectOutcome[]): string[] {
  const mean = (f: (o: ProjectOutcome) => number) => meanStat(xs.map(f), { digits: 2, empty: 0 });
  const days = (f: (o: ProjectOutcome) => string | null) =>
    xs.flatMap((o) => {
      const d = f(o);
      return d === null ? [] : [workingDaysBetween(o.startDate, d as never)];
    });
  const q = (f: (o: ProjectOutcome) => string | null) =>
    [0.5, 0.9].map((p) => quantileStat(days(f), p, { digits: 1, empty: 0 }));
  return [
    mean((o) => o.applications),
    mean((o) => o.commonCopies),
    mean((o) => o.submissions),
    ...q((o) => o.firstPermitOn),
    ...q((o) => o.firstSegmentReadyOn),
    ...q((o) => o.allPermitsOn),
    mean((o) => o.officerTouches),
    mean((o) => o.touches.intake),
    mean((o) => o.touches.decision),
    mean((o) => o.touches.meetings),
    percentStat(xs.filter((o) => o.insideLimits).length, xs.length, { digits: 1, empty: 0 }),
    percentStat(xs.filter((o) => o.allPermitsOn !== null).length, xs.length, { digits: 1, empty: 0 }),
  ];
}

describe('linear-project-permits: totals', () => {
  it('give the KPIs of the outcomes themselves (means, shares, exact median and p90 of working days)', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 1, max: 30 }), fc.integer(), (settings, n, seed) => {
        const root = RandomStream.fromSeed(seed);
        const projects = generatePortfolio(root.substream('population'), {
          projects: n,
          startDate: '2024-01-02',
          spreadWorkingDays: 60,
        });
        const run = (f: typeof simulateBaseline) =>
          projects.map((p) => f(p, drawsFor(p, root.substream('draws').substream(p.id)), settings));
        const baseline = run(simulateBaseline);
        const reform = run(simulateReform);
        const kpis = kpisOf(totalsOf(baseline), totalsOf(reform));
        expect(kpis.map((k) => k.baseline)).toEqual(oracle(baseline));
        expect(kpis.map((k) => k.reform)).toEqual(oracle(reform));
      }),
      { numRuns: 15 },
    );
  });
  it('are empty for no projects: every KPI 0, as the old report printed for an empty list', () => {
    const kpis = kpisOf(totalsOf([]), totalsOf([]));
    expect(kpis.map((k) => k.baseline)).toEqual(oracle([]));
  });
});

describe('linear-project-permits: shards', () => {
  it('draws project i from the seed and i alone (the same project as the whole portfolio’s)', () => {
    const stream = () => RandomStream.fromSeed(9).substream('population');
    const all = generatePortfolio(stream(), { projects: 12, startDate: '2024-04-01', spreadWorkingDays: 30 });
    const at = portfolioProjects(stream(), '2024-04-01', 30);
    expect([11, 3, 0].map((i) => at(i))).toEqual([all[11], all[3], all[0]]);
  });
  it('takes a province’s projects in shards, refusing more than the shard limit and a browser run of them', () => {
    expect(measure.shardUnits({ projects: 200_000 })).toBe(200_000);
    expect(() => measure.shardUnits({ projects: PROVINCE_MAX_PROJECTS + 1 })).toThrow(/projects/);
    expect(() => measure.simulate({ projects: 200_000 }, { seed: 1 })).toThrow(/projects/);
  });
  it('reports the shard’s own projects: 10 projects in 3 shards run 4, 3 and 3', () => {
    const parts = [0, 1, 2].map((shard) => measure.runShard({ projects: 10 }, { seed: 2, shard, shards: 3 }));
    expect(parts.map((p) => [p.units, p.data.baseline.projects, p.data.reform.projects])).toEqual([
      [4, 4, 4],
      [3, 3, 3],
      [3, 3, 3],
    ]);
  });
  it('refuses a result of another run, a missing shard or a tampered total, naming the field', () => {
    const params = { projects: 8 };
    const parts = [0, 1].map((shard) => measure.runShard(params, { seed: 4, shard, shards: 2 }));
    expect(() => measure.mergeShards(params, { seed: 5 }, parts)).toThrow(/results\.0\.seed/);
    expect(() => measure.mergeShards(params, { seed: 4 }, [parts[0]])).toThrow(/results\.0\.shards/);
    const bad = structuredClone(parts[1]) as (typeof parts)[1];
    (bad.data.reform as { applications: number }).applications = -1;
    expect(() => measure.mergeShards(params, { seed: 4 }, [parts[0], bad])).toThrow(
      /results\.1\.data\.reform\.applications/,
    );
  });
});
