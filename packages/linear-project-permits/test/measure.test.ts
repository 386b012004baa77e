import { ConfigurationError, MEASURES, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

const kpi = (r: ReturnType<typeof measure.simulate>, id: string) => {
  const k = r.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id}`);
  return k;
};

describe('measure descriptor', () => {
  it('carries the identity of measure 10 of the seed', () => {
    expect(measure.id).toBe(10);
    expect(measure.slug).toBe('linear-project-permits');
    expect(measure.title).toEqual(MEASURES[9]?.title);
    expect(measure.scope).toBe('province');
  });
  it('rejects out-of-range parameters naming the field', () => {
    try {
      measure.simulate({ projects: 0, startDate: '2023-01-01' }, { seed: 1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['projects', 'startDate']);
    }
    expect(() => measure.simulate({}, { seed: 1.5 })).toThrow(ConfigurationError);
  });
  it('property: the same seed gives the same report, byte for byte', () => {
    fc.assert(
      fc.property(paramsArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
        const a = JSON.stringify(measure.simulate(params, { seed }));
        const b = JSON.stringify(measure.simulate(params, { seed }));
        return a === b;
      }),
      { numRuns: 10 },
    );
  });
});

describe('default scenario (200 projects)', () => {
  const progress: number[] = [];
  const report = measure.simulate({}, { seed: 42, onProgress: (f) => progress.push(f) });
  it('reproduces the seed: one application and one set of common materials per project (一次申请)', () => {
    expect(kpi(report, 'applications').reform).toBe('1.00');
    expect(kpi(report, 'common-copies').reform).toBe('1.00');
    // Before the reform, one application per permit: 5 requested, fewer only when a prerequisite was refused.
    expect(Number(kpi(report, 'applications').baseline)).toBeGreaterThan(4.5);
  });
  it('breaks officer actions down by stage: fewer at intake, more in per-segment review and meetings', () => {
    const stages = ['intake', 'decision', 'meetings'].map((s) => kpi(report, `officer-touches-${s}`));
    for (const side of ['baseline', 'reform'] as const) {
      // The stages add up to the total (each mean has two decimals; rounding may differ by 0.01 per stage).
      const sum = stages.reduce((a, k) => a + Number(k[side]), 0);
      expect(Math.abs(sum - Number(kpi(report, 'officer-touches')[side]))).toBeLessThanOrEqual(0.03);
    }
    const [intake, decision, meetings] = stages as [
      (typeof stages)[0],
      (typeof stages)[0],
      (typeof stages)[0],
    ];
    expect(Number(intake.reform)).toBeLessThan(Number(intake.baseline));
    expect(Number(decision.reform)).toBeGreaterThan(Number(decision.baseline));
    expect([meetings.baseline, Number(meetings.reform) > 0]).toEqual(['0.00', true]);
  });
  it('shortens the time to the first ready segment and to all permits', () => {
    for (const id of ['first-segment-median', 'all-permits-median', 'all-permits-p90']) {
      expect(Number(kpi(report, id).reform)).toBeLessThan(Number(kpi(report, id).baseline));
    }
  });
  it('has a timeline per permit for both variants, sample traces citing their basis, and coverage', () => {
    const timeline = report.series.find((s) => s.kind === 'timeline');
    expect(timeline?.kind === 'timeline' && new Set(timeline.bars.map((b) => b.variant))).toEqual(
      new Set(['baseline', 'reform']),
    );
    expect(report.samples.map((s) => s.variant)).toEqual(['baseline', 'reform']);
    for (const s of report.samples) {
      expect(s.trace.steps.length).toBeGreaterThan(5);
      for (const step of s.trace.steps) expect(['cited', 'assumption']).toContain(step.basis.kind);
    }
    expect(report.coverage?.find((c) => c.ruleId === 'app.submit')?.fired).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
  });
});
