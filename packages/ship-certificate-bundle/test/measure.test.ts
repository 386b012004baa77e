// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event log, then what this measure's report must show.
import { createEventLog, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';
import { PROVINCE_MAX_SHIPS } from '../src/params';
import { DRIVERS, runShardUnits, SCENARIO } from '../src/shard';
import { runBatch } from '../src/simulate';

const small = { ships: 200 };

// After an intended change of results:
// UPDATE_GOLDEN=1 FC_SEED=42 npx vitest run --maxWorkers=1 test/measure.test.ts -t golden
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 3 },
  eventLog: {
    expectedCases: (r) => ({ baseline: Number(r.params.ships), reform: Number(r.params.ships) }),
  },
});

// Shards of ships (issue 14): 1 to 6 shards, shuffled, merge into simulate's report byte for byte
// (the schema's least, 10 ships: every sensitivity end, the samples and each accumulator run).
describeShardInvariance(measure, { params: { ships: 10 }, seed: 3, maxShards: 6, numRuns: 4 });

describe('shards', () => {
  it('each pass of a shard (the scenario, every end) totals what a plain run of its parameters counts', () => {
    // The oracle: runBatch draws every ship anew for its own parameters; a shard draws a ship once
    // per distinct set of draw parameters and feeds it to every pass.
    const p = measure.shardParams;
    const base = { ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.default])), ships: 60 };
    const parsed = measure.runShard(base, { seed: 5, shard: 0, shards: 1 }).params as never;
    const data = runShardUnits(parsed, { seed: 5, shard: 0, shards: 1, start: 0, end: 60 });
    expect(Object.keys(data.runs)).toHaveLength(1 + 2 * DRIVERS.length);
    for (const [key, run] of Object.entries(data.runs)) {
      const [name, value] = key.split('=');
      const q = key === SCENARIO ? parsed : { ...(parsed as object), [name as string]: Number(value) };
      const t = runBatch(q as never, 5, { keep: 0 }).tally;
      for (const v of ['baseline', 'reform'] as const) {
        expect(run[v].submissions, `${key} ${v}`).toBe(t[v].submissions);
        expect(run[v].visits, `${key} ${v}`).toBe(t[v].visits);
        expect(run[v].terminated, `${key} ${v}`).toBe(t[v].terminated);
        expect(run[v].noNationalityDays, `${key} ${v}`).toBe(t[v].noNationalityDays);
        expect(run[v].statutoryInside, `${key} ${v}`).toBe(t[v].statutoryInside);
        const bins = Object.entries(run[v].fullSet.bins).map(([d, n]) => [Number(d), n]);
        expect(bins, `${key} ${v}`).toEqual(t[v].fullSet.flatMap((n, d) => (n ? [[d, n]] : [])));
      }
    }
  });

  it('takes a province of ships in a shard, and refuses more naming the field', () => {
    expect(measure.shardParams.ships.max).toBe(PROVINCE_MAX_SHIPS);
    expect(measure.shardUnits({ ships: 500_000 })).toBe(500_000);
    expect(() => measure.shardUnits({ ships: PROVINCE_MAX_SHIPS + 1 })).toThrow(ValidationError);
    expect(() => measure.simulate({ ships: 500_000 }, { seed: 1 })).toThrow(ValidationError);
  });
});

describe('the report', () => {
  const log = createEventLog();
  const report = measure.simulate({ ships: 300 }, { seed: 7, eventLog: log });
  const k = (id: string) => kpiOf(report, id);

  it('submissions per ship are the applications lodged in the event log (一事通办 from events)', () => {
    for (const variant of ['baseline', 'reform'] as const) {
      let lodged = 0;
      let ships = 0;
      let once = 0;
      for (const c of log.cases(variant)) {
        const apps = new Set(
          c.events
            .filter((e) => e.activity === 'file' || e.activity === 'resubmit')
            .map((e) => String(e.attributes?.application)),
        );
        lodged += apps.size;
        ships++;
        if (apps.size === 1) once++;
      }
      expect(k('submissions-per-ship')[variant]).toBe((lodged / ships).toFixed(2));
      if (variant === 'reform') expect(once / ships).toBeGreaterThan(0.8);
      // Before the reform one application only when the first item was refused (nothing else filed).
      else expect(once / ships).toBeLessThan(0.05);
    }
  });

  it('the reform needs fewer applications, visits, copies and days, and keeps more statutory periods', () => {
    for (const id of [
      'submissions-per-ship',
      'counter-visits',
      'common-material-copies',
      'full-set-working-days-median',
      'days-without-nationality',
      'officer-touches',
    ])
      expect(Number(k(id).reform), id).toBeLessThan(Number(k(id).baseline));
    expect(Number(k('inside-statutory-period').reform)).toBeGreaterThan(
      Number(k('inside-statutory-period').baseline),
    );
    // The price of 容缺: some items are terminated; none before the reform (no 容缺 route).
    expect(k('gap-terminated-share').baseline).toBe('0.0');
    expect(Number(k('gap-terminated-share').reform)).toBeGreaterThan(0);
  });

  it('assumption KPIs carry their sensitivity at the plausible ends, moving the way the assumption pushes', () => {
    const s = (id: string) => k(id).sensitivity;
    expect([
      s('submissions-per-ship')?.param,
      s('submissions-per-ship')?.low.value,
      s('submissions-per-ship')?.high.value,
    ]).toEqual(['mainIncompleteShare', 0.05, 0.2]);
    expect(Number(s('submissions-per-ship')?.low.reform)).toBeLessThan(
      Number(s('submissions-per-ship')?.high.reform),
    );
    expect(s('full-set-working-days-median')?.param).toBe('paperCertificateDays');
    // Paper delivery only touches the baseline.
    expect(s('days-without-nationality')?.low.reform).toBe(s('days-without-nationality')?.high.reform);
    expect(Number(s('days-without-nationality')?.low.baseline)).toBeLessThan(
      Number(s('days-without-nationality')?.high.baseline),
    );
    expect(Number(s('gap-terminated-share')?.low.reform)).toBeLessThan(
      Number(s('gap-terminated-share')?.high.reform),
    );
    expect(Number(s('inside-statutory-period')?.low.baseline)).toBeGreaterThan(
      Number(s('inside-statutory-period')?.high.baseline),
    );
    expect(k('common-material-copies').origin).toBe('model');
  });

  it('has a reform sample with a tolerated gap in its trace', () => {
    const reform = report.samples.find((x) => x.variant === 'reform');
    expect(reform?.trace.steps.some((st) => st.id.endsWith('.accept-with-gaps'))).toBe(true);
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ ships: 200, secondaryGapShare: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['secondaryGapShare']);
    expect(input).toEqual({ ships: 200, secondaryGapShare: 1.5 });
  });
});
