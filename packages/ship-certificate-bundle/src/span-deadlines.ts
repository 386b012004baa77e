// Deadlines on the simulation's day tables, same rules as deadline.ts (a test checks them against
// core over the span): natural days move a last day off to the next working day.
import { integerAt } from '@gd-ftz/core';
import { addWork, workOnOrAfter } from './days';
import type { BundleItem } from './items';
import {
  ASSUMED_WORKING_DAYS,
  MARITIME_LABOUR_DECISION_WORKING_DAYS,
  MORTGAGE_DECISION_DAYS,
  OWNERSHIP_DECISION_DAYS,
  SUPPLY_WORKING_DAYS,
} from './law';

// The simulated span lies after every entry's start date; read the values once.
const AT = '2024-01-01';
const OWN = integerAt(OWNERSHIP_DECISION_DAYS, AT);
const MORT = integerAt(MORTGAGE_DECISION_DAYS, AT);
const MLC = integerAt(MARITIME_LABOUR_DECISION_WORKING_DAYS, AT);
const SUPPLY = integerAt(SUPPLY_WORKING_DAYS, AT);
const ASSUMED: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(ASSUMED_WORKING_DAYS).map(([k, v]) => [k, integerAt(v, AT)]),
);

/** The due day of `item` started on epoch day `start`. */
export function dueDay(item: BundleItem, start: number): number {
  if (item === 'ownership') return workOnOrAfter(start + OWN);
  if (item === 'mortgage') return workOnOrAfter(start + MORT);
  if (item === 'maritime-labour') return addWork(start, MLC);
  return addWork(start, ASSUMED[item] as number);
}

/** The supply deadline of a gap accepted on `start`: the supply period capped by the due day. */
export function supplyDay(item: BundleItem, start: number): number {
  return Math.min(addWork(start, SUPPLY), dueDay(item, start));
}
