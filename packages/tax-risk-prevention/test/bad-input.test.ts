// Bad input of every public function: a typed ValidationError naming the field, the input unchanged.
import { Money } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { assessRisk, indicatorsOf, issuerListedAbnormal, tierOf } from '../src/index';
import { HISTORY, month, paths } from './fixtures';

describe('issuerListedAbnormal', () => {
  it('names the field', () => {
    const claim = Object.freeze({ abnormalInputVat: '80000.00', specialInputVat: '70000.00' });
    expect(paths(() => issuerListedAbnormal(claim, '2024-06-30'))).toEqual(['abnormalInputVat']);
    expect(claim).toEqual({ abnormalInputVat: '80000.00', specialInputVat: '70000.00' });
    expect(
      paths(() => issuerListedAbnormal({ abnormalInputVat: '1.234', specialInputVat: '2.00' }, '2024-06-30')),
    ).toEqual(['abnormalInputVat']);
    expect(
      paths(() =>
        issuerListedAbnormal({ abnormalInputVat: '1.00', specialInputVat: Money.of('2.001') }, '2024-06-30'),
      ),
    ).toEqual(['specialInputVat']);
    expect(
      paths(() => issuerListedAbnormal({ abnormalInputVat: '-1.00', specialInputVat: '2.00' }, '2024-06-30')),
    ).toEqual(['abnormalInputVat']);
    expect(
      paths(() => issuerListedAbnormal({ abnormalInputVat: '1.00', specialInputVat: '2.00' }, '2024-02-30')),
    ).toEqual(['asOf']);
  });
});

describe('indicatorsOf', () => {
  it('names the field and leaves the input unchanged', () => {
    const m = Object.freeze(month({ issued: Money.of('1.005') }));
    expect(paths(() => indicatorsOf(m, HISTORY))).toEqual(['month.issued']);
    expect(paths(() => indicatorsOf(month({ matchedCodes: 11 }), HISTORY))).toEqual(['month.matchedCodes']);
    expect(paths(() => indicatorsOf(month({ invoices: -1 }), HISTORY))).toEqual(['month.invoices']);
    expect(paths(() => indicatorsOf(month({ month: '2024-06-15' }), HISTORY))).toEqual(['month.month']);
    expect(paths(() => indicatorsOf(month(), [month({ month: '2024-07-01' })]))).toEqual([
      'history[0].month',
    ]);
    expect(paths(() => indicatorsOf(month(), [month({ month: '2024-05-01', taxpayerId: 'T2' })]))).toEqual([
      'history[0].taxpayerId',
    ]);
    expect(m.issued.toString()).toBe(Money.of('1.005').toString());
  });
});

describe('assessRisk', () => {
  it('names the field', () => {
    const ind = indicatorsOf(month(), HISTORY);
    expect(paths(() => assessRisk(ind, '2024-13-01'))).toEqual(['asOf']);
    expect(paths(() => assessRisk(ind, '2024-05-31'))).toEqual(['asOf']);
    expect(paths(() => assessRisk(ind, '2024-07-15', { thresholds: { voidRed: -0.1 } }))).toEqual([
      'opts.thresholds.voidRed',
    ]);
    expect(paths(() => assessRisk(ind, '2024-07-15', { tiers: { blue: 40, yellow: 40, red: 60 } }))).toEqual([
      'opts.tiers',
    ]);
    expect(paths(() => assessRisk(null as never, '2024-07-15'))).toEqual(['ind']);
  });
});

// Found by the fuzz suite (issue #32): odd values in an error message and a bad tier table threw
// bare TypeErrors/RangeErrors instead of a ValidationError naming the field.
describe('odd values (fuzz findings)', () => {
  const circular: Record<string, unknown> = { items: [] };
  (circular.items as unknown[]).push(circular);
  it('issuerListedAbnormal describes a BigInt or circular value instead of throwing on it', () => {
    expect(
      paths(() =>
        issuerListedAbnormal({ abnormalInputVat: 1n, specialInputVat: '2.00' } as never, '2024-06-30'),
      ),
    ).toEqual(['abnormalInputVat']);
    expect(
      paths(() =>
        issuerListedAbnormal({ abnormalInputVat: circular, specialInputVat: '2.00' } as never, '2024-06-30'),
      ),
    ).toEqual(['abnormalInputVat']);
  });
  it('tierOf refuses a score that is not a number and a tier table that is not one', () => {
    expect(paths(() => tierOf(Symbol('s') as never))).toEqual(['score']);
    expect(paths(() => tierOf(Number.NaN))).toEqual(['score']);
    expect(paths(() => tierOf(50, null as never))).toEqual(['cuts']);
    expect(paths(() => tierOf(50, { blue: 20, yellow: 40, red: '60' } as never))).toEqual(['cuts.red']);
    // the boundaries of the default table (20/40/60, half-open bands) still hold
    expect([tierOf(19.99), tierOf(20), tierOf(40), tierOf(60)]).toEqual(['none', 'blue', 'yellow', 'red']);
  });
});
