import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { buildReport } from './report';
import { runScenario } from './simulation';

/**
 * The Measure descriptor of measure 7 (运用人工智能审批发票种类核定业务): identity from the seed
 * catalog, the scenario schema, and the simulation of officer review against the 131-rule engine
 * on the same seeded population.
 * @example
 * import { measure } from '@gd-ftz/invoice-type-approval';
 * const report = measure.simulate({ applications: 500 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'time-auto-median'); // reform ≈ 1.5 minutes
 */
export const measure = defineMeasure({
  ...measureInfo(7),
  slug: 'invoice-type-approval',
  params: PARAMS,
  run: (params, { seed, onProgress, eventLog }) =>
    buildReport(params, seed, runScenario(params, seed, onProgress, eventLog)),
});
