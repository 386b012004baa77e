// Shards of taxpayers (issue 14): any split merges into simulate's report byte for byte; the
// streamed totals give the KPIs that full runs of every parameter set give over lists; shard
// results of another run are refused, naming the field.
import {
  defaultParams,
  Money,
  moneyStat,
  percentStat,
  quantileStat,
  ratioStat,
  sensitivityOf,
  ValidationError,
  valueAt,
} from '@gd-ftz/core';
import { describeShardInvariance } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { measure } from '../src/index';
import { VAT_RATE } from '../src/law';
import { type EInvoiceRiskControlParams, PARAMS } from '../src/params';
import { drawTraits, taxpayerOf, taxpayerStreams } from '../src/population';
import { SHARD_PARAMS } from '../src/shard';
import { drawYear, runEnv, runTaxpayer, totals, type VariantTotals, yearDraws } from '../src/simulate';

// 1 to 6 shards, shuffled, through structured clone and JSON. The schema's least population with
// many shells, so that every sample candidate and both kinds of sensitivity end are exercised.
describeShardInvariance(measure, {
  params: { taxpayers: 20, shellShare: 0.2 },
  seed: 3,
  maxShards: 6,
  numRuns: 3,
});

/**
 * The oracle: the whole population run again under one parameter set, both variants, each
 * taxpayer's year drawn for that set (no draws shared between passes), response times kept as a
 * list of minutes — the computation before sharding, on the same taxpayers.
 */
function fullRun(p: EInvoiceRiskControlParams, seed: number) {
  const env = runEnv(p);
  const unit = taxpayerStreams(seed);
  const out = { baseline: totals(), reform: totals() };
  let missed: number | undefined;
  let shell: number | undefined;
  for (let i = 0; i < p.taxpayers; i++) {
    const own = unit(i);
    const tp = taxpayerOf(drawTraits(own, i), p);
    const y = yearDraws();
    drawYear(y, tp, env, own);
    runTaxpayer(env, tp, y, out);
    if (tp.shell) shell ??= i;
    if (tp.shell && !tp.flagged) missed ??= i;
  }
  const list = (v: VariantTotals) =>
    v.responseMinutes.flatMap((n, m) => Array.from({ length: n ?? 0 }, () => m));
  return { out, list, story: missed ?? shell ?? 0 };
}

describe('the streamed totals', () => {
  it('give every KPI and sensitivity end that full runs over lists give', () => {
    const seed = 5;
    const params: EInvoiceRiskControlParams = { ...defaultParams(PARAMS), taxpayers: 120, shellShare: 0.08 };
    const report = measure.simulate(params, { seed });
    const ONE = { digits: 1, empty: 0 } as const;
    const HOURS = { digits: 1, empty: 0, divideBy: 60 } as const;
    const n = params.taxpayers;
    const vat = valueAt(VAT_RATE, '2024-01-01');
    const of: Record<string, (v: VariantTotals, list: number[], p: EInvoiceRiskControlParams) => string> = {
      'shells-stopped-at-source': (v) => percentStat(v.shellsStoppedAtSource, v.shells, ONE),
      'response-hours-median': (_, l) => quantileStat(l, 0.5, HOURS),
      'response-hours-p90': (_, l) => quantileStat(l, 0.9, HOURS),
      'shell-amount': (v) =>
        v.shells === 0 ? '0.00' : moneyStat(Money.fromFen(v.shellFen).divide(v.shells).round()),
      'honest-blocked': (v) => ratioStat(v.honestBlocked * 1000, v.honestMonths, ONE),
      applications: (v) => ratioStat(v.applications * 1000, v.honestMonths, ONE),
      alerts: (_, l) => ratioStat(l.length * 1000, n, ONE),
      'buyers-input-vat': (v) =>
        moneyStat(
          Money.fromFen(v.shellFen)
            .multiply(vat)
            .divide(n * 10)
            .round(),
        ),
      'officer-hours': (v, _, p) => ratioStat(v.reviews * p.reviewMinutes * 1000, n * 60, ONE),
    };
    const pair = (id: string, p: EInvoiceRiskControlParams) => {
      const r = fullRun(p, seed);
      const f = of[id] as (typeof of)[string];
      return {
        baseline: f(r.out.baseline, r.list(r.out.baseline), p),
        reform: f(r.out.reform, r.list(r.out.reform), p),
      };
    };
    for (const k of report.kpis) {
      const param = k.sensitivity?.param as keyof typeof PARAMS;
      expect({ id: k.id, baseline: k.baseline, reform: k.reform }).toEqual({
        id: k.id,
        ...pair(k.id, params),
      });
      const ends = sensitivityOf(SHARD_PARAMS, params, param, (q) => pair(k.id, q));
      expect([k.id, k.sensitivity]).toEqual([k.id, ends]);
    }
    // The samples' case: the first shell the cross-check missed, else the first shell.
    expect(report.samples[0]?.id).toBe(`shell-${fullRun(params, seed).story + 1}-baseline`);
  });
});

describe('a province run', () => {
  it('takes taxpayers beyond the browser limit only in shards', () => {
    expect(PARAMS.taxpayers.max).toBe(2000);
    expect(SHARD_PARAMS.taxpayers.max).toBe(20_000_000);
    expect(measure.shardUnits({ taxpayers: 5000 })).toBe(5000);
    expect(() => measure.simulateUnknown({ taxpayers: 5000 }, { seed: 1 })).toThrow(ValidationError);
  });
});

describe('bad shard input', () => {
  const params = { taxpayers: 20 };
  const parts = () => [0, 1].map((shard) => measure.runShard(params, { seed: 7, shard, shards: 2 }));
  const pathsOf = (f: () => unknown): readonly string[] => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).paths;
    }
    throw new Error('expected a ValidationError');
  };

  it('runShard refuses a shard index outside the count, naming it', () => {
    expect(pathsOf(() => measure.runShard(params, { seed: 7, shard: 2, shards: 2 }))).toEqual(['shard']);
    expect(pathsOf(() => measure.runShard(params, { seed: 7, shard: -1, shards: 2 }))).toEqual(['shard']);
    expect(pathsOf(() => measure.runShard(params, { seed: 7, shard: 0, shards: 0 }))).toEqual(['shards']);
    expect(
      pathsOf(() => measure.runShard({ taxpayers: 20_000_001 }, { seed: 7, shard: 0, shards: 1 })),
    ).toEqual(['taxpayers']);
  });

  it('mergeShards refuses a duplicate shard, another seed, other parameters and a broken accumulator', () => {
    const [a, b] = parts() as [ReturnType<typeof measure.runShard>, ReturnType<typeof measure.runShard>];
    expect(pathsOf(() => measure.mergeShards(params, { seed: 7 }, [a, a]))).toEqual(['results.1.shard']);
    const other = measure.runShard(params, { seed: 8, shard: 1, shards: 2 });
    expect(pathsOf(() => measure.mergeShards(params, { seed: 7 }, [a, other]))).toEqual(['results.1.seed']);
    expect(pathsOf(() => measure.mergeShards({ taxpayers: 21 }, { seed: 7 }, [a, b]))).toEqual([
      'results.0.params',
    ]);
    expect(pathsOf(() => measure.mergeShards(params, { seed: 7 }, [a]))).toEqual(['results.0.shards']);
    const broken = JSON.parse(JSON.stringify(b));
    broken.data.runs.scenario.reform.shellFen = '12.5x';
    expect(pathsOf(() => measure.mergeShards(params, { seed: 7 }, [a, broken]))).toEqual([
      'results.1.data.runs.scenario.reform.shellFen',
    ]);
    broken.data.runs.scenario.reform.shellFen = '0';
    broken.data.missedShell = [3, 1];
    expect(pathsOf(() => measure.mergeShards(params, { seed: 7 }, [a, broken]))).toEqual([
      'results.1.data.missedShell',
    ]);
    // The good parts, in either order, give simulate's report.
    const want = JSON.stringify(measure.simulate(params, { seed: 7 }));
    expect(JSON.stringify(measure.mergeShards(params, { seed: 7 }, [b, a]))).toBe(want);
  });
});
