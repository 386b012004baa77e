// A first-in first-out ring buffer that grows by doubling: O(1) push and shift without the
// O(n) cost of Array.prototype.shift.

/**
 * A growable FIFO queue.
 * @example
 * const q = new Fifo<string>(); q.push('a'); q.push('b'); q.shift(); // 'a'
 */
export class Fifo<T> {
  private buffer: (T | undefined)[] = new Array(16);
  private head = 0;
  private count = 0;

  /** Number of items queued. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds `item` at the back.
   * @example
   * new Fifo<number>().push(1);
   */
  push(item: T): void {
    if (this.count === this.buffer.length) this.grow();
    this.buffer[(this.head + this.count) & (this.buffer.length - 1)] = item;
    this.count++;
  }

  /**
   * Removes and returns the front item (undefined when empty).
   * @example
   * new Fifo<number>().shift(); // undefined
   */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.buffer[this.head];
    this.buffer[this.head] = undefined;
    this.head = (this.head + 1) & (this.buffer.length - 1);
    this.count--;
    return item;
  }

  /**
   * The front item without removing it.
   * @example
   * new Fifo<number>().peek(); // undefined
   */
  peek(): T | undefined {
    return this.count === 0 ? undefined : this.buffer[this.head];
  }

  private grow(): void {
    const old = this.buffer;
    const next: (T | undefined)[] = new Array(old.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = old[(this.head + i) & (old.length - 1)];
    this.buffer = next;
    this.head = 0;
  }
}
