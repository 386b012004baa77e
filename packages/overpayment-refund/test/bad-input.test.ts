// Bad input to every public function: a ValidationError naming the field path, the input unchanged.
import { civilDate, defaultParams, Money, parseParams, RandomStream, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  arrearsOf,
  autoReview,
  buildAccount,
  claimWindowEnd,
  computeRefund,
  detectOverpayments,
  isFinal,
  openAccount,
  prefillApplication,
  processingDeadline,
  processOverpayments,
  readLedger,
  settleRefund,
  startProcess,
  transition,
  tryTransition,
} from '../src/index';
import { PARAMS } from '../src/params';
import { generatePopulation } from '../src/population';
import { runBatch } from '../src/simulate';
import { addYears } from '../src/windows';

const reg = { taxpayerId: 'T-B', registeredOn: '2020-01-01' };
const acct = buildAccount(reg, [
  {
    kind: 'filing',
    date: '2022-03-10',
    taxType: 'vat',
    period: '2022-02',
    amount: '100.00',
    dueDate: '2022-03-15',
  },
  { kind: 'payment', id: 'A', date: '2022-03-10', taxType: 'vat', period: '2022-02', amount: '100.00' },
  { kind: 'payment', id: 'B', date: '2022-03-11', taxType: 'vat', period: '2022-02', amount: '100.00' },
]);
const [op] = detectOverpayments(acct, civilDate('2022-03-31'));
if (!op) throw new Error('no overpayment');
const refund = computeRefund(op, acct, { asOf: '2022-04-01', discoveredBy: 'taxpayer' });
const process0 = startProcess(op, 'taxpayer', civilDate('2022-03-11'));
const facts = {
  amountsReconcile: true,
  identityVerified: true,
  bankAccountVerified: true,
  openRiskFlag: false,
};

function rejects(run: () => unknown, path: string): void {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  expect((caught as ValidationError).paths).toContain(path);
}

// [what, call, expected path, inputs that must stay unchanged]
const badRegistration = { taxpayerId: 'T-B', registeredOn: '2022-02-30' };
const badEvent = {
  kind: 'payment',
  id: 'C',
  date: '2022-03-12',
  taxType: 'vat',
  period: '2022-02',
  amount: 100,
};
const cases: [string, () => unknown, string, unknown[]][] = [
  [
    'openAccount: a date that does not exist',
    () => openAccount(badRegistration),
    'registration.registeredOn',
    [badRegistration],
  ],
  ['buildAccount: events that are not an array', () => buildAccount(reg, {} as never), 'events', [reg]],
  [
    'applyEvent: an amount as a JS number',
    () => applyEvent(acct, badEvent as never),
    'event.amount',
    [badEvent],
  ],
  ['detectOverpayments: a bad date', () => detectOverpayments(acct, '2022-3-1' as never), 'asOf', []],
  [
    'computeRefund: an overpayment without its settlement date',
    () =>
      computeRefund({ ...op, settledOn: undefined } as never, acct, {
        asOf: '2022-04-01',
        discoveredBy: 'taxpayer',
      }),
    'overpayment.settledOn',
    [op],
  ],
  [
    'computeRefund: an unknown reminder rule',
    () =>
      computeRefund(op, acct, { asOf: '2022-04-01', discoveredBy: 'taxpayer', reminderCounts: 'x' as never }),
    'options.reminderCounts',
    [op],
  ],
  [
    'settleRefund: an offset line with a float tax',
    () =>
      settleRefund(acct, {
        ...refund,
        offsets: [{ taxType: 'vat', period: '2022-02', tax: 1, lateFee: refund.interest }],
      } as never),
    'computation.offsets.0.tax',
    [refund],
  ],
  [
    'prefillApplication: ids that are not an array',
    () => prefillApplication(acct, { asOf: '2022-04-01', overpaymentIds: 'all' as never }),
    'options.overpaymentIds',
    [],
  ],
  [
    'startProcess: an overpayment of an unknown tax type',
    () => startProcess({ ...op, taxType: 'salt' } as never, 'taxpayer', civilDate('2022-03-12')),
    'overpayment.taxType',
    [op],
  ],
  ['readLedger: a date that does not exist', () => readLedger(acct, '2022-02-29' as never), 'asOf', []],
  [
    'arrearsOf: not an account',
    () => arrearsOf({ events: 1 } as never, civilDate('2022-01-01')),
    'account',
    [],
  ],
  ['addYears: a bad date', () => addYears('2022-13-01' as never, 3), 'date', []],
  ['addYears: a fractional year', () => addYears(civilDate('2022-01-01'), 1.5), 'years', []],
  ['claimWindowEnd: a bad date', () => claimWindowEnd('soon' as never), 'settledOn', []],
  [
    'processingDeadline: an unknown route',
    () => processingDeadline('court' as never, civilDate('2022-01-04')),
    'discovery',
    [],
  ],
  [
    'processingDeadline: a bad start',
    () => processingDeadline('taxpayer', '2022/01/04' as never),
    'start',
    [],
  ],
  [
    'processOverpayments: a bad route, even with nothing to refund',
    () => processOverpayments(acct, { asOf: '2022-03-01', discoveredBy: 'nobody' as never }),
    'options.discoveredBy',
    [],
  ],
  [
    'processOverpayments: a bad date',
    () => processOverpayments(acct, { asOf: 'x', discoveredBy: 'taxpayer' }),
    'options.asOf',
    [],
  ],
  ['settleRefund: not a computation', () => settleRefund(acct, null as never), 'computation', []],
  [
    'settleRefund: a float principal',
    () => settleRefund(acct, { ...refund, principal: 100 } as never),
    'computation.principal',
    [refund],
  ],
  [
    'prefillApplication: a bad date',
    () => prefillApplication(acct, { asOf: '2022-04-31' }),
    'options.asOf',
    [],
  ],
  [
    'startProcess: a start before settlement',
    () => startProcess(op, 'taxpayer', civilDate('2022-03-01')),
    'at',
    [op],
  ],
  [
    'startProcess: an unknown route',
    () => startProcess(op, 'bank' as never, civilDate('2022-03-12')),
    'discovery',
    [op],
  ],
  [
    'tryTransition: not a process',
    () => tryTransition({} as never, { type: 'remind', at: civilDate('2022-03-12') }),
    'snapshot.machine',
    [],
  ],
  [
    'tryTransition: an unknown event',
    () => tryTransition(process0, { type: 'BRIBE', at: '2022-03-12' } as never),
    'event.type',
    [process0],
  ],
  [
    'transition: an event without a date',
    () => transition(process0, { type: 'remind' } as never),
    'event.at',
    [process0],
  ],
  ['allowedEvents: not a process', () => allowedEvents(null as never), 'snapshot', []],
  ['isFinal: an unknown status', () => isFinal('archived' as never), 'status', []],
  [
    'autoReview: a missing fact',
    () => autoReview({ ...facts, openRiskFlag: undefined } as never, '2022-03-12'),
    'facts.openRiskFlag',
    [facts],
  ],
  [
    'runBatch: an out-of-range share',
    () => runBatch({ ...defaultParams(PARAMS), riskConfirmedShare: 2 } as never, 1),
    'riskConfirmedShare',
    [],
  ],
  [
    'runBatch: a fractional seed',
    () => runBatch({ ...defaultParams(PARAMS), population: 100 } as never, 0.5),
    'seed',
    [],
  ],
  [
    'generatePopulation: a negative size, before anything is drawn',
    () =>
      generatePopulation(
        { size: -1, overpaymentRate: 0.1, arrearsShare: 0.1, bankOnFileShare: 0.1 },
        RandomStream.fromSeed(1),
      ),
    'options.size',
    [],
  ],
  [
    'generatePopulation: a share above 1',
    () =>
      generatePopulation(
        { size: 1, overpaymentRate: 1.5, arrearsShare: 0.1, bankOnFileShare: 0.1 },
        RandomStream.fromSeed(1),
      ),
    'options.overpaymentRate',
    [],
  ],
];

describe('bad input: typed errors naming the field, inputs unchanged', () => {
  const acctBefore = JSON.stringify(acct);
  for (const [what, run, path, inputs] of cases) {
    it(`${what} → ${path}`, () => {
      const before = inputs.map((x) => JSON.stringify(x));
      rejects(run, path);
      expect(inputs.map((x) => JSON.stringify(x))).toEqual(before);
      expect(JSON.stringify(acct)).toBe(acctBefore);
    });
  }
});

// Issue 32: a computation whose amounts do not add up was booked, and a junk offset line made every
// later readLedger throw. Each is refused before anything is written.
describe('settleRefund refuses a computation that does not add up (issue 32)', () => {
  // The sample: 100.00 overpaid (payment B), refunded with its interest and no offsets, so
  // principal + interest = refund + 0.
  const m = (yuan: string) => Money.of(yuan);
  const bad: [string, Partial<Record<keyof typeof refund, unknown>>, string][] = [
    ['a refund of 1,000,000 for a 100.00 overpayment', { refund: m('1000000.00') }, 'computation.refund'],
    [
      'a refund one fen short of principal + interest',
      { refund: refund.refund.subtract(m('0.01')) },
      'computation.refund',
    ],
    ['a negative principal', { principal: m('-50.00') }, 'computation.principal'],
    ['a principal of a tenth of a fen', { principal: m('0.001') }, 'computation.principal'],
    ['an offset line that is not an object', { offsets: ['junk'] }, 'computation.offsets.0'],
    [
      'offsets that consume more than principal + interest',
      {
        offsets: [{ taxType: 'vat', period: '2022-02', tax: m('100.00'), lateFee: m('0.00') }],
      },
      'computation.refund',
    ],
  ];
  for (const [what, patch, path] of bad) {
    it(`${what} → ${path}, account unchanged and still readable`, () => {
      const before = JSON.stringify(acct);
      rejects(() => settleRefund(acct, { ...refund, ...patch } as never), path);
      expect(JSON.stringify(acct)).toBe(before);
      expect(readLedger(acct, civilDate('2022-04-02')).overpayments).toHaveLength(1);
    });
  }

  it('the sample itself books (principal + interest = refund + offsets)', () => {
    // 100.00 principal + interest = refund, no offsets.
    expect(refund.principal.add(refund.interest).equals(refund.refund)).toBe(true);
    expect(settleRefund(acct, refund).booked).toBe(true);
  });
});

// Issue 32: {population: 1000000} was an allowed scenario that ran for about 4 minutes in
// simulate. The schema now stops at what a browser worker runs in seconds (README "Scenario
// limits"); province-scale volumes go through runBatch.
describe('scenario limits (issue 32)', () => {
  it('a population above the browser limit is refused naming population', () => {
    rejects(() => parseParams(PARAMS, { population: 1_000_000 }), 'population');
    rejects(() => parseParams(PARAMS, { population: PARAMS.population.max + 1 }), 'population');
    expect(parseParams(PARAMS, { population: PARAMS.population.max }).population).toBe(4_000);
  });
  it('10,000 taxpayers, allowed before, is refused: every other parameter at its max it ran over 30 s of CPU', () => {
    rejects(() => parseParams(PARAMS, { population: 10_000 }), 'population');
  });
});
