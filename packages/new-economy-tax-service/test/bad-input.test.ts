// Bad input for every public function: a ValidationError naming the field, the input unchanged.
import { type CivilDate, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { type FirmYear, onboarding, policyPackage, riskReminders, smallLowProfitCit } from '../src/index';

function pathsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e instanceof ValidationError ? e.paths : e;
  }
  return 'no error';
}

const cit = {
  taxYear: 2025,
  taxableIncome: '100.00',
  employees: 3,
  totalAssets: '100.00',
  restrictedIndustry: false,
};
const year: FirmYear = {
  id: 'F1',
  sector: 'software',
  vatStatus: 'small-scale',
  novel: false,
  taxYear: 2026,
  taxableIncome: '100.00',
  employees: 3,
  totalAssets: '100.00',
  restrictedIndustry: false,
  monthlySales: Array(12).fill('1000.00'),
  localLevies: '10.00',
};
const month = { month: '2026-01', vatStatus: 'small-scale', sales: '10.00', invoices: 1, voided: 0 } as const;

describe('smallLowProfitCit', () => {
  it.each([
    [{ ...cit, taxableIncome: '-1.00' }, 'taxableIncome'],
    [{ ...cit, taxableIncome: '1.001' }, 'taxableIncome'],
    [{ ...cit, taxYear: 2025.5 }, 'taxYear'],
    [{ ...cit, taxYear: 2018 }, 'taxYear'],
    [{ ...cit, taxYear: 2028 }, 'taxYear'],
    [{ ...cit, employees: -1 }, 'employees'],
    [{ ...cit, employees: 2.5 }, 'employees'],
    [{ ...cit, totalAssets: 100 }, 'totalAssets'],
    [{ ...cit, restrictedIndustry: 'no' }, 'restrictedIndustry'],
  ])('%o → %s', (input, path) => {
    const copy = structuredClone(input);
    expect(pathsOf(() => smallLowProfitCit(input as never))).toEqual([path]);
    expect(input).toEqual(copy);
  });
});

describe('policyPackage', () => {
  it.each([
    [{ ...year, taxableIncome: '-5.00' }, 'firm.taxableIncome'],
    [{ ...year, taxYear: 2026.5 }, 'firm.taxYear'],
    [{ ...year, sector: 'mining' }, 'firm.sector'],
    [{ ...year, monthlySales: ['1.00'] }, 'firm.monthlySales'],
    [{ ...year, monthlySales: [...Array(11).fill('1.00'), '-1.00'] }, 'firm.monthlySales.11'],
  ])('%o → %s', (input, path) => {
    const copy = structuredClone(input);
    expect(pathsOf(() => policyPackage(input as never, '2027-01-01' as CivilDate))).toEqual([path]);
    expect(input).toEqual(copy);
  });
  it('asOf: a real date not before the tax year', () => {
    expect(pathsOf(() => policyPackage(year, '2026-02-30' as CivilDate))).toEqual(['asOf']);
    expect(pathsOf(() => policyPackage(year, '2025-12-31' as CivilDate))).toEqual(['asOf']);
  });
});

describe('onboarding', () => {
  const firm = { id: 'F1', sector: 'platform', vatStatus: 'general', novel: true } as const;
  it('names the field', () => {
    expect(
      pathsOf(() => onboarding({ ...firm, sector: 'mining' } as never, 'bundle', '2025-03-03' as CivilDate)),
    ).toEqual(['firm.sector']);
    expect(pathsOf(() => onboarding(firm, 'express' as never, '2025-03-03' as CivilDate))).toEqual(['mode']);
    expect(pathsOf(() => onboarding(firm, 'bundle', '2025-13-01' as CivilDate))).toEqual(['startedOn']);
    expect(pathsOf(() => onboarding({ ...firm, id: '' }, 'bundle', '2025-03-03' as CivilDate))).toEqual([
      'firm.id',
    ]);
  });
});

describe('riskReminders', () => {
  it.each([
    [[{ ...month, sales: '-1.00' }], 'history.0.sales'],
    [[{ ...month, month: '2026-13' }], 'history.0.month'],
    [[{ ...month, voided: 2 }], 'history.0.voided'],
    [[{ ...month, invoices: 1.5 }], 'history.0.invoices'],
    [[month, { ...month, month: '2026-03' }], 'history.1.month'],
  ])('%o → %s', (history, path) => {
    const copy = structuredClone(history);
    expect(pathsOf(() => riskReminders(history as never, '2026-06-01' as CivilDate))).toEqual([path]);
    expect(history).toEqual(copy);
  });
  it('history must be an array, asOf after its last month', () => {
    expect(pathsOf(() => riskReminders('x' as never, '2026-06-01' as CivilDate))).toEqual(['history']);
    expect(pathsOf(() => riskReminders([month], '2026-01-20' as CivilDate))).toEqual(['asOf']);
  });
});
