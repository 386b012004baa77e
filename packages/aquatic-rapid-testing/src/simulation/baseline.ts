// The old process: one central laboratory on working days and office hours, every sample by a
// laboratory method with a signed report days later, farmers' urgent samples in the same line,
// and 监督抽查 only after a failed 风险监测 result (or a failed 监督抽查).
import type { RandomStream } from '@gd-ftz/core';
import type { Point } from '../coverage-planning';
import { type SimConfig, validateSimConfig } from './config';
import { finishRun } from './finish';
import type { Population, SampleRecord, VariantRun } from './records';
import { validatePopulation } from './validate';
import { World } from './world';

/** What the baseline needs: the population and the central laboratory's location. */
export interface BaselineInput {
  readonly population: Population;
  readonly lab: Point;
}

/**
 * Runs the old process over the population's year.
 * @example
 * const run = runBaseline({ population, lab: { x: 200, y: 120 } }, DEFAULT_SIM_CONFIG, RandomStream.fromSeed(1).substream('baseline'));
 * run.samples.filter((s) => s.regime === 'supervision').length; // 0: no scheduled 监督抽查
 */
export function runBaseline(input: BaselineInput, config: SimConfig, rng: RandomStream): VariantRun {
  validatePopulation(input?.population, input?.lab);
  validateSimConfig(config);
  const world = new World(input.population, input.lab, config, rng);
  const onResult = (s: SampleRecord) => {
    if (!s.positive) return;
    world.hold(s.lot);
    if (s.regime === 'follow-up') s.penaltyAt = world.sim.now;
    if (s.regime !== 'urgent') world.scheduleFollowUps(s);
  };
  world.followUp = (s) => world.labTest(s, onResult);
  for (const lot of input.population.lots) {
    if (lot.monitoringAt >= 0) {
      world.sim.scheduleAt(lot.monitoringAt, () =>
        world.labTest(world.newSample(lot.index, 'monitoring', 'laboratory', lot.monitoringAt), onResult),
      );
    }
    if (lot.urgentAt >= 0) {
      // The farmer's own sample joins the same line at the central laboratory.
      world.sim.scheduleAt(lot.urgentAt, () =>
        world.labTest(world.newSample(lot.index, 'urgent', 'laboratory', lot.urgentAt), onResult),
      );
    }
  }
  world.sim.run({ until: world.horizon });
  return finishRun(world, 'baseline', [], 0, {});
}
