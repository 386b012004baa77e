// The account as an immutable value advanced by events: detection of each overpayment cause, late
// fees, pre-filling, idempotence, and bad input (typed errors naming the field, nothing changed).
import { civilDate, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  type AccountEventInput,
  applyEvent,
  arrearsOf,
  buildAccount,
  computeRefund,
  detectOverpayments,
  openAccount,
  prefillApplication,
  processOverpayments,
} from '../src/index';

const reg = { taxpayerId: 'T-2', registeredOn: '2021-06-01' };
const filing: AccountEventInput = {
  kind: 'filing',
  date: '2022-03-10',
  taxType: 'vat',
  period: '2022-02',
  amount: '50000.00',
  dueDate: '2022-03-15',
};
const paid: AccountEventInput = {
  kind: 'payment',
  id: 'P1',
  date: '2022-03-10',
  taxType: 'vat',
  period: '2022-02',
  amount: '50000.00',
};

function expectRejected(run: () => unknown, path: string): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).paths).toContain(path);
    return;
  }
  throw new Error(`expected a ValidationError at ${path}`);
}

describe('detection after each filing, payment or correction', () => {
  it('a downward correction (更正申报) makes the earlier payment overpaid from its own date', () => {
    const acct = buildAccount(reg, [
      filing,
      paid,
      { kind: 'correction', date: '2022-05-20', taxType: 'vat', period: '2022-02', amount: '30000.00' },
    ]);
    expect(detectOverpayments(acct, civilDate('2022-05-19'))).toHaveLength(0);
    const [op] = detectOverpayments(acct, civilDate('2022-05-20'));
    // 50,000 paid − 30,000 due = 20,000 overpaid, settled 2022-03-10, visible 2022-05-20
    expect(op?.amount.toString()).toBe('20000.00');
    expect(op?.settledOn).toBe('2022-03-10');
    expect(op?.visibleOn).toBe('2022-05-20');
    expect(op?.cause).toBe('correction');
  });

  it('a payment booked to a tax type with no liability is overpaid in full', () => {
    const acct = buildAccount(reg, [
      filing,
      paid,
      {
        kind: 'payment',
        id: 'S1',
        date: '2022-03-11',
        taxType: 'stamp',
        period: '2022-02',
        amount: '800.00',
      },
    ]);
    const [op] = detectOverpayments(acct, civilDate('2022-03-31'));
    expect([op?.taxType, op?.amount.toString(), op?.cause]).toEqual(['stamp', '800.00', 'no-liability']);
  });

  it('a late payment leaves the late fee owed: 10,000 × 0.05% × 30 days = 150.00', () => {
    const acct = buildAccount(reg, [
      { ...filing, amount: '10000.00' },
      { ...paid, date: '2022-04-14', amount: '10000.00' }, // 30 days after 2022-03-15
    ]);
    const [a] = arrearsOf(acct, civilDate('2022-04-14'));
    expect([a?.tax.toString(), a?.lateFee.toString()]).toEqual(['0.00', '150.00']);
    // A later payment of 150.20 clears the fee first; 0.20 is overpaid.
    const next = applyEvent(acct, {
      kind: 'payment',
      id: 'P9',
      date: '2022-04-20',
      taxType: 'vat',
      period: '2022-02',
      amount: '150.20',
    });
    expect(arrearsOf(next, civilDate('2022-04-20'))).toHaveLength(0);
    expect(detectOverpayments(next, civilDate('2022-04-20'))[0]?.amount.toString()).toBe('0.20');
  });
});

describe('prefillApplication', () => {
  it('lists every open overpayment, pre-fills the bank and asks the taxpayer only to confirm', () => {
    const acct = buildAccount(
      { ...reg, bank: { bankName: '中国银行', accountName: 'T-2', accountNo: '6216600000001234' } },
      [filing, paid, { ...paid, id: 'P2', date: '2022-03-12' }],
    );
    const app = prefillApplication(acct, { asOf: '2022-03-31' });
    expect(app.mode).toBe('refund');
    expect(app.lines.map((l) => [l.paymentId, l.amount.toString()])).toEqual([['P2', '50000.00']]);
    expect(app.total.toString()).toBe('50000.00');
    expect(app.taxpayerInputs).toEqual(['confirm']);
  });
  it('chooses 先抵后退 when there are arrears and asks for the bank without one on file', () => {
    const acct = buildAccount(reg, [
      filing,
      paid,
      { ...paid, id: 'P2', date: '2022-03-12' },
      {
        kind: 'filing',
        date: '2022-04-01',
        taxType: 'cit',
        period: '2022-03',
        amount: '900.00',
        dueDate: '2022-04-15',
      },
    ]);
    const app = prefillApplication(acct, { asOf: '2022-05-01' });
    expect(app.mode).toBe('offset-then-refund');
    expect(app.taxpayerInputs).toContain('bank.accountNo');
  });
  it('rejects an unknown overpayment id naming its index', () => {
    const acct = buildAccount(reg, [filing, paid]);
    expectRejected(
      () => prefillApplication(acct, { asOf: '2022-03-31', overpaymentIds: ['nope'] }),
      'options.overpaymentIds.0',
    );
  });
});

describe('idempotence: nothing is refunded twice', () => {
  it('a second run of the flow refunds nothing and computeRefund says nothing is due', () => {
    const acct = buildAccount(reg, [filing, paid, { ...paid, id: 'P2', date: '2022-03-12' }]);
    const once = processOverpayments(acct, { asOf: '2022-04-01', discoveredBy: 'system-reminder' });
    expect(once.refunds).toHaveLength(1);
    const twice = processOverpayments(once.account, { asOf: '2022-04-01', discoveredBy: 'system-reminder' });
    expect(twice.refunds).toHaveLength(0);
    expect(twice.account).toBe(once.account);
    const [op] = detectOverpayments(acct, civilDate('2022-04-01'));
    if (!op) throw new Error('no overpayment');
    expect(computeRefund(op, once.account, { asOf: '2022-04-02', discoveredBy: 'taxpayer' }).outcome).toBe(
      'nothing-due',
    );
  });
});

describe('bad input: typed errors naming the field, the account and the input unchanged', () => {
  const acct = buildAccount(reg, [filing, paid]);
  const snapshot = JSON.stringify(acct);
  const cases: [string, unknown, string][] = [
    ['a negative amount', { ...paid, id: 'X', amount: '-5.00' }, 'event.amount'],
    ['a third decimal (float)', { ...paid, id: 'X', amount: '12.345' }, 'event.amount'],
    ['a JS number amount', { ...paid, id: 'X', amount: 12.34 }, 'event.amount'],
    ['a payment before registration', { ...paid, id: 'X', date: '2021-05-31' }, 'event.date'],
    ['an unknown tax type', { ...paid, id: 'X', taxType: 'salt' }, 'event.taxType'],
    ['an impossible date', { ...paid, id: 'X', date: '2022-02-30' }, 'event.date'],
    ['a duplicate payment id', { ...paid }, 'event.id'],
    [
      'a correction of an unfiled period',
      { kind: 'correction', date: '2022-04-01', taxType: 'cit', period: '2022-01', amount: '1.00' },
      'event.period',
    ],
    ['a zero payment', { ...paid, id: 'X', amount: '0.00' }, 'event.amount'],
  ];
  for (const [what, input, path] of cases) {
    it(`rejects ${what} at ${path}`, () => {
      const before = JSON.stringify(input);
      expectRejected(() => applyEvent(acct, input as AccountEventInput), path);
      expect(JSON.stringify(acct)).toBe(snapshot);
      expect(JSON.stringify(input)).toBe(before);
    });
  }
  it('rejects a bad registration and a bad event inside a batch by index', () => {
    expectRejected(
      () => openAccount({ taxpayerId: '', registeredOn: '2021-01-01' }),
      'registration.taxpayerId',
    );
    expectRejected(() => buildAccount(reg, [filing, { ...paid, amount: '1e5' }]), 'events.1.amount');
  });
  it('rejects bad options of computeRefund and detectOverpayments', () => {
    const [op] = detectOverpayments(
      buildAccount(reg, [filing, paid, { ...paid, id: 'P2' }]),
      civilDate('2022-03-31'),
    );
    if (!op) throw new Error('no overpayment');
    expectRejected(
      () => computeRefund(op, acct, { asOf: '2022-13-01', discoveredBy: 'taxpayer' }),
      'options.asOf',
    );
    expectRejected(
      () => computeRefund(op, acct, { asOf: '2022-04-01', discoveredBy: 'nobody' as 'taxpayer' }),
      'options.discoveredBy',
    );
    expectRejected(
      () =>
        computeRefund({ ...op, amount: 5 as never }, acct, { asOf: '2022-04-01', discoveredBy: 'taxpayer' }),
      'overpayment.amount',
    );
    expectRejected(() => detectOverpayments(acct, 'yesterday' as never), 'asOf');
    expectRejected(() => detectOverpayments({} as never, civilDate('2022-01-01')), 'account');
  });
});
