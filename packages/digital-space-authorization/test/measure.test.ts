// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// the event-log contract, then what this measure's report must show.
import { MEASURES, ValidationError } from '@gd-ftz/core';
import { describeMeasureContract, eventLogContractFindings } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const small = { applications: 200 };

// test/golden.json was written by `pnpm new:engine`; after an intended change of results:
// UPDATE_GOLDEN=1 pnpm --filter @gd-ftz/digital-space-authorization test, and commit the file.
describeMeasureContract(measure, {
  params: small,
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 5 },
});

describe('measure 11', () => {
  it('carries its identity', () => {
    expect([measure.id, measure.slug, measure.title]).toEqual([
      11,
      'digital-space-authorization',
      MEASURES[10]?.title,
    ]);
  });
});

describe('the event log', () => {
  it('meets the contract: every application in both variants, in time order, report unchanged', () => {
    const { findings } = eventLogContractFindings(measure, {
      seed: 42,
      params: small,
      expectedCases: (r) => ({
        baseline: Number(r.params.applications),
        reform: Number(r.params.applications),
      }),
    });
    expect(findings).toEqual([]);
  });
});

describe('the report', () => {
  const report = measure.simulate(small, { seed: 7 });
  const k = (id: string) => {
    const found = report.kpis.find((x) => x.id === id);
    if (!found) throw new Error(`missing KPI ${id}`);
    return found;
  };

  it('decides sooner and needs no counter visit after the reform', () => {
    expect(Number(k('days-median').reform)).toBeLessThan(Number(k('days-median').baseline));
    expect(k('counter-visits').reform).toBe('0.00');
    // Every baseline application needs one visit, the incomplete ones two.
    expect(Number(k('counter-visits').baseline)).toBeGreaterThanOrEqual(1);
  });

  it('shows the assumption-driven KPI with its sensitivity at the plausible ends', () => {
    // incompleteShare 0.1 and 0.5: about 1.1 and 1.5 baseline visits, none after the reform.
    const s = k('counter-visits').sensitivity;
    expect([s?.param, s?.low.value, s?.high.value, s?.low.reform]).toEqual([
      'incompleteShare',
      0.1,
      0.5,
      '0.00',
    ]);
    expect(Number(s?.low.baseline)).toBeLessThan(Number(s?.high.baseline));
  });
});

describe('bad input', () => {
  it('rejects a share outside [0, 1] naming the field, and does not change the input', () => {
    const input = Object.freeze({ applications: 200, incompleteShare: 1.5 });
    let error: unknown;
    try {
      measure.simulateUnknown(input, { seed: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).paths).toEqual(['incompleteShare']);
    expect(input).toEqual({ applications: 200, incompleteShare: 1.5 });
  });
});
