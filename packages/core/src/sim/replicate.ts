// Independent replications of a stochastic model and Student-t confidence intervals on their means.
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import { RandomStream } from '../random/stream';

/**
 * Two-sided 95% critical values of Student's t, t(0.975; df), for df = 1..30, to four decimals
 * (standard tables, e.g. NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2).
 */
const T975: readonly number[] = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604,
  2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555,
  2.0518, 2.0484, 2.0452, 2.0423,
];

/** z(0.975), the standard normal 97.5% quantile. */
const Z975 = 1.959963984540054;

/**
 * t(0.975; df): the table for df ≤ 30, beyond it the Cornish–Fisher expansion of t in powers of
 * 1/df around z(0.975) (Abramowitz & Stegun 26.7.5), accurate to better than 1e-4 there.
 * @example
 * studentT975(19); // 2.093
 */
export function studentT975(df: number): number {
  if (!(Number.isInteger(df) && df >= 1))
    throw new ConfigurationError('df', `must be an integer ≥ 1, got ${describeValue(df)}`);
  if (df <= T975.length) return T975[df - 1] as number;
  const z = Z975;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** Across-replication summary of one metric: mean with a 95% Student-t confidence interval. */
export interface ReplicationSummary {
  /** Mean of the replications' values. */
  readonly mean: number;
  /** Sample standard deviation across replications (divisor n − 1). */
  readonly stdDev: number;
  /** t(0.975; n − 1) · stdDev / √n. */
  readonly halfWidth95: number;
  /** mean − halfWidth95. */
  readonly low: number;
  /** mean + halfWidth95. */
  readonly high: number;
  /** Number of replications. */
  readonly n: number;
}

/**
 * The 95% Student-t summary of independent observations (at least two).
 * @example
 * summarize([1, 2, 3]); // mean 2, stdDev 1, halfWidth95 4.3027 / √3 ≈ 2.4842
 */
export function summarize(values: readonly number[]): ReplicationSummary {
  if (!Array.isArray(values))
    throw new ConfigurationError('values', `must be an array of numbers, got ${describeValue(values)}`);
  const n = values.length;
  if (n < 2) throw new ConfigurationError('values', 'needs at least two observations');
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x))
      throw new ConfigurationError(`values.${i}`, `must be finite, got ${describeValue(x)}`);
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  const stdDev = Math.sqrt(m2 / (n - 1));
  const halfWidth95 = (studentT975(n - 1) * stdDev) / Math.sqrt(n);
  return { mean, stdDev, halfWidth95, low: mean - halfWidth95, high: mean + halfWidth95, n };
}

/**
 * Runs `model` `replications` times (at least 2), replication i on its own independent stream
 * `RandomStream.fromSeed(seed).substream('replication-' + i)`, and summarises each metric it
 * returns with a 95% confidence interval. Every replication must return the same finite metrics.
 * @example
 * const ci = replicate(20, 42, (s) => ({ x: s.exponential(1) }));
 * ci.x.mean; // ≈ 1, with ci.x.low ≤ 1 ≤ ci.x.high in about 95% of seeds
 */
export function replicate<K extends string>(
  replications: number,
  seed: number,
  model: (stream: RandomStream, index: number) => Record<K, number>,
): Record<K, ReplicationSummary> {
  if (!(Number.isSafeInteger(replications) && replications >= 2)) {
    throw new ConfigurationError(
      'replications',
      `must be an integer ≥ 2, got ${describeValue(replications)}`,
    );
  }
  if (typeof model !== 'function') throw new ConfigurationError('model', 'must be a function');
  const root = RandomStream.fromSeed(seed);
  const columns = new Map<string, number[]>();
  let keys: string[] = [];
  for (let i = 0; i < replications; i++) {
    const result = model(root.substream(`replication-${i}`), i);
    const names = Object.keys(result).sort();
    if (i === 0) {
      keys = names;
      for (const k of keys) columns.set(k, []);
    } else if (names.length !== keys.length || names.some((k, j) => k !== keys[j])) {
      throw new ConfigurationError(`replication-${i}`, `returned metrics [${names}] instead of [${keys}]`);
    }
    for (const k of keys) {
      const v = (result as Record<string, number>)[k] as number;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new ConfigurationError(
          `replication-${i}.${k}`,
          `must be a finite number, got ${describeValue(v)}`,
        );
      }
      columns.get(k)?.push(v);
    }
  }
  const out: Record<string, ReplicationSummary> = {};
  for (const k of keys) out[k] = summarize(columns.get(k) ?? []);
  return out as Record<K, ReplicationSummary>;
}
