// Sample returns with their full traces: one returned line whose two paths differ, in both
// variants, every step citing its basis (or a marked assumption). Internal.
import { cited, fromEpochDay, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { CITES } from './law';
import type { ReturnFlow, ZoneYear } from './simulate';

const d = fromEpochDay;

function stepsOf(f: ReturnFlow): TraceStep[] {
  const steps: TraceStep[] = [
    {
      id: 'return.window',
      kind: 'step',
      title: { zh: '退货期限（放行次日起算）', en: 'Return window (counted from the day after release)' },
      fired: true,
      inputs: { releasedOn: d(f.releasedOn) },
      result: { applyBy: f.window.applyBy, arriveBy: f.window.arriveBy },
      basis: cited(CITES.returns45, CITES.periodStart, CITES.periodLastDayOff),
      at: d(f.releasedOn),
    },
    {
      id: 'return.request',
      kind: 'rule',
      title: { zh: '30日内申请退货', en: 'Applied within 30 days' },
      fired: f.customsReturn,
      inputs: { requestedOn: d(f.requestedOn), applyBy: f.window.applyBy, route: f.route },
      basis: cited(CITES.returns45, CITES.limitWording),
      at: d(f.requestedOn),
    },
  ];
  if (f.receivedOn !== null && f.sortedOn !== null) {
    steps.push({
      id: 'return.sort',
      kind: 'step',
      title:
        f.variant === 'baseline'
          ? { zh: '区外仓收货、分拣', en: 'Received and sorted outside the zone' }
          : { zh: '中心仓WMS收货即运抵，分拣', en: 'WMS receipt = arrival; sorted in the centre warehouse' },
      fired: true,
      inputs: { receivedOn: d(f.receivedOn) },
      result: f.sorted,
      basis: cited(CITES.centreWarehouse, CITES.disposal),
      at: d(f.sortedOn),
    });
  }
  if (f.enteredZoneOn !== null) {
    steps.push({
      id: 'return.enter-zone',
      kind: 'step',
      title: { zh: '批量复进区、逐件核验', en: 'Batch re-entry into the zone, checked item by item' },
      fired: true,
      inputs: { arriveBy: f.window.arriveBy },
      result: d(f.enteredZoneOn),
      basis: cited(CITES.returns45),
      at: d(f.enteredZoneOn),
    });
  }
  if (f.closedOn !== null) {
    steps.push({
      id: 'return.settle',
      kind: 'rule',
      title: f.notLevied
        ? { zh: '申报退货：不予征税，调整年度额度', en: 'Declared returned: tax not levied, quota restored' }
        : { zh: '税款照征', en: 'Tax levied' },
      fired: f.notLevied,
      inputs: { taxOnUnits: f.taxOnUnits.toString(), withinLimits: f.withinLimits },
      basis: cited(CITES.returns45, CITES.limitWording),
      at: d(f.closedOn),
    });
  }
  return steps;
}

function sample(f: ReturnFlow): SampleCase {
  const id = `L${f.lineIndex}`;
  const outcome = f.restockedOn !== null ? '重新入库' : '未入库';
  return {
    id: `${id}-${f.variant}`,
    variant: f.variant,
    title: { zh: `退货 ${id}（${f.units} 件）`, en: `Return ${id} (${f.units} unit(s))` },
    summary: {
      zh: `${outcome}；税款${f.notLevied ? '不予征收' : '照征'} ${f.taxOnUnits.toString()} 元`,
      en: `${f.restockedOn !== null ? 'restocked' : 'not restocked'}; tax ${f.notLevied ? 'not levied' : 'levied'} ${f.taxOnUnits.toString()} CNY`,
    },
    trace: {
      subject: id,
      outcome: f.notLevied
        ? { zh: '不予征税，额度已调整', en: 'tax not levied, quota restored' }
        : { zh: '税款照征', en: 'tax levied' },
      steps: stepsOf(f),
    },
  };
}

/**
 * The report's samples: the first returned line whose paths differ (else the first one), both variants.
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: ZoneYear): SampleCase[] {
  const pair = r.flows.find(([b, f]) => b.notLevied !== f.notLevied) ?? r.flows[0];
  return pair === undefined ? [] : pair.map(sample);
}
