// Erlang C: the closed form of an M/M/c queue's steady state. The kernel simulates queues; this is
// what engines and tests check the simulated waits against (a hall's windows, a medical line).
import { ValidationError } from '../errors';

/** Steady state of an M/M/c queue. Times are in the unit the rates were given in. */
export interface ErlangC {
  /** Probability that an arrival waits (Erlang's C formula). */
  readonly pWait: number;
  /** Mean wait in the queue, Wq. */
  readonly meanWait: number;
  /** Utilisation ρ = λ / (cμ). */
  readonly utilization: number;
}

/**
 * Erlang C for c servers, Poisson arrivals at rate λ and exponential service of mean 1/μ:
 * offered load a = λ/μ, ρ = a/c < 1; C = (aᶜ/c!)/(1−ρ) ÷ (Σₖ₌₀^{c−1} aᵏ/k! + (aᶜ/c!)/(1−ρ));
 * Wq = C / (cμ − λ). `arrivalRate` and `meanService` share one time unit (per minute and minutes,
 * per hour and hours); `meanWait` comes out in it.
 * @throws ValidationError naming `servers`, `arrivalRate` or `meanService`; `arrivalRate` when ρ ≥ 1
 * (no steady state).
 * @example
 * erlangC(1, 0.05, 10).meanWait // 10 (ρ = 0.5: Wq = ρ/(μ−λ) = 0.5 / 0.05)
 */
export function erlangC(servers: number, arrivalRate: number, meanService: number): ErlangC {
  if (!(Number.isSafeInteger(servers) && servers >= 1))
    throw ValidationError.of('servers', 'must be an integer ≥ 1', '必须是不小于1的整数');
  if (!(arrivalRate > 0 && Number.isFinite(arrivalRate)))
    throw ValidationError.of('arrivalRate', 'must be a finite number > 0', '必须是大于0的有限数');
  if (!(meanService > 0 && Number.isFinite(meanService)))
    throw ValidationError.of('meanService', 'must be a finite number > 0', '必须是大于0的有限数');
  const mu = 1 / meanService;
  const a = arrivalRate / mu;
  const rho = a / servers;
  if (!(rho < 1))
    throw ValidationError.of(
      'arrivalRate',
      'makes the load ρ = λ/(cμ) ≥ 1 (no steady state)',
      '使负荷ρ = λ/(cμ)不小于1，无稳态',
    );
  let term = 1; // aᵏ/k!
  let sum = 0;
  for (let k = 0; k < servers; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const tail = term / (1 - rho); // term is now aᶜ/c!
  const pWait = tail / (sum + tail);
  return { pWait, meanWait: pWait / (servers * mu - arrivalRate), utilization: rho };
}
