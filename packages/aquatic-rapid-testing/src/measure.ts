import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { buildReport } from './report';
import { runScenario } from './scenario';
import { AQUATIC_ACTIVITIES, logRun } from './simulation/event-log';

/**
 * The Measure descriptor of measure 19: identity from the seed catalog, the parameter schema,
 * and one simulated year of the old process against the reform on the same farms, lots and seed.
 * @example
 * import { measure } from '@gd-ftz/aquatic-rapid-testing';
 * const report = measure.simulate({ farms: 300 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'urgent-within-1h');
 */
export const measure = defineMeasure({
  ...measureInfo(19),
  slug: 'aquatic-rapid-testing',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const runs = runScenario(params, seed, onProgress);
    if (eventLog) {
      eventLog.defineActivities(AQUATIC_ACTIVITIES);
      logRun(eventLog, runs.scenario.population, runs.baseline);
      logRun(eventLog, runs.scenario.population, runs.reform);
    }
    return buildReport(params, seed, runs);
  },
});
