import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { YearDays } from './calendar-cache';
import { logYear } from './event-log';
import { PARAMS } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { simulateYear } from './simulate';

/**
 * The Measure descriptor of measure 15: identity from the seed catalog, the parameter schema, and
 * one year of crew changes on a seeded fleet handled the old way (in person, checked by eye) and
 * the reform way (port report or online filing, checkCrewPost on every record) on the same draws.
 * @example
 * import { measure } from '@gd-ftz/crew-appointment';
 * const report = measure.simulate({ appointments: 5000 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'caught-before-sailing')?.reform // e.g. '90.1'
 */
export const measure = defineMeasure({
  ...measureInfo(15),
  slug: 'crew-appointment',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = simulateYear(params, seed, { onProgress });
    const days = new YearDays(params.year);
    if (eventLog) logYear(eventLog, result, days);
    return {
      kpis: kpisOf(result, params, seed),
      series: [],
      samples: samplesOf(result, days),
      notes: [
        {
          zh: `模拟 ${result.world.count} 件任职、${result.world.ships.length} 艘船、${result.world.persons} 名船员；改革前后使用同一船队、同一批船员与随机数。`,
          en: `${result.world.count} appointments on ${result.world.ships.length} ships with ${result.world.persons} seafarers; baseline and reform share fleet, crew and draws.`,
        },
        {
          zh: '改革前流程（2020-02-23 前）与改革后流程在同一年度、同一日历上比较。',
          en: 'The process before 2020-02-23 and the reform are compared on the same year and calendar.',
        },
      ],
    };
  },
});
