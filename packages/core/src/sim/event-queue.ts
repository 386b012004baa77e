// A binary min-heap keyed by (time, insertion sequence), plus one entry held aside (the "front").
// The heap itself is two typed arrays (time, slot) so sifting moves only numbers; each entry's
// sequence number, item and data live in per-slot arrays written once on push, so a callback and
// its argument can be queued without allocating a closure or an entry object, and without GC write
// barriers in sifts. Sequence numbers are read (through the slot) only to break a tie of times.
//
// The front holds the earlier of the last entries pushed: a push that is earlier than the front
// takes its place (the old front goes into the heap), a later one goes into the heap. A pop takes
// the front when it precedes the heap's top, without touching the heap. In a simulation the next
// arrival is typically the earliest of what its event schedules (a service completion is later),
// so it waits in the front and comes out with one comparison: the heap sees about one push and one
// pop per customer instead of two, as in a hand-written loop that keeps the next arrival aside.
// Which entry sits where never changes the order entries come out in: (time, sequence) decides.

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
  /** Heap order: the time of the entry at each heap position. */
  private times: Float64Array = new Float64Array(INITIAL_CAPACITY);
  /** Heap order: the slot of the entry at each heap position; beyond the heap's end, the free slots. */
  private slots: Int32Array = new Int32Array(INITIAL_CAPACITY);
  /** By slot: the entry's sequence number. */
  private seqs: Float64Array = new Float64Array(INITIAL_CAPACITY);
  /** By slot: the entry's item and data (cleared on pop, so the queue holds no garbage). */
  private items: (T | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  private datas: (D | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  private count = 0;
  private nextSeq = 0;
  /** The entry held aside (see the file comment); `hasFront` says whether there is one. */
  private hasFront = false;
  private frontTime = 0;
  private frontSeq = 0;
  private frontItem: T | undefined = undefined;
  private frontData: D | undefined = undefined;

  constructor() {
    for (let i = 0; i < INITIAL_CAPACITY; i++) this.slots[i] = i;
  }

  /** Sequence numbers issued so far: every number handed out by push is below this. */
  get issued(): number {
    return this.nextSeq;
  }

  /** Number of entries queued. */
  get size(): number {
    return this.hasFront ? this.count + 1 : this.count;
  }

  /**
   * Queues `item` (and `data`) at `time`; returns the entry's insertion sequence number, unique
   * for this queue's lifetime (also across {@link EventQueue.clear}).
   * @example
   * new EventQueue<string>().push(3, 'x'); // 0
   */
  push(time: number, item: T, data?: D): number {
    const seq = this.nextSeq++;
    if (!this.hasFront) {
      this.hasFront = true;
      this.frontTime = time;
      this.frontSeq = seq;
      this.frontItem = item;
      this.frontData = data;
    } else if (time < this.frontTime) {
      // Strictly earlier: the new entry becomes the front (at an equal time it comes out later).
      this.heapPush(this.frontTime, this.frontSeq, this.frontItem as T, this.frontData);
      this.frontTime = time;
      this.frontSeq = seq;
      this.frontItem = item;
      this.frontData = data;
    } else {
      this.heapPush(time, seq, item, data);
    }
    return seq;
  }

  /**
   * Time of the next entry, or +Infinity when empty.
   * @example
   * new EventQueue<string>().peekTime(); // Infinity
   */
  peekTime(): number {
    const top = this.count === 0 ? Number.POSITIVE_INFINITY : (this.times[0] as number);
    return this.hasFront && this.frontTime < top ? this.frontTime : top;
  }

  /**
   * The next entry's item without removing it (undefined when empty).
   * @example
   * const q = new EventQueue<string>(); q.push(1, 'a'); q.peek(); // 'a'
   */
  peek(): T | undefined {
    if (this.frontFirst()) return this.frontItem;
    return this.count === 0 ? undefined : this.items[this.slots[0] as number];
  }

  /**
   * Removes and returns the entry with the smallest (time, sequence); undefined when empty.
   * @example
   * const q = new EventQueue<string>(); q.push(2, 'late'); q.push(1, 'early'); q.pop(); // 'early'
   */
  pop(): T | undefined {
    if (this.frontFirst()) {
      const item = this.frontItem;
      this.lastTime = this.frontTime;
      this.lastSeq = this.frontSeq;
      this.lastData = this.frontData;
      this.hasFront = false;
      this.frontItem = undefined;
      this.frontData = undefined;
      return item;
    }
    const n = this.count;
    if (n === 0) return undefined;
    const times = this.times;
    const slots = this.slots;
    const seqs = this.seqs;
    const topSlot = slots[0] as number;
    const top = this.items[topSlot];
    this.lastTime = times[0] as number;
    this.lastSeq = seqs[topSlot] as number;
    this.lastData = this.datas[topSlot];
    this.items[topSlot] = undefined;
    this.datas[topSlot] = undefined;
    const last = n - 1;
    this.count = last;
    const t = times[last] as number;
    const slot = slots[last] as number;
    slots[last] = topSlot; // the freed slot waits beyond the heap's end
    if (last > 0) {
      let i = 0;
      const half = last >> 1;
      while (i < half) {
        let child = 2 * i + 1;
        let ct = times[child] as number;
        const right = child + 1;
        if (right < last) {
          const rt = times[right] as number;
          if (
            rt < ct ||
            (rt === ct && (seqs[slots[right] as number] as number) < (seqs[slots[child] as number] as number))
          ) {
            child = right;
            ct = rt;
          }
        }
        if (t < ct || (t === ct && (seqs[slot] as number) < (seqs[slots[child] as number] as number))) break;
        times[i] = ct;
        slots[i] = slots[child] as number;
        i = child;
      }
      times[i] = t;
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
    this.hasFront = false;
    this.frontItem = undefined;
    this.frontData = undefined;
    this.items.fill(undefined);
    this.datas.fill(undefined);
    this.count = 0;
  }

  /** Whether the front exists and precedes the heap's top in (time, sequence) order. */
  private frontFirst(): boolean {
    if (!this.hasFront) return false;
    if (this.count === 0) return true;
    const top = this.times[0] as number;
    return (
      this.frontTime < top ||
      (this.frontTime === top && this.frontSeq < (this.seqs[this.slots[0] as number] as number))
    );
  }

  /** Inserts an entry into the heap (its sequence number may be older than entries already in it). */
  private heapPush(time: number, seq: number, item: T, data: D | undefined): void {
    let i = this.count++;
    if (i === this.times.length) this.grow();
    const times = this.times;
    const slots = this.slots;
    const seqs = this.seqs;
    // The slot array keeps unused slot numbers beyond the heap's end: take the one at position i.
    const slot = slots[i] as number;
    seqs[slot] = seq;
    this.items[slot] = item;
    this.datas[slot] = data;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (seqs[slots[parent] as number] as number) < seq)) break;
      times[i] = pt;
      slots[i] = slots[parent] as number;
      i = parent;
    }
    times[i] = time;
    slots[i] = slot;
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
