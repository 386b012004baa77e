// The storage behind EventQueue and the simulation's event list (internal: not exported from the
// package). A binary min-heap keyed by (time, insertion sequence), plus one entry held aside (the
// "front"). The heap is two typed arrays in heap order (time, slot), so sifting moves only numbers;
// each entry's sequence number, item and data live in per-slot arrays written once on push, so a
// callback and its argument are queued without allocating a closure or an entry object, and an
// entry never moves between slots (one write barrier per queued object, none in sifts). Sequence
// numbers are read (through the slot) only to break a tie of times.
//
// The front holds the earlier of the last entries pushed: a push that is earlier than the front
// takes its place (the old front's slot goes into the heap), a later one goes into the heap. Taking
// the next entry takes the front when it precedes the heap's top, without touching the heap. In a
// simulation the next arrival is typically the earliest of what its event schedules (a service
// completion is later), so it waits in the front and comes out with one comparison: the heap sees
// about one push and one pop per customer instead of two, as in a hand-written loop that keeps the
// next arrival aside. Which entry sits where never changes the order entries come out in:
// (time, sequence) decides.
//
// The simulation's run loop reads and clears a taken slot's item and data itself (see `take`), so
// no popped entry passes through an object field: in a model whose event argument is a newly made
// customer, every such store would be an old-to-new write barrier.

const INITIAL_CAPACITY = 64;

/** Internal: the event storage; fields are public to the simulation's run loop, not to callers. */
export class EventHeap<T, D> {
  /** Heap order: the time of the entry at each heap position. */
  times: Float64Array = new Float64Array(INITIAL_CAPACITY);
  /** Heap order: the slot of the entry at each heap position. */
  slots: Int32Array = new Int32Array(INITIAL_CAPACITY);
  /** By slot: the entry's sequence number. */
  seqs: Float64Array = new Float64Array(INITIAL_CAPACITY);
  /** By slot: the entry's item and data (cleared by whoever takes the entry). */
  items: (T | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  datas: (D | undefined)[] = new Array(INITIAL_CAPACITY).fill(undefined);
  /** A stack of the free slots; `freeCount` of them are at its bottom. */
  private free: Int32Array = new Int32Array(INITIAL_CAPACITY);
  private freeCount = INITIAL_CAPACITY;
  /** Entries in the heap (the front not included). */
  count = 0;
  nextSeq = 0;
  /** The slot of the entry held aside, or -1. */
  frontSlot = -1;
  frontTime = 0;
  /** Time of the entry most recently taken. */
  takenTime = 0;

  constructor() {
    // Slot 0 on top of the stack, so that a fresh queue fills slots in order.
    for (let i = 0; i < INITIAL_CAPACITY; i++) this.free[i] = INITIAL_CAPACITY - 1 - i;
  }

  /** Entries queued, the front included. */
  get size(): number {
    return this.frontSlot >= 0 ? this.count + 1 : this.count;
  }

  /** Queues an entry; returns its sequence number. */
  push(time: number, item: T, data: D | undefined): number {
    const seq = this.nextSeq++;
    if (this.freeCount === 0) this.grow();
    const slot = this.free[--this.freeCount] as number;
    this.seqs[slot] = seq;
    this.items[slot] = item;
    this.datas[slot] = data;
    const front = this.frontSlot;
    if (front < 0) {
      this.frontSlot = slot;
      this.frontTime = time;
      return seq;
    }
    // The entry that goes into the heap is written at its bottom here and sifted up by position:
    // a call that passed its time would box the double (a heap number per event) where V8 does
    // not inline it.
    const at = this.count++;
    if (time < this.frontTime) {
      // Strictly earlier: the new entry becomes the front (at an equal time it comes out later).
      this.times[at] = this.frontTime;
      this.slots[at] = front;
      this.frontSlot = slot;
      this.frontTime = time;
    } else {
      this.times[at] = time;
      this.slots[at] = slot;
    }
    if (at > 0) this.siftUp(at);
    return seq;
  }

  /** Time of the next entry, or +Infinity when empty. */
  nextTime(): number {
    const top = this.count === 0 ? Number.POSITIVE_INFINITY : (this.times[0] as number);
    return this.frontSlot >= 0 && this.frontTime < top ? this.frontTime : top;
  }

  /** The slot of the next entry without removing it, or -1 when empty. */
  peekSlot(): number {
    if (this.frontFirst()) return this.frontSlot;
    return this.count === 0 ? -1 : (this.slots[0] as number);
  }

  /**
   * Removes the next entry if its time is before `limit` and returns its slot (its time in
   * `takenTime`), else -1. The slot is free again at once: the caller reads its item, data and
   * sequence number, and clears the item and data, before queuing anything.
   */
  take(limit: number): number {
    if (this.frontFirst()) {
      const time = this.frontTime;
      if (!(time < limit)) return -1;
      const slot = this.frontSlot;
      this.frontSlot = -1;
      this.takenTime = time;
      this.free[this.freeCount++] = slot;
      return slot;
    }
    const n = this.count;
    if (n === 0) return -1;
    const times = this.times;
    const top = times[0] as number;
    if (!(top < limit)) return -1;
    const slots = this.slots;
    const seqs = this.seqs;
    const topSlot = slots[0] as number;
    this.takenTime = top;
    this.free[this.freeCount++] = topSlot;
    const last = n - 1;
    this.count = last;
    if (last > 0) {
      const t = times[last] as number;
      const slot = slots[last] as number;
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
    return topSlot;
  }

  /** Removes every entry (sequence numbers keep increasing). */
  clear(): void {
    this.items.fill(undefined);
    this.datas.fill(undefined);
    const capacity = this.seqs.length;
    for (let i = 0; i < capacity; i++) this.free[i] = capacity - 1 - i;
    this.freeCount = capacity;
    this.frontSlot = -1;
    this.count = 0;
  }

  /** Whether the front exists and precedes the heap's top in (time, sequence) order. */
  private frontFirst(): boolean {
    const front = this.frontSlot;
    if (front < 0) return false;
    if (this.count === 0) return true;
    const top = this.times[0] as number;
    const time = this.frontTime;
    return (
      time < top ||
      (time === top && (this.seqs[front] as number) < (this.seqs[this.slots[0] as number] as number))
    );
  }

  /**
   * Moves the entry at heap position `at` up to its place (its sequence number may be older than
   * entries already in the heap: a former front).
   */
  private siftUp(at: number): void {
    const times = this.times;
    const slots = this.slots;
    const seqs = this.seqs;
    const time = times[at] as number;
    const slot = slots[at] as number;
    const seq = seqs[slot] as number;
    let i = at;
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

  /** Doubles every array; called when no slot is free (heap positions never outnumber slots). */
  private grow(): void {
    const old = this.seqs.length;
    const capacity = old * 2;
    const times = new Float64Array(capacity);
    times.set(this.times);
    const slots = new Int32Array(capacity);
    slots.set(this.slots);
    const seqs = new Float64Array(capacity);
    seqs.set(this.seqs);
    const free = new Int32Array(capacity);
    // The stack was empty: the new slots old..capacity-1 become free, the lowest on top.
    for (let i = 0; i < capacity - old; i++) free[i] = capacity - 1 - i;
    this.times = times;
    this.slots = slots;
    this.seqs = seqs;
    this.free = free;
    this.freeCount = capacity - old;
    for (let i = old; i < capacity; i++) {
      this.items.push(undefined);
      this.datas.push(undefined);
    }
  }
}
