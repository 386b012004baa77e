// One run of measure 14: the same synthetic ships through the baseline and the reform, tallied as
// they go; only the first ships' outcomes are kept (for samples), unless a log asks for all.
import type { EventLog } from '@gd-ftz/core';
import { logCase } from './event-log';
import { type CaseOutcome, handleBaseline, handleReform } from './handle';
import type { ShipCertificateBundleParams } from './params';
import { drawCase, type ShipCase, shipStreams } from './population';
import { newTally, type Tally, tallyCase } from './tally';

/** A kept ship with its two outcomes. */
export interface KeptCase {
  readonly ship: ShipCase;
  readonly baseline: CaseOutcome;
  readonly reform: CaseOutcome;
}

/** The result of a run. */
export interface BatchResult {
  readonly tally: Tally;
  readonly kept: readonly KeptCase[];
}

/** What a run reports to, all optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
  /** How many of the first ships to keep whole (default 50). */
  readonly keep?: number;
}

/** How many of the first ships the report keeps whole for its samples. */
export const KEPT_SHIPS = 50;

/**
 * The first `n` ships of a run (fewer if the run has fewer) with both outcomes: the report's
 * samples, drawn again from the seed when the report is built (each ship from its own stream).
 * @example
 * keptShips(defaultParams, 42, 3).length // 3
 */
export function keptShips(params: ShipCertificateBundleParams, seed: number, n = KEPT_SHIPS): KeptCase[] {
  const streamOf = shipStreams(seed);
  const kept: KeptCase[] = [];
  for (let i = 0; i < Math.min(n, params.ships); i++) {
    const ship = drawCase(streamOf(i), i, params);
    kept.push({ ship, baseline: handleBaseline(ship, params), reform: handleReform(ship, params) });
  }
  return kept;
}

/**
 * Runs baseline and reform on the same ships.
 * @example
 * runBatch(defaultParams, 42).tally.baseline.ships // 2000
 */
export function runBatch(
  params: ShipCertificateBundleParams,
  seed: number,
  hooks: RunHooks = {},
): BatchResult {
  const streamOf = shipStreams(seed);
  const tally = newTally();
  const kept: KeptCase[] = [];
  const keep = hooks.keep ?? KEPT_SHIPS;
  const log = hooks.eventLog;
  const step = Math.max(1, Math.floor(params.ships / 10));
  for (let i = 0; i < params.ships; i++) {
    const ship = drawCase(streamOf(i), i, params);
    const baseline = handleBaseline(ship, params);
    const reform = handleReform(ship, params);
    tallyCase(tally, ship, baseline, reform);
    if (i < keep) kept.push({ ship, baseline, reform });
    if (log) logCase(log, ship, baseline, reform, i === 0);
    if (hooks.onProgress && (i + 1) % step === 0) hooks.onProgress((i + 1) / params.ships);
  }
  return { tally, kept };
}
