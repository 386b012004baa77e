// The simulation kernel: a clock in minutes, an event queue of callbacks, and the civil date of
// any simulated instant.

import { addDays, type CivilDate, civilDate, isWorkingDay, MINUTES_PER_DAY } from '../calendar/index';
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import { optionsObject } from '../options-object';
import { EventHeap } from './event-heap';

/** A scheduled callback; it receives the argument given to `schedule`. */
export type EventCallback<A = undefined> = (arg: A) => void;

/** Identifies a scheduled event, for {@link Simulation.cancel}. */
export type EventHandle = number;

/** The working-day calendar a simulation (and its opening hours) consults. */
export interface WorkingDayCalendar {
  isWorkingDay(date: CivilDate): boolean;
}

/** Options of {@link createSimulation}. */
export interface SimulationOptions {
  /** The civil date whose 00:00 is time 0. Needed for dates and working-day opening hours. */
  readonly startDate?: CivilDate | string;
  /** Working days; default the mainland China statutory calendar (holidays and make-up days). */
  readonly calendar?: WorkingDayCalendar;
}

/** Options of {@link Simulation.run}. */
export interface RunOptions {
  /** Run the events strictly before this time, then set the clock to it (default: until empty). */
  readonly until?: number;
  /** Stop after this many events (default: no limit). */
  readonly maxEvents?: number;
}

/** What a call to {@link Simulation.run} did. */
export interface RunResult {
  /** Events executed by this call (cancelled events are not counted). */
  readonly events: number;
  /** The clock when it returned. */
  readonly now: number;
}

const STATUTORY: WorkingDayCalendar = { isWorkingDay };

const INF = Number.POSITIVE_INFINITY;

function bad(path: string, message: string): never {
  throw new ConfigurationError(path, message);
}

/** Cold path of the checks, kept out of hot methods so that they stay small enough to inline. */
function invalid(path: string, value: unknown, expected: string): never {
  throw new ConfigurationError(path, `must be ${expected}, got ${describeValue(value)}`);
}

/** The error of a bad delay; its message is built here so that `schedule` stays small. */
function invalidDelay(delay: unknown, now: number): never {
  invalid('delay', delay, `a number ≥ 0 with now + delay finite (now ${now})`);
}

/**
 * A discrete-event simulation: the clock `now` is a plain number of minutes since 00:00 of
 * `startDate`; events are callbacks run in (time, scheduling order). A callback gets the argument
 * it was scheduled with, so a model can pass its customer object instead of allocating a closure
 * per event. Create it with {@link createSimulation}.
 * @example
 * const sim = createSimulation({ startDate: '2024-03-04' });
 * sim.schedule(90, (who: string) => console.log(who, sim.now), 'first');
 * sim.run(); // logs "first 90"
 */
export class Simulation {
  /** The civil date at time 0, if given. */
  readonly startDate: CivilDate | undefined;
  /** The working-day calendar used by opening hours built from this simulation. */
  readonly calendar: WorkingDayCalendar;
  private clock = 0;
  private executed = 0;
  private running = false;
  private readonly queue = new EventHeap<EventCallback<unknown>, unknown>();
  private readonly cancelled = new Set<number>();
  /** Whether `cancelled` may be non-empty (a plain field is cheaper than Set#size per event). */
  private anyCancelled = false;

  constructor(options: SimulationOptions = {}) {
    optionsObject(options);
    this.startDate = options.startDate === undefined ? undefined : civilDate(options.startDate, 'startDate');
    const calendar = options.calendar ?? STATUTORY;
    if (typeof calendar?.isWorkingDay !== 'function')
      bad('calendar', 'must have an isWorkingDay(date) function');
    this.calendar = calendar;
  }

  /** The current time, in minutes since 00:00 of the start date. */
  get now(): number {
    return this.clock;
  }

  /** Events executed so far, over every run. */
  get eventsExecuted(): number {
    return this.executed;
  }

  /** Events waiting in the queue (cancelled ones included until their time comes). */
  get pending(): number {
    return this.queue.size;
  }

  /**
   * Runs `callback(arg)` after `delay` minutes (delay ≥ 0; 0 means later in this same instant,
   * after the events already scheduled for it).
   * @example
   * sim.schedule(5, () => {});
   */
  schedule<A = undefined>(delay: number, callback: EventCallback<A>, arg?: A): EventHandle {
    const time = this.clock + delay;
    // `time < INF` also catches a finite delay whose sum with the clock overflows (issue 32).
    if (!(delay >= 0 && time < INF)) invalidDelay(delay, this.clock);
    if (typeof callback !== 'function') invalid('callback', callback, 'a function');
    return this.queue.push(time, callback as EventCallback<unknown>, arg);
  }

  /**
   * Runs `callback(arg)` at absolute time `time` (≥ now).
   * @example
   * sim.scheduleAt(600, () => {}); // 10:00 on the start date
   */
  scheduleAt<A = undefined>(time: number, callback: EventCallback<A>, arg?: A): EventHandle {
    if (!(time >= this.clock && time < Number.POSITIVE_INFINITY)) {
      bad('time', `must be a finite number ≥ now (${this.clock}), got ${describeValue(time)}`);
    }
    if (typeof callback !== 'function') bad('callback', 'must be a function');
    return this.queue.push(time, callback as EventCallback<unknown>, arg);
  }

  /**
   * Cancels a pending event: it will be skipped when its time comes. Cancelling an event that has
   * already run or was already cancelled does nothing.
   * @example
   * const h = sim.schedule(5, () => {}); sim.cancel(h);
   */
  cancel(handle: EventHandle): void {
    // A number not issued yet would silently cancel whichever event gets it later (issue 32).
    if (!Number.isSafeInteger(handle) || handle < 0 || handle >= this.queue.nextSeq)
      bad('handle', `must be a handle returned by schedule, got ${describeValue(handle)}`);
    if (this.queue.size > 0) {
      this.cancelled.add(handle);
      this.anyCancelled = true;
    }
  }

  /**
   * Executes events in order until the queue is empty, the next event is at or after `until`
   * (the clock then moves to `until`), or `maxEvents` have run.
   * @example
   * sim.run({ until: 8 * 60 }); // the first eight hours
   */
  run(options: RunOptions = {}): RunResult {
    optionsObject(options);
    const until = options.until ?? Number.POSITIVE_INFINITY;
    const maxEvents = options.maxEvents ?? Number.POSITIVE_INFINITY;
    if (!(until >= this.clock))
      bad('until', `must be a number ≥ now (${this.clock}), got ${describeValue(until)}`);
    if (!(maxEvents >= 0 && (Number.isSafeInteger(maxEvents) || maxEvents === Number.POSITIVE_INFINITY))) {
      bad('maxEvents', `must be an integer ≥ 0, got ${describeValue(maxEvents)}`);
    }
    if (this.running) bad('run', 'the simulation is already running (run called from an event)');
    this.running = true;
    const queue = this.queue;
    const cancelled = this.cancelled;
    let events = 0;
    try {
      while (events < maxEvents) {
        // Taken, read and cleared here rather than through EventQueue.pop: no entry passes through
        // an object field on its way to its callback (see event-heap.ts).
        const slot = queue.take(until);
        if (slot < 0) {
          if (until < Number.POSITIVE_INFINITY) this.clock = until;
          break;
        }
        const callback = queue.items[slot] as EventCallback<unknown>;
        const data = queue.datas[slot];
        queue.items[slot] = undefined;
        queue.datas[slot] = undefined;
        if (this.anyCancelled && cancelled.delete(queue.seqs[slot] as number)) {
          if (cancelled.size === 0) this.anyCancelled = false;
          continue;
        }
        this.clock = queue.takenTime;
        events++;
        callback(data);
      }
    } finally {
      this.running = false;
      this.executed += events;
      if (queue.size === 0) {
        cancelled.clear();
        this.anyCancelled = false;
      }
    }
    return { events, now: this.clock };
  }

  /**
   * Executes the next (non-cancelled) event; false when there is none.
   * @example
   * while (sim.step()) {}
   */
  step(): boolean {
    return this.run({ maxEvents: 1 }).events === 1;
  }

  /**
   * The civil date of simulated time `t` (needs a start date).
   * @example
   * createSimulation({ startDate: '2024-03-04' }).dateAt(1500); // '2024-03-05'
   */
  dateAt(t: number): CivilDate {
    if (this.startDate === undefined) bad('startDate', 'the simulation was created without a start date');
    if (!(t >= 0 && t < Number.POSITIVE_INFINITY))
      bad('t', `must be a finite time ≥ 0, got ${describeValue(t)}`);
    return addDays(this.startDate, Math.floor(t / MINUTES_PER_DAY));
  }

  /**
   * Minutes since midnight of simulated time `t` (0 ≤ result < 1440).
   * @example
   * sim.minuteOfDay(1500); // 60: 01:00 on the second day
   */
  minuteOfDay(t: number): number {
    if (!(t >= 0 && t < Number.POSITIVE_INFINITY))
      bad('t', `must be a finite time ≥ 0, got ${describeValue(t)}`);
    return t - MINUTES_PER_DAY * Math.floor(t / MINUTES_PER_DAY);
  }
}

/**
 * A new simulation at time 0.
 * @example
 * const sim = createSimulation({ startDate: '2024-03-04' });
 */
export function createSimulation(options: SimulationOptions = {}): Simulation {
  optionsObject(options);
  return new Simulation(options);
}
