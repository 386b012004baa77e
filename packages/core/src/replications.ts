// Replications of a whole scenario: one report per derived seed, summarised per KPI as a mean with a
// 95% Student-t interval for baseline, reform and the paired change. The demo's KPI cards and the
// CLI's `run --replications` read this, so an official sees how sure a number is.
import { describeValue } from './describe-value';
import { ConfigurationError, type Localized } from './errors';
import { formatStat } from './kpi-stats';
import { Dec } from './money/decimal';
import { optionsObject } from './options-object';
import { RandomStream } from './random/stream';
import type { Better, Interval, Kpi, KpiCategory, KpiOrigin, ScenarioReport } from './report';
import { checkArray, checkKpi, checkReport } from './report-shape';
import { studentT975 } from './sim/replicate';

/**
 * The seed of replication `index` of a scenario run with `seed`. Replication 0 is the seed itself,
 * so the single-seed view is one of the replications; replication i ≥ 1 draws a 32-bit seed from
 * the independent stream `seed:<seed>/replication-<i>` (hashed, not sequential: seeds 42 and 43
 * do not share replications).
 * @example
 * replicationSeed(42, 0); // 42
 * replicationSeed(42, 1) === replicationSeed(42, 1); // true, a fixed integer in 0..4294967295
 */
export function replicationSeed(seed: number, index: number): number {
  if (!Number.isSafeInteger(seed))
    throw new ConfigurationError('seed', `must be a safe integer, got ${describeValue(seed)}`);
  if (!(Number.isSafeInteger(index) && index >= 0))
    throw new ConfigurationError('index', `must be an integer ≥ 0, got ${describeValue(index)}`);
  if (index === 0) return seed;
  return RandomStream.fromSeed(seed).substream(`replication-${index}`).nextUint32();
}

/** Mean and 95% interval of one quantity across replications, as decimal strings. */
export interface ReplicatedValue {
  readonly mean: string;
  /** mean ∓ t(0.975; n − 1) · s / √n. */
  readonly ci: Interval;
}

/** One KPI across replications. */
export interface ReplicatedKpi {
  readonly id: string;
  readonly label: Localized;
  readonly unit: Localized;
  readonly better: Better;
  readonly origin: KpiOrigin;
  readonly category: KpiCategory;
  readonly n: number;
  readonly baseline: ReplicatedValue;
  readonly reform: ReplicatedValue;
  /** reform − baseline, paired replication by replication (same seed, same population). */
  readonly change: ReplicatedValue;
  /** Whether the change's 95% interval excludes zero. */
  readonly distinguishable: boolean;
  /** Whether a distinguishable change goes the better way; null when not distinguishable or `better` is 'neither'. */
  readonly improved: boolean | null;
}

function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

function summary(values: readonly InstanceType<typeof Dec>[], digits: number) {
  const n = values.length;
  const mean = values.reduce((a, b) => a.plus(b), new Dec(0)).div(n);
  const ss = values.reduce((a, x) => a.plus(x.minus(mean).pow(2)), new Dec(0));
  const sd = ss.div(n - 1).sqrt();
  const half = sd.times(studentT975(n - 1)).div(new Dec(n).sqrt());
  const low = mean.minus(half);
  const high = mean.plus(half);
  return {
    value: {
      mean: formatStat(mean, digits),
      ci: { low: formatStat(low, digits), high: formatStat(high, digits) },
    },
    excludesZero: low.gt(0) || high.lt(0),
    mean,
  };
}

/**
 * Summarises the reports of one scenario run over several seeds (at least two, same measure,
 * same KPIs in each): per KPI the mean and 95% Student-t interval of baseline, reform and the
 * paired change, and whether the change is distinguishable from zero (its interval excludes 0).
 * Computed exactly in decimal from the KPI strings; printed with one more decimal than the
 * KPI's own values (a mean of whole days is shown to tenths), or `digits` if given.
 * @throws ConfigurationError when fewer than two reports, or their KPIs differ; ValidationError
 * naming the field when a report is not a report (no `kpis`, a KPI value not a decimal string).
 * @example
 * // baseline 10, 12, 14 and reform 4, 5, 6 over three seeds:
 * // baseline mean 12, s = 2, half-width 4.3027 × 2 / √3 = 4.968 → [7.0, 17.0]
 * summarizeReplications(reports)[0].baseline; // { mean: '12.0', ci: { low: '7.0', high: '17.0' } }
 */
export function summarizeReplications(
  reports: readonly ScenarioReport[],
  options: { readonly digits?: number } = {},
): readonly ReplicatedKpi[] {
  checkArray(reports, 'reports');
  const { digits: fixedDigits } = optionsObject(options);
  if (
    fixedDigits !== undefined &&
    !(Number.isSafeInteger(fixedDigits) && fixedDigits >= 0 && fixedDigits <= 20)
  )
    throw new ConfigurationError(
      'options.digits',
      `must be an integer 0..20, got ${describeValue(fixedDigits)}`,
    );
  if (reports.length < 2) throw new ConfigurationError('reports', 'needs at least two replications');
  reports.forEach((r, i) => {
    checkReport(r, `reports[${i}]`);
  });
  const first = reports[0] as ScenarioReport;
  const ids = first.kpis.map((k) => k.id);
  reports.forEach((r, i) => {
    if (r.measure.slug !== first.measure.slug)
      throw new ConfigurationError(
        `reports.${i}.measure`,
        `is ${r.measure.slug}, expected ${first.measure.slug}`,
      );
    const these = r.kpis.map((k) => k.id);
    if (these.length !== ids.length || these.some((id, j) => id !== ids[j]))
      throw new ConfigurationError(`reports.${i}.kpis`, `are [${these}] instead of [${ids}]`);
  });
  return first.kpis.map((k, j) => {
    const column = reports.map((r) => r.kpis[j] as Kpi);
    const digits =
      fixedDigits ?? Math.max(...column.flatMap((c) => [decimalsOf(c.baseline), decimalsOf(c.reform)])) + 1;
    const base = column.map((c) => new Dec(c.baseline));
    const reform = column.map((c) => new Dec(c.reform));
    const change = summary(
      reform.map((r, i) => r.minus(base[i] as InstanceType<typeof Dec>)),
      digits,
    );
    const distinguishable = change.excludesZero;
    const improved =
      !distinguishable || k.better === 'neither'
        ? null
        : k.better === 'higher'
          ? change.mean.isPositive()
          : change.mean.isNegative();
    return {
      id: k.id,
      label: k.label,
      unit: k.unit,
      better: k.better,
      origin: k.origin,
      category: k.category,
      n: reports.length,
      baseline: summary(base, digits).value,
      reform: summary(reform, digits).value,
      change: change.value,
      distinguishable,
      improved,
    };
  });
}

/**
 * The replicated KPIs as ordinary KPIs (means as values, intervals in `baselineCi`/`reformCi`),
 * the notes and sensitivities of the first report kept, for export and the CSV writer.
 * @example
 * replicatedKpis(reports[0].kpis, summarizeReplications(reports))[0].baselineCi; // { low: '7.0', high: '17.0' }
 */
export function replicatedKpis(kpis: readonly Kpi[], summaries: readonly ReplicatedKpi[]): readonly Kpi[] {
  checkArray(kpis, 'kpis');
  checkArray(summaries, 'summaries');
  kpis.forEach((k, i) => {
    checkKpi(k, `kpis[${i}]`);
  });
  summaries.forEach((s, i) => {
    if (typeof s !== 'object' || s === null || typeof s.id !== 'string')
      throw new ConfigurationError(`summaries[${i}]`, `must be a replicated KPI, got ${describeValue(s)}`);
  });
  return kpis.map((k) => {
    const s = summaries.find((x) => x.id === k.id);
    if (!s) return k;
    return {
      ...k,
      baseline: s.baseline.mean,
      reform: s.reform.mean,
      baselineCi: s.baseline.ci,
      reformCi: s.reform.ci,
    };
  });
}
