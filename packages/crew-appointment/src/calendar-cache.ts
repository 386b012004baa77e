// Days of the simulated year by index (0 = 1 January), answered from core's statutory calendar
// through its epoch-day methods (precomputed tables): the inner loop asks once per appointment.
import { type CivilDate, civilDate, DEFAULT_CALENDAR, toEpochDay } from '@gd-ftz/core';

/** Day-indexed dates and working days from 1 January of `year`. */
export class YearDays {
  private readonly first: number;

  constructor(year: number) {
    this.first = toEpochDay(civilDate(`${year}-01-01`));
  }

  /** The civil date of day `d` (0 = 1 January). */
  date(d: number): CivilDate {
    return DEFAULT_CALENDAR.dateOf(this.first + d);
  }

  /** Whether day `d` is a working day on the statutory calendar (make-up days included). */
  isWorking(d: number): boolean {
    return DEFAULT_CALENDAR.isWorkingEpochDay(this.first + d);
  }
}
