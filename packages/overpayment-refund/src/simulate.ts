// The batch path: stream the population, build each account, detect its overpayments, run every
// case through the baseline and the reform on the same draws, and accumulate the outcomes in
// bounded memory.
import {
  type CivilDate,
  createCoverage,
  daysBetween,
  type EventLog,
  Money,
  parseParams,
  RandomStream,
  type RuleCoverageEntry,
  ValidationError,
} from '@gd-ftz/core';
import { buildAccount } from './account';
import { type CaseDraws, drawCase, drawRoutes } from './behaviour';
import { type CasePlan, planBaseline, planReform, type Variant } from './cases';
import { logCase, REFUND_ACTIVITIES } from './event-log';
import { readLedger } from './ledger';
import type { Account, RefundComputation } from './model';
import { type OverpaymentRefundParams, PARAMS } from './params';
import { generatePopulation } from './population';
import { computeRefund } from './refund';
import { REVIEW_RULES } from './review';
import { settleRefund } from './settle';
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
  /** One case of each kind (offset, rescued from lapsing, rejected, referred, plain), for sample traces. */
  readonly pairs: readonly CasePair[];
  readonly coverage: readonly RuleCoverageEntry[];
}

function settleVariant(
  account: Account,
  plans: readonly CasePlan[],
  p: OverpaymentRefundParams,
  stats: VariantStats,
): Map<string, RefundComputation> {
  const out = new Map<string, RefundComputation>();
  let acct = account;
  const ordered = plans
    .filter((c) => c.end === 'ordered')
    .sort((a, b) => ((a.orderOn as string) < (b.orderOn as string) ? -1 : 1));
  for (const c of ordered) {
    const r = computeRefund(c.overpayment, acct, {
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
    });
    acct = settleRefund(acct, r).account;
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

function interesting(pair: CasePair, kept: readonly CasePair[]): boolean {
  const kinds = kept.map(kindOf);
  return !kinds.includes(kindOf(pair));
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

/**
 * Runs the whole population through baseline and reform, streaming: memory stays bounded by one
 * taxpayer's account plus the fixed-size accumulators, whatever the population size. With `log`,
 * every overpayment's events are recorded in it (the log's own case limit bounds its memory).
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
  log?.defineActivities(REFUND_ACTIVITIES);
  const root = RandomStream.fromSeed(seed);
  const behaviour = root.substream('behaviour');
  const baseline = new VariantStats();
  const reform = new VariantStats();
  const coverage = createCoverage(REVIEW_RULES);
  const pairs: CasePair[] = [];
  const population = generatePopulation(
    {
      size: p.population,
      overpaymentRate: p.overpaymentRate,
      arrearsShare: p.arrearsShare,
      bankOnFileShare: p.bankOnFileShare,
    },
    root.substream('population'),
  );
  const step = Math.max(1, Math.floor(p.population / 100));
  let taxpayers = 0;
  for (const t of population) {
    taxpayers++;
    if (onProgress && taxpayers % step === 0) onProgress(taxpayers / p.population);
    const account = buildAccount(t.registration, t.events);
    const ops = readLedger(account, DETECT_AS_OF).overpayments;
    if (ops.length === 0) continue;
    const rng = behaviour.substream(t.registration.taxpayerId);
    const routes = behaviour.substream(`${t.registration.taxpayerId}/routes`);
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
    for (const c of plans.reform) if (c.review) coverage.record(c.review);
    const refunds = {
      baseline: settleVariant(account, plans.baseline, p, baseline),
      reform: settleVariant(account, plans.reform, p, reform),
    };
    if (log) {
      for (const c of plans.baseline) logCase(log, c, refunds.baseline.get(c.overpayment.id));
      for (const c of plans.reform) logCase(log, c, refunds.reform.get(c.overpayment.id));
    }
    if (pairs.length < SAMPLE_KINDS) {
      ops.forEach((op, i) => {
        const pick = (v: Variant) => {
          const r = refunds[v].get(op.id);
          return { plan: plans[v][i] as CasePlan, ...(r ? { refund: r } : {}) };
        };
        const pair: CasePair = {
          taxpayerId: t.registration.taxpayerId,
          baseline: pick('baseline'),
          reform: pick('reform'),
        };
        if (pairs.length < SAMPLE_KINDS && interesting(pair, pairs)) pairs.push(pair);
      });
    }
  }
  onProgress?.(1);
  return { taxpayers, taxpayerMonths: taxpayers * 12, baseline, reform, pairs, coverage: coverage.entries() };
}
