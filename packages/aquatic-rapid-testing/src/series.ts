// Chart data of a run over its districts: turnaround distributions, coverage by number of test
// points, and the contaminated volume reaching the market month by month, from merged totals.
import type { Localized, Series, SeriesLine, Variant } from '@gd-ftz/core';
import { coverageSets, greedyPlan } from './coverage-planning';
import { TURNAROUND_BUCKETS, type VariantTotals } from './kpis';
import type { AquaticRapidTestingParams } from './params';
import type { DistrictSites } from './scenario';

const VARIANT_LABEL: Record<Variant, Localized> = {
  baseline: { zh: '改革前', en: 'Before the reform' },
  reform: { zh: '改革后', en: 'Reform' },
};

/** Farms covered over the districts: by the laboratory, by the plan, by the plan's first k sites. */
export interface CoverageTotals {
  readonly farms: number;
  readonly labCovered: number;
  readonly planCovered: number;
  /** Farms within the bound of the first k greedy sites, by k (`1`…, up to the chart's width). */
  readonly byPoints: Readonly<Record<string, number>>;
}

/** The chart's width: at least 20 test points, and every planned one. */
export function chartPoints(params: AquaticRapidTestingParams): number {
  return Math.max(20, params.testPoints);
}

/**
 * One district's coverage totals (farm weights are 1, so every figure is a whole count of farms).
 * @example
 * coverageTotalsOf(sitesOf(params, 42), 20).labCovered;
 */
export function coverageTotalsOf(sites: DistrictSites, maxK: number): CoverageTotals {
  const { instance } = sites;
  // Greedy plans are nested: the first k sites of the plan for maxK are the plan for k.
  const plan = greedyPlan(instance, maxK);
  const sets = coverageSets(instance);
  const seen = new Uint8Array(instance.demand.length);
  let covered = 0;
  const byPoints: Record<string, number> = {};
  plan.chosen.forEach((c, k) => {
    for (const j of sets[c] as Int32Array) {
      if (!seen[j]) {
        seen[j] = 1;
        covered += (instance.demand[j] as { weight: number }).weight;
      }
    }
    byPoints[String(k + 1)] = covered;
  });
  return {
    farms: plan.totalWeight,
    labCovered: sites.labPlan.coveredWeight,
    planCovered: sites.plan.coveredWeight,
    byPoints,
  };
}

function turnaroundLine(variant: Variant, buckets: Readonly<Record<string, number>>): SeriesLine {
  return {
    variant,
    label: VARIANT_LABEL[variant],
    points: TURNAROUND_BUCKETS.map((b) => [b.label, buckets[b.label] ?? 0] as const),
  };
}

function monthlyLine(variant: Variant, kg: Readonly<Record<string, number>>): SeriesLine {
  return {
    variant,
    label: VARIANT_LABEL[variant],
    points: Array.from({ length: 12 }, (_, m) => {
      const tonnes = (kg[String(m + 1).padStart(2, '0')] ?? 0) / 1000;
      return [m + 1, Math.round(tonnes * 10) / 10] as const;
    }),
  };
}

/**
 * The report's charts, from the merged totals of every district.
 * @example
 * seriesOf(params, merged.baseline, merged.reform, merged.coverage).map((s) => s.id);
 */
export function seriesOf(
  params: AquaticRapidTestingParams,
  baseline: VariantTotals,
  reform: VariantTotals,
  cover: CoverageTotals,
): Series[] {
  const shareOf = (covered: number) => (cover.farms > 0 ? covered / cover.farms : 0);
  const ks = Array.from({ length: chartPoints(params) }, (_, i) => i + 1);
  const coverage: SeriesLine = {
    variant: 'reform',
    label: { zh: '贪心布点覆盖率', en: 'Greedy plan coverage' },
    points: ks.map((k) => [k, Math.round(shareOf(cover.byPoints[String(k)] ?? 0) * 1000) / 10] as const),
  };
  const labLine: SeriesLine = {
    variant: 'baseline',
    label: { zh: '仅中心实验室', en: 'Central laboratory only' },
    points: ks.map((k) => [k, Math.round(shareOf(cover.labCovered) * 1000) / 10] as const),
  };
  const hoursAxis = { label: { zh: '出结果用时', en: 'Time to result' } };
  const countAxis = { label: { zh: '样品数', en: 'Samples' }, unit: { zh: '件', en: 'samples' } };
  return [
    {
      id: 'urgent-turnaround',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '紧急检测出结果用时分布', en: 'Urgent tests: time to result' },
      x: hoursAxis,
      y: countAxis,
      lines: [
        turnaroundLine('baseline', baseline.urgentBuckets),
        turnaroundLine('reform', reform.urgentBuckets),
      ],
    },
    {
      id: 'routine-turnaround',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '常规抽检出结果用时分布', en: 'Routine samples: time to result' },
      x: hoursAxis,
      y: countAxis,
      lines: [
        turnaroundLine('baseline', baseline.routineBuckets),
        turnaroundLine('reform', reform.routineBuckets),
      ],
    },
    {
      id: 'coverage-by-points',
      kind: 'xy',
      chart: 'line',
      title: { zh: '快检点数量与覆盖率', en: 'Coverage by number of test points' },
      x: { label: { zh: '快检点数量', en: 'Test points' } },
      y: {
        label: { zh: '时限内养殖场占比', en: 'Farms within the travel bound' },
        unit: { zh: '%', en: '%' },
      },
      lines: [labLine, coverage],
    },
    {
      id: 'monthly-market',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '每月流入市场的不合格水产品', en: 'Non-compliant volume reaching the market, by month' },
      x: { label: { zh: '月份', en: 'Month' } },
      y: { label: { zh: '吨', en: 'Tonnes' }, unit: { zh: '吨', en: 't' } },
      lines: [
        monthlyLine('baseline', baseline.monthlyKgToMarket),
        monthlyLine('reform', reform.monthlyKgToMarket),
      ],
    },
  ];
}
