// The simulation's paths beside the happy one: referral to manual review, refusal after it, and the
// dated interest parameters across every day of the calendar's range.
import {
  addDays,
  addWorkingDays,
  civilDate,
  defaultParams,
  fromEpochDay,
  toEpochDay,
  valueAt,
} from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import type { CaseDraws } from '../src/behaviour';
import { planBaseline, planReform } from '../src/cases';
import { buildAccount, detectOverpayments, measure, type RefundProcess } from '../src/index';
import { DEMAND_DEPOSIT_RATE } from '../src/law';
import { PARAMS } from '../src/params';
import { seriesOf } from '../src/report';
import { batchDataOf } from '../src/shard';
import { runBatch } from '../src/simulate';

const acct = buildAccount({ taxpayerId: 'T-S', registeredOn: '2020-01-01' }, [
  {
    kind: 'filing',
    date: '2022-03-10',
    taxType: 'vat',
    period: '2022-02',
    amount: '1000.00',
    dueDate: '2022-03-15',
  },
  { kind: 'payment', id: 'A', date: '2022-03-10', taxType: 'vat', period: '2022-02', amount: '1000.00' },
  { kind: 'payment', id: 'B', date: '2022-03-10', taxType: 'vat', period: '2022-02', amount: '1000.00' },
]);
const [op] = detectOverpayments(acct, civilDate('2022-03-31'));
if (!op) throw new Error('no overpayment');

/** The states a process went through, from the one it started in. */
const visited = (p: RefundProcess) => [p.started.state, ...p.history.map((h) => h.to)];

/** The taxpayer notices after 30 days (+5 to prepare) and answers a reminder after 2 days. */
const draws: CaseDraws = {
  uNotice: 0.1,
  noticeDays: 30,
  uRespond: 0.1,
  responseDays: 2,
  prepDays: 5,
  reviewWorkingDays: 10,
  treasuryWorkingDays: 2,
  riskFlag: true,
  supplement: false,
  reviewMinutes: 40,
  uConfirm: 0.1,
  // Not late (0.9 ≥ 0.05), not found by the authority (0.9 ≥ 0.1).
  uLate: 0.9,
  lateWorkingDays: 3,
  uAuthority: 0.9,
  authorityFindDays: 20,
};
const options = {
  reminderDiscovery: 'taxpayer-claim' as const,
  baselineNoticeShare: 0.6,
  baselineAuthorityShare: 0.1,
  lateReviewShare: 0.05,
  reminderResponseShare: 0.95,
  riskConfirmedShare: 0.25,
  bankOnFile: true,
};

describe('referral and refusal (实施细则 第七十八条: the claim is verified, 查实)', () => {
  it('refuses a confirmed risk flag in both variants, after a manual review', () => {
    const base = planBaseline(op, draws, options);
    // noticed 2022-03-10 + 30 + 5 = 2022-04-14 (Thu); 10 working days: 04-15, 18–22, then Sunday 04-24
    // (a 调休 make-up working day for 劳动节 2022), 25, 26, 27 → 2022-04-27
    expect(base.end).toBe('rejected');
    expect(base.appliedOn).toBe('2022-04-14');
    expect(base.rejectedOn).toBe('2022-04-27');
    expect(visited(base.process)).toEqual(['detected', 'submitted', 'manual-review', 'rejected']);
    const reform = planReform(op, draws, options);
    expect(reform.end).toBe('rejected');
    expect(reform.failed).toEqual(['risk-flag']);
    expect(visited(reform.process)).toEqual([
      'detected',
      'reminded',
      'prefilled',
      'submitted',
      'manual-review',
      'rejected',
    ]);
    // claimed 2022-03-12 (2 days after the reminder); 10 working days: 03-14..03-25 → 2022-03-25
    expect(reform.rejectedOn).toBe('2022-03-25');
  });

  it('approves the flagged case when the review does not confirm the risk (uConfirm ≥ share)', () => {
    const cleared = { ...draws, uConfirm: 0.25 };
    expect(planBaseline(op, cleared, options).end).toBe('ordered');
    const reform = planReform(op, cleared, options);
    expect(reform.end).toBe('ordered');
    expect(visited(reform.process)).toContain('manual-review');
  });

  it('refers a claim whose bank account was typed in rather than on file (OPR-REV-3)', () => {
    const reform = planReform(op, { ...draws, riskFlag: false }, { ...options, bankOnFile: false });
    expect(reform.failed).toEqual(['bank-unverified']);
    expect(reform.end).toBe('ordered');
    // log in + confirm the pre-filled form + type the bank account = 3 steps
    expect(reform.taxpayerSteps).toEqual(['login', 'form', 'documents']);
    expect(reform.actions).toBe(3);
  });

  it('never decides before the claim: an authority deadline missed for want of a bank account', () => {
    // Authority discovery gives a 10-day deadline from discovery (第五十一条), but with no bank
    // account on file the refund waits for the taxpayer, who answers the reminder after 20 days;
    // the typed-in account sends the claim to manual review (10 working days) after submission.
    const reform = planReform(
      op,
      { ...draws, riskFlag: false, responseDays: 20 },
      { ...options, reminderDiscovery: 'authority-discovery', bankOnFile: false },
    );
    expect(reform.end).toBe('ordered');
    const applied = reform.appliedOn!;
    expect(applied > reform.process.context.processBy!).toBe(true);
    expect(reform.orderOn).toBe(addWorkingDays(applied, 10));
  });

  it('a default run refers and refuses some claims, and none when no risk is confirmed', () => {
    const r = runBatch({ ...defaultParams(PARAMS), population: 400 }, 3);
    const fired = Object.fromEntries(r.coverage.map((c) => [c.ruleId, c.fired]));
    expect(fired['OPR-REV-3']).toBeGreaterThan(0);
    expect(fired['OPR-REV-4']).toBeGreaterThan(0);
    expect(r.baseline.rejectedCases).toBeGreaterThan(0);
    expect(r.reform.rejectedCases).toBeGreaterThanOrEqual(r.baseline.rejectedCases);
    const none = runBatch({ ...defaultParams(PARAMS), population: 400, riskConfirmedShare: 0 }, 3);
    expect(none.baseline.rejectedCases + none.reform.rejectedCases).toBe(0);
    expect(none.baseline.rejected.isZero()).toBe(true);
  });

  it('keeps every sample step cited or marked, a rejected sample included', () => {
    const report = measure.simulate({ population: 600 }, { seed: 5 });
    expect(report.samples.some((s) => s.summary.en === 'Rejected')).toBe(true);
    expect(report.kpis.find((k) => k.id === 'rejected-amount')?.better).toBe('neither');
  });
});

describe('taxpayer actions are the steps each path went through', () => {
  const cleared = { ...draws, riskFlag: false };
  it('baseline own claim: notice, visit, form, proof (4), + follow-up when a review asks', () => {
    expect(planBaseline(op, cleared, options).taxpayerSteps).toEqual([
      'notice',
      'login',
      'form',
      'documents',
    ]);
    const asked = planBaseline(op, { ...cleared, supplement: true }, options);
    expect(asked.actions).toBe(5);
  });
  it('reform: log in and confirm the pre-filled form (2); ex officio with an account on file: 0', () => {
    expect(planReform(op, cleared, options).taxpayerSteps).toEqual(['login', 'form']);
    // authority-discovery reading, nobody answers the reminder, account on file: refunded ex officio
    const exOfficio = planReform(
      op,
      { ...cleared, uRespond: 0.99, uNotice: 0.99 },
      { ...options, reminderDiscovery: 'authority-discovery' },
    );
    expect([exOfficio.end, exOfficio.actions]).toEqual(['ordered', 0]);
  });
});

describe('the authority-found route (实施细则 第七十八条 "税务机关发现的")', () => {
  // Nobody notices (uNotice 0.99, uRespond 0.99); the authority finds it 20 days after it showed
  // (uAuthority 0.05 < 0.1): 2022-03-10 + 20 = 2022-03-30.
  const found = { ...draws, riskFlag: false, uNotice: 0.99, uRespond: 0.99, uAuthority: 0.05 };
  it('refunds within 10 days of discovery, no interest, instead of lapsing', () => {
    const base = planBaseline(op, found, options);
    expect(base.discoveredBy).toBe('authority');
    expect(base.discoveredOn).toBe('2022-03-30');
    // 10 days from 03-30 → 04-09; 清明 04-03..05 (3 days off) inside → +3 → 04-12 (Tue).
    expect(base.process.context.processBy).toBe('2022-04-12');
    // review 10 working days from 03-30 would end 04-14 (04-02 Sat is a make-up day); capped at 04-12
    expect(base.orderOn).toBe('2022-04-12');
    expect(base.taxpayerSteps).toEqual(['login', 'form']);
    // The case starts when the overpayment shows; the authority's notice (not a system reminder)
    // ends the taxpayer's window and starts its own 10 days.
    expect(base.process.started.at).toBe('2022-03-10');
    expect(base.process.history.map((h) => h.event.type)).toEqual([
      'notify',
      'submit',
      'refer',
      'approve',
      'issue-order',
      'pay',
    ]);
    expect(base.process.context.windowEndsOn).toBeUndefined();
    // without the route the same case lapses
    expect(planBaseline(op, found, { ...options, baselineAuthorityShare: 0 }).end).toBe('lapsed');
    // the reform, whose reminder went unanswered, falls back on the same finding
    expect(planReform(op, found, options).discoveredOn).toBe('2022-03-30');
  });
  it('computes no interest on it (第五十一条: interest only on a taxpayer claim)', () => {
    const r = runBatch(
      { ...defaultParams(PARAMS), population: 300, baselineNoticeShare: 0, baselineAuthorityShare: 1 },
      4,
    );
    expect(r.baseline.interest.isZero()).toBe(true);
    // only those found after the simulated horizon (2026-06-30: the lognormal tail) stay unreturned
    expect(r.baseline.lapsedCases).toBeLessThan(r.baseline.cases / 20);
  });
});

describe('late manual reviews (assumption lateReviewShare)', () => {
  it('a late review ends lateWorkingDays after the statutory deadline', () => {
    const late = { ...draws, uConfirm: 0.9, uLate: 0.01 };
    const base = planBaseline(op, late, options);
    // claim 2022-04-14; 30 days → 05-14, 劳动节 04-30..05-04 (5 days off) inside → 05-19 (Thu);
    // 3 working days late: 05-20, 05-23, 05-24.
    expect(base.process.context.processBy).toBe('2022-05-19');
    expect(base.orderOn).toBe('2022-05-24');
    expect(planBaseline(op, { ...late, uLate: 0.9 }, options).orderOn).toBe('2022-04-27');
  });
  it('with no late share every review keeps the deadline (on-time 100%)', () => {
    const r = runBatch({ ...defaultParams(PARAMS), population: 300, lateReviewShare: 0 }, 4);
    expect(r.baseline.processedOnTime).toBe(r.baseline.refunds);
  });
});

describe('series: refunds by month is drawable', () => {
  it('has one point per calendar month, with no gaps, for both variants', () => {
    const [byMonth] = seriesOf(batchDataOf(runBatch({ ...defaultParams(PARAMS), population: 300 }, 9)));
    if (byMonth?.kind !== 'xy') throw new Error('no xy series');
    for (const line of byMonth.lines) {
      const months = line.points.map(([m]) => String(m));
      for (let i = 1; i < months.length; i++) {
        const [y, m] = (months[i - 1] as string).split('-').map(Number) as [number, number];
        const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
        expect(months[i]).toBe(next);
      }
    }
  });
});

describe('DEMAND_DEPOSIT_RATE: the PBOC history, and one value on every day of 2019–2026', () => {
  it('changes on 2012-06-08 and 2012-07-06, not a day earlier', () => {
    const at = (d: string) => valueAt(DEMAND_DEPOSIT_RATE, d).toString();
    expect([
      at('2011-04-06'),
      at('2012-06-07'),
      at('2012-06-08'),
      at('2012-07-05'),
      at('2012-07-06'),
    ]).toEqual(['0.005', '0.005', '0.004', '0.004', '0.0035']);
  });
  it('is 0.35% on every day of the calendar range (no gap, no later change)', () => {
    const last = toEpochDay('2026-12-31');
    for (let d = toEpochDay('2019-01-01'); d <= last; d++) {
      expect(valueAt(DEMAND_DEPOSIT_RATE, fromEpochDay(d)).toString()).toBe('0.0035');
    }
    expect(addDays(civilDate('2026-12-31'), 1)).toBe('2027-01-01');
  });
});
