// Office hours of the maritime counter: the earliest minute at or after `t` at which a seafarer can
// be served in person (working days of the statutory calendar, opening hours an assumption).
import type { YearDays } from './calendar-cache';
import { DAY } from './world';

/** Earliest counter minute ≥ t (minutes from 1 January), opening `open` to `close` hours. */
export function counterMinute(t: number, days: YearDays, open: number, close: number): number {
  let d = Math.floor(t / DAY);
  let m = t - d * DAY;
  for (;;) {
    if (days.isWorking(d) && m < close * 60) return d * DAY + Math.max(m, open * 60);
    d++;
    m = 0;
  }
}
