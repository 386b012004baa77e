// The synthetic zone-year: consumers one after another, each with a year of 1210 orders and the
// returns of some lines; consumer i drawn from the seed and i alone (issue 14: shards). Generated lazily (a generator),
// so a run of a million lines holds one consumer at a time. The goods mix, values, return timing
// and transit times are assumptions (no published statistics); the rates are illustrative.
import {
  type CivilDate,
  dateFromParts,
  fromEpochDay,
  RandomStream,
  toEpochDay,
  unitStreams,
} from '@gd-ftz/core';
import { type Frac, fracOf } from './fen';
import type { CbecReturnWarehouseParams } from './params';
import { runParams, runSeed } from './run-args';
import type { ParsedLine } from './tax';

/** A kind of goods with its (illustrative) rates and shelf life at sale. */
interface Category {
  readonly weight: number;
  readonly tariffRate: Frac;
  readonly vatRate: Frac;
  readonly consumptionTaxRate: Frac;
  /** Shelf life left at sale, days [min, max]; null for goods without one. */
  readonly shelf: readonly [number, number] | null;
}

// Assumption: an illustrative 1210 mix (premium cosmetics pay consumption tax 15%).
const CATEGORIES: readonly Category[] = [
  {
    weight: 0.15,
    tariffRate: fracOf('0.05'),
    vatRate: fracOf('0.13'),
    consumptionTaxRate: fracOf('0.15'),
    shelf: [300, 1080],
  },
  {
    weight: 0.2,
    tariffRate: fracOf('0.05'),
    vatRate: fracOf('0.13'),
    consumptionTaxRate: fracOf('0'),
    shelf: [300, 1080],
  },
  {
    weight: 0.2,
    tariffRate: fracOf('0.15'),
    vatRate: fracOf('0.13'),
    consumptionTaxRate: fracOf('0'),
    shelf: [120, 540],
  },
  {
    weight: 0.15,
    tariffRate: fracOf('0.1'),
    vatRate: fracOf('0.13'),
    consumptionTaxRate: fracOf('0'),
    shelf: [150, 720],
  },
  {
    weight: 0.3,
    tariffRate: fracOf('0.1'),
    vatRate: fracOf('0.13'),
    consumptionTaxRate: fracOf('0'),
    shelf: null,
  },
];
const CATEGORY_WEIGHTS = CATEGORIES.map((c) => c.weight);
const LINES_PER_ORDER = [0.6, 0.3, 0.1];
const UNITS_PER_LINE = [0.75, 0.18, 0.07];
// Assumption: unit values log-normal, median 250 yuan, so that a few orders pass 5000.
const VALUE_MU = Math.log(25_000);
const VALUE_SIGMA = 1.1;

/** The draws of one returned line. */
export interface LineReturn {
  /** Units returned (all or part of the line). */
  readonly units: number;
  /** Days from release to the consumer's request; a few come after day 30. */
  readonly requestDay: number;
  /** Days the parcel travels from the consumer to the warehouse. */
  readonly transitDays: number;
  readonly condition: 'intact' | 'opened' | 'damaged';
}

/** One line as generated: validated fields, shelf life at sale, and the return if any. */
export interface PopLine extends ParsedLine {
  readonly index: number;
  readonly shelfLifeDays: number | null;
  readonly ret: LineReturn | null;
}

/** One order: released (and taxed) on its day. */
export interface PopOrder {
  /** Epoch day of release. */
  readonly day: number;
  readonly lines: readonly PopLine[];
}

/** A consumer's year of orders, in day order. */
export interface ConsumerYear {
  readonly index: number;
  readonly orders: readonly PopOrder[];
}

/** The first and last epoch day of the simulated year. */
export function yearSpan(year: number): { first: number; last: number } {
  return { first: toEpochDay(dateFromParts(year, 1, 1)), last: toEpochDay(dateFromParts(year, 12, 31)) };
}

function drawReturn(rng: RandomStream, quantity: number, params: CbecReturnWarehouseParams): LineReturn {
  const u = rng.real();
  const condition =
    u < params.intactShare
      ? 'intact'
      : u < params.intactShare + (1 - params.intactShare) * (2 / 3)
        ? 'opened'
        : 'damaged';
  return {
    units: quantity === 1 ? 1 : rng.int(1, quantity),
    // Assumption: request day triangular on [0, 7, 34] (most within a week; about 1% after day 30).
    requestDay: Math.max(1, Math.ceil(rng.triangular(0, 7, 34))),
    // Assumption: transit triangular on [2, 4, 12] days.
    transitDays: Math.round(rng.triangular(2, 4, 12)),
    condition,
  };
}

/** How many lines each order of a consumer has, before the cut at the year's line count. */
type ConsumerSize = readonly number[];

/**
 * The sizes of consumers 0, 1, 2, … (lines per order), from the seed's `consumer-sizes` stream:
 * consumer i's size is the i-th draw of it, a function of the seed and i alone. Sizes are cheap
 * (a Poisson and a few small draws), so a shard finds where its consumers start by walking them.
 */
function* consumerSizes(params: CbecReturnWarehouseParams, seed: number): Generator<ConsumerSize> {
  const rng = RandomStream.fromSeed(seed).substream('consumer-sizes');
  for (;;) {
    const n = 1 + rng.poisson(Math.max(0, params.ordersPerConsumer - 1));
    const counts: number[] = [];
    for (let i = 0; i < n; i++) counts.push(1 + rng.weightedIndex(LINES_PER_ORDER));
    yield counts;
  }
}

/**
 * Consumer `index`'s year, its first line numbered `firstLine`, cut to at most `room` lines: every
 * draw but its size comes from its own stream (`consumers/index`, core's `unitStreams`).
 */
function consumerYear(
  params: CbecReturnWarehouseParams,
  rng: RandomStream,
  index: number,
  size: ConsumerSize,
  firstLine: number,
  room: number,
  first: number,
  days: number,
): ConsumerYear {
  const orderDays: number[] = [];
  for (let i = 0; i < size.length; i++) orderDays.push(first + rng.int(0, days - 1));
  orderDays.sort((a, b) => a - b);
  const orders: PopOrder[] = [];
  let made = 0;
  orderDays.forEach((day, oi) => {
    if (made >= room) return;
    const count = Math.min(size[oi] as number, room - made);
    const lines: PopLine[] = [];
    for (let j = 0; j < count; j++) {
      const c = CATEGORIES[rng.weightedIndex(CATEGORY_WEIGHTS)] as Category;
      const quantity = 1 + rng.weightedIndex(UNITS_PER_LINE);
      // The draw is a count of fen (an integer), made an exact amount at once.
      const unitFen = BigInt(Math.max(100, Math.round(rng.lognormal(VALUE_MU, VALUE_SIGMA))));
      const shelfLifeDays = c.shelf === null ? null : rng.int(c.shelf[0], c.shelf[1]);
      const returned = rng.bernoulli(params.returnShare);
      lines.push({
        index: firstLine + made,
        unitFen,
        quantity,
        tariffRate: c.tariffRate,
        vatRate: c.vatRate,
        consumptionTaxRate: c.consumptionTaxRate,
        shelfLifeDays,
        ret: returned ? drawReturn(rng, quantity, params) : null,
      });
      made++;
    }
    orders.push({ day, lines });
  });
  return { index, orders };
}

/**
 * The consumers whose first line falls in `[start, end)`, lazily (one held at a time). Consumers
 * follow one another until `params.lines` lines are drawn, the last one cut to fit; consumer i is
 * drawn from the seed and i alone (its size from the `consumer-sizes` stream, the rest from its own
 * sub-stream), so any block of lines gives the same consumers whatever shard draws it.
 * @example
 * let lines = 0;
 * for (const c of consumersIn(params, 42, 0, params.lines)) for (const o of c.orders) lines += o.lines.length;
 */
export function* consumersIn(
  params: CbecReturnWarehouseParams,
  seed: number,
  start: number,
  end: number,
): Generator<ConsumerYear> {
  const unit = unitStreams(seed, 'consumers');
  const { first, last } = yearSpan(params.year);
  const days = last - first + 1;
  const stop = Math.min(end, params.lines);
  let firstLine = 0;
  let index = 0;
  for (const size of consumerSizes(params, seed)) {
    if (firstLine >= stop) return;
    const lines = size.reduce((a, b) => a + b, 0);
    if (firstLine >= start)
      yield consumerYear(params, unit(index), index, size, firstLine, params.lines - firstLine, first, days);
    firstLine += lines;
    index++;
  }
}

/**
 * The zone-year's consumers, lazily, until `params.lines` lines are drawn (the last order is cut
 * to fit): {@link consumersIn} over every line.
 * @example
 * let lines = 0;
 * for (const c of populationOf(params, 42)) for (const o of c.orders) lines += o.lines.length;
 */
export function populationOf(params: CbecReturnWarehouseParams, seed: number): Generator<ConsumerYear> {
  return consumersIn(params, seed, 0, params.lines);
}

/** The civil date of an epoch day (a tiny per-run cache keeps the simulation from re-formatting). */
export function dayCache(): (day: number) => CivilDate {
  const cache = new Map<number, CivilDate>();
  return (day) => {
    let d = cache.get(day);
    if (d === undefined) {
      d = fromEpochDay(day);
      cache.set(day, d);
    }
    return d;
  };
}

/**
 * Draws the whole population and counts its lines: generation alone, the same-run baseline the
 * bench sets the full run against.
 * @example
 * populationLines({ ...defaultParams(PARAMS), lines: 1000 }, 42) // 1000
 */
export function populationLines(params: CbecReturnWarehouseParams, seed: number): number {
  const p = runParams(params);
  const s = runSeed(seed);
  let lines = 0;
  for (const c of populationOf(p, s)) for (const o of c.orders) lines += o.lines.length;
  return lines;
}
