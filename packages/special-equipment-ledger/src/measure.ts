import { defineMeasure, measureInfo, RandomStream, UNITS } from '@gd-ftz/core';
import { PARAMS } from './params';

/**
 * The Measure descriptor of measure 20: identity from the seed catalog, the parameter schema,
 * and the simulation of the old process against the reform on the same population and seed.
 * @example
 * import { measure } from '@gd-ftz/special-equipment-ledger';
 * const report = measure.simulate({ population: 500 }, { seed: 42 });
 */
export const measure = defineMeasure({
  ...measureInfo(20),
  slug: 'special-equipment-ledger',
  params: PARAMS,
  run(params, { seed }) {
    // Skeleton model: replace with the measure's process. Every draw comes from a named sub-stream.
    const rng = RandomStream.fromSeed(seed).substream('population');
    let handled = 0;
    for (let i = 0; i < params.population; i++) if (rng.bernoulli(0.5)) handled++;
    return {
      measure: { id: 20, slug: 'special-equipment-ledger' },
      seed,
      params,
      kpis: [
        {
          id: 'handled',
          label: { zh: '办结件数', en: 'Cases handled' },
          unit: UNITS.count,
          baseline: String(handled),
          reform: String(params.population),
          better: 'higher',
        },
      ],
      series: [],
      samples: [],
    };
  },
});
