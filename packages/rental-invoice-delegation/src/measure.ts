import { defineMeasure, measureInfo } from '@gd-ftz/core';
import type { RentalInvoiceDelegationParams } from './params';
import { PARAMS } from './params';
import { kpisOf, seriesOf } from './report';
import { samplesOf } from './samples';
import { type BatchResult, evaluate, runBatch } from './simulate';

/**
 * The Measure descriptor of measure 8 (不动产租赁网上委托代开发票模式): identity from the seed
 * catalog, the parameter schema, and the simulation of the hall (the lessor or an agent with a
 * paper power of attorney, each rent period) against online authorisation and agency invoicing,
 * on the same leases, taxes and draws.
 * @example
 * import { measure } from '@gd-ftz/rental-invoice-delegation';
 * const report = measure.simulate({ leases: 300 }, { seed: 42 });
 * report.kpis.find((k) => k.id === 'online-share')?.baseline // '0.0'
 */
export const measure = defineMeasure({
  ...measureInfo(8),
  slug: 'rental-invoice-delegation',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, {
      onProgress: onProgress && ((f) => onProgress(f * 0.5)),
      eventLog,
    });
    // Sensitivity runs: the same leases and draws, one driver at a plausible end (no event log).
    const runs = new Map<string, BatchResult>();
    const rerun = (varied: RentalInvoiceDelegationParams): BatchResult => {
      const key = JSON.stringify(varied);
      let r = runs.get(key);
      if (!r) {
        r = evaluate(result.leases, varied);
        runs.set(key, r);
        onProgress?.(Math.min(0.99, 0.5 + runs.size / 24));
      }
      return r;
    };
    const b = result.baseline;
    return {
      kpis: kpisOf(result, params, rerun),
      series: seriesOf(result),
      samples: samplesOf(result),
      notes: [
        {
          zh: `模拟 ${result.leases.length} 份租约各一个租赁年（${b.periods} 个租期）；改革前后使用同一批租约、同一税费计算与同一随机数。`,
          en: `${result.leases.length} leases, one lease-year each (${b.periods} rent periods); baseline and reform share leases, taxes and draws.`,
        },
        {
          zh: '税费按 rentalInvoiceTaxes（2024年规则，六税两费减半）；未确认授权与申请有误的比例、等待天数与未开票比例均为假设参数，相应指标标为 assumption 并给出区间。',
          en: 'Taxes by rentalInvoiceTaxes (2024 rules, local taxes halved); the shares unconfirmed, in error and uninvoiced and the wait are assumptions, so the KPIs they drive are marked assumption with their ranges.',
        },
      ],
    };
  },
});
