// The refund process as a pure state machine on the statutory calendar.
import { type CivilDate, civilDate, fromEpochDay, InvalidTransitionError, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  buildAccount,
  detectOverpayments,
  REFUND_STATUSES,
  type RefundEvent,
  type RefundEventType,
  startProcess,
  transition,
  tryTransition,
} from '../src/index';

const acct = buildAccount({ taxpayerId: 'T-3', registeredOn: '2020-01-01' }, [
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
const d = (s: string) => civilDate(s);

describe('the reform path, event by event', () => {
  it('goes detected → reminded → prefilled → submitted → auto-reviewed → approved → order-issued → paid', () => {
    let p = startProcess(op, 'taxpayer', d('2022-03-10'));
    const events: RefundEvent[] = [
      { type: 'REMIND', at: d('2022-03-10') },
      { type: 'PREFILL', at: d('2022-03-11') },
      { type: 'SUBMIT', at: d('2022-03-11') },
      { type: 'AUTO_REVIEW', at: d('2022-03-11'), failed: [] },
      { type: 'APPROVE', at: d('2022-03-11') },
      { type: 'ISSUE_ORDER', at: d('2022-03-11') },
      { type: 'PAY', at: d('2022-03-14') },
    ];
    for (const e of events) p = transition(p, e);
    expect(p.history.map((h) => h.status)).toEqual([
      'detected',
      'reminded',
      'prefilled',
      'submitted',
      'auto-reviewed',
      'approved',
      'order-issued',
      'paid',
    ]);
    // the claim of 2022-03-11 must be processed within 30 days: 2022-04-10, extended by the 3 days
    // of 清明 (2022-04-03..05, 连续3日以上, 实施细则 第一百零九条) → 2022-04-13, a Wednesday
    expect(p.processBy).toBe('2022-04-13');
    expect(allowedEvents(p)).toEqual([]);
  });

  it('refers a failed auto-review to manual review, where it may be rejected', () => {
    let p = startProcess(op, 'taxpayer', d('2022-03-10'));
    p = transition(p, { type: 'SUBMIT', at: d('2022-03-12') });
    p = transition(p, { type: 'AUTO_REVIEW', at: d('2022-03-12'), failed: ['risk-flag'] });
    expect(p.status).toBe('manual-review');
    expect(transition(p, { type: 'REJECT', at: d('2022-03-20'), reason: 'risk confirmed' }).status).toBe(
      'rejected',
    );
  });
});

describe('illegal transitions are values or InvalidTransitionError, never silent', () => {
  const p = startProcess(op, 'taxpayer', d('2022-03-10'));
  it('refuses an event the state does not accept', () => {
    const r = tryTransition(p, { type: 'PAY', at: d('2022-03-11') });
    expect(r.ok).toBe(false);
    expect(() => transition(p, { type: 'PAY', at: d('2022-03-11') })).toThrow(InvalidTransitionError);
  });
  it('refuses time running backwards', () => {
    expect(tryTransition(p, { type: 'REMIND', at: d('2022-03-09') }).ok).toBe(false);
  });
  it('refuses a claim after the window (2025-03-10) and a lapse before it ends', () => {
    expect(p.windowEndsOn).toBe('2025-03-10');
    expect(tryTransition(p, { type: 'SUBMIT', at: d('2025-03-11') }).ok).toBe(false);
    expect(tryTransition(p, { type: 'LAPSE', at: d('2025-03-10') }).ok).toBe(false);
    expect(transition(p, { type: 'LAPSE', at: d('2025-03-11') }).status).toBe('lapsed');
  });
  it('never lets an authority refund lapse', () => {
    const a = startProcess(op, 'authority', d('2022-03-10'));
    expect(a.windowEndsOn).toBeUndefined();
    expect(tryTransition(a, { type: 'LAPSE', at: d('2026-01-01') }).ok).toBe(false);
  });
});

const TYPES: RefundEventType[] = [
  'REMIND',
  'PREFILL',
  'SUBMIT',
  'AUTO_REVIEW',
  'REFER',
  'APPROVE',
  'REJECT',
  'ISSUE_ORDER',
  'PAY',
  'LAPSE',
];
const eventArb = fc.record({
  type: fc.constantFrom(...TYPES),
  gap: fc.integer({ min: -3, max: 400 }),
  fail: fc.boolean(),
});

describe('property: the state machine never reaches an illegal state', () => {
  it('any event sequence keeps a known status, forward time, and a history that grows by one per accepted event', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 15 }), (events) => {
        let p = startProcess(op, 'taxpayer', d('2022-03-10'));
        for (const e of events) {
          const at = fromEpochDay(
            Math.min(toEpochDay(p.since) + e.gap, toEpochDay('2026-06-30')),
          ) as CivilDate;
          const ev = (
            e.type === 'AUTO_REVIEW'
              ? { type: e.type, at, failed: e.fail ? ['x'] : [] }
              : e.type === 'REJECT'
                ? { type: e.type, at, reason: 'r' }
                : { type: e.type, at }
          ) as RefundEvent;
          const r = tryTransition(p, ev);
          if (!r.ok) {
            expect(r.error).toBeInstanceOf(InvalidTransitionError);
            continue;
          }
          expect(REFUND_STATUSES).toContain(r.state.status);
          expect(r.state.history.length).toBe(p.history.length + 1);
          expect(r.state.since >= p.since).toBe(true);
          if (r.state.status === 'submitted') expect(r.state.since <= (p.windowEndsOn as string)).toBe(true);
          if (r.state.status === 'lapsed') expect(r.state.since > (p.windowEndsOn as string)).toBe(true);
          p = r.state;
        }
      }),
    );
  });
});
