// The argument checks of the public run functions (runZoneYear, populationLines): done once at the
// entry, never in the per-line loops (the bench measures those).
import {
  defineParams,
  describeValue,
  optionsObject,
  parseParams,
  progressCallback,
  ValidationError,
} from '@gd-ftz/core';
import { type CbecReturnWarehouseParams, PARAMS } from './params';
import type { RunHooks } from './simulate';

/**
 * The scenario schema with the zone-year size widened: the scenario maxima bound what a browser
 * worker runs (README "Scenario limits"), while a direct caller (the 1,000,000-line bench) may run
 * a larger year. Every other field keeps its schema range.
 */
const RUN_PARAMS = defineParams({ ...PARAMS, lines: { ...PARAMS.lines, max: 2_000_000 } });

/** Checks a run's parameters: an object whose fields pass the (widened) schema. */
export function runParams(params: unknown): CbecReturnWarehouseParams {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw ValidationError.of(
      'params',
      `must be a parameters object, got ${describeValue(params)}`,
      `必须是参数对象，实际为 ${describeValue(params)}`,
    );
  }
  return parseParams(RUN_PARAMS, params);
}

/** Checks a run's seed: a safe integer. */
export function runSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw ValidationError.of(
      'seed',
      `must be a safe integer, got ${describeValue(seed)}`,
      `必须是安全整数，实际为 ${describeValue(seed)}`,
    );
  }
  return seed;
}

/** Checks a run's hooks: absent or an object with an optional progress callback and event log. */
export function runHooks(hooks: unknown): RunHooks {
  const h = optionsObject(hooks as RunHooks | undefined, 'hooks');
  const onProgress = progressCallback(h.onProgress, 'hooks.onProgress');
  const log = h.eventLog as unknown;
  if (
    log !== undefined &&
    (log === null ||
      typeof log !== 'object' ||
      typeof (log as { defineActivities?: unknown }).defineActivities !== 'function')
  ) {
    throw ValidationError.of(
      'hooks.eventLog',
      `must be an EventLog or absent, got ${describeValue(log)}`,
      `必须是事件日志或省略，实际为 ${describeValue(log)}`,
    );
  }
  return { onProgress, eventLog: h.eventLog };
}
