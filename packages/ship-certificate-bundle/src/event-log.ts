// The event log of a run (recorded only when the caller passed a log): one case per ship and
// variant, every item's events in time order, the item as an attribute.
import type { EventLog } from '@gd-ftz/core';
import { dateOf } from './days';
import type { CaseOutcome, ItemActivity } from './handle';
import type { ShipCase } from './population';

const ACTIVITIES = {
  file: { zh: '提交申请', en: 'File' },
  return: { zh: '退回补正', en: 'Return' },
  resubmit: { zh: '重新提交', en: 'Resubmit' },
  accept: { zh: '受理', en: 'Accept' },
  'accept-with-gaps': { zh: '容缺受理', en: 'Accept with gaps' },
  supply: { zh: '补正次要材料', en: 'Supply' },
  terminate: { zh: '终止办理', en: 'Terminate' },
  issue: { zh: '发证', en: 'Issue' },
  refuse: { zh: '不予登记', en: 'Refuse' },
} as const satisfies Record<ItemActivity, unknown>;

const RESOURCE: Readonly<Record<ItemActivity, string>> = {
  file: 'applicant',
  return: 'officer',
  resubmit: 'applicant',
  accept: 'officer',
  'accept-with-gaps': 'officer',
  supply: 'applicant',
  terminate: 'officer',
  issue: 'officer',
  refuse: 'officer',
};

/** Records one ship in both variants; `first` registers the activities. */
export function logCase(log: EventLog, ship: ShipCase, b: CaseOutcome, r: CaseOutcome, first: boolean): void {
  if (first) log.defineActivities(ACTIVITIES);
  for (const o of [b, r]) {
    const rows: { day: number; activity: ItemActivity; item: string }[] = [];
    for (const it of o.items)
      for (const e of it.events) rows.push({ day: e.day, activity: e.activity, item: it.item });
    // Stable sort: within a day, items keep the DAG's order and their own event order.
    rows.sort((x, y) => x.day - y.day);
    const rec = log.startCase(o.variant, ship.id, 'ship', {
      attributes: { imo: ship.imo, kind: ship.kind, international: ship.international },
    });
    for (const row of rows) {
      // A lodging names its application: one per item before the reform, one bundle after it.
      const lodged = row.activity === 'file' || row.activity === 'resubmit';
      const application = o.variant === 'baseline' ? `${row.item}:${row.activity}` : `bundle:${row.activity}`;
      rec.event(row.activity, dateOf(row.day), {
        resource: RESOURCE[row.activity],
        attributes: lodged ? { item: row.item, application } : { item: row.item },
      });
    }
  }
}
