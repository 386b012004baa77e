// The line of a resource: arrival order (a ring buffer) or priority order (a heap keyed by
// priority, stable by arrival). Withdrawn requests stay in place and are skipped when reached.
import { EventQueue } from './event-queue';
import { Fifo } from './fifo';
import { QUEUED, type ResourceRequest } from './request';

/**
 * A resource's waiting line; the resource keeps the count of live (still queued) requests.
 * @example
 * const line = new WaitingLine(true); // by priority
 */
export class WaitingLine {
  private readonly fifo: Fifo<ResourceRequest<unknown>> | null;
  private readonly heap: EventQueue<ResourceRequest<unknown>> | null;

  constructor(byPriority: boolean) {
    this.fifo = byPriority ? null : new Fifo();
    this.heap = byPriority ? new EventQueue() : null;
  }

  /**
   * Adds a request at the back (of its priority class).
   * @example
   * line.push(request);
   */
  push(request: ResourceRequest<unknown>): void {
    if (this.fifo !== null) this.fifo.push(request);
    else this.heap?.push(request.priority, request);
  }

  /**
   * Removes the next live request; the caller guarantees one exists.
   * @example
   * const next = line.take();
   */
  take(): ResourceRequest<unknown> {
    for (;;) {
      const next = (this.fifo !== null ? this.fifo.shift() : this.heap?.pop()) as ResourceRequest<unknown>;
      if (next.code === QUEUED) return next;
    }
  }

  /**
   * The next live request without removing it (priority lines only; undefined when none).
   * @example
   * const head = line.peek();
   */
  peek(): ResourceRequest<unknown> | undefined {
    const heap = this.heap;
    if (heap === null) return this.fifo?.peek();
    while (heap.size > 0 && heap.peek()?.code !== QUEUED) heap.pop();
    return heap.peek();
  }
}

/**
 * The index of the request to preempt for an arrival of priority `priority`: among served
 * (not held) requests of strictly worse (greater) priority, the worst, and among equals the
 * latest started; -1 if none.
 * @example
 * pickVictim(inService, 1); // index into inService, or -1
 */
export function pickVictim(inService: readonly ResourceRequest<unknown>[], priority: number): number {
  let at = -1;
  for (let i = 0; i < inService.length; i++) {
    const r = inService[i] as ResourceRequest<unknown>;
    if (r.onGrant !== null || !(r.priority > priority)) continue;
    const best = inService[at];
    if (
      best === undefined ||
      r.priority > best.priority ||
      (r.priority === best.priority && r.spellStart >= best.spellStart)
    ) {
      at = i;
    }
  }
  return at;
}
