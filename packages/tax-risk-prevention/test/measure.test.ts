// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import {
  defaultParams,
  Money,
  moneyStat,
  percentStat,
  quantileStat,
  ratioStat,
  ValidationError,
} from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';
import { PARAMS } from '../src/params';
import { confusionOf } from '../src/report';
import { daysToWarning, type Outcome, runBatch } from '../src/simulate';

const small = { taxpayers: 400 };

// After an intended change of results: UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/tax-risk-prevention test.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({ baseline: Number(r.params.taxpayers), reform: Number(r.params.taxpayers) }),
  },
});

// Shards of taxpayers (issue 14): 1 to 6 shards, shuffled, merge into simulate's report byte for
// byte (the schema's least population, 50 taxpayers: every sensitivity end and the sample run).
describeShardInvariance(measure, { params: { taxpayers: 50 }, seed: 3, maxShards: 6, numRuns: 4 });

// The report streams integer totals per taxpayer (shard.ts); the test oracle is the former
// computation over the list of every outcome (runBatch), on the same taxpayers.
describe('the streamed totals', () => {
  it('give the KPIs the list of every outcome gives', () => {
    for (const seed of [1, 42]) {
      const params = { ...defaultParams(PARAMS), taxpayers: 300, shellShare: 0.08 };
      const report = measure.simulate(params, { seed });
      const r = runBatch(params, seed);
      const ONE = { digits: 1, empty: 0 } as const;
      const days = (os: readonly Outcome[]) =>
        os.map(daysToWarning).filter((d): d is number => d !== undefined);
      const perThousand = (os: readonly Outcome[]) =>
        ratioStat(os.reduce((n, o) => n + o.faceChecks + o.blocks + o.visits, 0) * 1000, os.length, {
          digits: 2,
          empty: 0,
        });
      const oracle = (os: readonly Outcome[]) => {
        const c = confusionOf(os);
        return {
          precision: percentStat(c.tp, c.tp + c.fp, ONE),
          recall: percentStat(c.tp, c.tp + c.fn, ONE),
          interventions: perThousand(os),
          'interventions-compliant': perThousand(os.filter((o) => o.taxpayer.truth === 'compliant')),
          'shell-invoiced': moneyStat(
            Money.sum(os.filter((o) => o.taxpayer.truth === 'shell').map((o) => o.shellIssued)),
          ),
          'days-median': quantileStat(days(os), 0.5, ONE),
          'days-p90': quantileStat(days(os), 0.9, ONE),
          corrected: String(
            os.filter((o) => o.taxpayer.truth === 'careless' && o.corrected !== undefined).length,
          ),
        };
      };
      const got = (v: 'baseline' | 'reform') => Object.fromEntries(report.kpis.map((k) => [k.id, k[v]]));
      expect(got('baseline')).toEqual(oracle(r.baseline));
      expect(got('reform')).toEqual(oracle(r.reform));
    }
  });
});

describe('the default report', () => {
  const report = measure.simulate({}, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);

  it('reports at least 6 KPIs with origin tags, incl. direct interventions, and the P–R series', () => {
    expect(report.kpis.length).toBeGreaterThanOrEqual(6);
    expect(
      report.kpis
        .map((x) => x.origin)
        .every((o) => ['model', 'assumption', 'calibrated', 'definition'].includes(o)),
    ).toBe(true);
    expect(k('interventions').sensitivity?.param).toBe('baselineSampleShare');
    const pr = report.series.find((s) => s.id === 'precision-recall');
    expect(pr?.kind === 'xy' ? pr.lines.map((l) => l.points.length) : []).toEqual([10, 10]);
  });

  it('warns sooner, finds more risky firms and lets shells invoice less', () => {
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(Number(k('shell-invoiced').reform)).toBeLessThan(Number(k('shell-invoiced').baseline));
    expect(Number(k('recall').reform)).toBeGreaterThan(Number(k('recall').baseline));
  });

  it('the shell amount falls as more shells are refused at registration', () => {
    const s = k('shell-invoiced').sensitivity;
    expect([s?.low.value, s?.high.value]).toEqual([0.1, 0.5]);
    expect(Number(s?.high.reform)).toBeLessThan(Number(s?.low.reform));
    // Baseline does not use the parameter: it stays put.
    expect(s?.high.baseline).toBe(s?.low.baseline);
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ taxpayers: 200, compliantNoise: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['compliantNoise']);
    expect(input).toEqual({ taxpayers: 200, compliantNoise: 1.5 });
  });
});
