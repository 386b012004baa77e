// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input,
// event log), then what this measure's report must show.
import { MEASURES, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, describeShardInvariance, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { leases: 200 };

// After an intended change of results: UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/rental-invoice-delegation test.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb.map((p) => ({ ...p, leases: Math.min(p.leases, 60) })), numRuns: 4 },
  // Every lease is a case in each variant.
  eventLog: { expectedCases: () => ({ baseline: small.leases, reform: small.leases }) },
});

// Shards of leases (issue 14): 1 to 6 shards, shuffled, merge into simulate's report byte for byte
// (the schema's least, 10 leases: every sensitivity end, the samples and each accumulator run).
describeShardInvariance(measure, { params: { leases: 10 }, seed: 3, maxShards: 6, numRuns: 4 });

describe('measure 8 of the seed', () => {
  it('carries the identity of measure 8', () => {
    expect([measure.id, measure.slug, measure.title]).toEqual([
      8,
      'rental-invoice-delegation',
      MEASURES[7]?.title,
    ]);
  });
});

describe('the report', () => {
  const report = measure.simulate({ leases: 300 }, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);

  it('counts 全程网上办 from the events: none before, most after, fewer when more lessors fail to confirm', () => {
    expect(k('online-share').baseline).toBe('0.0');
    expect(Number(k('online-share').reform)).toBeGreaterThan(70);
    const s = k('online-share').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value]).toEqual(['confirmFailShare', 0.03, 0.25]);
    expect(Number(s?.high.reform)).toBeLessThan(Number(s?.low.reform));
  });

  it('gives every KPI an origin, and each assumption-driven one its range', () => {
    const rows = report.kpis.map((x) => [x.id, x.origin, x.sensitivity?.param]);
    expect(rows).toEqual([
      ['online-share', 'assumption', 'confirmFailShare'],
      ['hall-trips-per-invoice', 'assumption', 'confirmFailShare'],
      ['days-median', 'assumption', 'hallDelayMax'],
      ['days-p90', 'assumption', 'hallDelayMax'],
      ['lessor-actions', 'assumption', 'annualShare'],
      ['periods-invoiced', 'assumption', 'reformUninvoicedShare'],
      ['tax-collected', 'assumption', 'reformUninvoicedShare'],
      ['officer-minutes', 'assumption', 'hallMinutes'],
      ['unconfirmed-agent-invoices', 'definition', undefined],
    ]);
  });

  it('collects more tax only through coverage: same leases, more periods invoiced', () => {
    const more = Number(k('periods-invoiced').reform) > Number(k('periods-invoiced').baseline);
    expect(more).toBe(true);
    expect(Number(k('tax-collected').reform)).toBeGreaterThan(Number(k('tax-collected').baseline));
    // With the reform's uninvoiced share equal to the baseline's and nothing falling back, the same
    // periods are invoiced: the same tax.
    const same = measure.simulate(
      { leases: 100, reformUninvoicedShare: 0.2, baselineUninvoicedShare: 0.2, confirmFailShare: 0 },
      { seed: 3 },
    );
    expect(kpiOf(same, 'tax-collected').reform).toBe(kpiOf(same, 'tax-collected').baseline);
  });

  it('refuses data errors online, by reason, and no online invoice lacks a confirmed authorisation', () => {
    const refusals = report.series.find((s) => s.id === 'refusals-by-reason');
    const lines = refusals?.kind === 'xy' ? refusals.lines : [];
    const reform = lines.find((l) => l.variant === 'reform')?.points.map(([x]) => x);
    expect(reform).toEqual(expect.arrayContaining(['other-property', 'not-the-agent']));
    expect(Number(k('unconfirmed-agent-invoices').reform)).toBeLessThan(
      Number(k('unconfirmed-agent-invoices').baseline),
    );
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ leases: 200, checkFailShare: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['checkFailShare']);
    expect(input).toEqual({ leases: 200, checkFailShare: 1.5 });
  });
});
