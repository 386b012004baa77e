import type { Kpi, ScenarioReport } from '@gd-ftz/core';

/**
 * The KPI `id` of a report, for tests that check the seed's stated outcomes; a missing KPI fails
 * the test with the ids the report does have (a renamed KPI is then a clear failure, not `undefined`).
 * @example
 * const report = measure.simulate({}, { seed: 42 });
 * expect(Number(kpiOf(report, 'overdue-share').reform)).toBeLessThan(Number(kpiOf(report, 'overdue-share').baseline));
 */
export function kpiOf(report: ScenarioReport, id: string): Kpi {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) {
    throw new Error(
      `the report has no KPI ${JSON.stringify(id)}; it has ${report.kpis.map((k) => k.id).join(', ')}`,
    );
  }
  return found;
}
