// The one way to build a KPI: every field checked, values as finite decimal strings, and each KPI
// saying where its effect comes from (origin) and what it measures (category).
import { describeValue } from './describe-value';
import { ConfigurationError, type Localized, ValidationError } from './errors';
import { type ParamSpec, type ParamsOf, type ParamsSchema, parseParams } from './params-schema';
import type { Better, Interval, Kpi, KpiCategory, KpiOrigin, KpiSensitivity } from './report';

/**
 * The origins of a KPI with their zh/en labels, for the demo's badge and the CLI's column.
 * @example
 * KPI_ORIGINS.calibrated.en; // 'calibrated'
 */
export const KPI_ORIGINS: Readonly<Record<KpiOrigin, Localized>> = Object.freeze({
  model: { zh: '模型', en: 'model' },
  assumption: { zh: '假设', en: 'assumption' },
  calibrated: { zh: '校准', en: 'calibrated' },
  definition: { zh: '定义', en: 'definition' },
});

/**
 * The categories of a KPI with their zh/en labels.
 * @example
 * KPI_CATEGORIES['staff-time'].zh; // '人员工时'
 */
export const KPI_CATEGORIES: Readonly<Record<KpiCategory, Localized>> = Object.freeze({
  'applicant-time': { zh: '申请人时间', en: 'applicant time' },
  'applicant-effort': { zh: '申请人负担', en: 'applicant effort' },
  'staff-time': { zh: '人员工时', en: 'staff time' },
  money: { zh: '资金', en: 'money' },
  risk: { zh: '风险', en: 'risk' },
  compliance: { zh: '合规', en: 'compliance' },
  coverage: { zh: '覆盖', en: 'coverage' },
});

const BETTER: readonly Better[] = ['higher', 'lower', 'neither'];
const ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PLAIN = /^-?\d+(\.\d+)?$/;

/** What {@link kpi} takes: the KPI's fields, its values already formatted (see `formatStat`). */
export interface KpiInput {
  /** kebab-case, unique within the report. */
  readonly id: string;
  readonly label: Localized;
  readonly unit: Localized;
  readonly better: Better;
  readonly origin: KpiOrigin;
  readonly category: KpiCategory;
  /** Finite decimal strings (`'43.39'`), e.g. from `percentStat` or `formatStat`. */
  readonly baseline: string;
  readonly reform: string;
  /** Required for `definition` (why is it shown?) and `calibrated` (to which published figure?). */
  readonly note?: Localized | undefined;
  /** Absent when the engine does not compute it, or the scenario makes one end invalid. */
  readonly sensitivity?: KpiSensitivity | undefined;
  readonly baselineCi?: Interval | undefined;
  readonly reformCi?: Interval | undefined;
}

function localizedOk(text: Localized | undefined): boolean {
  return (
    !!text &&
    typeof text.zh === 'string' &&
    text.zh.trim() !== '' &&
    typeof text.en === 'string' &&
    text.en.trim() !== ''
  );
}

function checkValue(path: string, value: unknown): void {
  if (typeof value !== 'string' || !PLAIN.test(value))
    throw new ConfigurationError(path, `must be a finite decimal string, got ${describeValue(value)}`);
}

function checkInterval(path: string, ci: Interval): void {
  checkValue(`${path}.low`, ci.low);
  checkValue(`${path}.high`, ci.high);
}

function checkSensitivity(path: string, s: KpiSensitivity): void {
  if (typeof s.param !== 'string' || s.param === '')
    throw new ConfigurationError(`${path}.param`, 'must name a parameter');
  if (!localizedOk(s.label)) throw new ConfigurationError(`${path}.label`, 'needs non-empty zh and en text');
  for (const end of ['low', 'high'] as const) {
    checkValue(`${path}.${end}.baseline`, s[end].baseline);
    checkValue(`${path}.${end}.reform`, s[end].reform);
  }
}

/**
 * Builds a KPI, checking every field: a kebab-case id, labels and unit in both languages, finite
 * decimal values, a known direction, origin and category, and a note where the origin needs one.
 * The value fields come first and in a fixed order, so reports stay byte-identical run to run.
 * @throws ConfigurationError naming `kpi.<id>.<field>`: a bad KPI is the engine's bug, not bad input.
 * @example
 * kpi({
 *   id: 'share-auto', label: { zh: '自动决定占比', en: 'Share decided automatically' }, unit: UNITS.percent,
 *   better: 'higher', origin: 'model', category: 'staff-time',
 *   baseline: '0.0', reform: percentStat(752, 1000, { digits: 1, empty: 0 }),
 * }); // { id: 'share-auto', …, baseline: '0.0', reform: '75.2', origin: 'model', category: 'staff-time' }
 */
export function kpi(input: KpiInput): Kpi {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ConfigurationError('kpi', `must be a KPI input object, got ${describeValue(input)}`);
  const id = input.id;
  if (typeof id !== 'string' || !ID_RE.test(id))
    throw new ConfigurationError('kpi.id', `must be kebab-case, got ${describeValue(id)}`);
  const at = (field: string) => `kpi.${id}.${field}`;
  if (!localizedOk(input.label)) throw new ConfigurationError(at('label'), 'needs non-empty zh and en text');
  if (!localizedOk(input.unit)) throw new ConfigurationError(at('unit'), 'needs non-empty zh and en text');
  if (!BETTER.includes(input.better))
    throw new ConfigurationError(at('better'), `must be one of ${BETTER.join(', ')}`);
  if (!Object.hasOwn(KPI_ORIGINS, input.origin))
    throw new ConfigurationError(at('origin'), `must be one of ${Object.keys(KPI_ORIGINS).join(', ')}`);
  if (!Object.hasOwn(KPI_CATEGORIES, input.category))
    throw new ConfigurationError(at('category'), `must be one of ${Object.keys(KPI_CATEGORIES).join(', ')}`);
  checkValue(at('baseline'), input.baseline);
  checkValue(at('reform'), input.reform);
  if (input.note !== undefined && !localizedOk(input.note))
    throw new ConfigurationError(at('note'), 'needs non-empty zh and en text');
  if ((input.origin === 'definition' || input.origin === 'calibrated') && input.note === undefined)
    throw new ConfigurationError(at('note'), `a ${input.origin} KPI must say why in its note`);
  if (input.baselineCi) checkInterval(at('baselineCi'), input.baselineCi);
  if (input.reformCi) checkInterval(at('reformCi'), input.reformCi);
  if (input.sensitivity) checkSensitivity(at('sensitivity'), input.sensitivity);
  return {
    id,
    label: input.label,
    unit: input.unit,
    baseline: input.baseline,
    reform: input.reform,
    better: input.better,
    ...(input.baselineCi ? { baselineCi: input.baselineCi } : {}),
    ...(input.reformCi ? { reformCi: input.reformCi } : {}),
    ...(input.note ? { note: input.note } : {}),
    origin: input.origin,
    category: input.category,
    ...(input.sensitivity ? { sensitivity: input.sensitivity } : {}),
  };
}

type Plausible<P extends ParamSpec> = P extends { readonly plausible?: infer R } ? R : never;

/**
 * A KPI's sensitivity to one assumption parameter: `compute` (a cheap function of the parameters,
 * or a re-run) evaluated with that parameter at the low and the high end of its plausible range
 * (the spec's `plausible`, or `ends`), every other parameter as given. Returns undefined when an
 * end is not a valid scenario with the other parameters (a cross-field rule of the schema fails),
 * so that no range is shown rather than a wrong one.
 * @throws ConfigurationError when the parameter is unknown or has no plausible range.
 * @example
 * const sensitivity = sensitivityOf(PARAMS, params, 'fetchSecondsMax', (p) => ({
 *   baseline: baselineMedian, reform: medianStat(autoLatencies(p), { digits: 2, empty: 0 }),
 * }));
 * kpi({ ...fields, origin: 'calibrated', sensitivity });
 */
export function sensitivityOf<S extends ParamsSchema, K extends keyof S & string>(
  schema: S,
  params: ParamsOf<S>,
  param: K,
  compute: (params: ParamsOf<S>) => { readonly baseline: string; readonly reform: string },
  ends?: { readonly low: ParamsOf<S>[K]; readonly high: ParamsOf<S>[K] },
): KpiSensitivity | undefined {
  if (schema === null || typeof schema !== 'object') {
    throw new ConfigurationError('schema', `must be a parameter schema, got ${describeValue(schema)}`);
  }
  if (typeof param !== 'string' || !Object.hasOwn(schema, param)) {
    throw new ConfigurationError(
      `sensitivity.${typeof param === 'string' ? param : describeValue(param)}`,
      'is not a parameter of the schema',
    );
  }
  if (typeof compute !== 'function') {
    throw new ConfigurationError('compute', `must be a function, got ${describeValue(compute)}`);
  }
  const spec = schema[param];
  if (!spec) throw new ConfigurationError(`sensitivity.${param}`, 'is not a parameter of the schema');
  const range = ends ?? (spec as { plausible?: Plausible<S[K]> }).plausible;
  if (!range)
    throw new ConfigurationError(
      `sensitivity.${param}`,
      'has no plausible range: declare `plausible` or pass ends',
    );
  const at = (value: ParamsOf<S>[K]) => {
    let varied: ParamsOf<S>;
    try {
      varied = parseParams(schema, { ...params, [param]: value });
    } catch (e) {
      if (e instanceof ValidationError) return undefined;
      throw e;
    }
    const { baseline, reform } = compute(varied);
    return { value: value as ParamsOf<S>[K] & (string | number | boolean), baseline, reform };
  };
  const low = at(range.low as ParamsOf<S>[K]);
  const high = at(range.high as ParamsOf<S>[K]);
  if (!low || !high) return undefined;
  return { param, label: spec.label, low, high };
}
