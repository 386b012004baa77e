// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import { MEASURES, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, eventLogContractFindings, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { priorJudgments: 400, newCases: 80 };

// test/golden.json: after an intended change of results,
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/similar-case-retrieval test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 3 },
});

describe('measure 16', () => {
  it('carries its identity', () => {
    expect([measure.id, measure.slug, measure.title]).toEqual([
      16,
      'similar-case-retrieval',
      MEASURES[15]?.title,
    ]);
  });
});

describe('the event log', () => {
  it('meets the contract: every case in both variants, in time order, report unchanged', () => {
    const { findings } = eventLogContractFindings(measure, {
      seed: 42,
      params: small,
      expectedCases: (r) => ({ baseline: Number(r.params.newCases), reform: Number(r.params.newCases) }),
    });
    expect(findings).toEqual([]);
  });
});

describe('the default report (统一法律适用尺度)', () => {
  const report = measure.simulate({}, { seed: 42 });
  const k = (id: string) => kpiOf(report, id);
  it('has fewer inconsistent same-question pairs after the reform, at both ends of followShare', () => {
    const x = k('inconsistent-pairs');
    expect(x.origin).toBe('model');
    expect(Number(x.reform)).toBeLessThan(Number(x.baseline));
    expect(x.sensitivity?.param).toBe('followShare');
    expect(Number(x.sensitivity?.low.reform)).toBeLessThan(Number(x.sensitivity?.low.baseline));
    expect(Number(x.sensitivity?.high.reform)).toBeLessThan(Number(x.sensitivity?.high.baseline));
  });
  it('finds a similar case more often and leaves fewer guiding cases unfollowed', () => {
    expect(Number(k('precedent-found').reform)).toBeGreaterThan(Number(k('precedent-found').baseline));
    expect(Number(k('guiding-not-followed').reform)).toBeLessThanOrEqual(
      Number(k('guiding-not-followed').baseline),
    );
  });
  it('ranks better in Art. 4 scope: nDCG@10 of the reform’s searches above the keyword searches’', () => {
    expect(Number(k('ndcg-at-10').reform)).toBeGreaterThan(Number(k('ndcg-at-10').baseline));
  });
  it('marks every assumption-driven KPI with its driver', () => {
    const drivers = Object.fromEntries(report.kpis.map((x) => [x.id, [x.origin, x.sensitivity?.param]]));
    expect(drivers).toEqual({
      'inconsistent-pairs': ['model', 'followShare'],
      'precision-at-10': ['model', undefined],
      'recall-at-10': ['model', undefined],
      'ndcg-at-10': ['model', undefined],
      'precedent-found': ['assumption', 'voluntarySearchShare'],
      'linked-conflicts': ['assumption', 'followShare'],
      'guiding-not-followed': ['assumption', 'voluntarySearchShare'],
      'judge-minutes': ['assumption', 'searchMinutes'],
    });
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ newCases: 50, followShare: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['followShare']);
    expect(input).toEqual({ newCases: 50, followShare: 1.5 });
  });
});
