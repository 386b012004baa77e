// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's stated outcome.
import { MEASURES } from '@gd-ftz/core';
import { describeMeasureContract } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { population: 300 };

describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb.map((p) => ({ ...p, population: 100 })), numRuns: 5 },
});

describe('measure 1 of the seed', () => {
  it('carries the identity of measure 1', () => {
    expect([measure.id, measure.slug, measure.title]).toEqual([1, 'overpayment-refund', MEASURES[0]?.title]);
  });
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => {
    const found = report.kpis.find((x) => x.id === id);
    if (!found) throw new Error(`missing KPI ${id}`);
    return found;
  };

  it('reproduces the seed: one action per refund after the reform (一次申报即可享受)', () => {
    // reform: confirm and submit (1), + bank details when none is on file, + supplements of
    // referred cases; baseline: check, fill form, prepare proof, submit (4) + supplements.
    expect(Number(k('taxpayer-actions').reform)).toBeGreaterThanOrEqual(1);
    expect(Number(k('taxpayer-actions').reform)).toBeLessThan(1.5);
    expect(Number(k('taxpayer-actions').baseline)).toBeGreaterThanOrEqual(4);
    // Says honestly that the 4 and the 1 are constants, not simulated steps.
    expect(k('taxpayer-actions').origin).toBe('definition');
  });

  it('returns more, sooner, with fewer officer minutes under the reform', () => {
    expect(Number(k('returned-share').reform)).toBeGreaterThan(Number(k('returned-share').baseline));
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(Number(k('officer-minutes').reform)).toBeLessThan(Number(k('officer-minutes').baseline));
  });

  it('marks the always-100% on-time share as true by definition', () => {
    expect([k('on-time').baseline, k('on-time').reform, k('on-time').origin]).toEqual([
      '100.00',
      '100.00',
      'definition',
    ]);
  });

  it('gives series for both variants and coverage of the four review rules', () => {
    expect(report.series.map((s) => s.id)).toEqual(['refunds-by-month', 'days-distribution']);
    expect(report.coverage?.map((c) => c.ruleId)).toEqual([
      'OPR-REV-1',
      'OPR-REV-2',
      'OPR-REV-3',
      'OPR-REV-4',
    ]);
  });
});
