import { KPI_CATEGORIES, type Kpi, type KpiCategory, type ScenarioReport } from '@gd-ftz/core';

/** The categories of the overview, in the order an official reads them. */
export const OVERVIEW_CATEGORIES = Object.keys(KPI_CATEGORIES) as readonly KpiCategory[];

/** One cell of the overview: a measure's headline KPI of a category. */
export interface OverviewRow {
  readonly slug: string;
  readonly kpi: Kpi;
}

/**
 * Groups each measure's headline KPIs by category: per measure, the first KPI of each category
 * in the engine's own order (engines list their headline KPI first), so a new engine shows up
 * with no UI code. Categories with no KPI are kept (empty), so the page says so.
 * @example
 * overviewByCategory([{ slug: 'overpayment-refund', report }])[0]; // { category: 'applicant-time', rows: [...] }
 */
export function overviewByCategory(
  items: readonly { readonly slug: string; readonly report: ScenarioReport }[],
): readonly { readonly category: KpiCategory; readonly rows: readonly OverviewRow[] }[] {
  return OVERVIEW_CATEGORIES.map((category) => ({
    category,
    rows: items.flatMap(({ slug, report }) => {
      const kpi = report.kpis.find((k) => k.category === category);
      return kpi ? [{ slug, kpi }] : [];
    }),
  }));
}
