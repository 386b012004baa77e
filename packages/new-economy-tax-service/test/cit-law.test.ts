// smallLowProfitCit against the law, year by year: worked examples with their arithmetic, every
// bound in every year 2019–2027, and properties (bounds of the tax, no relief on a failed
// condition, monotone in income).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citInputArb } from '../src/arbitraries';
import { smallLowProfitCit } from '../src/index';

const firm = (taxYear: number, taxableIncome: string, over: Partial<Record<string, unknown>> = {}) => ({
  taxYear,
  taxableIncome,
  employees: 120,
  totalAssets: '30000000.00',
  restrictedIndustry: false,
  ...over,
});
const due = (input: ReturnType<typeof firm>) => smallLowProfitCit(input).taxDue.toString();

describe('the worked examples of the issue', () => {
  it('2023, income 2,000,000.00, 120 staff, assets 30,000,000.00: 100,000.00', () => {
    // 2023年第12号 第三条: 2,000,000 × 25% × 20% = 100,000.00; standard 2,000,000 × 25% = 500,000.00.
    const r = smallLowProfitCit(firm(2023, '2000000.00'));
    expect([r.qualifies, r.taxDue.toString(), r.standardTax.toString(), r.relief.toString()]).toEqual([
      true,
      '100000.00',
      '500000.00',
      '400000.00',
    ]);
  });

  it('2022, same firm: 1,000,000 × 12.5% × 20% + 1,000,000 × 25% × 20% = 75,000.00', () => {
    // 2021年第12号 (≤100万 at 12.5%) and 2022年第13号 (100–300万 at 25%): 25,000 + 50,000.
    expect(due(firm(2022, '2000000.00'))).toBe('75000.00');
  });
});

// Tax due at 100万 and at 300万 by year, by hand:
//   2019–2020: 1M × 25% × 20% = 50,000;   3M: 50,000 + 2M × 50% × 20% = 250,000
//   2021:      1M × 12.5% × 20% = 25,000; 3M: 25,000 + 2M × 50% × 20% = 225,000
//   2022:      25,000;                    3M: 25,000 + 2M × 25% × 20% = 125,000
//   2023–2027: 1M × 25% × 20% = 50,000;   3M: 3M × 25% × 20% = 150,000
const AT_BOUNDS: Record<number, [string, string]> = {
  2019: ['50000.00', '250000.00'],
  2020: ['50000.00', '250000.00'],
  2021: ['25000.00', '225000.00'],
  2022: ['25000.00', '125000.00'],
  2023: ['50000.00', '150000.00'],
  2024: ['50000.00', '150000.00'],
  2025: ['50000.00', '150000.00'],
  2026: ['50000.00', '150000.00'],
  2027: ['50000.00', '150000.00'],
};

describe.each(Object.entries(AT_BOUNDS))('tax year %s at every bound', (year, [atLow, atHigh]) => {
  const y = Number(year);
  it('income exactly 100万 and 300万 (inclusive)', () => {
    expect([due(firm(y, '1000000.00')), due(firm(y, '3000000.00'))]).toEqual([atLow, atHigh]);
  });
  it('one fen above 300万: not qualified, 25% (3,000,000.01 × 25% = 750,000.0025 → 750,000.00)', () => {
    const r = smallLowProfitCit(firm(y, '3000000.01'));
    expect([r.qualifies, r.taxDue.toString(), r.relief.toString()]).toEqual([false, '750000.00', '0.00']);
  });
  it('staff 300 qualifies, 301 does not; assets 5000万 qualifies, one fen more does not', () => {
    const q = (over: Record<string, unknown>) => smallLowProfitCit(firm(y, '1000000.00', over)).qualifies;
    expect([
      q({ employees: 300 }),
      q({ employees: 301 }),
      q({ totalAssets: '50000000.00' }),
      q({ totalAssets: '50000000.01' }),
      q({ restrictedIndustry: true }),
    ]).toEqual([true, false, true, false, false]);
  });
});

describe('rounding', () => {
  it('half-up to the fen: 2021, income 0.03 → 0.03 × 12.5% × 20% = 0.00075 → 0.00', () => {
    expect(due(firm(2021, '0.03'))).toBe('0.00');
  });
  it('2019, income 0.10 → 0.10 × 25% × 20% = 0.005 → 0.01 (half-up)', () => {
    expect(due(firm(2019, '0.10'))).toBe('0.01');
  });
});

describe('properties', () => {
  it('0 ≤ taxDue ≤ standardTax, relief = standardTax − taxDue', () => {
    fc.assert(
      fc.property(citInputArb, (input) => {
        const r = smallLowProfitCit(input);
        expect(r.taxDue.isNegative()).toBe(false);
        expect(r.taxDue.lessThanOrEqual(r.standardTax)).toBe(true);
        expect(r.standardTax.subtract(r.taxDue).equals(r.relief)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('any failed condition: no relief', () => {
    fc.assert(
      fc.property(citInputArb, (input) => {
        const r = smallLowProfitCit(input);
        if (!r.qualifies) expect(r.relief.isZero()).toBe(true);
        const failed = r.trace.steps.filter((s) => s.kind === 'rule' && !s.fired).length;
        expect(failed === 0).toBe(r.qualifies);
      }),
      { numRuns: 200 },
    );
  });

  it('taxDue never falls as income rises', () => {
    fc.assert(
      fc.property(citInputArb, fc.integer({ min: 0, max: 400_000_000 }), (input, moreFen) => {
        const [yuan, fen = '0'] = input.taxableIncome.split('.');
        const total = BigInt(yuan as string) * 100n + BigInt(fen.padEnd(2, '0')) + BigInt(moreFen);
        const higher = `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
        const a = smallLowProfitCit(input).taxDue;
        const b = smallLowProfitCit({ ...input, taxableIncome: higher }).taxDue;
        expect(a.lessThanOrEqual(b)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
