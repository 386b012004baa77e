// A priority queue of timed entries, stable for equal times: the public face of the event storage
// in event-heap.ts (see there for the layout and the entry held aside), which the simulation's run
// loop uses directly.
import { EventHeap } from './event-heap';

/**
 * A priority queue of timed entries that pops in (time, insertion) order: equal times come out
 * first-in first-out, so a simulation is deterministic. Each entry carries an `item` and an
 * optional `data` value; after {@link EventQueue.pop} the popped entry's time, sequence number and
 * data are readable as `lastTime`, `lastSeq` and `lastData`.
 *
 * Times must not be NaN (not checked here, for speed: {@link Simulation} validates them).
 * @example
 * const q = new EventQueue<string>();
 * q.push(5, 'b'); q.push(1, 'a'); q.push(5, 'c');
 * q.pop(); // 'a'; then 'b', then 'c'
 */
export class EventQueue<T, D = unknown> {
  /** Time of the entry most recently popped. */
  lastTime = 0;
  /** Insertion sequence number of the entry most recently popped. */
  lastSeq = 0;
  /** Data of the entry most recently popped. */
  lastData: D | undefined = undefined;
  private readonly heap: EventHeap<T, D>;

  constructor() {
    this.heap = new EventHeap<T, D>();
  }

  /** Sequence numbers issued so far: every number handed out by push is below this. */
  get issued(): number {
    return this.heap.nextSeq;
  }

  /** Number of entries queued. */
  get size(): number {
    return this.heap.size;
  }

  /**
   * Queues `item` (and `data`) at `time`; returns the entry's insertion sequence number, unique
   * for this queue's lifetime (also across {@link EventQueue.clear}).
   * @example
   * new EventQueue<string>().push(3, 'x'); // 0
   */
  push(time: number, item: T, data?: D): number {
    return this.heap.push(time, item, data);
  }

  /**
   * Time of the next entry, or +Infinity when empty.
   * @example
   * new EventQueue<string>().peekTime(); // Infinity
   */
  peekTime(): number {
    return this.heap.nextTime();
  }

  /**
   * The next entry's item without removing it (undefined when empty).
   * @example
   * const q = new EventQueue<string>(); q.push(1, 'a'); q.peek(); // 'a'
   */
  peek(): T | undefined {
    const slot = this.heap.peekSlot();
    return slot < 0 ? undefined : this.heap.items[slot];
  }

  /**
   * Removes and returns the entry with the smallest (time, sequence); undefined when empty.
   * @example
   * const q = new EventQueue<string>(); q.push(2, 'late'); q.push(1, 'early'); q.pop(); // 'early'
   */
  pop(): T | undefined {
    const heap = this.heap;
    const slot = heap.take(Number.POSITIVE_INFINITY);
    if (slot < 0) return undefined;
    const item = heap.items[slot];
    this.lastTime = heap.takenTime;
    this.lastSeq = heap.seqs[slot] as number;
    this.lastData = heap.datas[slot];
    heap.items[slot] = undefined;
    heap.datas[slot] = undefined;
    return item;
  }

  /**
   * Removes every entry (sequence numbers keep increasing).
   * @example
   * const q = new EventQueue<string>(); q.push(1, 'a'); q.clear(); q.size; // 0
   */
  clear(): void {
    this.heap.clear();
  }
}
