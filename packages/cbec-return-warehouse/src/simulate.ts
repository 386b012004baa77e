// One zone-year of measure 12, streamed consumer by consumer: every line is taxed on its release
// day against the consumer's annual total, and every returned line goes through the old return
// path (baseline: an out-of-zone warehouse, compliant goods back into the zone in batches, checked
// item by item) and the reform path (the zone's return centre warehouse, WMS receipt = arrival,
// sorted and declared from WMS data), on the same draws. Only accumulators and a few sample flows
// are kept, so memory does not grow with the number of lines. Internal, apart from the entry points.
import { type CivilDate, type EventLog, integerAt, toEpochDay, type Variant } from '@gd-ftz/core';
import { logFlow, RETURN_ACTIVITIES } from './event-log';
import { unitsShareFen } from './fen';
import { CENTRE_WAREHOUSE_MODE, MIN_SHELF_LIFE_DAYS, TAX_REMITTANCE_DAY } from './law';
import type { ReturnWindow, Route, SortOutcome } from './model';
import type { CbecReturnWarehouseParams } from './params';
import { type ConsumerYear, dayCache, type PopLine, populationOf, yearSpan } from './population';
import { runHooks, runParams, runSeed } from './run-args';
import { sortOf } from './sort';
import { type OrderTaxFen, taxOrder } from './tax';
import { windowOf } from './window';

/** Days kept in the day histograms (longer spans are counted in the last bucket). */
const MAX_DAYS = 400;

/** What happened to one returned line in one variant, day by day (epoch days). */
export interface ReturnFlow {
  readonly lineIndex: number;
  readonly variant: Variant;
  readonly route: Route;
  readonly units: number;
  readonly releasedOn: number;
  readonly window: ReturnWindow;
  readonly requestedOn: number;
  /** False when the request came too late or the line was general trade: not a customs return. */
  readonly customsReturn: boolean;
  /** Arrival at the out-of-zone warehouse (baseline) or WMS receipt in the zone (reform). */
  readonly receivedOn: number | null;
  readonly sortedOn: number | null;
  readonly sorted: SortOutcome | null;
  /** Baseline: the batch day the compliant goods re-entered the zone. */
  readonly enteredZoneOn: number | null;
  /** Back in the zone within both limits (45号). */
  readonly withinLimits: boolean;
  /** Declared returned: tax not levied, quota restored. */
  readonly notLevied: boolean;
  /** The day the case closes in customs (declared, shipped out, or the limit lapsed). */
  readonly closedOn: number | null;
  readonly restockedOn: number | null;
  readonly resoldOn: number | null;
  /** Tax collected on the returned units, fen. */
  readonly taxOnUnits: bigint;
  /** Dutiable value of the returned units, fen. */
  readonly valueOfUnits: bigint;
  readonly customsMinutes: number;
}

/** The accumulators of one variant over the year; amounts in fen (bigint). */
export interface VariantStats {
  lines: number;
  units: number;
  routes: Record<Route, number>;
  /** Tax ledger at the year's end, to the fen: collected = remitted + refunded + held. */
  collected: bigint;
  remitted: bigint;
  refunded: bigint;
  held: bigint;
  returns: number;
  customsReturns: number;
  withinLimits: number;
  returnedUnits: number;
  restockedUnits: number;
  writtenOffUnits: number;
  resoldUnits: number;
  taxLeviedOnReturns: bigint;
  taxRefunded: bigint;
  writtenOff: bigint;
  customsMinutes: number;
  // What the customs minutes are made of, as counts (exact in any order, for shards).
  /** Baseline: returns declared at the zone gate (each with the declaration minutes). */
  gateReturns: number;
  /** Baseline: units of those returns, checked item by item at the gate. */
  gateUnits: number;
  /** Reform: returns declared and reviewed from WMS data. */
  wmsReturns: number;
  refundDays: Int32Array;
  clearanceDays: Int32Array;
  /** Checks: the lowest annual total seen, and quota restored against value counted. */
  minAnnualTotal: bigint;
  quotaRestored: bigint;
  quotaCounted: bigint;
}

/** The result of a run. */
export interface ZoneYear {
  readonly lines: number;
  readonly consumers: number;
  readonly baseline: VariantStats;
  readonly reform: VariantStats;
  /** The first returned lines' flows in both variants, for the report's samples. */
  readonly flows: readonly (readonly [ReturnFlow, ReturnFlow])[];
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

function emptyStats(): VariantStats {
  return {
    lines: 0,
    units: 0,
    routes: { cbec: 0, 'cbec-full-rate': 0, 'general-trade': 0 },
    collected: 0n,
    remitted: 0n,
    refunded: 0n,
    held: 0n,
    returns: 0,
    customsReturns: 0,
    withinLimits: 0,
    returnedUnits: 0,
    restockedUnits: 0,
    writtenOffUnits: 0,
    resoldUnits: 0,
    taxLeviedOnReturns: 0n,
    taxRefunded: 0n,
    writtenOff: 0n,
    customsMinutes: 0,
    gateReturns: 0,
    gateUnits: 0,
    wmsReturns: 0,
    refundDays: new Int32Array(MAX_DAYS + 1),
    clearanceDays: new Int32Array(MAX_DAYS + 1),
    minAnnualTotal: 0n,
    quotaRestored: 0n,
    quotaCounted: 0n,
  };
}

/** Per-run constants: the year, the dated rules, caches of windows and dates. */
interface Ctx {
  readonly params: CbecReturnWarehouseParams;
  readonly first: number;
  readonly horizon: number;
  readonly remitDays: number;
  readonly minShelf: number;
  readonly date: (day: number) => CivilDate;
  readonly windows: Map<number, ReturnWindow>;
}

function windowAt(ctx: Ctx, day: number): ReturnWindow {
  let w = ctx.windows.get(day);
  if (w === undefined) {
    w = windowOf(ctx.date(day), ctx.params.windowRollsOver);
    ctx.windows.set(day, w);
  }
  return w;
}

/** Books an amount that leaves the agent on `day`: remitted or refunded by the year's end, else held. */
function book(s: VariantStats, ctx: Ctx, amount: bigint, day: number, refund: boolean): void {
  if (day > ctx.horizon) s.held += amount;
  else if (refund) s.refunded += amount;
  else s.remitted += amount;
}

const bump = (h: Int32Array, days: number) => {
  const i = Math.min(MAX_DAYS, Math.max(0, days));
  h[i] = (h[i] as number) + 1;
};

/** The return path of one line in one variant. */
function flowOf(
  ctx: Ctx,
  variant: Variant,
  line: PopLine,
  route: Route,
  releasedOn: number,
  taxOnUnits: bigint,
): ReturnFlow {
  const p = ctx.params;
  const r = line.ret as NonNullable<PopLine['ret']>;
  const window = windowAt(ctx, releasedOn);
  const requestedOn = releasedOn + r.requestDay;
  const base = {
    lineIndex: line.index,
    variant,
    route,
    units: r.units,
    releasedOn,
    window,
    requestedOn,
    taxOnUnits,
    valueOfUnits: line.unitFen * BigInt(r.units),
  };
  const applyBy = toEpochDay(window.applyBy);
  const arriveBy = window.arriveBy === null ? null : toEpochDay(window.arriveBy);
  const lapse = (arriveBy ?? applyBy) + 1;
  if (route === 'general-trade' || requestedOn > applyBy) {
    return {
      ...base,
      customsReturn: false,
      receivedOn: null,
      sortedOn: null,
      sorted: null,
      enteredZoneOn: null,
      withinLimits: false,
      notLevied: false,
      closedOn: null,
      restockedOn: null,
      resoldOn: null,
      customsMinutes: 0,
    };
  }
  const receivedOn = requestedOn + r.transitDays;
  const sortedOn = receivedOn + (variant === 'baseline' ? p.outOfZoneSortDays : p.centreSortDays);
  const shelfLeft = (day: number) =>
    line.shelfLifeDays === null ? null : line.shelfLifeDays - (day - releasedOn);
  const sorted = sortOf(r.condition, shelfLeft(sortedOn), ctx.minShelf);
  const resale = (restockedOn: number) => {
    const left = shelfLeft(restockedOn);
    const soldOn = restockedOn + p.resaleDays;
    return soldOn <= ctx.horizon && (left === null || left - p.resaleDays > 0) ? soldOn : null;
  };
  if (variant === 'baseline') {
    if (sorted !== 'restock') {
      // Non-compliant goods stay outside the zone: the return is never declared, the limit lapses.
      return {
        ...base,
        customsReturn: true,
        receivedOn,
        sortedOn,
        sorted,
        enteredZoneOn: null,
        withinLimits: false,
        notLevied: false,
        closedOn: lapse,
        restockedOn: null,
        resoldOn: null,
        customsMinutes: 0,
      };
    }
    // Compliant goods wait for the next batch back into the zone (batches every interval from 1 Jan).
    const wait = (p.batchIntervalDays - ((sortedOn - ctx.first) % p.batchIntervalDays)) % p.batchIntervalDays;
    const entered = sortedOn + wait;
    const inTime = arriveBy === null || entered <= arriveBy;
    return {
      ...base,
      customsReturn: true,
      receivedOn,
      sortedOn,
      sorted,
      enteredZoneOn: entered,
      withinLimits: inTime,
      notLevied: inTime,
      closedOn: inTime ? entered : Math.max(entered, lapse),
      restockedOn: inTime ? entered : null,
      resoldOn: inTime ? resale(entered) : null,
      customsMinutes: p.declarationMinutes + p.gateCheckMinutesPerItem * r.units,
    };
  }
  // Reform: WMS receipt in the centre warehouse is the arrival in the zone.
  const inTime = arriveBy === null || receivedOn <= arriveBy;
  const declared = inTime && sorted === 'restock';
  return {
    ...base,
    customsReturn: true,
    receivedOn,
    sortedOn,
    sorted,
    enteredZoneOn: null,
    withinLimits: inTime,
    notLevied: declared,
    closedOn: sortedOn,
    restockedOn: declared ? sortedOn : null,
    resoldOn: declared ? resale(sortedOn) : null,
    customsMinutes: p.wmsMinutesPerReturn,
  };
}

/** Books one returned line's flow into the variant's accumulators. */
function bookFlow(s: VariantStats, ctx: Ctx, f: ReturnFlow, remitOn: number): void {
  s.returns++;
  s.returnedUnits += f.units;
  s.customsMinutes += f.customsMinutes;
  // The paths flowOf gives minutes to: the baseline's batch entry, the reform's WMS declaration.
  if (f.variant === 'baseline' && f.enteredZoneOn !== null) {
    s.gateReturns++;
    s.gateUnits += f.units;
  } else if (f.variant === 'reform' && f.customsReturn) s.wmsReturns++;
  if (f.customsReturn) s.customsReturns++;
  if (f.withinLimits) s.withinLimits++;
  if (f.closedOn !== null) bump(s.clearanceDays, f.closedOn - f.requestedOn);
  if (f.notLevied) {
    const refundOn = f.closedOn as number;
    book(s, ctx, f.taxOnUnits, refundOn, true);
    s.taxRefunded += f.taxOnUnits;
    bump(s.refundDays, refundOn - f.requestedOn);
  } else {
    // Held until the limit lapses or the goods leave, then remitted with the agent's payment.
    book(s, ctx, f.taxOnUnits, Math.max(remitOn, f.closedOn ?? remitOn), false);
    s.taxLeviedOnReturns += f.taxOnUnits;
  }
  if (f.restockedOn !== null) s.restockedUnits += f.units;
  else {
    s.writtenOffUnits += f.units;
    s.writtenOff += f.valueOfUnits;
  }
  if (f.resoldOn !== null) s.resoldUnits += f.units;
}

interface Restore {
  readonly day: number;
  readonly amount: bigint;
}

/** One consumer's year in one variant; `cache` shares an order's tax between variants when equal. */
function consumerYear(
  ctx: Ctx,
  c: ConsumerYear,
  variant: Variant,
  s: VariantStats,
  cache: Map<number, { before: bigint; tax: OrderTaxFen }>,
  emit: (f: ReturnFlow) => void,
): void {
  let total = 0n;
  const restores: Restore[] = [];
  c.orders.forEach((o, oi) => {
    // Returns declared before this order's day have already reduced the annual total.
    for (let i = restores.length - 1; i >= 0; i--) {
      const r = restores[i] as Restore;
      if (r.day <= o.day) {
        total -= r.amount;
        s.quotaRestored += r.amount;
        restores.splice(i, 1);
      }
    }
    if (total < s.minAnnualTotal) s.minAnnualTotal = total;
    const hit = cache.get(oi);
    const t = hit !== undefined && hit.before === total ? hit.tax : taxOrder(o.lines, total, ctx.date(o.day));
    if (!hit) cache.set(oi, { before: total, tax: t });
    total = t.annualAfterFen;
    if (t.route !== 'general-trade') s.quotaCounted += t.orderFen;
    const remitOn = o.day + ctx.remitDays;
    o.lines.forEach((line, li) => {
      const lt = t.lines[li] as OrderTaxFen['lines'][number];
      s.lines++;
      s.units += line.quantity;
      s.routes[t.route]++;
      s.collected += lt.total;
      if (line.ret === null) {
        book(s, ctx, lt.total, remitOn, false);
        return;
      }
      const n = line.ret.units;
      // Each tax split per unit to the fen (as core's allocate splits it), the returned units' share.
      const onUnits =
        unitsShareFen(lt.tariff, line.quantity, 0, n) +
        unitsShareFen(lt.consumptionTax, line.quantity, 0, n) +
        unitsShareFen(lt.vat, line.quantity, 0, n);
      book(s, ctx, lt.total - onUnits, remitOn, false);
      const f = flowOf(ctx, variant, line, t.route, o.day, onUnits);
      bookFlow(s, ctx, f, remitOn);
      if (f.notLevied) restores.push({ day: f.closedOn as number, amount: f.valueOfUnits });
      emit(f);
    });
  });
  // Restores after the consumer's last order still reduce the year's total.
  for (const r of restores) {
    total -= r.amount;
    s.quotaRestored += r.amount;
  }
  if (total < s.minAnnualTotal) s.minAnnualTotal = total;
}

/** How many paired flows a run keeps for samples. */
export const KEPT_FLOWS = 64;

/** What a {@link ZoneRun} writes to besides its accumulators. */
export interface ZoneRunOptions {
  readonly eventLog?: EventLog | undefined;
}

/**
 * One pass of the zone-year over consumers fed one at a time (baseline and reform on each): a shard
 * feeds the same consumers to the scenario's pass and to every sensitivity end's. Parameters are
 * checked by the caller.
 */
export class ZoneRun {
  readonly baseline = emptyStats();
  readonly reform = emptyStats();
  readonly flows: [ReturnFlow, ReturnFlow][] = [];
  consumers = 0;
  private readonly ctx: Ctx;
  private readonly log: EventLog | undefined;

  constructor(params: CbecReturnWarehouseParams, options: ZoneRunOptions = {}) {
    const { first, last } = yearSpan(params.year);
    const date = dayCache();
    // The reform variant needs the centre-warehouse mode (70号) in force from the year's first day:
    // the lookup throws ParameterNotInForceError for a year before it (the schema starts at 2022).
    integerAt(CENTRE_WAREHOUSE_MODE, date(first));
    this.ctx = {
      params,
      first,
      horizon: last,
      remitDays: integerAt(TAX_REMITTANCE_DAY, date(first)),
      minShelf: integerAt(MIN_SHELF_LIFE_DAYS, date(first)),
      date,
      windows: new Map(),
    };
    this.log = options.eventLog;
    if (this.log) this.log.defineActivities(RETURN_ACTIVITIES);
  }

  /** Runs one consumer's year through both variants. */
  add(c: ConsumerYear): void {
    const { ctx, log, flows } = this;
    this.consumers++;
    const cache = new Map<number, { before: bigint; tax: OrderTaxFen }>();
    const kept: ReturnFlow[] = [];
    consumerYear(ctx, c, 'baseline', this.baseline, cache, (f) => {
      if (flows.length < KEPT_FLOWS) kept.push(f);
      if (log) logFlow(log, f, ctx.date);
    });
    let i = 0;
    consumerYear(ctx, c, 'reform', this.reform, cache, (f) => {
      const b = kept[i++];
      if (b !== undefined) flows.push([b, f]);
      if (log) logFlow(log, f, ctx.date);
    });
  }

  /** The result so far. */
  result(): ZoneYear {
    const { baseline, reform, consumers, flows } = this;
    return { lines: baseline.lines, consumers, baseline, reform, flows };
  }
}

/**
 * Runs the zone-year, baseline and reform on the same consumers and draws, streamed.
 * @example
 * runZoneYear({ ...defaultParams(PARAMS), lines: 10_000 }, 42).reform.restockedUnits
 */
export function runZoneYear(params: CbecReturnWarehouseParams, seed: number, hooks: RunHooks = {}): ZoneYear {
  // Checked once here (a ValidationError naming the argument), never in the per-line loop.
  params = runParams(params);
  seed = runSeed(seed);
  hooks = runHooks(hooks);
  const run = new ZoneRun(params, { eventLog: hooks.eventLog });
  let nextReport = 0.1;
  for (const c of populationOf(params, seed)) {
    run.add(c);
    if (hooks.onProgress && run.baseline.lines >= nextReport * params.lines) {
      hooks.onProgress(Math.min(1, run.baseline.lines / params.lines));
      nextReport += 0.1;
    }
  }
  return run.result();
}
