// The time of a machine's events: a civil date or a civil date-time, validated with core's
// calendar module. Both forms are fixed-width ISO strings, so once valid they order as strings.

import { isCivilDate } from '../calendar/civil-date';
import { parseDateTime } from '../calendar/date-time';
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import type { MachineClock } from './types';

/**
 * Checks that `at` is a real civil date (`date` clock) or date-time `YYYY-MM-DDTHH:mm`
 * (`date-time` clock); throws ValidationError naming `path`.
 * @example
 * checkAt('2025-03-04', 'date', 'event.at');
 */
export function checkAt(at: unknown, clock: MachineClock, path: string): asserts at is string {
  if (clock === 'date') {
    if (!isCivilDate(at)) {
      throw ValidationError.of(
        path,
        `must be a real civil date YYYY-MM-DD, got ${describeValue(at)}`,
        `必须是有效日期 YYYY-MM-DD，收到 ${describeValue(at)}`,
      );
    }
    return;
  }
  parseDateTime(at as string, path);
}
