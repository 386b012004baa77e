// The returned lines of a run as event-log cases: one case per returned line and variant, from the
// consumer's request to re-sale, write-off or the tax levied, in day order. Called only when a log
// is given.
import type { CivilDate, EventLog } from '@gd-ftz/core';
import type { ReturnFlow } from './simulate';

/** The activities of this engine's log, registered once per log. */
export const RETURN_ACTIVITIES = {
  request: { zh: '消费者申请退货', en: 'Return requested' },
  'receive-outside': { zh: '区外仓收货', en: 'Received in the out-of-zone warehouse' },
  'receive-wms': {
    zh: '中心仓WMS收货（运抵区内）',
    en: 'WMS receipt in the centre warehouse (arrival in the zone)',
  },
  sort: { zh: '分拣', en: 'Sorted' },
  'enter-zone': { zh: '批量复进区、逐件核验', en: 'Batch re-entry into the zone, item-by-item check' },
  'declare-return': {
    zh: '正式申报退货：不予征税、调整额度',
    en: 'Return declared: tax not levied, quota restored',
  },
  restock: { zh: '重新入保税库存', en: 'Back into bonded stock' },
  'ship-out': { zh: '复运出区', en: 'Shipped out of the zone' },
  destroy: { zh: '销毁', en: 'Destroyed' },
  'write-off': { zh: '超期或不合格：核销货值', en: 'Late or non-compliant: value written off' },
  levy: { zh: '税款照征', en: 'Tax levied' },
  resell: { zh: '再次销售', en: 'Re-sold' },
} as const;

type Activity = keyof typeof RETURN_ACTIVITIES;

/**
 * Records one returned line's flow as a case (`L<index>`), events in day order.
 * @example
 * logFlow(log, flow, fromEpochDay)
 */
export function logFlow(log: EventLog, f: ReturnFlow, date: (day: number) => CivilDate): void {
  const events: [Activity, number, string][] = [['request', f.requestedOn, 'consumer']];
  const owner = f.variant === 'baseline' ? 'outside-warehouse' : 'centre-warehouse';
  if (f.receivedOn !== null) {
    events.push([f.variant === 'baseline' ? 'receive-outside' : 'receive-wms', f.receivedOn, owner]);
  }
  if (f.sortedOn !== null) events.push(['sort', f.sortedOn, owner]);
  if (f.enteredZoneOn !== null) events.push(['enter-zone', f.enteredZoneOn, 'customs']);
  if (f.notLevied && f.closedOn !== null) events.push(['declare-return', f.closedOn, 'customs']);
  if (f.restockedOn !== null) events.push(['restock', f.restockedOn, owner]);
  else {
    const at = f.closedOn ?? f.requestedOn;
    if (f.sorted === 'ship-out' || f.sorted === 'destroy') events.push([f.sorted, at, owner]);
    events.push(['write-off', at, 'e-commerce']);
  }
  if (!f.notLevied) events.push(['levy', f.closedOn ?? f.requestedOn, 'customs']);
  if (f.resoldOn !== null) events.push(['resell', f.resoldOn, 'e-commerce']);
  events.sort((a, b) => a[1] - b[1]);
  const rec = log.startCase(f.variant, `L${f.lineIndex}`, 'returned-line', {
    attributes: { route: f.route, units: f.units },
  });
  for (const [activity, day, resource] of events) rec.event(activity, date(day), { resource });
}
