// The batch loop as it was before the hot path was profiled (issue 14): every taxpayer's events
// written as decimal strings, its account built and checked by `buildAccount`, its ledger read by
// `readLedger`, every refund computed and booked through the public `computeRefund` and
// `settleRefund` (their checks included), traces built. Kept as the reference the fast batch is
// checked against, total by total (test/batch-reference.test.ts). Test-only.
import { type CivilDate, createCoverage, daysBetween, Money, RandomStream, unitStreams } from '@gd-ftz/core';
import { buildAccount } from '../src/account';
import { type CaseDraws, drawCase, drawRoutes } from '../src/behaviour';
import { type CasePlan, planBaseline, planReform, type Variant } from '../src/cases';
import { readLedger } from '../src/ledger';
import type { Account, Overpayment, RefundComputation } from '../src/model';
import type { OverpaymentRefundParams } from '../src/params';
import { computeRefund } from '../src/refund';
import { REVIEW_RULES } from '../src/review';
import { settleRefund } from '../src/settle';
import { type BatchData, batchDataOf } from '../src/shard';
import { type BatchResult, OPS_PER_TAXPAYER } from '../src/simulate';
import { VariantStats } from '../src/stats';
import { referenceTaxpayers } from './population-reference';

const DETECT_AS_OF = '2023-12-31' as CivilDate;

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

function kindOf(
  ops: readonly Overpayment[],
  i: number,
  plans: Record<Variant, CasePlan[]>,
  refunds: Record<Variant, Map<string, RefundComputation>>,
): string {
  const id = (ops[i] as Overpayment).id;
  const base = plans.baseline[i] as CasePlan;
  const reform = plans.reform[i] as CasePlan;
  if ((refunds.reform.get(id)?.offsets.length ?? 0) > 0) return 'offset';
  if (base.end === 'lapsed' && reform.end === 'ordered') return 'rescued';
  if (reform.end === 'rejected') return 'rejected';
  if ((reform.failed?.length ?? 0) > 0) return 'referred';
  return 'plain';
}

/** The old `runTaxpayers` (no event log, no progress): the plain totals of taxpayers `[start, end)`. */
export function referenceBatch(
  p: OverpaymentRefundParams,
  seed: number,
  range: { readonly start: number; readonly end: number },
): BatchData {
  const unit = unitStreams(seed, 'population');
  const behaviour = RandomStream.fromSeed(seed).substream('behaviour');
  const stats = { baseline: new VariantStats(), reform: new VariantStats() };
  const coverage = createCoverage(REVIEW_RULES);
  const samples: Record<string, number> = {};
  let taxpayers = 0;
  const options = {
    size: p.population,
    overpaymentRate: p.overpaymentRate,
    arrearsShare: p.arrearsShare,
    bankOnFileShare: p.bankOnFileShare,
  };
  for (const t of referenceTaxpayers(options, unit, range.start, range.end)) {
    taxpayers++;
    const account = buildAccount(t.registration, t.events);
    const ops = readLedger(account, DETECT_AS_OF).overpayments;
    if (ops.length === 0) continue;
    const id = t.registration.taxpayerId;
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
    for (const c of plans.reform) if (c.review) coverage.record(c.review);
    const refunds = {
      baseline: settleVariant(account, plans.baseline, p, stats.baseline),
      reform: settleVariant(account, plans.reform, p, stats.reform),
    };
    for (let i = 0; i < ops.length; i++) {
      const kind = kindOf(ops, i, plans, refunds);
      if (samples[kind] === undefined) samples[kind] = t.index * OPS_PER_TAXPAYER + i;
    }
  }
  const result: BatchResult = {
    taxpayers,
    taxpayerMonths: taxpayers * 12,
    baseline: stats.baseline,
    reform: stats.reform,
    samples,
    coverage: coverage.entries(),
  };
  return batchDataOf(result);
}
