// The units of a run as event-log cases: one case per unit and variant with anything happening in
// the year (registration, inspection request, online order, inspection, on-site check, hazards
// found and fixed), in day order, each hazard an object of its own. Called only when a log is given.
import { type EventLog, fromEpochDay, type LogObjectRef } from '@gd-ftz/core';
import { EQUIPMENT_KINDS } from './model';
import { type Population, unitSlots } from './population';
import type { UnitHappening } from './year';

/** The activities of this engine's log, registered once per log. */
export const LEDGER_ACTIVITIES = {
  register: { zh: '办理使用登记', en: 'Unit registered' },
  request: { zh: '提出定期检验要求', en: 'Inspection requested' },
  order: { zh: '台账超期：线上安全监察指令', en: 'Overdue in the ledger: online supervision order' },
  inspect: { zh: '定期检验', en: 'Periodic inspection' },
  visit: { zh: '现场监督检查', en: 'On-site check' },
  'found-self': { zh: '企业自查发现隐患', en: 'Hazard found by self-check' },
  'found-inspection': { zh: '定期检验发现隐患', en: 'Hazard found at inspection' },
  'found-supervision': { zh: '现场检查发现隐患', en: 'Hazard found on site' },
  fix: { zh: '隐患整改完成', en: 'Hazard fixed' },
} as const;

type Activity = keyof typeof LEDGER_ACTIVITIES;

function activityOf(h: UnitHappening): Activity {
  switch (h.what) {
    case 'registered':
      return 'register';
    case 'requested':
      return 'request';
    case 'overdue-order':
      return 'order';
    case 'inspected':
      return 'inspect';
    case 'visited':
      return 'visit';
    case 'hazard-found':
      return h.by === 'inspection'
        ? 'found-inspection'
        : h.by === 'supervision'
          ? 'found-supervision'
          : 'found-self';
    case 'hazard-fixed':
      return 'fix';
  }
}

const RESOURCE: Record<Activity, string> = {
  register: 'user',
  request: 'user',
  order: 'regulator',
  inspect: 'inspection-body',
  visit: 'regulator',
  'found-self': 'user',
  'found-inspection': 'inspection-body',
  'found-supervision': 'regulator',
  fix: 'user',
};

/**
 * Records every unit's year in both variants, units in index order, events in day order.
 * @example
 * if (log) logUnits(log, pop, stories);
 */
export function logUnits(
  log: EventLog,
  pop: Population,
  stories: ReadonlyMap<number, { readonly baseline: UnitHappening[]; readonly reform: UnitHappening[] }>,
): void {
  log.defineActivities(LEDGER_ACTIVITIES);
  const units = [...stories.keys()].sort((a, b) => a - b);
  const slots = unitSlots(pop);
  for (const variant of ['baseline', 'reform'] as const) {
    for (const u of units) {
      const happenings = stories.get(u)?.[variant] ?? [];
      if (happenings.length === 0) continue;
      const slot = slots.get(u) as number;
      const kind = EQUIPMENT_KINDS[pop.kind[slot] as number] ?? 'elevator';
      const rec = log.startCase(variant, `SE-${u}`, 'equipment-unit', { attributes: { kind } });
      for (const h of [...happenings].sort((a, b) => a.day - b.day)) {
        const activity = activityOf(h);
        const objects: LogObjectRef[] =
          h.hazard === undefined
            ? []
            : [
                {
                  id: `SE-${u}-H${h.hazard}`,
                  type: 'hazard',
                  qualifier: h.what === 'hazard-fixed' ? 'fixed' : 'found',
                  attributes: { serious: pop.serious[(pop.hazStart[slot] as number) + h.hazard] === 1 },
                },
              ];
        rec.event(activity, fromEpochDay(h.day), {
          resource: RESOURCE[activity],
          ...(objects.length > 0 ? { objects } : {}),
          ...(h.what === 'visited' ? { attributes: { fined: h.fined ?? false } } : {}),
          ...(h.what === 'inspected' ? { attributes: { late: h.late ?? false, grade: h.grade ?? 0 } } : {}),
        });
      }
    }
  }
}
