// policyPackage and riskReminders: worked examples from the notices, and "only fired rules".
import type { CivilDate } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FirmMonth, type FirmYear, policyPackage, riskReminders } from '../src/index';

const year: FirmYear = {
  id: 'F1',
  sector: 'live-streaming',
  vatStatus: 'small-scale',
  novel: false,
  taxYear: 2026,
  taxableIncome: '500000.00',
  employees: 10,
  totalAssets: '1000000.00',
  restrictedIndustry: false,
  monthlySales: [...Array(11).fill('80000.00'), '120000.00'],
  localLevies: '600.00',
};
const asOf = '2027-01-05' as CivilDate;

describe('policyPackage', () => {
  it('a small-scale small low-profit firm gets all three lines, with their reliefs', () => {
    // CIT: 500,000 × 25% = 125,000 standard; 500,000 × 25% × 20% = 25,000 due → 100,000.00.
    // VAT: 11 × 80,000 × 3% = 26,400 (exempt, ≤ 10万); 120,000 × (3% − 1%) = 2,400 → 28,800.00.
    // 六税两费: 600 × 50% = 300.00.
    expect(policyPackage(year, asOf).map((m) => [m.id, m.relief.toString()])).toEqual([
      ['small-low-profit-cit', '100000.00'],
      ['small-scale-vat', '28800.00'],
      ['levy-halving', '300.00'],
    ]);
  });

  it('lists only rules that fire: a general VAT payer above every limit gets nothing', () => {
    const big = { ...year, vatStatus: 'general' as const, taxableIncome: '5000000.00', employees: 500 };
    expect(policyPackage(big, asOf)).toEqual([]);
  });

  it('property: every line has a positive relief', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400_000_000 }),
        fc.constantFrom('general', 'small-scale'),
        (fen, vat) => {
          const y = {
            ...year,
            vatStatus: vat as FirmYear['vatStatus'],
            taxableIncome: `${Math.floor(fen / 100)}.00`,
          };
          for (const m of policyPackage(y, asOf)) expect(m.relief.isPositive()).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

const month = (m: string, sales: string, invoices = 10, voided = 0): FirmMonth => ({
  month: m,
  vatStatus: 'small-scale',
  sales,
  invoices,
  voided,
});

describe('riskReminders', () => {
  it('a surge above 150% of the peak: 100,000 > 60,000 × 1.5 = 90,000', () => {
    const h = [month('2026-01', '50000.00'), month('2026-02', '60000.00'), month('2026-03', '100000.00')];
    expect(riskReminders(h, '2026-04-05' as CivilDate).map((r) => r.rule)).toEqual(['invoice-surge']);
  });

  it('sales above the 10万 exemption in a small-scale month: 100,000.01 > 100,000', () => {
    const h = [month('2026-01', '90000.00'), month('2026-02', '100000.01')];
    expect(riskReminders(h, '2026-03-01' as CivilDate).map((r) => r.rule)).toEqual(['exemption-exceeded']);
  });

  it('three consecutive zero months (信用管理办法 第十七条), and a void share above 15%: 4 > 20 × 15% = 3', () => {
    const zeros = ['2026-01', '2026-02', '2026-03'].map((m) => month(m, '0.00', 0));
    expect(riskReminders(zeros, '2026-04-01' as CivilDate).map((r) => r.rule)).toEqual(['zero-filing']);
    expect(
      riskReminders([month('2026-05', '5000.00', 20, 4)], '2026-06-01' as CivilDate).map((r) => r.rule),
    ).toEqual(['void-share']);
    expect(riskReminders([month('2026-05', '5000.00', 20, 3)], '2026-06-01' as CivilDate)).toEqual([]);
  });
});
