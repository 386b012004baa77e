// Test-point planning (科学规划设置快检点): choose K sites so that the largest share of farms (or of
// production volume) lies within a travel-time bound. Travel is straight-line (Euclidean) km on
// the synthetic map at a constant speed: a documented simplification of the road network.
import { parse, ValidationError, z } from '@gd-ftz/core';
import { chosenSchema, instanceSchema, pointSchema, siteCountSchema, speedSchema } from './inputs';

/**
 * A point on the map, in km.
 * @example
 * const p: Point = { x: 30, y: 40 };
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * A planning instance: weighted demand points, candidate sites, and the travel bound.
 * @example
 * const i: CoverageInstance = {
 *   demand: [{ location: { x: 0, y: 0 }, weight: 1 }],
 *   candidates: [{ x: 10, y: 0 }],
 *   travelBoundMinutes: 30,
 *   speedKmh: 40,
 * };
 */
export interface CoverageInstance {
  readonly demand: readonly { readonly location: Point; readonly weight: number }[];
  readonly candidates: readonly Point[];
  readonly travelBoundMinutes: number;
  readonly speedKmh: number;
}

/**
 * A chosen set of sites and what it covers.
 * @example
 * const p: CoveragePlan = planGreedy(instance, 2);
 * p.share; // covered weight / total weight
 */
export interface CoveragePlan {
  /** Indices into `candidates`, in the order chosen. */
  readonly chosen: readonly number[];
  readonly coveredWeight: number;
  readonly totalWeight: number;
  /** coveredWeight / totalWeight (0 when nothing has weight). */
  readonly share: number;
  readonly method: 'greedy' | 'exact';
}

/**
 * Straight-line travel minutes between two points at `speedKmh`.
 * @example
 * travelMinutes({ x: 0, y: 0 }, { x: 30, y: 40 }, 50); // 50 km at 50 km/h = 60 min
 */
export function travelMinutes(a: Point, b: Point, speedKmh: number): number {
  const i = parse(TRAVEL_ARGS, { a, b, speedKmh });
  return distanceMinutes(i.a, i.b, i.speedKmh);
}

const TRAVEL_ARGS = z.object({ a: pointSchema, b: pointSchema, speedKmh: speedSchema });

/**
 * {@link travelMinutes} without the argument check: the simulation's inner loop (farm × test
 * point). Internal: not exported from the package.
 * @example
 * distanceMinutes({ x: 0, y: 0 }, { x: 30, y: 40 }, 50); // 60
 */
export function distanceMinutes(a: Point, b: Point, speedKmh: number): number {
  return (Math.hypot(a.x - b.x, a.y - b.y) / speedKmh) * 60;
}

/**
 * Validates an instance against its schema, a ValidationError naming every bad field under
 * `path`; returns a checked copy. Internal: not exported from the package.
 * @example
 * validateInstance({ demand: [], candidates: [], travelBoundMinutes: 60, speedKmh: 40 });
 */
export function validateInstance(instance: unknown, path = 'instance'): CoverageInstance {
  return parse(instanceSchema, instance, path);
}

const PLAN_ARGS = z.object({ instance: instanceSchema, k: siteCountSchema });
const CHOSEN_ARGS = z.object({ instance: instanceSchema, chosen: chosenSchema });

/**
 * For each candidate, the demand indices within the bound (a site covers a farm at ≤ bound).
 * Unchecked; internal: not exported from the package.
 * @example
 * coverageSets(instance)[0]; // Int32Array of the farms site 0 covers
 */
export function coverageSets(instance: CoverageInstance): Int32Array[] {
  // Same rule as travelMinutes: covered when the straight-line distance is within the radius.
  const radius = (instance.travelBoundMinutes / 60) * instance.speedKmh;
  return instance.candidates.map((c) => {
    const hits: number[] = [];
    instance.demand.forEach((d, j) => {
      if (Math.hypot(d.location.x - c.x, d.location.y - c.y) <= radius) hits.push(j);
    });
    return Int32Array.from(hits);
  });
}

function plan(
  instance: CoverageInstance,
  chosen: number[],
  covered: number,
  method: CoveragePlan['method'],
): CoveragePlan {
  const totalWeight = instance.demand.reduce((s, d) => s + d.weight, 0);
  return {
    chosen,
    coveredWeight: covered,
    totalWeight,
    share: totalWeight > 0 ? covered / totalWeight : 0,
    method,
  };
}

/**
 * The weight covered by a set of chosen candidate indices (each farm counted once).
 * @example
 * coverageOf(instance, [0, 3]).share;
 */
export function coverageOf(instance: CoverageInstance, chosen: readonly number[]): CoveragePlan {
  const checked = parse(CHOSEN_ARGS, { instance, chosen });
  return coverageOfChecked(checked.instance, checked.chosen);
}

function coverageOfChecked(instance: CoverageInstance, chosen: readonly number[]): CoveragePlan {
  chosen.forEach((c, k) => {
    if (!Number.isInteger(c) || c < 0 || c >= instance.candidates.length) {
      throw ValidationError.of(`chosen.${k}`, 'must be a candidate index', '必须是候选点下标');
    }
  });
  const sets = coverageSets(instance);
  const seen = new Uint8Array(instance.demand.length);
  let covered = 0;
  for (const c of chosen) {
    for (const j of sets[c] as Int32Array) {
      if (!seen[j]) {
        seen[j] = 1;
        covered += (instance.demand[j] as { weight: number }).weight;
      }
    }
  }
  return plan(instance, [...chosen], covered, 'greedy');
}

/**
 * Greedy max-coverage (lazy evaluation): repeatedly add the site that covers the most uncovered
 * weight; ties go to the lower index. Covers at least 1 − (1 − 1/K)^K ≥ 1 − 1/e ≈ 63.2 % of the
 * optimum (Nemhauser, Wolsey & Fisher 1978).
 * @example
 * planGreedy({ demand, candidates, travelBoundMinutes: 60, speedKmh: 40 }, 5).share;
 */
export function planGreedy(instance: CoverageInstance, k: number): CoveragePlan {
  const i = parse(PLAN_ARGS, { instance, k });
  return greedyPlan(i.instance, i.k);
}

/**
 * {@link planGreedy} without the argument check, for the scenario's own instances (thousands of
 * farms, built by the engine). Internal: not exported from the package.
 * @example
 * greedyPlan(instance, 5).chosen.length; // ≤ 5
 */
export function greedyPlan(instance: CoverageInstance, k: number): CoveragePlan {
  const kk = Math.min(k, instance.candidates.length);
  const sets = coverageSets(instance);
  const w = instance.demand.map((d) => d.weight);
  const seen = new Uint8Array(w.length);
  const gainOf = (c: number) => {
    let g = 0;
    for (const j of sets[c] as Int32Array) if (!seen[j]) g += w[j] as number;
    return g;
  };
  // Upper bounds of each candidate's gain; gains only shrink as sites are added (submodularity).
  const bound = sets.map((_, c) => gainOf(c));
  const picked = new Uint8Array(sets.length);
  const chosen: number[] = [];
  let covered = 0;
  for (let round = 0; round < kk; round++) {
    let best = -1;
    let bestGain = -1;
    // Scan candidates by stale bound; recompute only those that could still beat the best.
    const order = bound
      .map((_, c) => c)
      .filter((c) => !picked[c])
      .sort((a, b) => (bound[b] as number) - (bound[a] as number) || a - b);
    for (const c of order) {
      if ((bound[c] as number) < bestGain) break;
      const g = gainOf(c);
      bound[c] = g;
      if (g > bestGain || (g === bestGain && c < best)) {
        best = c;
        bestGain = g;
      }
    }
    if (best < 0) break;
    picked[best] = 1;
    chosen.push(best);
    for (const j of sets[best] as Int32Array) {
      if (!seen[j]) {
        seen[j] = 1;
        covered += w[j] as number;
      }
    }
  }
  return plan(instance, chosen, covered, 'greedy');
}

/** The largest number of subsets the exact solver will consider (C(candidates, K)). */
export const EXACT_SUBSET_LIMIT = 5_000_000;

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/**
 * Exact max-coverage by branch and bound, seeded with the greedy plan: a branch is cut when its
 * covered weight plus the sum of the best remaining single-site gains cannot beat the incumbent
 * (a valid bound because coverage is submodular). For small instances only: C(candidates, K) must
 * not exceed {@link EXACT_SUBSET_LIMIT}, otherwise a ValidationError names `k`.
 * @example
 * planExact(instance, 3).coveredWeight >= planGreedy(instance, 3).coveredWeight; // true
 */
export function planExact(input: CoverageInstance, k: number): CoveragePlan {
  const { instance, k: kChecked } = parse(PLAN_ARGS, { instance: input, k });
  const n = instance.candidates.length;
  const kk = Math.min(kChecked, n);
  if (binomial(n, kk) > EXACT_SUBSET_LIMIT) {
    throw ValidationError.of(
      'k',
      `C(${n}, ${kk}) subsets exceed the exact solver's limit; use planGreedy`,
      `C(${n}, ${kk}) 超出精确求解上限，请使用贪心算法`,
    );
  }
  const greedy = greedyPlan(instance, kk);
  const sets = coverageSets(instance);
  const w = instance.demand.map((d) => d.weight);
  const cover = new Int32Array(w.length);
  let best = greedy.coveredWeight;
  let bestSet = [...greedy.chosen];
  const current: number[] = [];
  const search = (start: number, covered: number) => {
    if (current.length === kk) {
      if (covered > best) {
        best = covered;
        bestSet = [...current];
      }
      return;
    }
    const need = kk - current.length;
    if (n - start < need) return;
    const gains: number[] = [];
    for (let c = start; c < n; c++) {
      let g = 0;
      for (const j of sets[c] as Int32Array) if (cover[j] === 0) g += w[j] as number;
      gains.push(g);
    }
    const top = [...gains]
      .sort((a, b) => b - a)
      .slice(0, need)
      .reduce((s, g) => s + g, 0);
    if (covered + top <= best) return;
    for (let c = start; c < n; c++) {
      current.push(c);
      for (const j of sets[c] as Int32Array) cover[j] = (cover[j] as number) + 1;
      search(c + 1, covered + (gains[c - start] as number));
      for (const j of sets[c] as Int32Array) cover[j] = (cover[j] as number) - 1;
      current.pop();
    }
  };
  search(0, 0);
  return plan(instance, bestSet, best, 'exact');
}
