// Servers with a queue: capacity, FIFO or priority order, optional preemption, opening hours, and
// built-in statistics (utilization, time-weighted queue length, waits).
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import type { OpeningHours } from './opening-hours';
import { CANCELLED, DONE, QUEUED, ResourceRequest, SERVING } from './request';
import {
  normalizeResourceOptions,
  type QueueDiscipline,
  type ResourceOptions,
  type ResourceStats,
} from './resource-types';
import { Simulation } from './simulation';
import { Tally } from './stats';
import { pickVictim, WaitingLine } from './waiting-line';

function bad(path: string, message: string): never {
  throw new ConfigurationError(path, message);
}

/**
 * Cold path of the argument checks: the message is built here, so the bytecode of `serve` and
 * `request` stays small and V8 can inline a model's whole arrival (serve, the start of service and
 * the scheduling of its completion) into the model's event callback.
 */
function invalid(path: string, value: unknown, expected: string): never {
  throw new ConfigurationError(path, `must be ${expected}, got ${describeValue(value)}`);
}

/**
 * A resource of `capacity` identical servers. Semantics:
 * - a request is served at once if a server is free, the line is empty and it is open; otherwise
 *   it waits in line (FIFO, or by priority with FIFO among equals);
 * - opening hours only gate the START of service: a request waiting at closing time waits for the
 *   next opening; a request in service at closing time finishes;
 * - preemption (priority discipline only): an arrival interrupts the served request of the worst
 *   priority (the latest started among equals) if that priority is strictly worse; the interrupted
 *   request goes back in line behind the waiting requests of its priority with its remaining
 *   service time. Only {@link Resource.serve} requests are preemptible; held units are not;
 * - grant and completion callbacks run synchronously, at the simulated instant of the event;
 * - a request's wait is counted once, from arrival to its first service start.
 * @example
 * const sim = createSimulation();
 * const desk = createResource(sim, { capacity: 2, name: 'desk' });
 * desk.serve(8, (r) => console.log('done at', sim.now, 'after waiting', r.wait));
 */
export class Resource {
  readonly name: string;
  readonly capacity: number;
  readonly discipline: QueueDiscipline;
  readonly preemptive: boolean;
  /** Waits (arrival to first service start) since the last reset. */
  readonly waits: Tally;
  private readonly sim: Simulation;
  private readonly hours: OpeningHours | null;
  private readonly line: WaitingLine;
  private readonly inService: ResourceRequest<unknown>[] = [];
  // Time-weighted accounting of busy servers and line length, inlined (one update per change).
  private statsStart: number;
  private lastChange: number;
  private busyArea = 0;
  private queueArea = 0;
  private maxQueue = 0;
  private busyCount = 0;
  private waitingCount = 0;
  private startedCount = 0;
  private completedCount = 0;
  private delayedCount = 0;
  private preemptionCount = 0;
  private wakePending = false;
  private readonly completeCallback: (request: ResourceRequest<unknown>) => void;
  private readonly wakeCallback: () => void;

  constructor(sim: Simulation, options: ResourceOptions) {
    if (!(sim instanceof Simulation)) {
      throw new ConfigurationError('sim', `must be a Simulation, got ${describeValue(sim)}`);
    }
    const o = normalizeResourceOptions(options, sim.startDate);
    this.sim = sim;
    this.name = o.name;
    this.capacity = o.capacity;
    this.discipline = o.discipline;
    this.preemptive = o.preemptive;
    this.hours = o.hours;
    this.line = new WaitingLine(o.discipline === 'priority');
    this.waits = new Tally({ keepValues: o.keepWaits });
    this.statsStart = sim.now;
    this.lastChange = sim.now;
    this.completeCallback = (request) => this.complete(request);
    this.wakeCallback = () => {
      this.wakePending = false;
      this.settle();
    };
  }

  /** Servers busy now. */
  get busy(): number {
    return this.busyCount;
  }

  /** Requests waiting in line now. */
  get queueLength(): number {
    return this.waitingCount;
  }

  /**
   * Asks for one server, held until {@link Resource.release}: `onGrant(request)` runs when it is
   * granted (at once if possible).
   * @example
   * desk.request((req) => sim.schedule(5, () => desk.release(req)));
   */
  request<D = undefined>(
    onGrant: (request: ResourceRequest<D>) => void,
    priority = 0,
    data?: D,
  ): ResourceRequest<D> {
    if (typeof onGrant !== 'function') bad('onGrant', 'must be a function');
    if (!Number.isFinite(priority)) invalid('priority', priority, 'a finite number');
    const request = new ResourceRequest<D>(
      this,
      this.sim.now,
      priority,
      data as D,
      onGrant,
      null,
      Number.NaN,
    );
    this.arrive(request as ResourceRequest<unknown>);
    return request;
  }

  /**
   * Asks for `duration` minutes of service; the resource releases the server itself and then
   * calls `onDone(request)`.
   * @example
   * desk.serve(stream.exponential(1 / 8), (req) => waits.add(req.wait));
   */
  serve<D = undefined>(
    duration: number,
    onDone?: ((request: ResourceRequest<D>) => void) | null,
    priority = 0,
    data?: D,
  ): ResourceRequest<D> {
    if (!(duration >= 0 && duration < Number.POSITIVE_INFINITY))
      invalid('duration', duration, 'a finite number ≥ 0');
    if (onDone != null && typeof onDone !== 'function') bad('onDone', 'must be a function');
    if (!Number.isFinite(priority)) invalid('priority', priority, 'a finite number');
    const request = new ResourceRequest<D>(
      this,
      this.sim.now,
      priority,
      data as D,
      null,
      onDone ?? null,
      duration,
    );
    this.arrive(request as ResourceRequest<unknown>);
    return request;
  }

  /**
   * Gives back a held unit (from {@link Resource.request}); the next in line may start.
   * @example
   * desk.release(req);
   */
  release<D>(request: ResourceRequest<D>): void {
    if (!(request instanceof ResourceRequest) || request.owner !== this)
      bad('request', `is not a request of ${this.name}`);
    if (request.code !== SERVING || request.onGrant === null)
      bad('request', `is ${request.state}, not a held unit`);
    this.finish(request as ResourceRequest<unknown>);
  }

  /**
   * Withdraws a waiting request (reneging); false if it already started, ended or was withdrawn.
   * @example
   * sim.schedule(30, () => desk.cancel(req)); // gives up after 30 minutes in line
   */
  cancel<D>(request: ResourceRequest<D>): boolean {
    if (!(request instanceof ResourceRequest) || request.owner !== this)
      bad('request', `is not a request of ${this.name}`);
    if (request.code !== QUEUED) return false;
    request.code = CANCELLED;
    this.advance(this.sim.now);
    this.waitingCount--;
    return true;
  }

  /**
   * Restarts every statistic now (end of a warm-up); requests in progress are kept.
   * @example
   * sim.schedule(100 * 60, () => desk.resetStats());
   */
  resetStats(): void {
    const now = this.sim.now;
    this.statsStart = now;
    this.lastChange = now;
    this.busyArea = 0;
    this.queueArea = 0;
    this.maxQueue = this.waitingCount;
    this.waits.reset();
    this.startedCount = 0;
    this.completedCount = 0;
    this.delayedCount = 0;
    this.preemptionCount = 0;
  }

  /**
   * Time-weighted busy servers / capacity since creation or reset.
   * @example
   * desk.utilization(); // e.g. 0.83
   */
  utilization(): number {
    const now = this.sim.now;
    const span = now - this.statsStart;
    const area = this.busyArea + this.busyCount * (now - this.lastChange);
    return (span > 0 ? area / span : this.busyCount) / this.capacity;
  }

  /**
   * Time-weighted mean number waiting since creation or reset.
   * @example
   * desk.meanQueueLength();
   */
  meanQueueLength(): number {
    const now = this.sim.now;
    const span = now - this.statsStart;
    const area = this.queueArea + this.waitingCount * (now - this.lastChange);
    return span > 0 ? area / span : this.waitingCount;
  }

  /**
   * All statistics at the current time.
   * @example
   * desk.stats().probabilityOfWait;
   */
  stats(): ResourceStats {
    const started = this.startedCount;
    return {
      name: this.name,
      capacity: this.capacity,
      utilization: this.utilization(),
      meanQueueLength: this.meanQueueLength(),
      maxQueueLength: this.maxQueue,
      started,
      completed: this.completedCount,
      delayed: this.delayedCount,
      probabilityOfWait: started === 0 ? Number.NaN : this.delayedCount / started,
      meanWait: this.waits.mean,
      maxWait: this.waits.max,
      preemptions: this.preemptionCount,
    };
  }

  private isOpenNow(): boolean {
    return this.hours === null || this.hours.isOpen(this.sim.now);
  }

  private arrive(request: ResourceRequest<unknown>): void {
    if (this.busyCount < this.capacity && this.waitingCount === 0 && this.isOpenNow()) {
      this.begin(request);
      return;
    }
    this.line.push(request);
    this.advance(this.sim.now);
    if (++this.waitingCount > this.maxQueue) this.maxQueue = this.waitingCount;
    this.settle();
  }

  /** Fills free servers from the line, then lets the line preempt if allowed. */
  private settle(): void {
    this.dispatch();
    if (this.preemptive) while (this.preemptOne()) this.dispatch();
  }

  private dispatch(): void {
    while (this.busyCount < this.capacity && this.waitingCount > 0) {
      if (!this.isOpenNow()) {
        this.scheduleWake();
        return;
      }
      const next = this.line.take();
      this.advance(this.sim.now);
      this.waitingCount--;
      this.begin(next);
    }
  }

  private preemptOne(): boolean {
    if (this.waitingCount === 0 || this.busyCount < this.capacity || !this.isOpenNow()) return false;
    const head = this.line.peek();
    if (head === undefined) return false;
    const at = pickVictim(this.inService, head.priority);
    if (at < 0) return false;
    const victim = this.inService[at] as ResourceRequest<unknown>;
    const now = this.sim.now;
    this.sim.cancel(victim.completion);
    victim.remaining = Math.max(0, victim.remaining - (now - victim.spellStart));
    victim.preemptions++;
    victim.code = QUEUED;
    this.preemptionCount++;
    this.inService.splice(at, 1);
    this.advance(now);
    this.busyCount--;
    this.line.push(victim);
    if (++this.waitingCount > this.maxQueue) this.maxQueue = this.waitingCount;
    return true;
  }

  private begin(request: ResourceRequest<unknown>): void {
    const now = this.sim.now;
    if (Number.isNaN(request.start)) {
      request.start = now;
      const wait = now - request.arrival;
      this.waits.add(wait);
      this.startedCount++;
      if (wait > 0) this.delayedCount++;
    }
    request.code = SERVING;
    request.spellStart = now;
    this.advance(now);
    this.busyCount++;
    if (this.preemptive) this.inService.push(request);
    if (request.onGrant === null) {
      request.completion = this.sim.schedule(request.remaining, this.completeCallback, request);
    } else {
      request.onGrant(request);
    }
  }

  private complete(request: ResourceRequest<unknown>): void {
    request.remaining = 0;
    this.finish(request);
    if (request.onDone !== null) request.onDone(request);
  }

  private finish(request: ResourceRequest<unknown>): void {
    request.code = DONE;
    this.completedCount++;
    this.advance(this.sim.now);
    this.busyCount--;
    if (this.preemptive) {
      const at = this.inService.indexOf(request);
      if (at >= 0) this.inService.splice(at, 1);
    }
    if (this.waitingCount > 0) this.dispatch();
  }

  /** Accrues busy and line-length areas up to `now`; call before either level changes. */
  private advance(now: number): void {
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.busyArea += this.busyCount * dt;
      this.queueArea += this.waitingCount * dt;
      this.lastChange = now;
    }
  }

  private scheduleWake(): void {
    if (this.wakePending || this.hours === null) return;
    this.wakePending = true;
    this.sim.scheduleAt(this.hours.nextOpen(this.sim.now), this.wakeCallback);
  }
}

/**
 * A new resource on `sim` (see {@link Resource} for the semantics).
 * @example
 * const desk = createResource(sim, { capacity: 8, discipline: 'fifo', name: 'windows' });
 */
export function createResource(sim: Simulation, options: ResourceOptions): Resource {
  return new Resource(sim, options);
}
