// One working day of the hall on core's discrete-event kernel, in one variant. Time is minutes
// since 00:00 of the day; every resource opens on the statutory calendar's working-day hours, so no
// service starts outside them. Who is still queued at closing goes home and returns the next
// working day (as does whoever gave up or lacked papers), once.
import {
  createResource,
  createSimulation,
  type Resource,
  type ResourceRequest,
  type Variant,
  workingDayHours,
} from '@gd-ftz/core';
import type { HallDay, Lane } from './model';
import type { SmartTaxHallParams } from './params';
import type { Visitor } from './population';
import { laneOf } from './triage';

/** One visit attempt: a first visit or a return. */
export interface Attempt {
  readonly visitor: Visitor;
  readonly minute: number;
  readonly repeat: boolean;
  /** Comes at a booked slot to the appointment window. */
  readonly booked: boolean;
}

/** How an attempt ended. */
export type Outcome = 'served' | 'abandoned' | 'closed' | 'sent-away';

/** What happened to one attempt. */
export interface AttemptRecord {
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
  /** Highest simultaneous use seen by this attempt's resources (for the capacity checks). */
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

/** Runs one day; returns the records and the attempts that come back the next working day. */
export function runDay(
  p: SmartTaxHallParams,
  variant: Variant,
  day: HallDay,
  dayIndex: number,
  attempts: readonly Attempt[],
  extraWindows: boolean,
): { records: AttemptRecord[]; returns: Attempt[]; use: DayUse } {
  const sim = createSimulation({ startDate: day.date });
  const open = p.openHour * 60;
  const close = p.closeHour * 60;
  const hours = workingDayHours(
    [{ from: `${String(p.openHour).padStart(2, '0')}:00`, to: `${String(p.closeHour).padStart(2, '0')}:00` }],
    sim,
  );
  const reform = variant === 'reform';
  const base = reform && p.sameHeadcount ? Math.max(1, p.windows - p.remoteAgents) : p.windows;
  const windowCapacity = base + (extraWindows ? p.extraPeakWindows : 0);
  const windows = createResource(sim, { capacity: windowCapacity, hours, name: 'windows' });
  const booking = createResource(sim, { capacity: p.appointmentWindows, hours, name: 'appointments' });
  const terminals = reform ? createResource(sim, { capacity: p.terminals, hours, name: 'terminals' }) : null;
  const agents = reform
    ? createResource(sim, { capacity: p.remoteAgents, hours, name: 'agents', discipline: 'priority' })
    : null;
  const plaza =
    reform && p.plazaSeats > 0 ? createResource(sim, { capacity: p.plazaSeats, hours, name: 'plaza' }) : null;
  const use: DayUse = {
    windows: 0,
    windowCapacity,
    terminals: 0,
    agents: 0,
    plaza: 0,
    startedOutsideHours: false,
  };
  const records: AttemptRecord[] = [];
  const returns: Attempt[] = [];
  const queued = new Set<{ res: Resource; req: ResourceRequest<AttemptRecord>; rec: AttemptRecord }>();
  let closed = false;

  const started = (res: Resource, key: 'windows' | 'terminals' | 'agents' | 'plaza') => {
    if (!hours.isOpen(sim.now)) use.startedOutsideHours = true;
    if (res.busy > use[key]) use[key] = res.busy;
  };
  const leave = (rec: AttemptRecord, outcome: Outcome) => {
    rec.outcome = outcome;
    rec.inHall = sim.now - rec.attempt.minute;
    if (outcome !== 'served' && !rec.attempt.repeat) {
      returns.push({ visitor: rec.attempt.visitor, minute: rec.attempt.minute, repeat: true, booked: false });
    }
  };
  /** Queue for a held unit; at closing a queued request is withdrawn and the visitor goes home. */
  const hold = (
    res: Resource,
    rec: AttemptRecord,
    priority: number,
    onGrant: (req: ResourceRequest<AttemptRecord>) => void,
  ) => {
    if (closed) {
      leave(rec, 'closed');
      return null;
    }
    const entry = { res, req: undefined as unknown as ResourceRequest<AttemptRecord>, rec };
    entry.req = res.request<AttemptRecord>(
      (req) => {
        queued.delete(entry);
        onGrant(req);
      },
      priority,
      rec,
    );
    if (entry.req.state === 'queued') queued.add(entry);
    return entry;
  };

  const atWindow = (rec: AttemptRecord, res: Resource, minutes: number) => {
    const entry = hold(res, rec, 0, (req) => {
      started(res, 'windows');
      rec.windowWait = req.wait;
      rec.windowService = minutes;
      rec.byWindow = true;
      sim.schedule(minutes, () => {
        res.release(req);
        // Missing papers show at the window in the baseline: the handling time is spent for nothing.
        leave(
          rec,
          rec.attempt.visitor.missingPapers && !rec.attempt.repeat && !reform ? 'sent-away' : 'served',
        );
      });
    });
    if (entry && entry.req.state === 'queued') {
      sim.schedule(rec.attempt.visitor.patience, () => {
        if (queued.has(entry) && res.cancel(entry.req)) {
          queued.delete(entry);
          rec.windowWait = sim.now - rec.attempt.minute;
          leave(rec, 'abandoned');
        }
      });
    }
  };

  const windowMinutes = (v: Visitor) =>
    v.handling + (!reform || v.visit.idStatus === 'unverified' ? p.idCheckMinutes : 0);

  const withAgent = (rec: AttemptRecord, priority: number, then: () => void) => {
    const a = agents as Resource;
    const asked = sim.now;
    hold(a, rec, priority, (req) => {
      started(a, 'agents');
      rec.agentWait = sim.now - asked;
      rec.agentMinutes = rec.attempt.visitor.agent;
      sim.schedule(rec.attempt.visitor.agent, () => {
        a.release(req);
        then();
      });
    });
  };

  /** A terminal session, helped by an agent or not; a failure goes on to a window. */
  const atTerminal = (rec: AttemptRecord, helped: boolean) => {
    const t = terminals as Resource;
    const v = rec.attempt.visitor;
    hold(t, rec, 0, (req) => {
      started(t, 'terminals');
      const finish = () =>
        sim.schedule(v.terminal, () => {
          t.release(req);
          if (v.uTerminal < p.terminalSuccess) leave(rec, 'served');
          else atWindow(rec, windows, windowMinutes(v));
        });
      if (helped) withAgent(rec, 0, finish);
      else finish();
    });
  };

  const arrive = (a: Attempt) => {
    const v = a.visitor;
    const rec: AttemptRecord = {
      attempt: a,
      day: dayIndex,
      deadlineDay: day.deadlineDay,
      lane: 'window',
      outcome: 'served',
      windowWait: Number.NaN,
      windowService: 0,
      byWindow: false,
      agentMinutes: 0,
      agentWait: Number.NaN,
      inHall: 0,
    };
    records.push(rec);
    if (a.booked) {
      rec.lane = 'appointment';
      atWindow(rec, booking, windowMinutes(v));
      return;
    }
    if (!reform) {
      atWindow(rec, windows, windowMinutes(v));
      return;
    }
    // Reform: the face kiosk checks identity and papers at the door (大数据 pre-check).
    if (v.missingPapers && !a.repeat) {
      rec.lane = 'window';
      leave(rec, 'sent-away');
      return;
    }
    let lane = laneOf(v.visit, plaza ? plaza.capacity - plaza.busy : 0).lane;
    // A triage error: self-service lanes go to a window, a window case is sent to a terminal first.
    if (v.uTriage >= p.triageAccuracy) lane = lane === 'window' ? 'terminal' : 'window';
    rec.lane = lane;
    if (lane === 'window') atWindow(rec, windows, windowMinutes(v));
    else if (lane === 'remote' && v.visit.item === 'enquiry') withAgent(rec, 1, () => leave(rec, 'served'));
    else if (lane === 'remote') atTerminal(rec, true);
    else if (lane === 'plaza' && plaza) {
      hold(plaza, rec, 0, (req) => {
        started(plaza, 'plaza');
        sim.schedule(v.plazaTime, () => {
          plaza.release(req);
          atTerminal(rec, v.uPlaza >= p.plazaEffect);
        });
      });
    } else if (v.visit.complexity === 'complex' || v.visit.idStatus === 'unverified') {
      // Misrouted to a terminal: the terminal cannot finish it, so a window after the session.
      const t = terminals as Resource;
      hold(t, rec, 0, (req) => {
        started(t, 'terminals');
        sim.schedule(v.terminal, () => {
          t.release(req);
          atWindow(rec, windows, windowMinutes(v));
        });
      });
    } else atTerminal(rec, false);
  };

  for (const a of attempts) sim.scheduleAt(Math.max(a.minute, open), arrive, a);
  sim.scheduleAt(close, () => {
    closed = true;
    for (const entry of queued) {
      if (entry.res.cancel(entry.req)) {
        if (entry.res === windows || entry.res === booking)
          entry.rec.windowWait = sim.now - entry.rec.attempt.minute;
        leave(entry.rec, 'closed');
      }
    }
    queued.clear();
  });
  sim.run();
  return { records, returns, use };
}
