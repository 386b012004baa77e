// The batch path: stream the population, build each account, detect its overpayments, run every
// case through the baseline and the reform on the same draws, and accumulate the outcomes in
// bounded memory.
import {
  type CivilDate,
  type Coverage,
  createCoverage,
  daysBetween,
  type EventLog,
  Money,
  parseParams,
  RandomStream,
  type RuleCoverageEntry,
  unitStreams,
  ValidationError,
} from '@gd-ftz/core';
import { type CaseDraws, drawCase, drawRoutes } from './behaviour';
import { type CasePlan, planBaseline, planReform, type Variant } from './cases';
import { logCase, REFUND_ACTIVITIES } from './event-log';
import { bookFen, type FenAccount, fenAccountOf, readFenLedger } from './fen-ledger';
import type { Overpayment, RefundComputation } from './model';
import { type OverpaymentRefundParams, PARAMS } from './params';
import { drawTaxpayerInto, type Shape, shapeOf, TaxpayerDraw } from './population';
import { refundOn } from './refund';
import { REVIEW_RULES, type ReviewFacts } from './review';
import { VariantStats } from './stats';

/** Every overpayment of the 2022 population is in the account by then (corrections included). */
const DETECT_AS_OF = '2023-12-31' as CivilDate;

/** Kinds of sample case kept: offset, rescued, rejected, referred, plain. */
const SAMPLE_KINDS = 5;

/** One case run through both variants, kept for the report's sample traces. */
export interface CasePair {
  readonly taxpayerId: string;
  readonly baseline: { readonly plan: CasePlan; readonly refund?: RefundComputation };
  readonly reform: { readonly plan: CasePlan; readonly refund?: RefundComputation };
}

/** What {@link runBatch} returns. */
export interface BatchResult {
  readonly taxpayers: number;
  readonly taxpayerMonths: number;
  readonly baseline: VariantStats;
  readonly reform: VariantStats;
  /**
   * The first case of each kind (offset, rescued from lapsing, rejected, referred, plain), by its
   * place in the population (taxpayer index × {@link OPS_PER_TAXPAYER} + rank), for sample traces.
   */
  readonly samples: Readonly<Record<string, number>>;
  readonly coverage: readonly RuleCoverageEntry[];
}

function settleVariant(
  account: FenAccount,
  plans: readonly CasePlan[],
  p: OverpaymentRefundParams,
  stats: VariantStats,
  traced: boolean,
): Map<string, RefundComputation> {
  const out = new Map<string, RefundComputation>();
  let acct = account;
  const ordered = plans
    .filter((c) => c.end === 'ordered')
    .sort((a, b) => ((a.orderOn as string) < (b.orderOn as string) ? -1 : 1));
  for (const c of ordered) {
    // The overpayment comes from the ledger and the options are written here: checked once, by
    // construction; the ledger of the processing day is read once for the refund and its booking.
    const ledger = readFenLedger(acct, c.orderOn as CivilDate);
    const r = refundOn(
      c.overpayment,
      ledger,
      {
        asOf: c.orderOn as CivilDate,
        discoveredBy: c.discoveredBy,
        reminderCounts: p.reminderDiscovery as 'taxpayer-claim' | 'authority-discovery',
        appliedOn: c.appliedOn as CivilDate,
        // The reminder day is the discovery day of the reform; a baseline claim is discovered when
        // filed; an overpayment the authority found was discovered that day.
        ...(c.discoveredOn
          ? { discoveredOn: c.discoveredOn }
          : c.variant === 'reform'
            ? { discoveredOn: c.overpayment.visibleOn }
            : {}),
        offsetArrears: p.offsetArrears,
      },
      traced,
    );
    acct = bookFen(acct, r, ledger);
    out.set(c.overpayment.id, r);
    const offsets = Money.sum(r.offsets.map((l) => l.tax.add(l.lateFee)));
    stats.returned = stats.returned.add(r.principal);
    stats.interest = stats.interest.add(r.interest);
    stats.offsets = stats.offsets.add(offsets);
    stats.refundedCash = stats.refundedCash.add(r.refund);
    stats.refunds++;
    stats.actions += c.actions;
    stats.officerMinutes += c.officerMinutes;
    if (r.processBy && (c.orderOn as string) <= r.processBy) stats.processedOnTime++;
    if (c.variant === 'reform' && c.failed?.length === 0) stats.autoApproved++;
    stats.recordDays(daysBetween(c.overpayment.settledOn, c.paidOn as CivilDate));
    stats.addPaid(c.paidOn as string, r.refund);
  }
  for (const c of plans) {
    stats.cases++;
    stats.overpaid = stats.overpaid.add(c.overpayment.amount);
    if (c.end === 'rejected') {
      // A refused claim still cost the taxpayer's actions and the officer's review.
      stats.rejected = stats.rejected.add(c.overpayment.amount);
      stats.rejectedCases++;
      stats.actions += c.actions;
      stats.officerMinutes += c.officerMinutes;
    } else if (c.end === 'lapsed') {
      stats.lapsed = stats.lapsed.add(c.overpayment.amount);
      stats.lapsedCases++;
    } else if (c.end === 'pending') {
      stats.pending = stats.pending.add(c.overpayment.amount);
    }
  }
  return out;
}

function kindOf(pair: CasePair): string {
  if ((pair.reform.refund?.offsets.length ?? 0) > 0) return 'offset';
  if (pair.baseline.plan.end === 'lapsed' && pair.reform.plan.end === 'ordered') return 'rescued';
  if (pair.reform.plan.end === 'rejected') return 'rejected';
  if ((pair.reform.plan.failed?.length ?? 0) > 0) return 'referred';
  return 'plain';
}

/**
 * The largest population {@link runBatch} streams (a province is about 8 million taxpayers, run in
 * shards): above the scenario schema's browser limit, in the same bounded heap.
 * @example
 * runBatch({ ...defaultParams(PARAMS), population: BATCH_MAX_POPULATION }, 42); // minutes, not seconds
 */
export const BATCH_MAX_POPULATION = 1_000_000;

// The scenario schema with the batch runner's population limit.
const BATCH_PARAMS = { ...PARAMS, population: { ...PARAMS.population, max: BATCH_MAX_POPULATION } };

/** A case's place in the population: taxpayer index × {@link OPS_PER_TAXPAYER} + its overpayment's rank. */
export const OPS_PER_TAXPAYER = 64;

/** One taxpayer's overpayments run through both variants. */
interface TaxpayerRun {
  readonly taxpayerId: string;
  readonly ops: readonly Overpayment[];
  readonly plans: Record<Variant, CasePlan[]>;
  readonly refunds: Record<Variant, Map<string, RefundComputation>>;
}

/** The streams a run draws from: taxpayer `i` of the population, and each taxpayer's behaviour. */
interface Streams {
  readonly unit: (index: number) => RandomStream;
  readonly behaviour: RandomStream;
}

const streamsOf = (seed: number): Streams => ({
  unit: unitStreams(seed, 'population'),
  behaviour: RandomStream.fromSeed(seed).substream('behaviour'),
});

const populationOf = (p: OverpaymentRefundParams) => ({
  size: p.population,
  overpaymentRate: p.overpaymentRate,
  arrearsShare: p.arrearsShare,
  bankOnFileShare: p.bankOnFileShare,
});

/**
 * Runs taxpayer `index`'s overpayments (drawn into `draw`) through baseline and reform, adding to
 * `stats` (undefined when none). Refunds are traced only for sample cases (`traced`): the batch
 * reads their totals alone.
 */
function runTaxpayer(
  p: OverpaymentRefundParams,
  index: number,
  draw: TaxpayerDraw,
  shape: Shape,
  behaviour: RandomStream,
  stats: Record<Variant, VariantStats>,
  traced: boolean,
  coverage?: Coverage<ReviewFacts, unknown>,
): TaxpayerRun | undefined {
  const account = fenAccountOf(index, draw, shape);
  const ops = readFenLedger(account, DETECT_AS_OF).overpayments;
  if (ops.length === 0) return undefined;
  const id = account.registration.taxpayerId;
  const rng = behaviour.substream(id);
  const routes = behaviour.substream(`${id}/routes`);
  const draws: CaseDraws[] = ops.map(() => drawCase(rng, p)).map((c) => ({ ...c, ...drawRoutes(routes) }));
  const opts = {
    reminderDiscovery: p.reminderDiscovery as 'taxpayer-claim' | 'authority-discovery',
    baselineNoticeShare: p.baselineNoticeShare,
    baselineAuthorityShare: p.baselineAuthorityShare,
    lateReviewShare: p.lateReviewShare,
    reminderResponseShare: p.reminderResponseShare,
    riskConfirmedShare: p.riskConfirmedShare,
    bankOnFile: account.registration.bank !== undefined,
  };
  const plans: Record<Variant, CasePlan[]> = {
    baseline: ops.map((op, i) => planBaseline(op, draws[i] as CaseDraws, opts)),
    reform: ops.map((op, i) => planReform(op, draws[i] as CaseDraws, opts)),
  };
  if (coverage) for (const c of plans.reform) if (c.review) coverage.record(c.review);
  const refunds = {
    baseline: settleVariant(account, plans.baseline, p, stats.baseline, traced),
    reform: settleVariant(account, plans.reform, p, stats.reform, traced),
  };
  return { taxpayerId: id, ops, plans, refunds };
}

function pairOf(run: TaxpayerRun, i: number): CasePair {
  const pick = (v: Variant) => {
    const r = run.refunds[v].get((run.ops[i] as Overpayment).id);
    return { plan: run.plans[v][i] as CasePlan, ...(r ? { refund: r } : {}) };
  };
  return { taxpayerId: run.taxpayerId, baseline: pick('baseline'), reform: pick('reform') };
}

/**
 * Runs taxpayers `start` to `end − 1` (one shard) through baseline and reform, streaming: memory
 * stays bounded by one taxpayer's account plus the fixed-size accumulators. Each taxpayer is drawn
 * from the seed and its index alone, so shards add up to the whole population's run. `p` must have
 * passed the schema (`runBatch` and the measure check it).
 */
export function runTaxpayers(
  p: OverpaymentRefundParams,
  seed: number,
  range: { readonly start: number; readonly end: number },
  onProgress?: (fraction: number) => void,
  log?: EventLog,
): BatchResult {
  log?.defineActivities(REFUND_ACTIVITIES);
  const { unit, behaviour } = streamsOf(seed);
  const stats = { baseline: new VariantStats(), reform: new VariantStats() };
  const coverage = createCoverage(REVIEW_RULES);
  const samples: Record<string, number> = {};
  let kinds = 0;
  const size = range.end - range.start;
  const step = Math.max(1, Math.floor(size / 100));
  let taxpayers = 0;
  const options = populationOf(p);
  const shape = shapeOf();
  const draw = new TaxpayerDraw();
  for (let index = range.start; index < range.end; index++) {
    taxpayers++;
    if (onProgress && taxpayers % step === 0) onProgress(taxpayers / size);
    drawTaxpayerInto(draw, unit(index), options, shape);
    // Four in five taxpayers draw no overpayment event, so their ledger holds no overpayment
    // (TaxpayerDraw): they count, but their events are never written nor their account built.
    if (!draw.overpays) continue;
    const run = runTaxpayer(p, index, draw, shape, behaviour, stats, false, coverage);
    if (!run) continue;
    if (log) {
      for (const c of run.plans.baseline) logCase(log, c, run.refunds.baseline.get(c.overpayment.id));
      for (const c of run.plans.reform) logCase(log, c, run.refunds.reform.get(c.overpayment.id));
    }
    if (kinds < SAMPLE_KINDS) {
      for (let i = 0; i < run.ops.length; i++) {
        const kind = kindOf(pairOf(run, i));
        if (samples[kind] === undefined) {
          samples[kind] = index * OPS_PER_TAXPAYER + i;
          kinds++;
        }
      }
    }
  }
  return {
    taxpayers,
    taxpayerMonths: taxpayers * 12,
    baseline: stats.baseline,
    reform: stats.reform,
    samples,
    coverage: coverage.entries(),
  };
}

/**
 * The sample pairs at the given places of the population, redrawn from the seed alone (one
 * taxpayer each), in population order.
 */
export function pairsAt(p: OverpaymentRefundParams, seed: number, places: readonly number[]): CasePair[] {
  const { unit, behaviour } = streamsOf(seed);
  return [...places]
    .sort((a, b) => a - b)
    .map((place) => {
      const index = Math.floor(place / OPS_PER_TAXPAYER);
      const draw = new TaxpayerDraw();
      const shape = shapeOf();
      drawTaxpayerInto(draw, unit(index), populationOf(p), shape);
      const scratch = { baseline: new VariantStats(), reform: new VariantStats() };
      const run = runTaxpayer(p, index, draw, shape, behaviour, scratch, true) as TaxpayerRun;
      return pairOf(run, place % OPS_PER_TAXPAYER);
    });
}

/**
 * Runs the whole population through baseline and reform, streaming (see {@link runTaxpayers}).
 * With `log`, every overpayment's events are recorded in it (the log's own case limit bounds its
 * memory).
 * @throws ValidationError naming each bad parameter, or `seed`.
 * @example
 * const r = runBatch(defaultParams(PARAMS), 42);
 * r.reform.returned.toString();
 */
export function runBatch(
  params: OverpaymentRefundParams,
  seed: number,
  onProgress?: (fraction: number) => void,
  log?: EventLog,
): BatchResult {
  const p = parseParams(BATCH_PARAMS, params);
  if (!Number.isSafeInteger(seed))
    throw ValidationError.of('seed', 'must be a safe integer', '必须是安全整数');
  const result = runTaxpayers(p, seed, { start: 0, end: p.population }, onProgress, log);
  onProgress?.(1);
  return result;
}
