// KPIs and chart series of a scenario, every value counted from the simulated events. Each KPI
// carries its origin, its category and, where an assumption drives it, its values with that
// assumption at the low and high end of its plausible range.
import type { Kpi, Series } from '@gd-ftz/core';
import { UNITS } from '@gd-ftz/core';
import { KPI_SPECS, type KpiCategory, type KpiOrigin, type KpiSpec } from './kpi-specs';
import type { Pair, ScenarioResult, SensitivityName } from './simulate';
import type { YearStats } from './year';

/** The value of a KPI side at one end of an assumption's range. */
export interface SensitivityEnd {
  readonly value: string;
  readonly baseline: string;
  readonly reform: string;
}
/** A KPI's values over one assumption's range. */
export interface KpiSensitivity {
  readonly parameter: SensitivityName;
  readonly low: SensitivityEnd;
  readonly high: SensitivityEnd;
}

/** A KPI's values at the low and high end of each assumption that drives it. */
export function sensitivityOf(spec: KpiSpec, r: ScenarioResult): KpiSensitivity[] {
  const n = r.population.units;
  const end = (pair: Pair, parameter: SensitivityName): SensitivityEnd => ({
    value: String(pair.params[parameter]),
    baseline: spec.of(pair.baseline, pair.params, n),
    reform: spec.of(pair.reform, pair.params, n),
  });
  return spec.drivers.map((parameter) => ({
    parameter,
    low: end(r.sensitivity[parameter].low, parameter),
    high: end(r.sensitivity[parameter].high, parameter),
  }));
}

/** The rendered KPI with the kit's extra fields. */
export type RichKpi = Kpi & {
  readonly origin: KpiOrigin;
  readonly category: KpiCategory;
  readonly sensitivity: readonly KpiSensitivity[];
};

/**
 * The report's KPIs: value of each variant, and the sensitivity ranges in the note until the kit's
 * `sensitivity` field renders them.
 * @example
 * kpisOf(runScenario(params, 42)).find((k) => k.id === 'self-found-share')?.reform
 */
export function kpisOf(r: ScenarioResult): RichKpi[] {
  const n = r.population.units;
  const { main } = r;
  return KPI_SPECS.map((spec) => {
    const sensitivity = sensitivityOf(spec, r);
    const ranges = sensitivity.map((x) => ({
      zh: `${x.parameter} ${x.low.value}–${x.high.value}：改革前 ${x.low.baseline}–${x.high.baseline}，改革后 ${x.low.reform}–${x.high.reform}`,
      en: `${x.parameter} ${x.low.value}–${x.high.value}: baseline ${x.low.baseline}–${x.high.baseline}, reform ${x.low.reform}–${x.high.reform}`,
    }));
    const zh = [spec.note?.zh, ...ranges.map((x) => x.zh)].filter(Boolean).join('；');
    const en = [spec.note?.en, ...ranges.map((x) => x.en)].filter(Boolean).join('; ');
    return {
      id: spec.id,
      label: spec.label,
      unit: spec.unit,
      baseline: spec.of(main.baseline, main.params, n),
      reform: spec.of(main.reform, main.params, n),
      better: spec.better,
      origin: spec.origin,
      category: spec.category,
      sensitivity,
      ...(zh === '' ? {} : { note: { zh, en } }),
    };
  });
}

/**
 * Chart series: units overdue and hazards open at each month's end; hazards found by who found them.
 * @example
 * seriesOf(result).map((s) => s.id) // ['overdue-by-month', 'open-hazards-by-month', 'found-by']
 */
export function seriesOf(r: ScenarioResult): Series[] {
  const { baseline, reform } = r.main;
  const month = (i: number) => `${r.population.year}-${String(i + 1).padStart(2, '0')}`;
  const line = (f: (s: YearStats) => readonly number[]) => [
    {
      variant: 'baseline' as const,
      label: { zh: '改革前', en: 'Baseline' },
      points: f(baseline).map((y, i) => [month(i), y] as const),
    },
    {
      variant: 'reform' as const,
      label: { zh: '改革后', en: 'Reform' },
      points: f(reform).map((y, i) => [month(i), y] as const),
    },
  ];
  const finders = (s: YearStats) =>
    [
      [{ zh: '企业自查', en: 'Self-check' }, s.foundBySelf],
      [{ zh: '定期检验', en: 'Inspection' }, s.foundByInspection],
      [{ zh: '现场检查', en: 'On-site check' }, s.foundBySupervision],
    ] as const;
  return [
    {
      id: 'overdue-by-month',
      kind: 'xy',
      chart: 'line',
      title: { zh: '月末超期未检设备台数', en: 'Units overdue at month end' },
      x: { label: { zh: '月份', en: 'Month' } },
      y: { label: { zh: '台数', en: 'Units' }, unit: UNITS.count },
      lines: line((s) => s.overdueByMonth),
    },
    {
      id: 'open-hazards-by-month',
      kind: 'xy',
      chart: 'line',
      title: { zh: '月末未整改隐患数', en: 'Hazards open at month end' },
      x: { label: { zh: '月份', en: 'Month' } },
      y: { label: { zh: '隐患', en: 'Hazards' }, unit: UNITS.count },
      lines: line((s) => s.openByMonth),
    },
    {
      id: 'found-by',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '隐患由谁发现', en: 'Who found the hazards' },
      x: { label: { zh: '发现方', en: 'Found by' } },
      y: { label: { zh: '隐患', en: 'Hazards' }, unit: UNITS.count },
      lines: [
        {
          variant: 'baseline',
          label: { zh: '改革前', en: 'Baseline' },
          points: finders(baseline).map(([l, v]) => [l.zh, v] as const),
        },
        {
          variant: 'reform',
          label: { zh: '改革后', en: 'Reform' },
          points: finders(reform).map(([l, v]) => [l.zh, v] as const),
        },
      ],
    },
  ];
}
