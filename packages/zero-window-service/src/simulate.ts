// One run of measure 3: the population drawn once, then the old process and the reform on the
// same draws. Internal: not exported from src/index.ts.
import type { EventLog } from '@gd-ftz/core';
import { type ChannelOutcome, runChannels } from './channels';
import { logRun } from './event-log';
import type { ZeroWindowServiceParams } from './params';
import { baselinePlanOf, reformPlanOf } from './plans';
import { type Population, populationOf } from './population';
import type { StaffPlan } from './staff';

/** The result of a run. */
export interface BatchResult {
  readonly pop: Population;
  readonly plans: { readonly baseline: StaffPlan; readonly reform: StaffPlan };
  readonly baseline: ChannelOutcome;
  readonly reform: ChannelOutcome;
}

/** What a run reports to, and the overrides tests use (no abandonment, hours, a stop time). */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
  readonly abandonment?: boolean;
  readonly until?: number;
}

/**
 * Runs baseline and reform on the same population.
 * @example
 * runBatch(PARAMS_DEFAULTS, 42).reform.capacities.windows // 0
 */
export function runBatch(params: ZeroWindowServiceParams, seed: number, hooks: RunHooks = {}): BatchResult {
  const pop = populationOf(params, seed);
  const plans = { baseline: baselinePlanOf(params), reform: reformPlanOf(params) };
  const minutes = {
    window: params.windowMinutes,
    lounge: params.reformMinutes,
    cloud: params.cloudMinutes,
    etax: params.etaxMinutes,
  };
  const patience = hooks.abandonment === false ? null : params.patienceMinutes;
  const common = {
    jointRooms: params.jointRooms,
    minutes,
    patience,
    ...(hooks.until === undefined ? {} : { until: hooks.until }),
  };
  const baseline = runChannels(pop, { ...common, variant: 'baseline', plan: plans.baseline });
  hooks.onProgress?.(0.5);
  const reform = runChannels(pop, { ...common, variant: 'reform', plan: plans.reform });
  const result = { pop, plans, baseline, reform };
  if (hooks.eventLog) logRun(hooks.eventLog, result);
  return result;
}
