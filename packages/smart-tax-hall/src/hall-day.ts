// One working day of the hall on core's discrete-event kernel, in one variant. Time is minutes
// since 00:00 of the day; every resource opens on the statutory calendar's working-day hours, so no
// service starts outside them. Who is still queued at closing goes home and returns the next
// working day (as does whoever gave up or lacked papers), once.
import {
  createResource,
  createSimulation,
  type OpeningHours,
  type Resource,
  type ResourceRequest,
  type Simulation,
  type Variant,
  workingDayHours,
} from '@gd-ftz/core';
import type { HallDay, Lane } from './model';
import type { SmartTaxHallParams } from './params';
import { COMPLEX, ENQUIRY, MISSING_PAPERS, type Population, UNVERIFIED } from './population';
import { laneOf } from './triage';

/** One visit attempt: a first visit or a return. */
export interface Attempt {
  /** The visitor's index in the run's {@link Population}. */
  readonly visitor: number;
  readonly minute: number;
  readonly repeat: boolean;
  /** Comes at a booked slot to the appointment window. */
  readonly booked: boolean;
}

/** How an attempt ended. */
export type Outcome = 'served' | 'abandoned' | 'closed' | 'sent-away';

/** What the terminal session of an attempt leads to. */
const AFTER_TERMINAL_CHECK = 0; // success or, on a failure, a window
const AFTER_TERMINAL_WINDOW = 1; // misrouted: the terminal cannot finish it, a window follows

/**
 * What happened to one attempt. A class (every field set in the constructor, one hidden class):
 * the day's events carry it as their argument instead of a closure per visitor and step.
 */
export class AttemptRecord {
  readonly attempt: Attempt;
  readonly day: number;
  readonly deadlineDay: boolean;
  /** The lane it took ('window' for everyone in the baseline). */
  lane: Lane;
  outcome: Outcome;
  /** Minutes waited for a window or an appointment window (NaN when it never queued there). */
  windowWait: number;
  /** Minutes at a window (service), 0 when none. */
  windowService: number;
  /** Served at a window or the appointment window. */
  byWindow: boolean;
  agentMinutes: number;
  /** Minutes waited for a remote agent (NaN when none was asked). */
  agentWait: number;
  /** Minutes from arrival to leaving. */
  inHall: number;
  /** While in the hall: the held or awaited unit of each resource (null once left). */
  windowReq: ResourceRequest<AttemptRecord> | null;
  terminalReq: ResourceRequest<AttemptRecord> | null;
  /** Whether an agent helps at the terminal, and what follows the session. */
  helped: boolean;
  afterTerminal: number;

  constructor(attempt: Attempt, day: number, deadlineDay: boolean) {
    this.attempt = attempt;
    this.day = day;
    this.deadlineDay = deadlineDay;
    this.lane = 'window';
    this.outcome = 'served';
    this.windowWait = Number.NaN;
    this.windowService = 0;
    this.byWindow = false;
    this.agentMinutes = 0;
    this.agentWait = Number.NaN;
    this.inHall = 0;
    this.windowReq = null;
    this.terminalReq = null;
    this.helped = false;
    this.afterTerminal = AFTER_TERMINAL_CHECK;
  }
}

/** Peak use of each resource over the day, for the capacity invariants. */
export interface DayUse {
  windows: number;
  windowCapacity: number;
  terminals: number;
  agents: number;
  plaza: number;
  /** A service started outside the opening hours (must stay false). */
  startedOutsideHours: boolean;
}

/**
 * The triage's lane for visitor `v` of `pop`: {@link laneOf} on the visit, memoised by the visit's
 * kind (item, flags) and whether a plaza seat is free (the only inputs of the rules), so the hot
 * path builds no Visit object.
 */
const LANES = new Map<number, Lane>();
function laneOfVisitor(pop: Population, v: number, plazaSeatsFree: number): Lane {
  const key = ((pop.item[v] as number) << 8) | ((pop.flags[v] as number) << 1) | (plazaSeatsFree > 0 ? 1 : 0);
  let lane = LANES.get(key);
  if (lane === undefined) {
    lane = laneOf(pop.visit(v), plazaSeatsFree).lane;
    LANES.set(key, lane);
  }
  return lane;
}

type Use = 'windows' | 'terminals' | 'agents' | 'plaza';

/**
 * One day of one variant: the resources, the records and the event handlers. The handlers are
 * created once per day and get the attempt's record as their argument (core's kernel passes it),
 * so no closure is allocated per visitor or per step. Exported for test/fast-paths.test.ts only
 * (not from src/index.ts): it checks {@link DayRun.run} against queueing every arrival.
 */
export class DayRun {
  readonly records: AttemptRecord[] = [];
  readonly returns: Attempt[] = [];
  readonly use: DayUse;
  protected readonly sim: Simulation;
  private readonly hours: OpeningHours;
  private readonly reform: boolean;
  private readonly windows: Resource;
  private readonly booking: Resource;
  private readonly terminals: Resource | null;
  private readonly agents: Resource | null;
  private readonly plaza: Resource | null;
  /** Requests that went into a line, in that order, with their records (for closing time). */
  private readonly queuedReqs: ResourceRequest<AttemptRecord>[] = [];
  private closed = false;

  constructor(
    protected readonly p: SmartTaxHallParams,
    private readonly pop: Population,
    variant: Variant,
    private readonly day: HallDay,
    private readonly dayIndex: number,
    extraWindows: boolean,
    hours: OpeningHours = hallHours(p, day),
  ) {
    const sim = createSimulation({ startDate: day.date });
    this.sim = sim;
    this.hours = hours;
    // The records carry every wait the KPIs read: the resources need not store theirs.
    const keepWaits = false;
    const reform = variant === 'reform';
    this.reform = reform;
    const base = reform && p.sameHeadcount ? Math.max(1, p.windows - p.remoteAgents) : p.windows;
    const windowCapacity = base + (extraWindows ? p.extraPeakWindows : 0);
    this.windows = createResource(sim, { capacity: windowCapacity, hours, keepWaits, name: 'windows' });
    this.booking = createResource(sim, {
      capacity: p.appointmentWindows,
      hours,
      keepWaits,
      name: 'appointments',
    });
    this.terminals = reform
      ? createResource(sim, { capacity: p.terminals, hours, keepWaits, name: 'terminals' })
      : null;
    this.agents = reform
      ? createResource(sim, {
          capacity: p.remoteAgents,
          hours,
          keepWaits,
          name: 'agents',
          discipline: 'priority',
        })
      : null;
    this.plaza =
      reform && p.plazaSeats > 0
        ? createResource(sim, { capacity: p.plazaSeats, hours, keepWaits, name: 'plaza' })
        : null;
    this.use = {
      windows: 0,
      windowCapacity,
      terminals: 0,
      agents: 0,
      plaza: 0,
      startedOutsideHours: false,
    };
  }

  /**
   * Runs the day on `attempts`, sorted by minute. The arrivals are not put in the event queue: the
   * kernel runs up to each arrival's time and the arrival is handled then, so the queue holds only
   * the pending services and patience limits (tens of entries instead of the day's ≈ 500 visitors,
   * whose sifting was the kernel's largest cost). The order of events is the one of queueing every
   * arrival first: those queued arrivals came before any other event at the same time (theirs were
   * the smallest sequence numbers), and here an arrival at time t is handled after the events
   * before t and before those at t; close, queued first, still precedes every later event at its time.
   */
  run(attempts: readonly Attempt[]): void {
    const open = this.p.openHour * 60;
    const sim = this.sim;
    sim.scheduleAt(this.p.closeHour * 60, this.close);
    const upTo = { until: open };
    for (const a of attempts) {
      upTo.until = Math.max(a.minute, open);
      sim.run(upTo);
      this.arrive(a);
    }
    sim.run();
  }

  private started(res: Resource, key: Use): void {
    if (!this.hours.isOpen(this.sim.now)) this.use.startedOutsideHours = true;
    if (res.busy > this.use[key]) this.use[key] = res.busy;
  }

  private leave(rec: AttemptRecord, outcome: Outcome): void {
    rec.outcome = outcome;
    rec.inHall = this.sim.now - rec.attempt.minute;
    rec.windowReq = null;
    rec.terminalReq = null;
    if (outcome !== 'served' && !rec.attempt.repeat) {
      const a = rec.attempt;
      this.returns.push({ visitor: a.visitor, minute: a.minute, repeat: true, booked: false });
    }
  }

  /** Queue for a held unit; at closing a queued request is withdrawn and the visitor goes home. */
  private hold(
    res: Resource,
    rec: AttemptRecord,
    priority: number,
    onGrant: (req: ResourceRequest<AttemptRecord>) => void,
  ): ResourceRequest<AttemptRecord> | null {
    if (this.closed) {
      this.leave(rec, 'closed');
      return null;
    }
    const req = res.request<AttemptRecord>(onGrant, priority, rec);
    if (req.state === 'queued') this.queuedReqs.push(req);
    return req;
  }

  private windowMinutes(v: number): number {
    const pop = this.pop;
    return (pop.handling[v] as number) + (!this.reform || pop.has(v, UNVERIFIED) ? this.p.idCheckMinutes : 0);
  }

  private atWindow(rec: AttemptRecord, res: Resource): void {
    const req = this.hold(res, rec, 0, this.windowGranted);
    if (req === null) return;
    if (rec.windowReq === null) rec.windowReq = req;
    if (req.state === 'queued')
      this.sim.schedule(this.pop.patience[rec.attempt.visitor] as number, this.patienceOver, rec);
  }

  private readonly windowGranted = (req: ResourceRequest<AttemptRecord>): void => {
    const rec = req.data;
    const res = req.owner as Resource;
    this.started(res, 'windows');
    rec.windowReq = req;
    rec.windowWait = req.wait;
    const minutes = this.windowMinutes(rec.attempt.visitor);
    rec.windowService = minutes;
    rec.byWindow = true;
    this.sim.schedule(minutes, this.windowDone, req);
  };

  private readonly windowDone = (req: ResourceRequest<AttemptRecord>): void => {
    (req.owner as Resource).release(req);
    const rec = req.data;
    // Missing papers show at the window in the baseline: the handling time is spent for nothing.
    const a = rec.attempt;
    const missing = this.pop.has(a.visitor, MISSING_PAPERS);
    this.leave(rec, missing && !a.repeat && !this.reform ? 'sent-away' : 'served');
  };

  private readonly patienceOver = (rec: AttemptRecord): void => {
    const req = rec.windowReq;
    if (req !== null && req.state === 'queued' && (req.owner as Resource).cancel(req)) {
      rec.windowWait = this.sim.now - rec.attempt.minute;
      this.leave(rec, 'abandoned');
    }
  };

  /** A 云税厅 agent: priority 0 helps at a terminal (then the session), 1 answers an enquiry. */
  private withAgent(rec: AttemptRecord, priority: number): void {
    this.hold(this.agents as Resource, rec, priority, this.agentGranted);
  }

  private readonly agentGranted = (req: ResourceRequest<AttemptRecord>): void => {
    const rec = req.data;
    this.started(req.owner as Resource, 'agents');
    rec.agentWait = req.wait;
    const minutes = this.pop.agent[rec.attempt.visitor] as number;
    rec.agentMinutes = minutes;
    this.sim.schedule(minutes, this.agentDone, req);
  };

  private readonly agentDone = (req: ResourceRequest<AttemptRecord>): void => {
    (req.owner as Resource).release(req);
    const rec = req.data;
    if (req.priority === 0) this.terminalSession(rec);
    else this.leave(rec, 'served');
  };

  /** A terminal session, helped by an agent or not; `after` says what follows it. */
  private atTerminal(rec: AttemptRecord, helped: boolean, after: number): void {
    rec.helped = helped;
    rec.afterTerminal = after;
    this.hold(this.terminals as Resource, rec, 0, this.terminalGranted);
  }

  private readonly terminalGranted = (req: ResourceRequest<AttemptRecord>): void => {
    const rec = req.data;
    this.started(req.owner as Resource, 'terminals');
    rec.terminalReq = req;
    if (rec.helped) this.withAgent(rec, 0);
    else this.terminalSession(rec);
  };

  private terminalSession(rec: AttemptRecord): void {
    this.sim.schedule(this.pop.terminal[rec.attempt.visitor] as number, this.terminalDone, rec);
  }

  private readonly terminalDone = (rec: AttemptRecord): void => {
    const t = this.terminals as Resource;
    t.release(rec.terminalReq as ResourceRequest<AttemptRecord>);
    rec.terminalReq = null;
    const u = this.pop.uTerminal[rec.attempt.visitor] as number;
    if (rec.afterTerminal === AFTER_TERMINAL_CHECK && u < this.p.terminalSuccess) this.leave(rec, 'served');
    else this.atWindow(rec, this.windows);
  };

  private readonly plazaGranted = (req: ResourceRequest<AttemptRecord>): void => {
    this.started(req.owner as Resource, 'plaza');
    this.sim.schedule(this.pop.plazaTime[req.data.attempt.visitor] as number, this.plazaDone, req);
  };

  private readonly plazaDone = (req: ResourceRequest<AttemptRecord>): void => {
    (req.owner as Resource).release(req);
    const rec = req.data;
    const helped = (this.pop.uPlaza[rec.attempt.visitor] as number) >= this.p.plazaEffect;
    this.atTerminal(rec, helped, AFTER_TERMINAL_CHECK);
  };

  protected readonly arrive = (a: Attempt): void => {
    const v = a.visitor;
    const pop = this.pop;
    const rec = new AttemptRecord(a, this.dayIndex, this.day.deadlineDay);
    this.records.push(rec);
    if (a.booked) {
      rec.lane = 'appointment';
      this.atWindow(rec, this.booking);
      return;
    }
    if (!this.reform) {
      this.atWindow(rec, this.windows);
      return;
    }
    // Reform: the face kiosk checks identity and papers at the door (大数据 pre-check).
    if (pop.has(v, MISSING_PAPERS) && !a.repeat) {
      rec.lane = 'window';
      this.leave(rec, 'sent-away');
      return;
    }
    const plaza = this.plaza;
    let lane = laneOfVisitor(pop, v, plaza ? plaza.capacity - plaza.busy : 0);
    // A triage error: self-service lanes go to a window, a window case is sent to a terminal first.
    if ((pop.uTriage[v] as number) >= this.p.triageAccuracy) lane = lane === 'window' ? 'terminal' : 'window';
    rec.lane = lane;
    if (lane === 'window') this.atWindow(rec, this.windows);
    else if (lane === 'remote' && pop.item[v] === ENQUIRY) this.withAgent(rec, 1);
    else if (lane === 'remote') this.atTerminal(rec, true, AFTER_TERMINAL_CHECK);
    else if (lane === 'plaza' && plaza) this.hold(plaza, rec, 0, this.plazaGranted);
    else if (pop.has(v, COMPLEX) || pop.has(v, UNVERIFIED)) {
      // Misrouted to a terminal: the terminal cannot finish it, so a window after the session.
      this.atTerminal(rec, false, AFTER_TERMINAL_WINDOW);
    } else this.atTerminal(rec, false, AFTER_TERMINAL_CHECK);
  };

  protected readonly close = (): void => {
    this.closed = true;
    const now = this.sim.now;
    for (const req of this.queuedReqs) {
      const res = req.owner as Resource;
      if (res.cancel(req)) {
        const rec = req.data;
        if (res === this.windows || res === this.booking) rec.windowWait = now - rec.attempt.minute;
        this.leave(rec, 'closed');
      }
    }
    this.queuedReqs.length = 0;
  };
}

/**
 * The hall's opening hours on `day`, on the statutory calendar (time 0 is the day's 00:00). They
 * depend on the day only, so a run builds them once per day for both variants (`runBatch`).
 */
export function hallHours(p: SmartTaxHallParams, day: HallDay): OpeningHours {
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return workingDayHours([{ from: hh(p.openHour), to: hh(p.closeHour) }], { startDate: day.date });
}

/**
 * Runs one day (`hours`: the day's {@link hallHours}); returns the records and the attempts that
 * come back the next working day.
 */
export function runDay(
  p: SmartTaxHallParams,
  pop: Population,
  variant: Variant,
  day: HallDay,
  dayIndex: number,
  attempts: readonly Attempt[],
  extraWindows: boolean,
  hours: OpeningHours,
): { records: AttemptRecord[]; returns: Attempt[]; use: DayUse } {
  const run = new DayRun(p, pop, variant, day, dayIndex, extraWindows, hours);
  run.run(attempts);
  return { records: run.records, returns: run.returns, use: run.use };
}
