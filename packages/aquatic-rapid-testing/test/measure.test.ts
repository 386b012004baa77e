// The engine contract (core's kit: determinism, golden digests, KPI and trace checks, bad input),
// then what this measure's report must show: the seed's statements, from the model.
import { describeMeasureContract, kpiOf } from '@gd-ftz/core/testing';
import { describe, expect, it } from 'vitest';
import { paramsArb } from '../src/arbitraries';
import { measure } from '../src/index';

describeMeasureContract(measure, {
  params: { farms: 150 },
  golden: { file: 'test/golden.json' },
  property: { params: paramsArb, numRuns: 6 },
});

describe('the default scenario reproduces the seed’s statements from the model', () => {
  const report = measure.simulate({}, { seed: 42 });

  it('打破风险监测不合格才进行监督抽查的惯例: before the reform every supervision sample follows failed monitoring', () => {
    expect(kpiOf(report, 'supervision-independent').baseline).toBe('0.0');
    expect(Number(kpiOf(report, 'supervision-independent').reform)).toBeGreaterThan(90);
    // True by construction of the two processes, and the KPI says so.
    expect(kpiOf(report, 'supervision-independent').origin).toBe('definition');
  });

  it('第一时间响应 and 7×24: urgent tests answered within the hour only after the reform', () => {
    expect(kpiOf(report, 'urgent-within-1h').baseline).toBe('0.0');
    expect(Number(kpiOf(report, 'urgent-within-1h').reform)).toBeGreaterThan(50);
    expect(Number(kpiOf(report, 'urgent-median-hours').reform)).toBeLessThan(
      Number(kpiOf(report, 'urgent-median-hours').baseline),
    );
  });

  it('科学规划设置快检点: planned points cover more farms than the central laboratory', () => {
    expect(Number(kpiOf(report, 'farms-within-bound').reform)).toBeGreaterThan(
      Number(kpiOf(report, 'farms-within-bound').baseline),
    );
  });

  it('stops more contaminated lots before sale, at the cost of false positives sent to confirmation', () => {
    expect(Number(kpiOf(report, 'contaminated-stopped').reform)).toBeGreaterThan(
      Number(kpiOf(report, 'contaminated-stopped').baseline),
    );
    expect(kpiOf(report, 'false-positives-confirmed').baseline).toBe('0');
    expect(report.kpis.map((k) => k.id)).toContain('contaminated-to-market');
  });

  it('says the interception gain rests on assumed sampling shares, with their sensitivity', () => {
    const stopped = kpiOf(report, 'contaminated-stopped');
    expect(stopped.origin).toBe('assumption');
    expect(stopped.sensitivity?.param).toBe('supervisionShare');
    // more scheduled supervision stops more lots after the reform (the baseline does not use the
    // share, but its figure moves too: the scenario is redrawn, so the ends carry sampling noise)
    expect(Number(stopped.sensitivity?.high.reform)).toBeGreaterThan(Number(stopped.sensitivity?.low.reform));
    const market = kpiOf(report, 'contaminated-to-market');
    expect([market.origin, market.sensitivity?.param]).toEqual(['assumption', 'monitoringShare']);
  });

  it('dates the re-test report from the receipt of the re-test sample in the objection sample', () => {
    const steps = report.samples.flatMap((c) => c.trace.steps.map((st) => st.id));
    const i = steps.indexOf('retest.sample-received');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(steps[i + 1]).toBe('retest.report-deadline');
  });

  it('gives sample cases with dated steps, and its four charts', () => {
    expect(report.samples.length).toBeGreaterThanOrEqual(4);
    for (const c of report.samples) {
      for (const s of c.trace.steps) {
        expect(s.id).toMatch(/^[a-z]/);
        expect(s.at).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }
    }
    expect(report.series.map((s) => s.id)).toEqual([
      'urgent-turnaround',
      'routine-turnaround',
      'coverage-by-points',
      'monthly-market',
    ]);
  });
});
