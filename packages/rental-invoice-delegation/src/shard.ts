// The lease run in shards (issue 14): a shard runs its block of leases through the scenario and
// through each sensitivity end its KPIs show, and hands back plain accumulators; merged, they give
// the report of all the leases, whatever the shard count and order. Internal.
import {
  type Accumulator,
  ConfigurationError,
  countAccumulator,
  decimalSumAccumulator,
  type Histogram,
  histogramAccumulator,
  histogramOf,
  keyedAccumulator,
  recordAccumulator,
  type ShardContext,
  sensitivityEndKey,
  sensitivityEnds,
  withMaximum,
} from '@gd-ftz/core';
import type { RefusalCode } from './check';
import { PARAMS, type RentalInvoiceDelegationParams } from './params';
import { leasesIn } from './population';
import type { Driver } from './report';
import { LeaseRun, type ViewStats } from './simulate';

/** The plain totals of one variant over a block of leases. */
export interface ViewData {
  readonly leases: number;
  readonly periods: number;
  readonly invoices: number;
  readonly online: number;
  readonly unconfirmedAgent: number;
  readonly hallTrips: number;
  readonly lessorActions: number;
  /** Tax collected with the invoices, in whole fen (an exact decimal string). */
  readonly taxFen: string;
  /** Invoices by calendar days from rent due to invoice (1-day bins). */
  readonly days: Histogram;
  readonly refusals: Readonly<Partial<Record<RefusalCode, number>>>;
}

/** The plain totals of one run (both variants) over a block of leases. */
export interface BatchData {
  readonly baseline: ViewData;
  readonly reform: ViewData;
}

/** Days from rent due to invoice are whole calendar days. */
const DAY_RESOLUTION = 1;

const VIEW_ACCUMULATOR: Accumulator<ViewData> = recordAccumulator<ViewData>({
  leases: countAccumulator,
  periods: countAccumulator,
  invoices: countAccumulator,
  online: countAccumulator,
  unconfirmedAgent: countAccumulator,
  hallTrips: countAccumulator,
  lessorActions: countAccumulator,
  taxFen: decimalSumAccumulator,
  days: histogramAccumulator(DAY_RESOLUTION),
  refusals: keyedAccumulator(countAccumulator),
});

const BATCH_ACCUMULATOR: Accumulator<BatchData> = recordAccumulator<BatchData>({
  baseline: VIEW_ACCUMULATOR,
  reform: VIEW_ACCUMULATOR,
});

/** What a shard returns: the scenario's run (`scenario`) and each sensitivity end's (`driver=value`). */
export interface ShardData {
  readonly runs: Readonly<Record<string, BatchData>>;
}

/** How shards merge: run by run, each total exactly (core's accumulators). */
export const SHARD_ACCUMULATOR: Accumulator<ShardData> = recordAccumulator<ShardData>({
  runs: keyedAccumulator(BATCH_ACCUMULATOR),
});

/**
 * The most leases a sharded run takes. Assumption: Guangdong has a few million individual leases
 * whose lessees need invoices (no published count); 10 million leaves room, and each shard streams
 * one lease at a time.
 */
export const PROVINCE_MAX_LEASES = 10_000_000;

/** The schema of sharded runs: the same parameters, leases up to {@link PROVINCE_MAX_LEASES}. */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'leases', PROVINCE_MAX_LEASES);

/** The key of the scenario's own run. */
export const SCENARIO = 'scenario';

/**
 * The assumption parameters whose plausible ends change the simulated events. `hallMinutes` also
 * drives a KPI, but only through officer minutes = hall trips × hallMinutes, computed when the
 * report is built: its ends reuse the scenario's events.
 */
export const EVENT_DRIVERS = [
  'annualShare',
  'confirmFailShare',
  'checkFailShare',
  'reformUninvoicedShare',
  'hallDelayMax',
] as const;
type EventDriver = (typeof EVENT_DRIVERS)[number];
const isEventDriver = (d: Driver): d is EventDriver => (EVENT_DRIVERS as readonly Driver[]).includes(d);

/** A run of the merged data, by key. @throws ConfigurationError naming `runs.<key>` when missing. */
function runOf(data: ShardData, key: string): BatchData {
  const r = data.runs[key];
  if (!r)
    throw new ConfigurationError(`runs.${key}`, 'is missing: every shard runs the scenario and every end');
  return r;
}

/** The scenario's run of merged shard data. */
export const scenarioRun = (data: ShardData): BatchData => runOf(data, SCENARIO);

/**
 * The run a KPI's sensitivity end reads: that end's own pass, or the scenario's for a driver that
 * changes no event (hallMinutes).
 */
export const endRun = (data: ShardData, driver: Driver, q: RentalInvoiceDelegationParams): BatchData =>
  runOf(data, isEventDriver(driver) ? sensitivityEndKey(driver, q) : SCENARIO);

function viewData(s: ViewStats): ViewData {
  const refusals: Partial<Record<RefusalCode, number>> = {};
  for (const [code, n] of Object.entries(s.refusals) as [RefusalCode, number][])
    if (n > 0) refusals[code] = n;
  return {
    leases: s.leases,
    periods: s.periods,
    invoices: s.invoices,
    online: s.online,
    unconfirmedAgent: s.unconfirmedAgent,
    hallTrips: s.hallTrips,
    lessorActions: s.lessorActions,
    taxFen: s.taxFen.toString(),
    days: histogramOf(DAY_RESOLUTION, s.dayCounts),
    refusals: Object.fromEntries(Object.entries(refusals).sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
}

/** How often a shard reports progress, in leases. */
const PROGRESS_EVERY = 1024;

/**
 * Runs leases `[start, end)` through the scenario and every sensitivity end that changes events:
 * each lease is drawn once (with its taxes, the main cost) and fed to every pass.
 */
export function runShardUnits(p: RentalInvoiceDelegationParams, ctx: ShardContext): ShardData {
  const passes: [string, RentalInvoiceDelegationParams][] = [
    [SCENARIO, p],
    ...sensitivityEnds(SHARD_PARAMS, p, EVENT_DRIVERS),
  ];
  // Only the scenario's own pass writes the event log: the ends are what-ifs.
  const runs = passes.map(([, q], i) => new LeaseRun(q, { eventLog: i === 0 ? ctx.eventLog : undefined }));
  const total = Math.max(1, ctx.end - ctx.start);
  let done = 0;
  for (const lease of leasesIn(p, ctx.seed, ctx.start, ctx.end)) {
    for (const run of runs) run.add(lease);
    done++;
    if (ctx.onProgress && done % PROGRESS_EVERY === 0) ctx.onProgress(done / total);
  }
  ctx.onProgress?.(1);
  const data: Record<string, BatchData> = {};
  passes.forEach(([key], i) => {
    const r = runs[i] as LeaseRun;
    data[key] = { baseline: viewData(r.baseline), reform: viewData(r.reform) };
  });
  return {
    runs: Object.fromEntries(
      Object.keys(data)
        .sort()
        .map((k) => [k, data[k] as BatchData]),
    ),
  };
}
