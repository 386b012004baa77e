// One run of measure 5: the year's visitors drawn once, then the hall day by day in each variant on
// the same draws. Internal: not exported from src/index.ts.
import { dateTime, type EventLog, MINUTES_PER_DAY, type OpeningHours, type Variant } from '@gd-ftz/core';
import { dayOrder } from './day-order';
import { type Attempt, type AttemptRecord, type DayUse, hallHours, runDay } from './hall-day';
import type { HallDay } from './model';
import type { SmartTaxHallParams } from './params';
import { NO_SHOW, type Population, population, WANTS_BOOKING } from './population';
import { VariantTally } from './tally';
import { hallYear } from './year';

/** What one variant did over the year. */
export interface VariantResult {
  /** Every attempt's record, in the order they arrived (empty when the run keeps none). */
  readonly records: readonly AttemptRecord[];
  /** What the KPIs read, accumulated as the records came. */
  readonly tally: VariantTally;
  /** Working days from the wanted day to the booked slot, one per booking kept. */
  readonly bookingDelays: readonly number[];
  readonly noShows: number;
  readonly uses: readonly DayUse[];
  /** Attempts still due the day after the year (returns of its last day). */
  readonly carriedOver: number;
}

/** The result of a run. */
export interface BatchResult {
  readonly days: readonly HallDay[];
  readonly visitors: Population;
  readonly baseline: VariantResult;
  readonly reform: VariantResult;
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
  /**
   * Keep every attempt's record (default true: samples, the event log and the tests read them);
   * false keeps only the tallies, so the heap does not grow with the horizon.
   */
  readonly keepRecords?: boolean | undefined;
}

/**
 * Books the complex matters the taxpayers want to book, in the order they would have come: the
 * first slot with room at or after the wanted moment, on the year's working days (the same rule as
 * {@link bookAppointment}, on day indexes: the year's days are its working days, so the next
 * working day is the next index), within the acceptable delay; otherwise the taxpayer walks in.
 * Exported for test/fast-paths.test.ts (not from src/index.ts).
 */
export function bookings(
  p: SmartTaxHallParams,
  variant: Variant,
  days: readonly HallDay[],
  visitors: Population,
) {
  const span = (p.closeHour - p.openHour) * 60;
  const slots = Math.min(variant === 'baseline' ? p.slotsBaseline : p.slotsReform, span);
  const open = p.openHour * 60;
  const slotMinute = new Float64Array(slots);
  for (let k = 0; k < slots; k++) slotMinute[k] = open + Math.floor((k * span) / slots);
  const taken = new Uint8Array(days.length * slots);
  // By day: every slot below this one is taken, so a search starts there (the same first free slot
  // as a search from 0; a year's requests otherwise rescan the full days before their slot).
  const firstFree = new Int32Array(days.length);
  // By visitor: the booked day (-1: none) and slot minute.
  const bookedDay = new Int32Array(visitors.length).fill(-1);
  const bookedMinute = new Float64Array(visitors.length);
  for (let v = 0; v < visitors.length; v++) {
    if (!visitors.has(v, WANTS_BOOKING)) continue;
    const day = visitors.day[v] as number;
    const minute = visitors.minute[v] as number;
    const last = Math.min(days.length - 1, day + p.maxBookingDelay);
    search: for (let d = day; d <= last; d++) {
      for (let k = firstFree[d] as number; k < slots; k++) {
        const m = slotMinute[k] as number;
        if (d === day && m < minute) continue;
        if (taken[d * slots + k] === 0) {
          taken[d * slots + k] = 1;
          let f = firstFree[d] as number;
          while (f < slots && taken[d * slots + f] === 1) f++;
          firstFree[d] = f;
          bookedDay[v] = d;
          bookedMinute[v] = m;
          break search;
        }
      }
    }
  }
  return { bookedDay, bookedMinute };
}

function runVariant(
  p: SmartTaxHallParams,
  variant: Variant,
  days: readonly HallDay[],
  visitors: Population,
  keepRecords: boolean,
  hours: readonly OpeningHours[],
): VariantResult {
  const tally = new VariantTally(variant, visitors);
  const { bookedDay, bookedMinute } = bookings(p, variant, days, visitors);
  // Visitor indexes by the day they come (their own, or the booked one), in index order; the
  // day's attempt objects are made on its eve, so they do not outlive it unless kept.
  const byDay: number[][] = days.map(() => []);
  const bookingDelays: number[] = [];
  let noShows = 0;
  for (let v = 0; v < visitors.length; v++) {
    const day = visitors.day[v] as number;
    const b = bookedDay[v] as number;
    if (b >= 0) {
      bookingDelays.push(b - day);
      tally.addBooking(b - day);
      if (visitors.has(v, NO_SHOW)) noShows++;
      else byDay[b]?.push(v);
    } else byDay[day]?.push(v);
  }
  const meanDay = visitors.length / Math.max(1, days.length);
  const records: AttemptRecord[] = [];
  const uses: DayUse[] = [];
  let carry: Attempt[] = [];
  days.forEach((d, i) => {
    const walkIns: Attempt[] = [];
    const booked: Attempt[] = [];
    for (const v of byDay[i] as number[]) {
      if ((bookedDay[v] as number) >= 0)
        booked.push({ visitor: v, minute: bookedMinute[v] as number, repeat: false, booked: true });
      else walkIns.push({ visitor: v, minute: visitors.minute[v] as number, repeat: false, booked: false });
    }
    const today = dayOrder(walkIns, booked, carry);
    const extra = today.length >= p.peakTrigger * meanDay;
    const r = runDay(p, visitors, variant, d, i, today, extra, hours[i] as OpeningHours);
    for (const rec of r.records) {
      tally.add(rec);
      if (keepRecords) records.push(rec);
    }
    uses.push(r.use);
    carry = r.returns;
  });
  return { records, tally, bookingDelays, noShows, uses, carriedOver: carry.length };
}

/** The activities of this engine's event log, registered once per log. */
const ACTIVITIES = {
  arrive: { zh: '到厅', en: 'Arrives' },
  'start-window': { zh: '窗口开始办理', en: 'Window service starts' },
  leave: { zh: '离厅', en: 'Leaves' },
} as const;

/** Records each attempt as a case: arrival, the start at a window (if any), leaving. */
function logVariant(
  log: EventLog,
  variant: Variant,
  days: readonly HallDay[],
  visitors: Population,
  v: VariantResult,
): void {
  const at = (day: number, minute: number) =>
    dateTime((days[day] as HallDay).date, Math.min(MINUTES_PER_DAY - 1, Math.floor(minute)));
  for (const r of v.records) {
    const id = `${visitors.id(r.attempt.visitor)}${r.attempt.repeat ? '-return' : ''}`;
    const rec = log.startCase(variant, id, 'visit', {
      attributes: { lane: r.lane, outcome: r.outcome, item: visitors.visit(r.attempt.visitor).item },
    });
    rec.event('arrive', at(r.day, r.attempt.minute), {
      resource: variant === 'baseline' ? 'ticket-machine' : 'face-kiosk',
    });
    if (r.byWindow)
      rec.event('start-window', at(r.day, r.attempt.minute + r.windowWait), { resource: r.lane });
    rec.event('leave', at(r.day, r.attempt.minute + r.inHall));
  }
}

/**
 * Runs baseline and reform on the same visitors. `reuseBaseline` skips the baseline when only
 * parameters the baseline never reads have changed (a sensitivity re-run of a reform assumption).
 * @example
 * runBatch(defaultParams(PARAMS), 42).reform.records.length // ≈ 120,000 attempts
 */
export function runBatch(
  p: SmartTaxHallParams,
  seed: number,
  hooks: RunHooks = {},
  reuseBaseline?: VariantResult,
): BatchResult {
  const days = hallYear(p.year, p.deadlineSurge, p.months);
  const visitors = population(p, days, seed);
  const keep = hooks.keepRecords !== false || hooks.eventLog !== undefined;
  const hours = days.map((d) => hallHours(p, d));
  const baseline = reuseBaseline ?? runVariant(p, 'baseline', days, visitors, keep, hours);
  hooks.onProgress?.(0.5);
  const reform = runVariant(p, 'reform', days, visitors, keep, hours);
  hooks.onProgress?.(1);
  const log = hooks.eventLog;
  if (log) {
    log.defineActivities(ACTIVITIES);
    logVariant(log, 'baseline', days, visitors, baseline);
    logVariant(log, 'reform', days, visitors, reform);
  }
  return { days, visitors, baseline, reform };
}
