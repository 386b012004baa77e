// Chart data of a scenario: turnaround distributions, coverage by number of test points, and the
// contaminated volume reaching the market month by month.
import type { Localized, Series, SeriesLine, Variant } from '@gd-ftz/core';
import { coverageSets, greedyPlan } from './coverage-planning';
import type { ScenarioRuns } from './scenario';
import type { VariantRun } from './simulation/records';
import { validateRuns } from './simulation/validate-runs';

const BUCKETS: readonly { readonly upTo: number; readonly label: string }[] = [
  { upTo: 1, label: '≤1h' },
  { upTo: 4, label: '1–4h' },
  { upTo: 24, label: '4–24h' },
  { upTo: 72, label: '1–3d' },
  { upTo: 168, label: '3–7d' },
  { upTo: Number.POSITIVE_INFINITY, label: '>7d' },
];

const VARIANT_LABEL: Record<Variant, Localized> = {
  baseline: { zh: '改革前', en: 'Before the reform' },
  reform: { zh: '改革后', en: 'Reform' },
};

function turnaroundLine(run: VariantRun, urgent: boolean): SeriesLine {
  const counts = BUCKETS.map(() => 0);
  for (const s of run.samples) {
    if ((s.regime === 'urgent') !== urgent || Number.isNaN(s.resultAt)) continue;
    const h = (s.resultAt - (urgent ? s.requestedAt : s.takenAt)) / 60;
    const b = BUCKETS.findIndex((x) => h <= x.upTo);
    counts[b] = (counts[b] as number) + 1;
  }
  return {
    variant: run.variant,
    label: VARIANT_LABEL[run.variant],
    points: BUCKETS.map((b, i) => [b.label, counts[i] as number] as const),
  };
}

function monthlyLine(runs: ScenarioRuns, run: VariantRun): SeriesLine {
  const tonnes = Array.from({ length: 12 }, () => 0);
  const { lots } = runs.scenario.population;
  lots.forEach((lot, i) => {
    if (lot.failMask === 0) return;
    const state = run.lots[i];
    const stopped = state !== undefined && state.holdAt < lot.saleAt && Number.isNaN(state.releasedAt);
    if (stopped) return;
    // Month from the day of the year (civil months of the run's year).
    const day = Math.floor(lot.saleAt / 1440);
    const month = monthOfDay(runs.scenario.population.year, day);
    tonnes[month] = (tonnes[month] as number) + lot.volumeKg / 1000;
  });
  return {
    variant: run.variant,
    label: VARIANT_LABEL[run.variant],
    points: tonnes.map((t, m) => [m + 1, Math.round(t * 10) / 10] as const),
  };
}

function monthOfDay(year: number, day: number): number {
  const leap = year % 4 === 0 ? 1 : 0;
  const ends = [
    31,
    59 + leap,
    90 + leap,
    120 + leap,
    151 + leap,
    181 + leap,
    212 + leap,
    243 + leap,
    273 + leap,
    304 + leap,
    334 + leap,
    365 + leap,
  ];
  const m = ends.findIndex((e) => day < e);
  return m < 0 ? 11 : m;
}

/**
 * The report's charts.
 * @example
 * seriesOf(runScenario(defaultParams(PARAMS), 1)).map((s) => s.id);
 */
export function seriesOf(runs: ScenarioRuns): Series[] {
  validateRuns(runs);
  const { scenario } = runs;
  const maxK = Math.max(20, scenario.plan.chosen.length);
  const order = coverageOrder(runs, maxK);
  const coverage: SeriesLine = {
    variant: 'reform',
    label: { zh: '贪心布点覆盖率', en: 'Greedy plan coverage' },
    points: order.map((share, k) => [k + 1, Math.round(share * 1000) / 10] as const),
  };
  const labLine: SeriesLine = {
    variant: 'baseline',
    label: { zh: '仅中心实验室', en: 'Central laboratory only' },
    points: order.map((_, k) => [k + 1, Math.round(scenario.labPlan.share * 1000) / 10] as const),
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
      lines: [turnaroundLine(runs.baseline, true), turnaroundLine(runs.reform, true)],
    },
    {
      id: 'routine-turnaround',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '常规抽检出结果用时分布', en: 'Routine samples: time to result' },
      x: hoursAxis,
      y: countAxis,
      lines: [turnaroundLine(runs.baseline, false), turnaroundLine(runs.reform, false)],
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
      lines: [monthlyLine(runs, runs.baseline), monthlyLine(runs, runs.reform)],
    },
  ];
}

function coverageOrder(runs: ScenarioRuns, maxK: number): number[] {
  const { instance } = runs.scenario;
  // Greedy plans are nested: the first k sites of the plan for maxK are the plan for k.
  const plan = greedyPlan(instance, maxK);
  const sets = coverageSets(instance);
  const seen = new Uint8Array(instance.demand.length);
  let covered = 0;
  return plan.chosen.map((c) => {
    for (const j of sets[c] as Int32Array) {
      if (!seen[j]) {
        seen[j] = 1;
        covered += (instance.demand[j] as { weight: number }).weight;
      }
    }
    return plan.totalWeight > 0 ? covered / plan.totalWeight : 0;
  });
}
