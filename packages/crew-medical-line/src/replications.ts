// Replications of a province year with 95% confidence intervals (core's replicate: replication i
// on its own sub-stream). For the bench and for callers who want intervals, not one seed's values.
import { parseParams, type RandomStream, type ReplicationSummary, replicate } from '@gd-ftz/core';
import { type CrewMedicalLineParams, PROVINCE_PARAMS } from './params';
import { type RegimeResult, runRegime } from './simulate';
import { drawWorld, type World } from './world';

const METRICS = [
  'baselineAdviceMedian',
  'reformAdviceMedian',
  'baselineGuidanceShare',
  'reformGuidanceShare',
  'baselineCareMedian',
  'reformCareMedian',
] as const;

/** The metrics replicated, each summarised with its mean and 95% interval. */
export type ReplicatedMetric = (typeof METRICS)[number];

function median(xs: Float64Array, n: number): number {
  const s = xs.subarray(0, n).sort();
  if (n === 0) return 0;
  const h = n >> 1;
  return n % 2 === 1 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}

function metricsOf(
  r: RegimeResult,
  w: World,
  buf: Float64Array,
): { advice: number; guidance: number; care: number } {
  let remote = 0;
  for (let i = 0; i < w.count; i++) {
    buf[i] = (r.adviceAt[i] as number) - (w.t0[i] as number);
    remote += r.remote[i] as number;
  }
  const advice = median(buf, w.count);
  let n = 0;
  for (let i = 0; i < w.count; i++) {
    if (r.outcome[i] === 1) buf[n++] = (r.careAt[i] as number) - (w.t0[i] as number);
  }
  return { advice, guidance: remote / Math.max(1, w.count), care: median(buf, n) };
}

/**
 * Runs `replications` independent years (at least 2) of `params` (the province schema: up to
 * 100,000 cases per area and 100 areas), both regimes on each replication's world, and returns the
 * mean and 95% interval of the minutes to first advice (median), the guidance share and the minutes
 * from onset to hospital (median), per regime.
 * @throws ValidationError naming the bad parameter or `replications`.
 * @example
 * simulateReplications({ casesPerYear: 300, portAreas: 10 }, 42, 20).reformAdviceMedian.mean // ≈ 3.x minutes
 */
export function simulateReplications(
  params: unknown,
  seed: number,
  replications: number,
): Record<ReplicatedMetric, ReplicationSummary> {
  const p: CrewMedicalLineParams = parseParams(PROVINCE_PARAMS, params);
  let buf = new Float64Array(0);
  return replicate(replications, seed, (stream: RandomStream) => {
    const w = drawWorld(p, stream.substream('cases'));
    if (buf.length < w.count) buf = new Float64Array(w.count);
    const b = metricsOf(runRegime(w, p, false), w, buf);
    const r = metricsOf(runRegime(w, p, true), w, buf);
    return {
      baselineAdviceMedian: b.advice,
      reformAdviceMedian: r.advice,
      baselineGuidanceShare: b.guidance,
      reformGuidanceShare: r.guidance,
      baselineCareMedian: b.care,
      reformCareMedian: r.care,
    };
  });
}
