import { defineShardedMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS } from './params';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { endRun, runShardUnits, SHARD_ACCUMULATOR, SHARD_PARAMS, scenarioRun } from './shard';

/**
 * The Measure descriptor of measure 8 (不动产租赁网上委托代开发票模式): identity from the seed
 * catalog, the parameter schema, and the simulation of the hall (the lessor or an agent with a
 * paper power of attorney, each rent period) against online authorisation and agency invoicing,
 * on the same leases, taxes and draws. It shards by lease: `runShard` runs a block of leases (each
 * drawn from the seed and its index alone), `mergeShards` gives `simulate`'s report.
 * @example
 * import { measure } from '@gd-ftz/rental-invoice-delegation';
 * const report = measure.simulate({ leases: 300 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'online-share')?.baseline // '0.0'
 * const parts = [0, 1].map((shard) => measure.runShard({ leases: 300 }, { seed: 42, shard, shards: 2 }));
 * measure.mergeShards({ leases: 300 }, { seed: 42 }, parts); // the same report, byte for byte
 */
export const measure = defineShardedMeasure({
  ...measureInfo(8),
  slug: 'rental-invoice-delegation',
  params: PARAMS,
  shardParams: SHARD_PARAMS,
  units: (params) => params.leases,
  runUnits: runShardUnits,
  accumulator: SHARD_ACCUMULATOR,
  report(params, merged, { seed }) {
    const result = scenarioRun(merged);
    const b = result.baseline;
    return {
      kpis: kpisOf(result, params, (varied, driver) => endRun(merged, driver, varied)),
      series: seriesOf(result),
      samples: samplesOf(params, seed),
      notes: [
        {
          zh: `模拟 ${b.leases} 份租约各一个租赁年（${b.periods} 个租期）；改革前后使用同一批租约、同一税费计算与同一随机数。`,
          en: `${b.leases} leases, one lease-year each (${b.periods} rent periods); baseline and reform share leases, taxes and draws.`,
        },
        {
          zh: '税费按 rentalInvoiceTaxes（2024年规则，六税两费减半）；未确认授权与申请有误的比例、等待天数与未开票比例均为假设参数，相应指标标为 assumption 并给出区间。',
          en: 'Taxes by rentalInvoiceTaxes (2024 rules, local taxes halved); the shares unconfirmed, in error and uninvoiced and the wait are assumptions, so the KPIs they drive are marked assumption with their ranges.',
        },
      ],
    };
  },
});
