import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';

/** Placeholder while the simulation is written. */
export const measure = defineMeasure({
  ...measureInfo(11),
  slug: 'digital-space-authorization',
  params: PARAMS,
  run() {
    return { kpis: [], series: [], samples: [], notes: [] };
  },
});
