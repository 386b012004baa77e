// Tornado data: every KPI's change (reform − baseline) recomputed with each assumption parameter of
// the schema at the low and the high end of its `plausible` range, the others as given, ranked by
// how far the change swings. Same seed at both ends (common random numbers), so the swing is the
// assumption's effect and not sampling noise.
import { describeValue } from './describe-value';
import { ConfigurationError, type Localized, ValidationError } from './errors';
import { Dec } from './money/decimal';
import type { ParamsSchema, ParamValue } from './params-schema';
import type { Kpi, ScenarioReport } from './report';
import { checkArray, checkReport } from './report-shape';

/** One assumption parameter to vary, with the ends of its plausible range. */
export interface TornadoParam {
  readonly param: string;
  readonly label: Localized;
  readonly low: ParamValue;
  readonly high: ParamValue;
}

/** A KPI at one end of one assumption's range. */
export interface TornadoEnd {
  readonly value: ParamValue;
  readonly baseline: string;
  readonly reform: string;
  /** reform − baseline. */
  readonly change: string;
}

/** One bar of a KPI's tornado. */
export interface TornadoRow {
  readonly param: string;
  readonly label: Localized;
  readonly low: TornadoEnd;
  readonly high: TornadoEnd;
  /** |change at high − change at low|: the bar's length, the ranking key. */
  readonly swing: string;
}

/** A KPI's tornado: its change at the given parameters and the bars, largest swing first. */
export interface KpiTornado {
  readonly id: string;
  readonly label: Localized;
  readonly unit: Localized;
  /** reform − baseline at the given parameters. */
  readonly change: string;
  readonly rows: readonly TornadoRow[];
}

/**
 * The assumption parameters of a schema that declare a plausible range, in schema order: what a
 * tornado varies.
 * @example
 * tornadoParams({ share: { kind: 'number', assumption: true, plausible: { low: 0.1, high: 0.3 }, … } });
 * // [{ param: 'share', label: …, low: 0.1, high: 0.3 }]
 */
export function tornadoParams(schema: ParamsSchema): readonly TornadoParam[] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
    throw ValidationError.of(
      'schema',
      `must be a params schema object, got ${describeValue(schema)}`,
      `必须是参数模式对象，收到 ${describeValue(schema)}`,
    );
  const out: TornadoParam[] = [];
  for (const [param, spec] of Object.entries(schema)) {
    if (typeof spec !== 'object' || spec === null)
      throw ValidationError.of(
        `schema.${param}`,
        `must be a parameter spec, got ${describeValue(spec)}`,
        `必须是参数说明，收到 ${describeValue(spec)}`,
      );
    if (!spec.assumption || !('plausible' in spec) || !spec.plausible) continue;
    out.push({ param, label: spec.label, low: spec.plausible.low, high: spec.plausible.high });
  }
  return out;
}

const change = (k: Kpi) => new Dec(k.reform).minus(k.baseline);

/**
 * Builds the tornado of every KPI of `base` from the reports run at each parameter's ends; a
 * parameter whose end run is missing (the end made an invalid scenario) gets no bar.
 * @example
 * tornadoFromReports(base, [{ ...tornadoParams(schema)[0], lowReport, highReport }]);
 */
export function tornadoFromReports(
  base: ScenarioReport,
  runs: readonly (TornadoParam & {
    readonly lowReport: ScenarioReport | undefined;
    readonly highReport: ScenarioReport | undefined;
  })[],
): readonly KpiTornado[] {
  checkReport(base, 'base');
  checkArray(runs, 'runs');
  runs.forEach((run, i) => {
    if (typeof run !== 'object' || run === null)
      throw ValidationError.of(
        `runs[${i}]`,
        `must be { param, label, low, high, lowReport, highReport }, got ${describeValue(run)}`,
        `必须是 { param, label, low, high, lowReport, highReport }，收到 ${describeValue(run)}`,
      );
    if (run.lowReport !== undefined) checkReport(run.lowReport, `runs[${i}].lowReport`);
    if (run.highReport !== undefined) checkReport(run.highReport, `runs[${i}].highReport`);
  });
  return base.kpis.map((k) => {
    const rows: TornadoRow[] = [];
    for (const run of runs) {
      const lo = run.lowReport?.kpis.find((x) => x.id === k.id);
      const hi = run.highReport?.kpis.find((x) => x.id === k.id);
      if (!lo || !hi) continue;
      const cl = change(lo);
      const ch = change(hi);
      rows.push({
        param: run.param,
        label: run.label,
        low: { value: run.low, baseline: lo.baseline, reform: lo.reform, change: cl.toString() },
        high: { value: run.high, baseline: hi.baseline, reform: hi.reform, change: ch.toString() },
        swing: ch.minus(cl).abs().toString(),
      });
    }
    // Largest swing first; ties keep schema order (Array.prototype.sort is stable).
    rows.sort((a, b) => new Dec(b.swing).cmp(a.swing));
    return { id: k.id, label: k.label, unit: k.unit, change: change(k).toString(), rows };
  });
}

/** What {@link tornadoOf} needs of a measure: its schema and the untyped simulate. */
export interface TornadoSubject {
  readonly params: ParamsSchema;
  simulateUnknown(params: unknown, options: { readonly seed: number }): ScenarioReport;
}

/**
 * Runs `measure` at `params` and at each assumption parameter's plausible low and high (1 + 2 × P
 * runs, the same seed), and returns every KPI's tornado. An end that fails validation with the
 * other parameters (a cross-field rule) is left out rather than shown wrong.
 * @throws ValidationError when `params` themselves are invalid.
 * @example
 * tornadoOf(measure, {}, 42)[0].rows[0].param; // the assumption that moves the first KPI most
 */
export function tornadoOf(
  measure: TornadoSubject,
  params: { readonly [name: string]: unknown },
  seed: number,
): readonly KpiTornado[] {
  if (!measure || typeof measure.simulateUnknown !== 'function')
    throw new ConfigurationError('measure', 'must be a measure with simulateUnknown');
  const base = measure.simulateUnknown(params, { seed });
  const at = (param: string, value: ParamValue) => {
    try {
      return measure.simulateUnknown({ ...base.params, [param]: value }, { seed });
    } catch (e) {
      if (e instanceof ValidationError) return undefined;
      throw e;
    }
  };
  const runs = tornadoParams(measure.params).map((p) => ({
    ...p,
    lowReport: at(p.param, p.low),
    highReport: at(p.param, p.high),
  }));
  return tornadoFromReports(base, runs);
}
