// Turning a finished world into the variant's record.
import type { VariantRun } from './records';
import type { World } from './world';

/** Freezes a world at its horizon into a {@link VariantRun}. */
export function finishRun(
  world: World,
  variant: VariantRun['variant'],
  sites: VariantRun['sites'],
  rapidUtilization: number,
  capacities: Record<string, number>,
): VariantRun {
  return {
    variant,
    startDate: world.startDate,
    horizon: world.horizon,
    samples: world.samples,
    lots: world.lotState,
    sites,
    lab: world.labLocation,
    labUtilization: world.labUtilization(),
    rapidUtilization,
    capacities: { lab: world.config.labCapacity, ...capacities },
    services: world.services,
    events: world.sim.eventsExecuted,
  };
}
