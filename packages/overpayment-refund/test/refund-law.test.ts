// Worked examples from the cited articles, with the arithmetic beside each expected value.
import { civilDate, isWorkingDay, RandomStream, statutoryDeadline } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  arrearsOf,
  buildAccount,
  claimWindowEnd,
  computeRefund,
  detectOverpayments,
  processingDeadline,
  processOverpayments,
} from '../src/index';
import { generatePopulation } from '../src/population';

const reg = { taxpayerId: 'T-1', registeredOn: '2020-01-01' };

/** VAT 2022-02 of 100,000.00 paid on 2022-03-10, then paid again on 2022-03-15 (duplicate). */
const duplicate = buildAccount(reg, [
  {
    kind: 'filing',
    date: '2022-03-10',
    taxType: 'vat',
    period: '2022-02',
    amount: '100000.00',
    dueDate: '2022-03-15',
  },
  { kind: 'payment', id: 'P1', date: '2022-03-10', taxType: 'vat', period: '2022-02', amount: '100000.00' },
  { kind: 'payment', id: 'P2', date: '2022-03-15', taxType: 'vat', period: '2022-02', amount: '100000.00' },
]);

describe('征管法 第五十一条 / 实施细则 第七十八条: interest on a taxpayer-discovered overpayment', () => {
  it('detects the duplicate payment as overpaid from its own date (结算缴纳税款之日)', () => {
    const [op, ...rest] = detectOverpayments(duplicate, civilDate('2022-03-31'));
    expect(rest).toHaveLength(0);
    expect(op?.amount.toString()).toBe('100000.00');
    expect(op?.settledOn).toBe('2022-03-15');
    expect(op?.cause).toBe('duplicate-payment');
  });

  it('pays 0.35% a year ÷ 360 over the 90 days from 2022-03-15 to the order on 2022-06-13', () => {
    const [op] = detectOverpayments(duplicate, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    const r = computeRefund(op, duplicate, { asOf: '2022-06-13', discoveredBy: 'taxpayer' });
    // days: 16 (Mar 16–31) + 30 (Apr) + 31 (May) + 13 (Jun 1–13) = 90
    expect(r.interestDays).toBe(90);
    // 100,000.00 × 0.0035 × 90 ÷ 360 = 350 × 0.25 = 87.50
    expect(r.interest.toString()).toBe('87.50');
    // 100,000.00 + 87.50, no arrears
    expect(r.refund.toString()).toBe('100087.50');
    expect(r.outcome).toBe('refunded');
    expect(r.trace.steps.map((s) => s.id)).toContain('refund.interest');
  });

  it('pays no interest when the authority discovered it, and none on a prepayment-settlement refund', () => {
    const [op] = detectOverpayments(duplicate, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    const authority = computeRefund(op, duplicate, { asOf: '2022-06-13', discoveredBy: 'authority' });
    expect(authority.interest.toString()).toBe('0.00');
    expect(authority.refund.toString()).toBe('100000.00');
    const prepay = computeRefund({ ...op, refundType: 'prepayment-settlement' }, duplicate, {
      asOf: '2022-06-13',
      discoveredBy: 'taxpayer',
    });
    expect(prepay.interest.toString()).toBe('0.00');
  });

  it('lets the scenario decide what a system reminder is, citing both articles', () => {
    const [op] = detectOverpayments(duplicate, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    const asClaim = computeRefund(op, duplicate, { asOf: '2022-06-13', discoveredBy: 'system-reminder' });
    const asDiscovery = computeRefund(op, duplicate, {
      asOf: '2022-06-13',
      discoveredBy: 'system-reminder',
      reminderCounts: 'authority-discovery',
    });
    expect(asClaim.interest.toString()).toBe('87.50');
    expect(asDiscovery.interest.toString()).toBe('0.00');
    const basis = asClaim.trace.steps.find((s) => s.id === 'refund.discovery')?.basis;
    expect(basis?.kind).toBe('assumption');
    expect(basis?.citations?.map((c) => c.article)).toEqual(['第五十一条', '第七十八条']);
  });
});

describe('实施细则 第七十九条 / 国税发〔2002〕150号: offset first, pro rata within a debt', () => {
  // CIT 2022-03 of 4,000,000.00 unpaid since its due date 2022-04-15. On 2022-07-24, 100 days
  // later, the late fee is 4,000,000 × 0.05% × 100 = 200,000.00. A 3,000,000.00 duplicate VAT
  // payment is refunded on that day on the authority's discovery (no interest).
  const account = buildAccount(reg, [
    {
      kind: 'filing',
      date: '2022-04-10',
      taxType: 'cit',
      period: '2022-03',
      amount: '4000000.00',
      dueDate: '2022-04-15',
    },
    {
      kind: 'filing',
      date: '2022-06-01',
      taxType: 'vat',
      period: '2022-05',
      amount: '3000000.00',
      dueDate: '2022-06-15',
    },
    {
      kind: 'payment',
      id: 'V1',
      date: '2022-06-01',
      taxType: 'vat',
      period: '2022-05',
      amount: '3000000.00',
    },
    {
      kind: 'payment',
      id: 'V2',
      date: '2022-06-10',
      taxType: 'vat',
      period: '2022-05',
      amount: '3000000.00',
    },
  ]);

  it('accrues the late fee from the day after the due date (第三十二条, 细则第七十五条)', () => {
    // days: 15 (Apr 16–30) + 31 + 30 + 24 = 100; 4,000,000 × 0.0005 × 100 = 200,000.00
    const [a] = arrearsOf(account, civilDate('2022-07-24'));
    expect(a?.tax.toString()).toBe('4000000.00');
    expect(a?.lateFee.toString()).toBe('200000.00');
  });

  it('splits 3,000,000 over 4,000,000 tax and 200,000 late fee as 2,857,142.86 / 142,857.14', () => {
    const [op] = detectOverpayments(account, civilDate('2022-07-24'));
    if (!op) throw new Error('no overpayment');
    const r = computeRefund(op, account, { asOf: '2022-07-24', discoveredBy: 'authority' });
    // 3,000,000 × 4,000,000 / 4,200,000 = 2,857,142.857… → 2,857,142.86
    // 3,000,000 × 200,000 / 4,200,000 = 142,857.142… → 142,857.14
    expect(r.offsets.map((l) => [l.tax.toString(), l.lateFee.toString()])).toEqual([
      ['2857142.86', '142857.14'],
    ]);
    expect(r.refund.toString()).toBe('0.00');
    expect(r.outcome).toBe('offset');
  });

  it('leaves the rest of the debt in the same proportion once the offset is booked', () => {
    const once = processOverpayments(account, { asOf: '2022-07-24', discoveredBy: 'authority' });
    const [a] = arrearsOf(once.account, civilDate('2022-07-24'));
    // 4,000,000 − 2,857,142.86 = 1,142,857.14; 200,000 − 142,857.14 = 57,142.86
    expect(a?.tax.toString()).toBe('1142857.14');
    expect(a?.lateFee.toString()).toBe('57142.86');
  });
});

describe('国税发〔2002〕150号 第三条 and 第四条: oldest debt first, then the offset notice', () => {
  // Two unpaid debts: stamp 2022-01 of 1,000.00 due 2022-02-15, CIT 2022-03 of 2,000.00 due
  // 2022-04-15. A 1,500.00 duplicate VAT payment is refunded on 2022-05-16 on the authority's
  // discovery (no interest). Late fees to 2022-05-16: stamp 90 days (Feb 16–28: 13, Mar 31, Apr 30,
  // May 16) × 1,000 × 0.05% = 45.00; CIT 31 days (Apr 16–30: 15, May 16) × 2,000 × 0.05% = 31.00.
  const account = buildAccount(reg, [
    {
      kind: 'filing',
      date: '2022-02-10',
      taxType: 'stamp',
      period: '2022-01',
      amount: '1000.00',
      dueDate: '2022-02-15',
    },
    {
      kind: 'filing',
      date: '2022-04-10',
      taxType: 'cit',
      period: '2022-03',
      amount: '2000.00',
      dueDate: '2022-04-15',
    },
    {
      kind: 'filing',
      date: '2022-05-05',
      taxType: 'vat',
      period: '2022-04',
      amount: '1500.00',
      dueDate: '2022-05-20',
    },
    { kind: 'payment', id: 'W1', date: '2022-05-05', taxType: 'vat', period: '2022-04', amount: '1500.00' },
    { kind: 'payment', id: 'W2', date: '2022-05-06', taxType: 'vat', period: '2022-04', amount: '1500.00' },
  ]);

  it('clears the older stamp debt whole, then the CIT debt pro rata, and issues the notice', () => {
    const [op] = detectOverpayments(account, civilDate('2022-05-16'));
    if (!op) throw new Error('no overpayment');
    const r = computeRefund(op, account, { asOf: '2022-05-16', discoveredBy: 'authority' });
    // 1,500.00 − (1,000.00 + 45.00) = 455.00 left for CIT 2,000.00 + 31.00 = 2,031.00:
    // tax 455 × 2,000 / 2,031 = 448.055… → 448.06; late fee 455 × 31 / 2,031 = 6.944… → 6.94
    expect(r.offsets.map((l) => [l.taxType, l.tax.toString(), l.lateFee.toString()])).toEqual([
      ['stamp', '1000.00', '45.00'],
      ['cit', '448.06', '6.94'],
    ]);
    const notice = r.trace.steps.find((st) => st.id === 'refund.offset-notice');
    expect(notice?.result).toEqual({ issuedOn: '2022-05-16' });
    expect(notice?.basis.kind === 'cited' && notice.basis.citations[0]?.article).toBe('第四条');
    const offsetStep = r.trace.steps.find((st) => st.id === 'refund.offset.1');
    expect(offsetStep?.basis.citations?.some((c) => c.article === '第三条')).toBe(true);
  });

  it('issues no offset notice when nothing is offset', () => {
    const [op] = detectOverpayments(duplicate, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    const r = computeRefund(op, duplicate, { asOf: '2022-04-20', discoveredBy: 'taxpayer' });
    expect(r.trace.steps.map((st) => st.id)).not.toContain('refund.offset-notice');
  });
});

describe('征管法 第五十一条: the three-year window', () => {
  const settled = (date: string) =>
    buildAccount(reg, [
      { kind: 'filing', date, taxType: 'vat', period: '2022-02', amount: '1000.00', dueDate: '2022-03-15' },
      { kind: 'payment', id: 'A', date, taxType: 'vat', period: '2022-02', amount: '1000.00' },
      { kind: 'payment', id: 'B', date, taxType: 'vat', period: '2022-02', amount: '500.00' },
    ]);

  it('accepts a claim on the last day (2025-03-10, a Monday) and lapses one on the day after', () => {
    const acct = settled('2022-03-10');
    const [op] = detectOverpayments(acct, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    expect(claimWindowEnd(op.settledOn)).toBe('2025-03-10');
    const last = computeRefund(op, acct, { asOf: '2025-03-10', discoveredBy: 'taxpayer' });
    expect(last.outcome).toBe('refunded');
    // 500.00 × 0.0035 × 1096 ÷ 360 = 5.3277… → 5.33 (1,096 days: 2022-03-10 → 2025-03-10, 2024 leap)
    expect(last.interest.toString()).toBe('5.33');
    const late = computeRefund(op, acct, { asOf: '2025-03-11', discoveredBy: 'taxpayer' });
    expect(late.outcome).toBe('lapsed');
    expect(late.refund.toString()).toBe('0.00');
  });

  it('cites the anniversary rule of 民法典 第二百零二条 for the window end, not the start-day rule', () => {
    // 2022-03-10 + 3 years: the same-numbered day of the last month, 2025-03-10 (民法典 第二百零二条:
    // 到期月的对应日为期间的最后一日); 第二百零一条 is about the start day and is not what is applied here.
    const acct = settled('2022-03-10');
    const [op] = detectOverpayments(acct, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    const window = computeRefund(op, acct, { asOf: '2025-03-10', discoveredBy: 'taxpayer' }).trace.steps.find(
      (s) => s.id === 'refund.window',
    );
    const cited = window?.basis.citations?.map((c) => `${c.law.zh} ${c.article}`);
    expect(cited).toEqual([
      '中华人民共和国税收征收管理法 第五十一条',
      '中华人民共和国民法典 第二百零二条',
      '中华人民共和国税收征收管理法实施细则 第一百零九条',
    ]);
    expect(window?.basis.citations?.[1]?.quote).toContain('到期月的对应日为期间的最后一日');
  });

  it('moves a last day on a weekend to the next working day (实施细则 第一百零九条)', () => {
    // 2025-03-15 is a Saturday → Monday 2025-03-17
    expect(claimWindowEnd(civilDate('2022-03-15'))).toBe('2025-03-17');
    const acct = settled('2022-03-15');
    const [op] = detectOverpayments(acct, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    expect(computeRefund(op, acct, { asOf: '2025-03-17', discoveredBy: 'taxpayer' }).outcome).toBe(
      'refunded',
    );
    expect(computeRefund(op, acct, { asOf: '2025-03-18', discoveredBy: 'taxpayer' }).outcome).toBe('lapsed');
  });

  it('has no window for the authority (no look-back limit)', () => {
    const acct = settled('2022-03-10');
    const [op] = detectOverpayments(acct, civilDate('2022-03-31'));
    if (!op) throw new Error('no overpayment');
    expect(computeRefund(op, acct, { asOf: '2026-03-11', discoveredBy: 'authority' }).outcome).toBe(
      'refunded',
    );
  });
});

describe('实施细则 第七十八、一百零九条: processing deadlines across the Spring Festival', () => {
  // 2025 春节: days off 2025-01-28 … 2025-02-04 (8 days); 2025-01-26 and 2025-02-08 are make-up working days.
  it('extends a 30-day claim period by the 8 festival days', () => {
    // 2025-01-20 + 30 = 2025-02-19; + 8 = 2025-02-27 (a Thursday)
    expect(processingDeadline('taxpayer', civilDate('2025-01-20'))).toBe('2025-02-27');
  });
  it('moves a 10-day deadline landing in the festival to the first working day after it', () => {
    // 2025-01-18 + 10 = 2025-01-28, a festival day; only one festival day lies inside the period
    // (no extension), so the last day moves to 2025-02-05, the first working day after the break.
    const d = processingDeadline('authority', civilDate('2025-01-18'));
    expect(d).toBe('2025-02-05');
    expect(isWorkingDay(d)).toBe(true);
  });
});

describe("the population files on the yearly notices' deadlines (filingDeadline)", () => {
  it('VAT of 2022-01..12 is due on the published deadlines of the filing months 2022-02..2023-01', () => {
    // 税总办征科函〔2021〕201号 (2022) and 〔2022〕245号 (2023), day of each filing month:
    // 02-23, 03-15, 04-20, 05-19, 06-20, 07-15, 08-15, 09-20, 10-25, 11-15, 12-15, 2023-01-16.
    const [t] = generatePopulation(
      { size: 1, overpaymentRate: 0, arrearsShare: 1, bankOnFileShare: 1 },
      RandomStream.fromSeed(1).substream('population'),
    );
    const vat = (t?.events ?? []).filter((e) => e.kind === 'filing' && e.taxType === 'vat');
    expect(vat.map((e) => (e.kind === 'filing' ? e.dueDate : ''))).toEqual([
      '2022-02-23',
      '2022-03-15',
      '2022-04-20',
      '2022-05-19',
      '2022-06-20',
      '2022-07-15',
      '2022-08-15',
      '2022-09-20',
      '2022-10-25',
      '2022-11-15',
      '2022-12-15',
      '2023-01-16',
    ]);
    // The Q1 CIT prepayment is due with April's filing: 04-03..05 off (3), 04-15 a Friday + 3
    // working days → 04-20 (the natural-day reading gave 04-18).
    const cit = (t?.events ?? []).find((e) => e.kind === 'filing' && e.taxType === 'cit');
    expect(cit?.kind === 'filing' && cit.dueDate).toBe('2022-04-20');
    expect(statutoryDeadline(civilDate('2022-03-31'), 15, 'days', { taxHolidayExtension: true })).toBe(
      '2022-04-18',
    );
  });
});

describe('实施细则 第一百零九条 and the three-year window: last-day rule only', () => {
  it('a window opened 2022-03-10 ends 2025-03-10; the literal extension would add 87 days', () => {
    // 2025-03-10 is a Monday (a working day): the last-day rule leaves it. Read literally, the
    // extension adds every run of 3+ days off in 2022-03-11..2025-03-10 (87 days) → 2025-06-05.
    expect(claimWindowEnd(civilDate('2022-03-10'))).toBe('2025-03-10');
    expect(statutoryDeadline(civilDate('2022-03-10'), 3, 'years', { taxHolidayExtension: true })).toBe(
      '2025-06-05',
    );
  });
});
