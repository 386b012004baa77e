// The per-variant figures the KPIs are made of, from the per-request outcomes. Internal.
import { addDays, type CivilDate, toEpochDay } from '@gd-ftz/core';
import { Binned, HOURS_RESOLUTION, MINUTES_RESOLUTION } from './binned';
import { type ChannelOutcome, isOnSite } from './channels';
import { serviceDeadline } from './deadline';
import { CLASS_ORDER, ITEM_CLASSES } from './items';
import type { ServiceItem } from './law';
import type { Population } from './population';

const MINUTES_PER_DAY = 1440;

/** The figures of one variant. */
export interface VariantMetrics {
  readonly requests: number;
  readonly trips: number;
  readonly eTax: number;
  /** Hours from leaving home (or opening the e-tax bureau) to completion, completed requests. */
  readonly completionHours: Binned;
  /** Minutes waited in a queue on site and remotely. */
  readonly onSiteWaits: Binned;
  readonly remoteWaits: Binned;
  /** On-site staff minutes on consultation, relief and 会商, and in all. */
  readonly onSiteAdvisoryMinutes: number;
  readonly onSiteMinutes: number;
  /** Requests with a law-fixed limit, and those completed within it. */
  readonly withLimit: number;
  readonly withinLimit: number;
  readonly abandoned: number;
  readonly completed: number;
  readonly staffMinutes: number;
}

/** Deadlines by (item, receipt day), as day numbers of the run: a year has few distinct ones. */
export class DeadlineCache {
  // One array per item, indexed by the receipt day (a run spans a few years at most).
  private readonly memo = new Map<ServiceItem, (number | undefined)[]>();
  private readonly start: number;
  constructor(private readonly startDate: CivilDate) {
    this.start = toEpochDay(startDate);
  }
  /** The last day (day number since the start) to complete `item` received on day `day`. */
  deadlineDay(item: ServiceItem, day: number): number {
    let byDay = this.memo.get(item);
    if (byDay === undefined) {
      byDay = [];
      this.memo.set(item, byDay);
    }
    let d = byDay[day];
    if (d === undefined) {
      d = toEpochDay(serviceDeadline(item, addDays(this.startDate, day))) - this.start;
      byDay[day] = d;
    }
    return d;
  }
}

/**
 * The figures of one variant; `travelScale` rescales every trip's travel (travel does not act on
 * the queues, so its sensitivity needs no re-run).
 */
export function metricsOf(
  pop: Population,
  out: ChannelOutcome,
  cache: DeadlineCache,
  travelScale = 1,
): VariantMetrics {
  const m = {
    requests: pop.n,
    trips: 0,
    eTax: 0,
    completionHours: new Binned(HOURS_RESOLUTION),
    onSiteWaits: new Binned(MINUTES_RESOLUTION),
    remoteWaits: new Binned(MINUTES_RESOLUTION),
    onSiteAdvisoryMinutes: 0,
    onSiteMinutes: 0,
    withLimit: 0,
    withinLimit: 0,
    abandoned: 0,
    completed: 0,
    staffMinutes: 0,
  };
  for (let i = 0; i < pop.n; i++) {
    const code = out.channel[i]!;
    const spec = ITEM_CLASSES[CLASS_ORDER[pop.cls[i]!]!];
    const trips = out.trips[i]!;
    m.trips += trips;
    if (code === 0) m.eTax++;
    const wait = out.wait[i]!;
    if (!Number.isNaN(wait)) (isOnSite(code) ? m.onSiteWaits : m.remoteWaits).add(wait);
    const front = out.frontStaffMinutes[i]!;
    m.staffMinutes += front + out.backStaffMinutes[i]!;
    if (isOnSite(code)) {
      m.onSiteMinutes += front;
      if (spec.onSite) m.onSiteAdvisoryMinutes += front;
    }
    if (out.abandoned[i] === 1) m.abandoned++;
    const done = out.completion[i]!;
    if (!Number.isNaN(done)) {
      m.completed++;
      m.completionHours.add((done - pop.arrival[i]! + 2 * trips * pop.travel[i]! * travelScale) / 60);
    }
    if (spec.deadline !== undefined) {
      m.withLimit++;
      const received = out.frontEnd[i]!;
      if (!Number.isNaN(done) && !Number.isNaN(received)) {
        const limit = cache.deadlineDay(spec.deadline, Math.floor(received / MINUTES_PER_DAY));
        if (Math.floor(done / MINUTES_PER_DAY) <= limit) m.withinLimit++;
      }
    }
  }
  return m;
}

/**
 * A variant's figures with nothing recorded (the identity of {@link absorbMetrics}).
 * @example
 * emptyMetrics().requests // 0
 */
export function emptyMetrics(): VariantMetrics {
  return {
    requests: 0,
    trips: 0,
    eTax: 0,
    completionHours: new Binned(HOURS_RESOLUTION),
    onSiteWaits: new Binned(MINUTES_RESOLUTION),
    remoteWaits: new Binned(MINUTES_RESOLUTION),
    onSiteAdvisoryMinutes: 0,
    onSiteMinutes: 0,
    withLimit: 0,
    withinLimit: 0,
    abandoned: 0,
    completed: 0,
    staffMinutes: 0,
  };
}

/**
 * `part` added to `total`: counts and sums add, histograms merge bin by bin (`total`’s tallies in place).
 * @example
 * absorbMetrics(emptyMetrics(), m).requests === m.requests // true
 */
export function absorbMetrics(total: VariantMetrics, part: VariantMetrics): VariantMetrics {
  total.completionHours.absorb(part.completionHours);
  total.onSiteWaits.absorb(part.onSiteWaits);
  total.remoteWaits.absorb(part.remoteWaits);
  return {
    ...total,
    requests: total.requests + part.requests,
    trips: total.trips + part.trips,
    eTax: total.eTax + part.eTax,
    onSiteAdvisoryMinutes: total.onSiteAdvisoryMinutes + part.onSiteAdvisoryMinutes,
    onSiteMinutes: total.onSiteMinutes + part.onSiteMinutes,
    withLimit: total.withLimit + part.withLimit,
    withinLimit: total.withinLimit + part.withinLimit,
    abandoned: total.abandoned + part.abandoned,
    completed: total.completed + part.completed,
    staffMinutes: total.staffMinutes + part.staffMinutes,
  };
}
