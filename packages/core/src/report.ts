import type { Localized } from './errors';
import type { ParamValue } from './params-schema';
import type { Trace } from './trace';

/** Units shared across engines' KPIs and series. */
export const UNITS = {
  yuan: { zh: '元', en: 'CNY' },
  tenThousandYuan: { zh: '万元', en: '10k CNY' },
  minutes: { zh: '分钟', en: 'min' },
  hours: { zh: '小时', en: 'h' },
  days: { zh: '天', en: 'days' },
  workingDays: { zh: '工作日', en: 'working days' },
  percent: { zh: '%', en: '%' },
  count: { zh: '件', en: 'count' },
  perCase: { zh: '次/件', en: 'per case' },
} as const satisfies Record<string, Localized>;

/** Which direction of a KPI is an improvement. */
export type Better = 'higher' | 'lower' | 'neither';

/** A two-sided interval, as decimal strings. */
export interface Interval {
  readonly low: string;
  readonly high: string;
}

/**
 * Where a KPI's difference between baseline and reform comes from:
 * - `model`: it emerges from the simulated events;
 * - `assumption`: it is driven mainly by an assumption parameter;
 * - `calibrated`: an assumption was chosen so that the KPI hits a published figure;
 * - `definition`: it holds by construction (rare; the note says why the KPI is shown at all).
 */
export type KpiOrigin = 'model' | 'assumption' | 'calibrated' | 'definition';

/** What a KPI measures, so that measures can be compared side by side. */
export type KpiCategory =
  | 'applicant-time'
  | 'applicant-effort'
  | 'staff-time'
  | 'money'
  | 'risk'
  | 'compliance'
  | 'coverage';

/** A KPI's baseline and reform values with one assumption parameter set to `value`. */
export interface KpiSensitivityEnd {
  readonly value: ParamValue;
  readonly baseline: string;
  readonly reform: string;
}

/**
 * The KPI recomputed with a named assumption parameter at the low and the high end of its
 * plausible range, the other parameters unchanged: how far the result rests on that assumption.
 */
export interface KpiSensitivity {
  /** The parameter's name in the measure's schema. */
  readonly param: string;
  /** The parameter's label. */
  readonly label: Localized;
  readonly low: KpiSensitivityEnd;
  readonly high: KpiSensitivityEnd;
}

/**
 * A key performance indicator measured on the same population under the old process (baseline)
 * and the reform. Values are decimal strings so that money KPIs stay exact; a confidence interval
 * is present when the engine ran replications. Build one with `kpi()`, which checks every field.
 */
export interface Kpi {
  readonly id: string;
  readonly label: Localized;
  readonly unit: Localized;
  readonly baseline: string;
  readonly reform: string;
  readonly better: Better;
  readonly baselineCi?: Interval;
  readonly reformCi?: Interval;
  /** How the KPI is computed, or which seed statement it reproduces. */
  readonly note?: Localized;
  readonly origin: KpiOrigin;
  readonly category: KpiCategory;
  readonly sensitivity?: KpiSensitivity;
}

/** The scenario variant a series, case or KPI side belongs to. */
export type Variant = 'baseline' | 'reform';

/** One line or bar group of an x/y chart. Chart values are display numbers, never amounts of record. */
export interface SeriesLine {
  readonly variant: Variant;
  readonly label: Localized;
  readonly points: readonly (readonly [x: number | string, y: number])[];
}

/** One bar of a timeline (Gantt) chart, in units of `unit` from the start of the case. */
export interface TimelineBar {
  readonly variant: Variant;
  readonly lane: Localized;
  readonly start: number;
  readonly end: number;
  readonly label?: Localized;
}

/** Data for one chart. */
export type Series =
  | {
      readonly id: string;
      readonly kind: 'xy';
      readonly chart: 'line' | 'bar';
      readonly title: Localized;
      readonly x: { readonly label: Localized; readonly unit?: Localized };
      readonly y: { readonly label: Localized; readonly unit?: Localized };
      readonly lines: readonly SeriesLine[];
    }
  | {
      readonly id: string;
      readonly kind: 'timeline';
      readonly title: Localized;
      readonly unit: Localized;
      readonly bars: readonly TimelineBar[];
    };

/** A sample case shown in full, with its decision trace. */
export interface SampleCase {
  readonly id: string;
  readonly variant: Variant;
  readonly title: Localized;
  readonly summary: Localized;
  readonly trace: Trace;
}

/** How often each rule fired over a run (rule coverage). */
export interface RuleCoverageEntry {
  readonly ruleId: string;
  readonly fired: number;
  readonly evaluated: number;
}

/** What `simulate` returns: the same shape for every engine. */
export interface ScenarioReport {
  readonly measure: { readonly id: number; readonly slug: string };
  readonly seed: number;
  readonly params: { readonly [name: string]: ParamValue };
  readonly kpis: readonly Kpi[];
  readonly series: readonly Series[];
  readonly samples: readonly SampleCase[];
  readonly coverage?: readonly RuleCoverageEntry[];
  readonly notes?: readonly Localized[];
}
