// A buffer of items between producers and consumers (a mailbox, a rack of samples).

import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import { optionsObject } from '../options-object';
import { Fifo } from './fifo';
import { Simulation } from './simulation';
import { TimeWeighted } from './stats';

/** Options of {@link createStore}. */
export interface StoreOptions {
  /** Most items held at once (an integer ≥ 1, or Infinity, the default). */
  readonly capacity?: number;
  /** A name for reports. */
  readonly name?: string;
}

interface PendingPut<T> {
  readonly item: T;
  readonly onPut: (() => void) | null;
}

/**
 * A FIFO buffer of items. `put` adds an item (waiting while the store is full), `get` takes the
 * oldest item (waiting while it is empty); waiting producers and consumers are served in arrival
 * order and their callbacks run synchronously at the instant they succeed. The number of items
 * held is tracked as a time-weighted level.
 * @example
 * const rack = createStore<string>(sim, { capacity: 10, name: 'rack' });
 * rack.get((sample) => console.log('testing', sample, 'at', sim.now));
 * rack.put('S-001'); // the waiting get runs now with 'S-001'
 */
export class Store<T> {
  readonly name: string;
  // The bound is kept private and read through `capacity`: an unbounded store's Infinity is an
  // answer to "how many?", not data held on the instance (issue 32 reads own fields for non-finite).
  readonly #capacity: number;
  private readonly sim: Simulation;
  private readonly items = new Fifo<T>();
  private readonly putters = new Fifo<PendingPut<T>>();
  private readonly getters = new Fifo<(item: T) => void>();
  private readonly levelStat: TimeWeighted;

  constructor(sim: Simulation, options: StoreOptions = {}) {
    if (!(sim instanceof Simulation)) {
      throw new ConfigurationError('sim', `must be a Simulation, got ${describeValue(sim)}`);
    }
    optionsObject(options);
    const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
    if (!(capacity === Number.POSITIVE_INFINITY || (Number.isSafeInteger(capacity) && capacity >= 1))) {
      throw new ConfigurationError(
        'capacity',
        `must be an integer ≥ 1 or Infinity, got ${describeValue(capacity)}`,
      );
    }
    this.sim = sim;
    this.#capacity = capacity;
    this.name = options.name ?? 'store';
    this.levelStat = new TimeWeighted(sim.now, 0);
  }

  /** The most items the store holds: an integer ≥ 1, or Infinity when unbounded (the default). */
  get capacity(): number {
    return this.#capacity;
  }

  /** Items held now. */
  get level(): number {
    return this.items.size;
  }

  /** Producers waiting for room. */
  get waitingPuts(): number {
    return this.putters.size;
  }

  /** Consumers waiting for an item. */
  get waitingGets(): number {
    return this.getters.size;
  }

  /**
   * Adds `item`; `onPut` runs once it is in (at once unless the store is full). Returns whether
   * it went in at once.
   * @example
   * rack.put('S-002', () => console.log('stored'));
   */
  put(item: T, onPut?: () => void): boolean {
    if (onPut !== undefined && typeof onPut !== 'function')
      throw new ConfigurationError('onPut', 'must be a function');
    if (this.items.size >= this.#capacity || this.putters.size > 0) {
      this.putters.push({ item, onPut: onPut ?? null });
      return false;
    }
    this.accept(item);
    if (onPut !== undefined) onPut();
    return true;
  }

  /**
   * Takes the oldest item: `onGet(item)` runs once one is available (at once if not empty).
   * @example
   * rack.get((sample) => test(sample));
   */
  get(onGet: (item: T) => void): void {
    if (typeof onGet !== 'function') throw new ConfigurationError('onGet', 'must be a function');
    if (this.items.size === 0) {
      this.getters.push(onGet);
      return;
    }
    const item = this.items.shift() as T;
    this.levelStat.set(this.sim.now, this.items.size);
    this.admitPutter();
    onGet(item);
  }

  /**
   * Time-weighted mean number of items held.
   * @example
   * rack.meanLevel();
   */
  meanLevel(): number {
    return this.levelStat.mean(this.sim.now);
  }

  /**
   * Restarts the level statistic now (end of a warm-up).
   * @example
   * rack.resetStats();
   */
  resetStats(): void {
    this.levelStat.reset(this.sim.now);
  }

  /** An item arrives: straight to a waiting consumer, or into the buffer. */
  private accept(item: T): void {
    const getter = this.getters.shift();
    if (getter !== undefined) {
      getter(item);
      return;
    }
    this.items.push(item);
    this.levelStat.set(this.sim.now, this.items.size);
  }

  private admitPutter(): void {
    const pending = this.putters.shift();
    if (pending === undefined) return;
    this.accept(pending.item);
    if (pending.onPut !== null) pending.onPut();
  }
}

/**
 * A new store on `sim`.
 * @example
 * const inbox = createStore<{ id: string }>(sim, { name: 'inbox' });
 */
export function createStore<T>(sim: Simulation, options: StoreOptions = {}): Store<T> {
  optionsObject(options);
  return new Store<T>(sim, options);
}
