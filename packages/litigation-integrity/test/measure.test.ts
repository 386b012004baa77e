// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import { ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';
import type { LitigationIntegrityParams } from '../src/params';
import { DRIVERS, PROVINCE_MAX_CASES, runShardUnits, SCENARIO } from '../src/shard';
import { runBatch } from '../src/simulate';

const small = { cases: 2000 };

// test/golden.json was written by `pnpm new:engine`; after an intended change of results:
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/litigation-integrity test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
  eventLog: {
    expectedCases: (r) => ({
      baseline: Number(r.params.cases),
      reform: Number(r.params.cases),
    }),
  },
});

// Shards of cases (issue 14): 1 to 6 shards, shuffled, merge into simulate's report byte for byte
// (the schema's least, 100 cases: every sensitivity end, the samples and each accumulator run).
describeShardInvariance(measure, { params: { cases: 100 }, seed: 3, maxShards: 6, numRuns: 4 });

describe('shards', () => {
  const parsed = measure.runShard({ cases: 300 }, { seed: 5, shard: 0, shards: 1 })
    .params as unknown as LitigationIntegrityParams;

  it('each pass of a shard (the scenario, every end) totals what a plain run of its parameters counts', () => {
    // The oracle: runBatch draws and handles the whole caseload for one parameter set.
    const data = runShardUnits(parsed, { seed: 5, shard: 0, shards: 1, start: 0, end: 300 });
    expect(Object.keys(data.runs)).toHaveLength(1 + 2 * DRIVERS.length);
    for (const [key, run] of Object.entries(data.runs)) {
      const [name, value] = key.split('=');
      const q = key === SCENARIO ? parsed : { ...parsed, [name as string]: Number(value) };
      const t = runBatch(q, 5);
      for (const v of ['baseline', 'reform'] as const) {
        expect(run[v], `${key} ${v}`).toEqual({
          ...t[v],
          innocentCostsFen: String(t[v].innocentCostsFen),
          shiftedFen: String(t[v].shiftedFen),
          finesFen: String(t[v].finesFen),
          abuserPaidFen: String(t[v].abuserPaidFen),
        });
      }
    }
  });

  it('samples the first case with an abusive objection, wherever its shard', () => {
    const outcomes = runBatch(parsed, 5, { keepOutcomes: true }).outcomes?.baseline ?? [];
    const first = outcomes.find((o) => o.draws.conduct === 'abusive-objection');
    const report = measure.mergeShards(
      { cases: 300 },
      { seed: 5 },
      [0, 1, 2].map((shard) => measure.runShard({ cases: 300 }, { seed: 5, shard, shards: 3 })),
    );
    expect(first).toBeDefined();
    expect(report.samples.map((x) => x.id)).toEqual([
      `${first?.draws.id}-baseline`,
      `${first?.draws.id}-reform`,
    ]);
  });

  it('takes a province caseload in a shard, and refuses more or bad shares naming the field', () => {
    expect(measure.shardParams.cases.max).toBe(PROVINCE_MAX_CASES);
    expect(measure.shardUnits({ cases: 2_000_000 })).toBe(2_000_000);
    const pathOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return undefined;
    };
    expect(pathOf(() => measure.shardUnits({ cases: PROVINCE_MAX_CASES + 1 }))).toEqual(['cases']);
    expect(
      pathOf(() => measure.runShard({ cases: 100, evasionRate: 0.9 }, { seed: 1, shard: 0, shards: 2 })),
    ).toEqual(['evasionRate']);
  });
});

describe('the report (2,000 cases, seed 7)', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => kpiOf(report, id);

  it('shows both seed KPIs: the abuser pays more of the costs, listed companies lose fewer days', () => {
    expect(Number(k('abuser-paid-cost-share').reform)).toBeGreaterThan(
      Number(k('abuser-paid-cost-share').baseline),
    );
    expect(Number(k('good-faith-lost-days').reform)).toBeLessThan(Number(k('good-faith-lost-days').baseline));
  });

  it('abuse falls with deterrence, and so do its delays', () => {
    expect(Number(k('abuse-rate').reform)).toBeLessThan(Number(k('abuse-rate').baseline));
    expect(Number(k('abuse-delay-days').reform)).toBeLessThan(Number(k('abuse-delay-days').baseline));
  });

  it('shows the assumption-driven KPIs with their range at the plausible ends', () => {
    // deterrence 0.1 and 0.5: more deterrence, less abuse after the reform; the baseline does not move.
    const s = k('abuse-rate').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['deterrence', 0.1, 0.5]);
    expect(s?.low.baseline).toBe(s?.high.baseline);
    expect(Number(s?.high.reform)).toBeLessThan(Number(s?.low.reform));
    for (const x of report.kpis)
      expect([x.id, x.origin, x.sensitivity === undefined]).toEqual([x.id, 'assumption', false]);
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ cases: 200, deterrence: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['deterrence']);
    expect(input).toEqual({ cases: 200, deterrence: 1.5 });
  });

  it('rejects conduct shares adding up to more than 1, naming evasionRate', () => {
    let error: unknown;
    try {
      measure.simulateUnknown(
        { cases: 200, objectionAbuseRate: 0.5, lateEvidenceRate: 0.5, evasionRate: 0.5 },
        { seed: 1 },
      );
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).paths).toEqual(['evasionRate']);
  });
});
