// A binary min-heap keyed by (time, insertion sequence). The heap itself is three typed arrays
// (time, sequence, slot) so sifting moves only numbers; each entry's item and data live in
// per-slot arrays written once on push and cleared on pop, so a callback and its argument can be
// queued without allocating a closure or an entry object, and without GC write barriers in sifts.

const INITIAL_CAPACITY = 64;

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
  private times: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private seqs: Float64Array = new Float64Array(INITIAL_CAPACITY);
  private slots: Int32Array = new Int32Array(INITIAL_CAPACITY);
  /** Free slots: while count < capacity, slots are a permutation of 0..capacity-1 (heap part + free part). */
  private items: (T | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  private datas: (D | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  private count = 0;
  private nextSeq = 0;

  constructor() {
    for (let i = 0; i < INITIAL_CAPACITY; i++) this.slots[i] = i;
  }

  /** Sequence numbers issued so far: every number handed out by push is below this. */
  get issued(): number {
    return this.nextSeq;
  }

  /** Number of entries queued. */
  get size(): number {
    return this.count;
  }

  /**
   * Queues `item` (and `data`) at `time`; returns the entry's insertion sequence number, unique
   * for this queue's lifetime (also across {@link EventQueue.clear}).
   * @example
   * new EventQueue<string>().push(3, 'x'); // 0
   */
  push(time: number, item: T, data?: D): number {
    const seq = this.nextSeq++;
    let i = this.count++;
    if (i === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    // The slot array keeps unused slot numbers beyond the heap's end: take the one at position i.
    const slot = slots[i] as number;
    this.items[slot] = item;
    this.datas[slot] = data;
    // The new entry has the largest sequence number, so an equal time never moves it up.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt <= time) break;
      times[i] = pt;
      seqs[i] = seqs[parent] as number;
      slots[i] = slots[parent] as number;
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
    return seq;
  }

  /**
   * Time of the next entry, or +Infinity when empty.
   * @example
   * new EventQueue<string>().peekTime(); // Infinity
   */
  peekTime(): number {
    return this.count === 0 ? Number.POSITIVE_INFINITY : (this.times[0] as number);
  }

  /**
   * The next entry's item without removing it (undefined when empty).
   * @example
   * const q = new EventQueue<string>(); q.push(1, 'a'); q.peek(); // 'a'
   */
  peek(): T | undefined {
    return this.count === 0 ? undefined : this.items[this.slots[0] as number];
  }

  /**
   * Removes and returns the entry with the smallest (time, sequence); undefined when empty.
   * @example
   * const q = new EventQueue<string>(); q.push(2, 'late'); q.push(1, 'early'); q.pop(); // 'early'
   */
  pop(): T | undefined {
    const n = this.count;
    if (n === 0) return undefined;
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    const topSlot = slots[0] as number;
    const top = this.items[topSlot];
    this.lastTime = times[0] as number;
    this.lastSeq = seqs[0] as number;
    this.lastData = this.datas[topSlot];
    this.items[topSlot] = undefined;
    this.datas[topSlot] = undefined;
    const last = n - 1;
    this.count = last;
    const t = times[last] as number;
    const s = seqs[last] as number;
    const slot = slots[last] as number;
    slots[last] = topSlot; // the freed slot waits beyond the heap's end
    if (last > 0) {
      let i = 0;
      const half = last >> 1;
      while (i < half) {
        let child = 2 * i + 1;
        let ct = times[child] as number;
        let cs = seqs[child] as number;
        const right = child + 1;
        if (right < last) {
          const rt = times[right] as number;
          if (rt < ct || (rt === ct && (seqs[right] as number) < cs)) {
            child = right;
            ct = rt;
            cs = seqs[right] as number;
          }
        }
        if (t < ct || (t === ct && s < cs)) break;
        times[i] = ct;
        seqs[i] = cs;
        slots[i] = slots[child] as number;
        i = child;
      }
      times[i] = t;
      seqs[i] = s;
      slots[i] = slot;
    }
    return top;
  }

  /**
   * Removes every entry (sequence numbers keep increasing).
   * @example
   * const q = new EventQueue<string>(); q.push(1, 'a'); q.clear(); q.size; // 0
   */
  clear(): void {
    this.items.fill(undefined);
    this.datas.fill(undefined);
    this.count = 0;
  }

  private grow(): void {
    const old = this.times.length;
    const capacity = old * 2;
    const times = new Float64Array(capacity);
    times.set(this.times);
    const seqs = new Float64Array(capacity);
    seqs.set(this.seqs);
    const slots = new Int32Array(capacity);
    slots.set(this.slots);
    for (let i = old; i < capacity; i++) slots[i] = i;
    this.times = times;
    this.seqs = seqs;
    this.slots = slots;
    for (let i = old; i < capacity; i++) {
      this.items.push(undefined);
      this.datas.push(undefined);
    }
  }
}
