// The refund process as a pure state machine (core's defineMachine) on the statutory calendar.
import { type CivilDate, civilDate, InvalidTransitionError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  buildAccount,
  detectOverpayments,
  type RefundEvent,
  type RefundProcess,
  startProcess,
  transition,
  tryTransition,
} from '../src/index';
import { refundMachine } from '../src/process';

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

/** The states a process went through, from the one it started in. */
const visited = (p: RefundProcess) => [p.started.state, ...p.history.map((h) => h.to)];

describe('the reform path, event by event', () => {
  it('goes detected → reminded → prefilled → submitted → auto-reviewed → approved → order-issued → paid', () => {
    let p = startProcess(op, 'taxpayer', d('2022-03-10'));
    const events: RefundEvent[] = [
      { type: 'remind', at: d('2022-03-10') },
      { type: 'prefill', at: d('2022-03-11') },
      { type: 'submit', at: d('2022-03-11') },
      { type: 'auto-review', at: d('2022-03-11'), failed: [] },
      { type: 'approve', at: d('2022-03-11') },
      { type: 'issue-order', at: d('2022-03-11') },
      { type: 'pay', at: d('2022-03-14') },
    ];
    for (const e of events) p = transition(p, e);
    expect(visited(p)).toEqual([
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
    expect(p.context.processBy).toBe('2022-04-13');
    expect(allowedEvents(p)).toEqual([]);
  });

  it('refers a failed auto-review to manual review, where it may be rejected', () => {
    let p = startProcess(op, 'taxpayer', d('2022-03-10'));
    p = transition(p, { type: 'submit', at: d('2022-03-12') });
    p = transition(p, { type: 'auto-review', at: d('2022-03-12'), failed: ['risk-flag'] });
    expect(p.state).toBe('manual-review');
    expect(transition(p, { type: 'reject', at: d('2022-03-20'), reason: 'risk confirmed' }).state).toBe(
      'rejected',
    );
  });
});

describe('illegal transitions are values or InvalidTransitionError, never silent', () => {
  const p = startProcess(op, 'taxpayer', d('2022-03-10'));
  /** The refusal code of an event, or 'accepted'. */
  const refusal = (q: RefundProcess, e: RefundEvent) => {
    const r = tryTransition(q, e);
    return r.ok ? 'accepted' : r.error.code;
  };
  it('refuses an event the state does not accept, naming the ones it does', () => {
    const r = tryTransition(p, { type: 'pay', at: d('2022-03-11') });
    expect(r.ok).toBe(false);
    expect(!r.ok && [r.error.code, r.error.allowed]).toEqual([
      'not-allowed',
      ['remind', 'notify', 'submit', 'lapse'],
    ]);
    expect(() => transition(p, { type: 'pay', at: d('2022-03-11') })).toThrow(InvalidTransitionError);
  });
  it('refuses time running backwards', () => {
    expect(refusal(p, { type: 'remind', at: d('2022-03-09') })).toBe('time-reversed');
  });
  it('refuses a claim after the window (2025-03-10) and a lapse before it ends', () => {
    // paid 2022-03-10; 3 years (第五十一条) end on the same day of 2025 (民法典 第二百零一条)
    expect(p.context.windowEndsOn).toBe('2025-03-10');
    const late = tryTransition(p, { type: 'submit', at: d('2025-03-11') });
    expect(!late.ok && [late.error.code, late.error.guard]).toEqual(['blocked', 'window-closed']);
    const early = tryTransition(p, { type: 'lapse', at: d('2025-03-10') });
    expect(!early.ok && [early.error.code, early.error.guard]).toEqual(['blocked', 'window-open']);
    expect(transition(p, { type: 'lapse', at: d('2025-03-11') }).state).toBe('lapsed');
  });
  it('never lets an authority refund lapse', () => {
    const a = startProcess(op, 'authority', d('2022-03-10'));
    expect(a.context.windowEndsOn).toBeUndefined();
    const r = tryTransition(a, { type: 'lapse', at: d('2026-01-01') });
    expect(!r.ok && r.error.guard).toBe('no-lapse-ex-officio');
  });
  it('starts the 10-day clock when the authority reminds: 2022-03-10 + 10 days = 2022-03-20, a Sunday → 03-21', () => {
    const a = startProcess(op, 'authority', d('2022-03-10'));
    expect(transition(a, { type: 'remind', at: d('2022-03-10') }).context.processBy).toBe('2022-03-21');
  });
});

describe('property: the state machine never reaches an illegal state (model-based, from the table)', () => {
  it('any event sequence keeps the table, forward time, the claim window and cited steps', () => {
    fc.assert(
      machineProperty(refundMachine, {
        start: fc.constantFrom(
          startProcess(op, 'taxpayer', d('2022-03-10')),
          startProcess(op, 'authority', d('2022-03-10')),
        ),
        eventArbs: {
          'auto-review': fc.record({ failed: fc.constantFrom([], ['x'], ['risk-flag', 'bank-unverified']) }),
          reject: fc.record({ reason: fc.constantFrom('r', 'risk confirmed') }),
        },
        gap: fc.integer({ min: -3, max: 400 }),
        until: '2026-06-30',
        check: (before, e, r) => {
          if (!r.ok) return;
          const w = before.context.windowEndsOn;
          // 第五十一条: a claim only inside the window, a lapse only after it, none ex officio
          if (r.snapshot.state === 'submitted' && w) expect(e.at <= w).toBe(true);
          if (r.snapshot.state === 'lapsed') expect(w !== undefined && e.at > w).toBe(true);
          // the auto-review refers exactly the claims with a failed check
          if (e.type === 'auto-review') {
            expect(r.snapshot.state).toBe(e.failed.length > 0 ? 'manual-review' : 'auto-reviewed');
          }
          if (e.type === 'submit' && before.context.discovery === 'taxpayer') {
            expect((r.snapshot.context.processBy as CivilDate) > e.at).toBe(true);
          }
        },
      }),
    );
  });
});
