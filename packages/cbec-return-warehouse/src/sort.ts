// Sorting a returned unit in the warehouse (海关总署公告2021年第70号 第六条: compliant goods are
// declared returned and go back to bonded stock, the rest leave the zone; 2018年第194号: goods unfit
// for sale may be destroyed). The criteria are an assumption: the announcements give none.
import { integerAt, ValidationError } from '@gd-ftz/core';
import { MIN_SHELF_LIFE_DAYS } from './law';
import type { ReceivedReturn, SortOutcome } from './model';
import { dateField, objectField } from './validate';

const CONDITIONS = ['intact', 'opened', 'damaged'] as const;

/** The unchecked core, for the simulation. */
export function sortOf(
  condition: ReceivedReturn['condition'],
  shelfLeft: number | null,
  minShelf: number,
): SortOutcome {
  if (condition === 'damaged' || (shelfLeft !== null && shelfLeft <= 0)) return 'destroy';
  if (condition === 'intact' && (shelfLeft === null || shelfLeft >= minShelf)) return 'restock';
  return 'ship-out';
}

/**
 * What happens to a returned unit after sorting (assumed criteria): intact with at least the
 * assumed shelf life left (MIN_SHELF_LIFE_DAYS, 90 days) → restock as bonded goods; damaged or
 * expired → destroy; anything else (opened, short-dated) → ship out of the zone (复运出区).
 * @throws ValidationError naming `item.condition`, `item.shelfLifeDaysLeft` or `item.sortedOn`;
 * ParameterNotInForceError for a sorting day before the centre-warehouse mode (2021-09-15).
 * @example
 * sortReturn({ condition: 'intact', shelfLifeDaysLeft: 200, sortedOn: civilDate('2024-06-30') }) // 'restock'
 */
export function sortReturn(item: ReceivedReturn): SortOutcome {
  const o = objectField(item, 'item');
  if (!CONDITIONS.includes(o.condition as ReceivedReturn['condition'])) {
    throw ValidationError.of(
      'item.condition',
      "must be 'intact', 'opened' or 'damaged'",
      "必须是 'intact'、'opened' 或 'damaged'",
    );
  }
  const left = o.shelfLifeDaysLeft;
  if (left !== null && (typeof left !== 'number' || !Number.isSafeInteger(left))) {
    throw ValidationError.of(
      'item.shelfLifeDaysLeft',
      'must be an integer number of days or null',
      '必须是整数天数或 null',
    );
  }
  const on = dateField(o.sortedOn, 'item.sortedOn');
  return sortOf(o.condition as ReceivedReturn['condition'], left, integerAt(MIN_SHELF_LIFE_DAYS, on));
}
