// KPIs and chart series of a scenario, every value counted from the simulated events. Each KPI
// carries its origin, its category and, where an assumption drives it, its values with that
// assumption at the low and high end of its plausible range.
import { type Kpi, type KpiSensitivity, kpi, type Localized, type Series, UNITS } from '@gd-ftz/core';
import { KPI_SPECS, type KpiSpec } from './kpi-specs';
import { PARAMS } from './params';
import type { Pair, ScenarioResult, SensitivityName } from './simulate';
import type { YearStats } from './year';

/**
 * A KPI's values with one assumption at the low and the high end of its range (the schema's
 * `plausible` range; the statutory range for the fine level), everything else as given.
 * @example
 * sensitivityOf(KPI_SPECS[0], result, 'lateRequest').high.baseline
 */
export function sensitivityOf(spec: KpiSpec, r: ScenarioResult, param: SensitivityName): KpiSensitivity {
  const n = r.units;
  const end = (pair: Pair) => ({
    value: pair.params[param],
    baseline: spec.of(pair.baseline, pair.params, n),
    reform: spec.of(pair.reform, pair.params, n),
  });
  return {
    param,
    label: PARAMS[param].label,
    low: end(r.sensitivity[param].low),
    high: end(r.sensitivity[param].high),
  };
}

/** A second driver's range, written into the note (the kit's field holds one). */
function rangeText(x: KpiSensitivity): Localized {
  return {
    zh: `${x.label.zh} ${String(x.low.value)}–${String(x.high.value)}：改革前 ${x.low.baseline}–${x.high.baseline}，改革后 ${x.low.reform}–${x.high.reform}`,
    en: `${x.label.en} ${String(x.low.value)}–${String(x.high.value)}: baseline ${x.low.baseline}–${x.high.baseline}, reform ${x.low.reform}–${x.high.reform}`,
  };
}

/**
 * The report's KPIs, built with core's `kpi()`: each variant's value, origin, category, and its
 * first driving assumption's range as `sensitivity` (further drivers' ranges in the note).
 * @example
 * kpisOf(scenarioOf(params, merged)).find((k) => k.id === 'self-found-share')?.reform
 */
export function kpisOf(r: ScenarioResult): Kpi[] {
  const n = r.units;
  const { main } = r;
  return KPI_SPECS.map((spec) => {
    const [first, ...more] = spec.drivers.map((d) => sensitivityOf(spec, r, d));
    const extra = more.map(rangeText);
    const zh = [spec.note?.zh, ...extra.map((x) => x.zh)].filter(Boolean).join('；');
    const en = [spec.note?.en, ...extra.map((x) => x.en)].filter(Boolean).join('; ');
    return kpi({
      id: spec.id,
      label: spec.label,
      unit: spec.unit,
      better: spec.better,
      origin: spec.origin,
      category: spec.category,
      baseline: spec.of(main.baseline, main.params, n),
      reform: spec.of(main.reform, main.params, n),
      note: zh === '' ? undefined : { zh, en },
      sensitivity: first,
    });
  });
}

/**
 * Chart series: units overdue and hazards open at each month's end; hazards found by who found them.
 * @example
 * seriesOf(result).map((s) => s.id) // ['overdue-by-month', 'open-hazards-by-month', 'found-by']
 */
export function seriesOf(r: ScenarioResult): Series[] {
  const { baseline, reform } = r.main;
  const month = (i: number) => `${r.year}-${String(i + 1).padStart(2, '0')}`;
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
