// Erlang C for an M/M/c queue: core's kernel has no closed form, so the line's waiting is checked
// against it here (tests). Written out as in core's mmc test.
import { ValidationError } from '@gd-ftz/core';

/** Probability of waiting, mean wait and utilisation of an M/M/c queue. */
export interface ErlangC {
  readonly pWait: number;
  /** Mean wait in queue, minutes. */
  readonly meanWait: number;
  readonly utilization: number;
}

/**
 * Erlang C: offered load a = λ/μ, ρ = a/c < 1; C = (aᶜ/c!)/(1−ρ) ÷ (Σₖ₌₀^{c−1} aᵏ/k! + (aᶜ/c!)/(1−ρ));
 * Wq = C / (cμ − λ).
 * @throws ValidationError naming `servers`, `arrivalsPerMinute` or `meanServiceMinutes`, or when ρ ≥ 1.
 * @example
 * erlangC(1, 0.05, 10).meanWait // 10 (ρ = 0.5: Wq = ρ/(μ−λ) = 0.5 / 0.05)
 */
export function erlangC(servers: number, arrivalsPerMinute: number, meanServiceMinutes: number): ErlangC {
  if (!(Number.isSafeInteger(servers) && servers >= 1))
    throw ValidationError.of('servers', 'must be an integer ≥ 1', '必须是不小于1的整数');
  if (!(arrivalsPerMinute > 0 && Number.isFinite(arrivalsPerMinute)))
    throw ValidationError.of('arrivalsPerMinute', 'must be > 0', '必须大于0');
  if (!(meanServiceMinutes > 0 && Number.isFinite(meanServiceMinutes)))
    throw ValidationError.of('meanServiceMinutes', 'must be > 0', '必须大于0');
  const mu = 1 / meanServiceMinutes;
  const a = arrivalsPerMinute / mu;
  const rho = a / servers;
  if (rho >= 1)
    throw ValidationError.of(
      'arrivalsPerMinute',
      'makes the load ≥ 1 (no steady state)',
      '负荷不小于1，无稳态',
    );
  let term = 1;
  let sum = 0;
  for (let k = 0; k < servers; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const tail = term / (1 - rho);
  const pWait = tail / (sum + tail);
  return { pWait, meanWait: pWait / (servers * mu - arrivalsPerMinute), utilization: rho };
}
