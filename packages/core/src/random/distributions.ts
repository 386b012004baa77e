// Samplers that need more than a line or two, written against a uniform source so that they can
// be tested and reused without the stream class. They are exported, so they check their own
// arguments too (issue 32: poissonDraw(rng, NaN) never returned); RandomStream checks first and
// names its own parameters.
import { ConfigurationError } from '../errors';

function refuse(path: string, value: unknown, expected: string): never {
  throw new ConfigurationError(
    path,
    `must be ${expected}, got ${typeof value === 'number' ? String(value) : typeof value}`,
  );
}

/** One uniform from the source, refused unless in [0, 1) (1, NaN or junk would loop forever). */
function uniform(source: UniformSource): number {
  const u = source.real();
  if (!(u >= 0 && u < 1)) refuse('source', u, 'a source of uniforms in [0, 1)');
  return u;
}

/** Anything that draws uniform reals in [0, 1). */
export interface UniformSource {
  real(): number;
}

/** Below this mean, Poisson draws use Knuth's product method; at or above it, PTRS. */
export const POISSON_KNUTH_LIMIT = 30;

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
const SMALL_LOG_FACTORIALS: Float64Array = (() => {
  const table = new Float64Array(16);
  for (let k = 2; k < 16; k++) table[k] = (table[k - 1] ?? 0) + Math.log(k);
  return table;
})();

/**
 * ln(k!) for a non-negative integer k: a table below 16, Stirling's series with three correction
 * terms above (absolute error below 1e-12 there).
 * @example
 * logFactorial(5); // ln 120 ≈ 4.787491742782046
 */
export function logFactorial(k: number): number {
  // Checked once here, at the public entry; the Poisson sampler's inner loop calls the unchecked form.
  if (!Number.isSafeInteger(k) || k < 0) refuse('k', k, 'a non-negative safe integer');
  return logFactorialOf(k);
}

/** ln(k!) of a non-negative integer k, unchecked (hot path of the PTRS rejection loop). */
function logFactorialOf(k: number): number {
  if (k < 16) return SMALL_LOG_FACTORIALS[k] ?? 0;
  const inv = 1 / k;
  const inv2 = inv * inv;
  return (k + 0.5) * Math.log(k) - k + HALF_LOG_2PI + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260)));
}

/**
 * The largest mean a Poisson draw accepts: 1e15. PTRS costs the same for every mean (no hang), but
 * above this a draw (mean + many standard deviations) no longer fits a safe integer, so the count
 * it returns would not be exact; no queue or caseload comes near it.
 */
const POISSON_MAX_MEAN = 1e15;

/**
 * A Poisson(lambda) draw, 0 ≤ lambda ≤ 1e15. lambda < 30: Knuth's method (multiply uniforms until the product drops
 * below e^-lambda; expected lambda + 1 uniforms). lambda ≥ 30: Hörmann's PTRS transformed
 * rejection (W. Hörmann, "The transformed rejection method for generating Poisson random
 * variables", Insurance: Mathematics and Economics 12, 1993), exact, about 2.3 uniforms a draw.
 * @example
 * poissonDraw(RandomStream.fromSeed(1), 4); // a non-negative integer with mean 4
 */
export function poissonDraw(source: UniformSource, lambda: number): number {
  if (typeof lambda !== 'number' || !(lambda >= 0 && lambda < Number.POSITIVE_INFINITY))
    refuse('lambda', lambda, 'a finite number ≥ 0');
  if (lambda > POISSON_MAX_MEAN)
    refuse('lambda', lambda, `at most ${POISSON_MAX_MEAN} (a draw must stay a safe integer)`);
  if (typeof source?.real !== 'function') refuse('source', source, 'an object with a real() method');
  if (lambda === 0) return 0;
  if (lambda < POISSON_KNUTH_LIMIT) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let product = uniform(source);
    while (product > limit) {
      k++;
      product *= uniform(source);
    }
    return k;
  }
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = uniform(source) - 0.5;
    const v = uniform(source);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * logLambda - logFactorialOf(k)
    ) {
      return k;
    }
  }
}

/**
 * Inverse-CDF triangular draw on [min, max] with peak at mode, from one uniform u in [0, 1).
 * @example
 * triangularFromUniform(0.5, 0, 5, 10); // 5 (the median of a symmetric triangle)
 */
export function triangularFromUniform(u: number, min: number, mode: number, max: number): number {
  if (typeof u !== 'number' || !(u >= 0 && u < 1)) refuse('u', u, 'a number in [0, 1)');
  if (!Number.isFinite(min)) refuse('min', min, 'a finite number');
  if (!Number.isFinite(mode)) refuse('mode', mode, 'a finite number');
  if (!Number.isFinite(max)) refuse('max', max, 'a finite number');
  if (min > mode) refuse('min', min, `≤ mode (${mode})`);
  if (mode > max) refuse('mode', mode, `≤ max (${max})`);
  const width = max - min;
  if (width === 0) return min;
  // width² bounds the products under the square roots below: beyond ~1.3e154 they overflow to Infinity.
  if (!Number.isFinite(width * width)) refuse('max', max, 'within 1e154 of min');
  const split = (mode - min) / width;
  if (u < split) return min + Math.sqrt(u * width * (mode - min));
  return max - Math.sqrt((1 - u) * width * (max - mode));
}
