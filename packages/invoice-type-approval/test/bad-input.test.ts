import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  cleanApplication,
  decideApplication,
  decideFacts,
  decisionDueBy,
  toFacts,
  validateApplication,
  whyNot,
} from '../src/index';

function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths;
  }
  throw new Error('expected a ValidationError');
}

const base = cleanApplication();
const CASES: [string, unknown, string][] = [
  [
    'unknown credit grade',
    { ...base, taxpayer: { ...base.taxpayer, creditGrade: 'E' } },
    'application.taxpayer.creditGrade',
  ],
  [
    'negative quantity',
    { ...base, request: { ...base.request, special: { faceValue: '100000', monthlyQuantity: -5 } } },
    'application.request.special.monthlyQuantity',
  ],
  [
    'face value not a tier',
    { ...base, request: { ...base.request, ordinary: { faceValue: '50000', monthlyQuantity: 10 } } },
    'application.request.ordinary.faceValue',
  ],
  [
    'amount as a JS number',
    { ...base, taxpayer: { ...base.taxpayer, filing: { ...base.taxpayer.filing, arrears: 100 } } },
    'application.taxpayer.filing.arrears',
  ],
  [
    'share above 1',
    { ...base, taxpayer: { ...base.taxpayer, invoices: { ...base.taxpayer.invoices, voidShare: '1.5' } } },
    'application.taxpayer.invoices.voidShare',
  ],
  [
    '24-month count below the 12-month count',
    {
      ...base,
      taxpayer: { ...base.taxpayer, violations: { ...base.taxpayer.violations, last12m: 3, last24m: 1 } },
    },
    'application.taxpayer.violations.last24m',
  ],
  ['date before the rules apply', { ...base, date: '2023-01-05' }, 'application.date'],
  [
    'registration after the application',
    { ...base, taxpayer: { ...base.taxpayer, registeredOn: '2025-04-01' } },
    'application.taxpayer.registeredOn',
  ],
  [
    'bad USCC check character',
    { ...base, taxpayer: { ...base.taxpayer, uscc: '91440101MA59ABCD1A' } },
    'application.taxpayer.uscc',
  ],
  ['unknown field', { ...base, extra: 1 }, 'application'],
];

describe('bad input: typed errors naming the field, input unchanged', () => {
  it.each(CASES)('%s', (_name, input, path) => {
    const before = structuredClone(input);
    for (const fn of [decideApplication, whyNot, validateApplication]) {
      expect(pathsOf(() => fn(input))).toContain(path);
    }
    expect(input).toEqual(before);
  });

  it('decideFacts and decisionDueBy name the bad fact or date', () => {
    const facts = toFacts(base);
    expect(pathsOf(() => decideFacts({ ...facts, creditGrade: 'E' as 'A' }, base.date))).toEqual([
      'facts.creditGrade',
    ]);
    expect(pathsOf(() => decideFacts({ ...facts, reqSpecialQty: -1 }, base.date))).toEqual([
      'facts.reqSpecialQty',
    ]);
    expect(pathsOf(() => decideFacts(facts, '2022-01-01'))).toEqual(['asOf']);
    expect(pathsOf(() => decisionDueBy(facts, '2025-02-30'))).toEqual(['date']);
    expect(pathsOf(() => decisionDueBy({ ...facts, reqOrdinaryTier: 7 }, base.date))).toEqual([
      'facts.reqOrdinaryTier',
    ]);
  });

  it('rejects a non-object', () => {
    expect(pathsOf(() => decideApplication(null))).toEqual(['application']);
  });
});
