// A province year: the province's requests split over hall districts, each district run through
// both processes (windows, then the reform) as in `measure.simulate`, and every district's
// figures merged into streaming tallies (counts, sums, histograms). Only one district's requests
// are held at a time, so the live heap does not grow with the province's size. Public through the
// `@gd-ftz/zero-window-service/province` entry: `measure.simulate` keeps the schema's cap of
// 300,000 requests for the browser.
import {
  type Kpi,
  optionsObject,
  parseParams,
  progressCallback,
  replicationSeed,
  ValidationError,
} from '@gd-ftz/core';
import { DeadlineCache } from './metrics';
import { PARAMS, type ZeroWindowServiceParams } from './params';
import { baselinePlanOf, reformPlanOf } from './plans';
import { civilYearStart } from './population';
import { absorbPair, emptyPair, kpisOfPair, pairOf } from './report';
import { runBatch } from './simulate';
import type { StaffPlan } from './staff';

/**
 * The most requests a province run accepts: Guangdong's year is about 42 M (30.81 M of them online,
 * 73%, [S19]); the cap leaves headroom and bounds a call at about a minute of CPU.
 * @example
 * provinceYear({ requests: PROVINCE_MAX_REQUESTS + 1 }, { seed: 1 }); // throws ValidationError at input.requests
 */
export const PROVINCE_MAX_REQUESTS = 50_000_000;

/** What a province year is made of. */
export interface ProvinceYearInput {
  /** Requests in the province's year (≈ 42,000,000 for Guangdong [S19]); at least 100. */
  readonly requests: number;
  /**
   * The parameters of one hall district (staff, shares, assumptions), as for `measure.simulate`;
   * `district.requests` is the size of a district (default 30,000), so the province has
   * ⌈requests / district.requests⌉ districts of near-equal size.
   */
  readonly district?: Partial<ZeroWindowServiceParams>;
}

/** Options of a province run. */
export interface ProvinceYearOptions {
  /** The seed; district d runs on `replicationSeed(seed, d)` (district 0 on `seed` itself). */
  readonly seed: number;
  /** Called after each district with the fraction of districts done. */
  readonly onProgress?: (fraction: number) => void;
}

/** The province's figures, baseline against reform. */
export interface ProvinceYearResult {
  /** Requests in the province's year, as given. */
  readonly requests: number;
  /** Hall districts run: ⌈requests / district.requests⌉. */
  readonly districts: number;
  /** The parameters every district ran with (`requests`: the largest district). */
  readonly district: ZeroWindowServiceParams;
  /** Staff of all districts together, before and after the reform. */
  readonly staff: { readonly baseline: StaffPlan; readonly reform: StaffPlan };
  /**
   * The KPIs of `measure.simulate` over the whole province (no sensitivity ranges: they would
   * re-run the province; read them from `measure.simulate` of one district).
   */
  readonly kpis: readonly Kpi[];
}

const times = (p: StaffPlan, k: number): StaffPlan => ({
  windows: p.windows * k,
  cloud: p.cloud * k,
  lounge: p.lounge * k,
  backOffice: p.backOffice * k,
});

function checkInput(input: unknown, options: unknown) {
  const o = optionsObject(options as ProvinceYearOptions | undefined);
  if (typeof o.seed !== 'number' || !Number.isSafeInteger(o.seed))
    throw ValidationError.of('options.seed', 'must be a safe integer', '必须是安全整数');
  const onProgress = progressCallback(o.onProgress, 'options.onProgress');
  const i = optionsObject(input as ProvinceYearInput | undefined, 'input');
  const requests = i.requests;
  if (
    typeof requests !== 'number' ||
    !Number.isSafeInteger(requests) ||
    requests < 100 ||
    requests > PROVINCE_MAX_REQUESTS
  )
    throw ValidationError.of(
      'input.requests',
      `must be an integer from 100 to ${String(PROVINCE_MAX_REQUESTS)}`,
      `必须是 100 至 ${String(PROVINCE_MAX_REQUESTS)} 之间的整数`,
    );
  let district: ZeroWindowServiceParams;
  try {
    district = parseParams(PARAMS, i.district);
  } catch (e) {
    if (e instanceof ValidationError)
      throw new ValidationError(e.issues.map((x) => ({ ...x, path: `input.district.${x.path}` })));
    throw e;
  }
  return { requests, district, seed: o.seed, onProgress };
}

/**
 * Runs a province year through both processes: ⌈requests / district.requests⌉ hall districts of
 * near-equal size, each with the district's staff and its own seed, their figures merged exactly
 * (counts, sums, histograms at 0.01 h and 0.1 min). One district of 30,000 is `measure.simulate`'s
 * main run: the same KPI values.
 * @throws ValidationError naming `input.requests`, `input.district.<field>` or `options.seed`.
 * @example
 * import { provinceYear } from '@gd-ftz/zero-window-service/province';
 * const r = provinceYear({ requests: 42_000_000 }, { seed: 42 }); // 1,400 districts of 30,000
 * r.kpis.find((k) => k.id === 'hall-trips'); // baseline ≈ 0.27 → reform ≈ 0.12
 */
export function provinceYear(input: ProvinceYearInput, options: ProvinceYearOptions): ProvinceYearResult {
  const { requests, district, seed, onProgress } = checkInput(input, options);
  const districts = Math.ceil(requests / district.requests);
  const base = Math.floor(requests / districts);
  const extra = requests - base * districts;
  const cache = new DeadlineCache(civilYearStart(district.year));
  const total = emptyPair();
  for (let d = 0; d < districts; d++) {
    const size = base + (d < extra ? 1 : 0);
    const r = runBatch({ ...district, requests: size }, replicationSeed(seed, d));
    absorbPair(total, pairOf(r, 1, cache));
    onProgress?.((d + 1) / districts);
  }
  const staff = {
    baseline: times(baselinePlanOf(district), districts),
    reform: times(reformPlanOf(district), districts),
  };
  return {
    requests,
    districts,
    district: { ...district, requests: base + (extra > 0 ? 1 : 0) },
    staff,
    kpis: kpisOfPair(total, { baseline: staff.baseline.windows, reform: staff.reform.windows }),
  };
}
