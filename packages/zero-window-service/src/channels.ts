// One variant's run through the channels on core's discrete-event kernel: windows (baseline);
// e-tax (always open, no queue); cloud seats; the lounge's desks; booked 会商 rooms; the back
// office. Staffed channels start service only in the service hours of the statutory calendar.
import {
  alwaysOpen,
  calendarCoverage,
  createResource,
  createSimulation,
  MINUTES_PER_DAY,
  type OpeningHours,
  type Resource,
  type ResourceRequest,
  toEpochDay,
  type Variant,
  workingDayHours,
} from '@gd-ftz/core';
import { CLASS_ORDER, ITEM_CLASSES } from './items';
import { type Population, SERVICE_HOURS } from './population';
import { type Channel, routeRequest } from './route';
import type { StaffPlan } from './staff';

/** Channel codes stored per request. */
export const CHANNELS: readonly Channel[] = ['e-tax', 'window', 'cloud', 'lounge', 'joint-room'];
const ON_SITE: readonly boolean[] = [false, true, false, true, true];
/** Days kept clear before the end of the calendar's coverage (longest holiday block < 10 days). */
const HORIZON_MARGIN_DAYS = 30;

/** Mean service minutes per average item in each channel. */
export interface ChannelMinutes {
  readonly window: number;
  /** Lounge desks and 会商 rooms. */
  readonly lounge: number;
  readonly cloud: number;
  readonly etax: number;
}

/** What one variant's run is given. */
export interface ChannelConfig {
  readonly variant: Variant;
  readonly plan: StaffPlan;
  readonly jointRooms: number;
  readonly minutes: ChannelMinutes;
  /** Mean patience in minutes; `null`: nobody abandons. */
  readonly patience: number | null;
  /** Hours of the staffed channels (default: the service hours on the statutory calendar). */
  readonly hours?: 'service' | 'always';
  /** Stop the clock here (minutes); requests still open are in progress. Default: run to the end. */
  readonly until?: number;
}

/** Per-request outcome of one variant (NaN where it does not apply). */
export interface ChannelOutcome {
  readonly variant: Variant;
  readonly channel: Uint8Array;
  readonly trips: Uint8Array;
  /** Wait in the front channel's queue (minutes); NaN for e-tax. */
  readonly wait: Float64Array;
  /** When the front service started (NaN: e-tax, abandoned or never started). */
  readonly frontStart: Float64Array;
  /** When the back office started (NaN if none). */
  readonly backStart: Float64Array;
  /** The minute the front service ended: the receipt of a deadline item. */
  readonly frontEnd: Float64Array;
  /** Completion minute (NaN: abandoned or in progress). */
  readonly completion: Float64Array;
  readonly abandoned: Uint8Array;
  /** Staff minutes at the front (× staff per session) and in the back office. */
  readonly frontStaffMinutes: Float64Array;
  readonly backStaffMinutes: Float64Array;
  /** The hours the staffed channels kept. */
  readonly hours: OpeningHours;
  /** Resources by name, for their statistics. */
  readonly capacities: Readonly<Record<string, number>>;
}

function workloadNorm(pop: Population): number {
  // The mean workload of the requests served at a window before the reform: dividing by it makes
  // the windows' mean handling time equal the calibrated `window` minutes.
  let w = 0;
  let k = 0;
  for (let i = 0; i < pop.n; i++) {
    const spec = ITEM_CLASSES[CLASS_ORDER[pop.cls[i]!]!];
    if (spec.onSite || pop.inPerson[i] === 1 || pop.ready[i] === 0) {
      w += spec.workload;
      k++;
    }
  }
  return k > 0 ? w / k : 1;
}

/**
 * Runs one variant over the population and returns every request's outcome.
 */
export function runChannels(pop: Population, config: ChannelConfig): ChannelOutcome {
  const { variant, plan, minutes } = config;
  const sim = createSimulation({ startDate: pop.startDate });
  const hours: OpeningHours = config.hours === 'always' ? alwaysOpen() : workingDayHours(SERVICE_HOURS, sim);
  const res = (name: string, capacity: number): Resource | null =>
    capacity >= 1 ? createResource(sim, { capacity, hours, name, keepWaits: false }) : null;
  // A booked 会商 session is staffed by two of the lounge team at a set time; the model keeps the
  // lounge desks open meanwhile (a simplification: 会商 is about 0.5% of requests).
  const rooms = variant === 'reform' ? config.jointRooms : 0;
  const channelRes: (Resource | null)[] = [
    null,
    res('windows', plan.windows),
    res('cloud', plan.cloud),
    res('lounge', plan.lounge),
    res('joint-room', rooms),
  ];
  const back = res('back-office', plan.backOffice);
  const n = pop.n;
  const out = {
    variant,
    channel: new Uint8Array(n),
    trips: new Uint8Array(n),
    wait: new Float64Array(n).fill(Number.NaN),
    frontStart: new Float64Array(n).fill(Number.NaN),
    backStart: new Float64Array(n).fill(Number.NaN),
    frontEnd: new Float64Array(n).fill(Number.NaN),
    completion: new Float64Array(n).fill(Number.NaN),
    abandoned: new Uint8Array(n),
    frontStaffMinutes: new Float64Array(n),
    backStaffMinutes: new Float64Array(n),
    hours,
    capacities: {
      windows: plan.windows,
      cloud: plan.cloud,
      lounge: plan.lounge,
      jointRooms: rooms,
      backOffice: plan.backOffice,
    },
  };
  const norm = workloadNorm(pop);
  const classes = CLASS_ORDER.map((c) => ITEM_CLASSES[c]);
  const reformRatio = minutes.lounge / minutes.window;
  // The route of every (class, ready, in-person-only) combination, decided once by routeRequest.
  const routes = CLASS_ORDER.flatMap((itemClass) =>
    [false, true].flatMap((digitallyReady) =>
      [false, true].map((inPersonOnly) => {
        const r = routeRequest({ itemClass, digitallyReady, inPersonOnly }, variant);
        return { code: CHANNELS.indexOf(r.channel), trips: r.trips };
      }),
    ),
  );

  const finishFront = (i: number, now: number): void => {
    out.frontEnd[i] = now;
    const spec = classes[pop.cls[i]!]!;
    if (spec.backOfficeMinutes > 0 && back !== null) {
      const dur = spec.backOfficeMinutes * pop.eBack[i]!;
      out.backStaffMinutes[i] = dur;
      back.serve(dur, onBack, 0, i);
    } else {
      out.completion[i] = now;
    }
  };
  const onEtax = (i: number): void => finishFront(i, sim.now);
  const onBack = (r: ResourceRequest<number>): void => {
    out.backStart[r.data] = r.start;
    out.completion[r.data] = sim.now;
  };
  const onFront = (r: ResourceRequest<number>): void => {
    const i = r.data;
    out.wait[i] = r.wait;
    out.frontStart[i] = r.start;
    finishFront(i, sim.now);
  };
  const onRenege = (r: ResourceRequest<number>): void => {
    const owner = channelRes[out.channel[r.data]!];
    if (owner?.cancel(r)) {
      out.abandoned[r.data] = 1;
      out.wait[r.data] = sim.now - r.arrival;
      out.frontStaffMinutes[r.data] = 0;
    }
  };
  const arrive = (i: number): void => {
    const spec = classes[pop.cls[i]!]!;
    const route = routes[pop.cls[i]! * 4 + pop.ready[i]! * 2 + pop.inPerson[i]!]!;
    let code = route.code;
    let trips = route.trips;
    // A channel without staff sends its requests to the lounge's any-item desk (a trip).
    if (channelRes[code] === null && code !== 0) {
      code = 3;
      trips = 1;
    }
    out.channel[i] = code;
    out.trips[i] = trips;
    const e = pop.eService[i]!;
    if (code === 0) {
      const dur = minutes.etax * spec.workload * e;
      // Nothing queues for the e-tax bureau: an event only where the back office follows.
      if (spec.backOfficeMinutes > 0) sim.schedule(dur, onEtax, i);
      else {
        out.frontEnd[i] = sim.now + dur;
        out.completion[i] = sim.now + dur;
      }
      return;
    }
    const per =
      code === 2
        ? minutes.cloud * spec.workload
        : (minutes.window * spec.workload * (code === 1 ? 1 : reformRatio)) / norm;
    const dur = per * e;
    const staff = code === 4 ? spec.staffPerSession : 1;
    out.frontStaffMinutes[i] = dur * staff;
    const r = (channelRes[code] as Resource).serve(dur, onFront, 0, i);
    // A booked 会商 session is not abandoned; everyone else gives up after their patience.
    if (config.patience !== null && code !== 4 && r.state === 'queued') {
      sim.schedule(config.patience * pop.ePatience[i]!, onRenege, r);
    }
  };
  // One arrival pending at a time (each schedules the next): the event queue stays as short as
  // the requests in flight, not the whole population.
  const next = (i: number): void => {
    arrive(i);
    if (i + 1 < n) sim.scheduleAt(pop.arrival[i + 1]!, next, i + 1);
  };
  if (n > 0) sim.scheduleAt(pop.arrival[0]!, next, 0);
  // An overloaded scenario's backlog stops a month before the calendar's last covered day (opening
  // hours must find the next working day); what is still open then is in progress, not completed.
  const horizon =
    (toEpochDay(calendarCoverage().to) - HORIZON_MARGIN_DAYS - toEpochDay(pop.startDate)) * MINUTES_PER_DAY;
  sim.run({ until: Math.min(config.until ?? horizon, horizon) });
  return out;
}

/** Whether channel code c is served on site (windows, lounge, 会商 rooms). */
export function isOnSite(code: number): boolean {
  return ON_SITE[code] === true;
}
