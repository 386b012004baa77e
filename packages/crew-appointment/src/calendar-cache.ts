// The civil dates and working days of the simulated year and the months after it, looked up by
// day index: the inner loop asks for them once per appointment, the calendar once per day.
import { addDays, type CivilDate, civilDate, isWorkingDay } from '@gd-ftz/core';

/** Day-indexed dates and working days from 1 January of `year`. */
export class YearDays {
  private readonly start: CivilDate;
  private readonly dates: CivilDate[] = [];
  private readonly working: number[] = [];

  constructor(year: number) {
    this.start = civilDate(`${year}-01-01`);
  }

  /** The civil date of day `d` (0 = 1 January). */
  date(d: number): CivilDate {
    let s = this.dates[d];
    if (s === undefined) {
      s = addDays(this.start, d);
      this.dates[d] = s;
    }
    return s;
  }

  /** Whether day `d` is a working day on the statutory calendar (make-up days included). */
  isWorking(d: number): boolean {
    let w = this.working[d];
    if (w === undefined) {
      w = isWorkingDay(this.date(d)) ? 1 : 0;
      this.working[d] = w;
    }
    return w === 1;
  }
}
