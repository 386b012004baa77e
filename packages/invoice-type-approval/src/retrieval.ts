import { RandomStream } from '@gd-ftz/core';
import { type InvoiceTypeApprovalParams, PARAMS } from './params';

/**
 * The most retries the scenario schema admits (`fetchRetries.max`): every application draws
 * this many attempts per source whatever the scenario, so that runs with other retry counts,
 * failure rates or query times see the same draws (common random numbers).
 */
const MAX_RETRIES = PARAMS.fetchRetries.max;

/**
 * What the automatic path's data retrieval did for one application.
 * @example
 * const r: Retrieval = retrievals(42, 1, 13, defaultParams(PARAMS))[0]!;
 * r.down // false unless a source failed on every attempt
 */
export interface Retrieval {
  /** Minutes from filing until the engine has every source (or gives up on a down one). */
  readonly minutes: number;
  /** A source failed on its first query and every retry: the engine cannot decide, an officer does. */
  readonly down: boolean;
  /** Query attempts made over all sources (13 when nothing failed). */
  readonly attempts: number;
}

/** The scenario parameters the retrieval reads. */
export type RetrievalParams = Pick<
  InvoiceTypeApprovalParams,
  'fetchSecondsMin' | 'fetchSecondsMax' | 'fetchMode' | 'fetchFailureRate' | 'fetchRetries'
>;

/**
 * The automatic path's data retrieval for each of `n` applications in arrival order. The engine
 * needs one data source per rule category (`dataSources`, 13). Each query attempt takes
 * U(fetchSecondsMin, fetchSecondsMax) seconds and fails with probability `fetchFailureRate`; a
 * failed attempt is retried up to `fetchRetries` times, each retry as long as a query. A source
 * that fails every attempt is down: the engine cannot evaluate its rules and refers the case
 * when its last attempt returns. Sources are queried one after another (`sequential`: the
 * times add up) or all at once (`parallel`: the slowest source decides). Every assumption here
 * is a scenario parameter; the seed says only "1–2 minutes".
 *
 * Draws come from the reform's `fetch` sub-stream, a fixed block per application (two reals per
 * attempt, {@link MAX_RETRIES} + 1 attempts per source, drawn whether used or not), so the report
 * can redraw the path at other parameter values on the same draws. Internal: not exported.
 * @example
 * retrievals(42, 1000, 13, defaultParams(PARAMS)).length // 1000
 */
export function retrievals(seed: number, n: number, dataSources: number, p: RetrievalParams): Retrieval[] {
  const fetch = RandomStream.fromSeed(seed).substream('reform').substream('fetch');
  const span = p.fetchSecondsMax - p.fetchSecondsMin;
  const out: Retrieval[] = [];
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let slowest = 0;
    let down = false;
    let attempts = 0;
    for (let k = 0; k < dataSources; k++) {
      let seconds = 0;
      let ok = false;
      for (let a = 0; a <= MAX_RETRIES; a++) {
        const uTime = fetch.real();
        const uFail = fetch.real();
        if (ok || a > p.fetchRetries) continue;
        seconds += p.fetchSecondsMin + span * uTime;
        attempts++;
        ok = uFail >= p.fetchFailureRate;
      }
      if (!ok) down = true;
      sum += seconds;
      if (seconds > slowest) slowest = seconds;
    }
    out.push({ minutes: (p.fetchMode === 'parallel' ? slowest : sum) / 60, down, attempts });
  }
  return out;
}
