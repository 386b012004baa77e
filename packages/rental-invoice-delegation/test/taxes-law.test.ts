// rentalInvoiceTaxes: the worked examples (arithmetic beside each value), the exemption
// thresholds by date, spreading a lump sum, the open readings, properties and bad input.
import { ParameterNotInForceError, ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RentalTaxInput, rentalInvoiceTaxes } from '../src/index';

const base: RentalTaxInput = {
  propertyKind: 'housing',
  rent: '4000.00',
  leaseStart: '2024-03-01',
  months: 1,
  location: 'city',
};
const parts = (t: ReturnType<typeof rentalInvoiceTaxes>) => [
  t.vat,
  t.urbanMaintenanceTax,
  t.educationSurcharge,
  t.localEducationSurcharge,
  t.propertyTax,
  t.individualIncomeTax,
];
const fen = (s: string) => BigInt(s.replace('.', ''));

describe('the worked examples of issue 21 (市区, 2024)', () => {
  it('housing, 4,000.00 a month', () => {
    const t = rentalInvoiceTaxes(base);
    // VAT: 4,000 ≤ 100,000 (2023年第1号, 含本数) → exempt, so no 城建税/附加 (城建税法 第二条).
    // 房产税: 4,000 × 4% (财税〔2008〕24号) × 50% (2023年第12号) = 80.00 on the gross rent (exempt: 财税〔2016〕43号).
    // IIT: (4,000 − 80) = 3,920 ≤ 4,000 → − 800 = 3,120; × 10% (财税〔2008〕24号) = 312.00.
    expect(parts(t)).toEqual(['0.00', '0.00', '0.00', '0.00', '80.00', '312.00']);
    expect([t.total, t.vatExemptMonths]).toEqual(['392.00', 1]); // 80 + 312
  });

  it('non-housing, 52,500.00 a month', () => {
    const t = rentalInvoiceTaxes({ ...base, propertyKind: 'non-housing', rent: '52500.00' });
    // 房产税: 52,500 × 12% × 50% = 52,500 × 6% = 3,150.00 (暂行条例 第四条; 2023年第12号).
    // IIT: 52,500 − 3,150 = 49,350 > 4,000 → × 80% = 39,480; × 20% = 7,896.00 (个税法 第三、六条).
    expect(parts(t)).toEqual(['0.00', '0.00', '0.00', '0.00', '3150.00', '7896.00']);
    expect(t.total).toBe('11046.00'); // 3,150 + 7,896
  });
});

describe('the VAT exemption by date, and taxed months', () => {
  it('S45: 1,440,000 for 2022-04..2023-03 = 120,000 a month: 2022 exempt under 15万, 2023 taxed', () => {
    const t = rentalInvoiceTaxes({
      ...base,
      propertyKind: 'non-housing',
      rent: '1440000',
      leaseStart: '2022-04-01',
      months: 12,
    });
    expect(t.vatExemptMonths).toBe(9); // 2022-04..12 ≤ 150,000 (2021年第5号)
    // 2023-01..03: 120,000 ÷ 1.05 × 5% = 5,714.2857 → 5,714.29 each; × 3 = 17,142.87.
    expect(t.months.map((m) => m.vat).slice(8)).toEqual(['0.00', '5714.29', '5714.29', '5714.29']);
    expect(t.vat).toBe('17142.87');
    // 城建税 7% × 50%: 5,714.29 × 3.5% = 200.00 a month; 教育费附加 5,714.29 × 1.5% = 85.71; 地方 × 1% = 57.14.
    expect([t.urbanMaintenanceTax, t.educationSurcharge, t.localEducationSurcharge]).toEqual([
      '600.00',
      '257.13',
      '171.42',
    ]);
  });

  it('含本数: 100,000.00 is exempt, 100,000.01 is not (2024)', () => {
    const at = (rent: string) => rentalInvoiceTaxes({ ...base, propertyKind: 'non-housing', rent }).vat;
    expect(at('100000.00')).toBe('0.00');
    // 100,000.01 ÷ 1.05 × 5% = 4,761.905… → 4,761.91
    expect(at('100000.01')).toBe('4761.91');
  });

  it('taxed housing: 1.5% on rent ÷ 1.05, net rent = rent − VAT, surcharges halved', () => {
    const t = rentalInvoiceTaxes({ ...base, rent: '210000.00', location: 'county-town' });
    // VAT: 210,000 ÷ 1.05 = 200,000 × 1.5% = 3,000.00. 城建税 5% × 50% = 75.00; 教育 3% × 50% = 45.00; 地方 2% × 50% = 30.00.
    expect([t.vat, t.urbanMaintenanceTax, t.educationSurcharge, t.localEducationSurcharge]).toEqual([
      '3000.00',
      '75.00',
      '45.00',
      '30.00',
    ]);
    // 房产税: (210,000 − 3,000) × 4% × 50% = 4,140.00.
    expect(t.propertyTax).toBe('4140.00');
    // IIT: 207,000 − (75 + 45 + 30 + 4,140) = 202,710 × 80% × 10% = 16,216.80.
    expect(t.individualIncomeTax).toBe('16216.80');
    // The ÷ 1.05 reading: 房产税 200,000 × 2% = 4,000.00.
    expect(
      rentalInvoiceTaxes({
        ...base,
        rent: '210000.00',
        location: 'county-town',
        readings: { netRent: 'divide' },
      }).propertyTax,
    ).toBe('4000.00');
  });

  it('the 10万 test without VAT exempts 104,000 (÷ 1.05 = 99,047.62)', () => {
    const t = rentalInvoiceTaxes({
      ...base,
      propertyKind: 'non-housing',
      rent: '104000',
      readings: { exemptionTest: 'net' },
    });
    expect(t.vat).toBe('0.00');
    expect(rentalInvoiceTaxes({ ...base, propertyKind: 'non-housing', rent: '104000' }).vat).toBe('4952.38'); // 99,047.619 × 5%
  });

  it('no halving when the flag is off: 房产税 4,000 × 4% = 160.00; IIT (4,000 − 160 − 800) × 10% = 304.00', () => {
    const t = rentalInvoiceTaxes({ ...base, halveLocalTaxes: false });
    expect([t.propertyTax, t.individualIncomeTax]).toEqual(['160.00', '304.00']);
  });

  it('after 2027-12-31 no exemption or halving is stated: the full taxes apply', () => {
    const t = rentalInvoiceTaxes({ ...base, leaseStart: '2028-03-01' });
    // VAT 4,000 ÷ 1.05 × 1.5% = 57.14; 城建 7% = 4.00; 教育附加: 3,809.52 ≤ 10万 → none (财税〔2016〕12号).
    expect([t.vat, t.urbanMaintenanceTax, t.educationSurcharge]).toEqual(['57.14', '4.00', '0.00']);
    // 房产税 (4,000 − 57.14) × 4% = 157.71.
    expect(t.propertyTax).toBe('157.71');
  });
});

describe('IIT deductions (国税函〔2009〕639号)', () => {
  it('repairs at most 800 a month, the rest carried forward; head rent deducted', () => {
    const t = rentalInvoiceTaxes({ ...base, rent: '12000.00', months: 2, repairs: '1000', headRent: '2000' });
    // Each month 6,000: 房产税 6,000 × 2% = 120; head rent 1,000; after = 4,880.
    // Month 1: repairs 800 → 4,080 > 4,000 → × 80% = 3,264 × 10% = 326.40.
    // Month 2: repairs 200 → 4,680 × 80% = 3,744 × 10% = 374.40. Total 700.80; nothing carried.
    expect(t.months.map((m) => m.individualIncomeTax)).toEqual(['326.40', '374.40']);
    expect(t.repairsCarriedForward).toBe('0.00');
    const more = rentalInvoiceTaxes({ ...base, repairs: '2000' });
    expect(more.repairsCarriedForward).toBe('1200.00'); // 2,000 − 800
  });

  it('the 4,000 test before deductions: 4,500 rent with 800 repairs', () => {
    const input = { ...base, rent: '4500.00', repairs: '800' };
    // 房产税 4,500 × 2% = 90; after = 4,410 − 800 = 3,610.
    // 'after' (default): 3,610 ≤ 4,000 → − 800 = 2,810 × 10% = 281.00.
    // 'before': 4,500 > 4,000 → 3,610 × 80% = 2,888 × 10% = 288.80.
    expect(rentalInvoiceTaxes(input).individualIncomeTax).toBe('281.00');
    expect(rentalInvoiceTaxes({ ...input, readings: { deductionTest: 'before' } }).individualIncomeTax).toBe(
      '288.80',
    );
  });
});

describe('properties', () => {
  const inputArb = fc.record({
    propertyKind: fc.constantFrom('housing' as const, 'non-housing' as const),
    fen: fc.bigInt({ min: 0n, max: 30_000_000n }),
    months: fc.integer({ min: 1, max: 14 }),
    location: fc.constantFrom('city' as const, 'county-town' as const, 'other' as const),
    start: fc.constantFrom('2021-09-01', '2022-11-15', '2023-03-31', '2024-01-31', '2027-06-30'),
    halveLocalTaxes: fc.boolean(),
  });
  const money = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;

  it('parts ≥ 0 summing to the total; months keep every fen of the rent; more rent never lowers the total', () => {
    fc.assert(
      fc.property(inputArb, fc.bigInt({ min: 0n, max: 5_000_000n }), (x, extra) => {
        const input: RentalTaxInput = { ...x, rent: money(x.fen), leaseStart: x.start };
        const t = rentalInvoiceTaxes(input);
        const ps = parts(t).map(fen);
        expect(ps.every((p) => p >= 0n)).toBe(true);
        expect(ps.reduce((a, b) => a + b, 0n)).toBe(fen(t.total));
        expect(t.months.map((m) => fen(m.rent)).reduce((a, b) => a + b, 0n)).toBe(x.fen);
        const more = rentalInvoiceTaxes({ ...input, rent: money(x.fen + extra) });
        expect(fen(more.total) >= fen(t.total)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('bad input', () => {
  const paths = (input: unknown) => {
    const frozen = structuredClone(input);
    try {
      rentalInvoiceTaxes(input as RentalTaxInput);
    } catch (e) {
      expect(input).toEqual(frozen);
      if (e instanceof ValidationError) return e.paths;
      throw e;
    }
    return undefined;
  };
  it('names the field and leaves the input unchanged', () => {
    expect(paths({ ...base, rent: '-1' })).toEqual(['rent']);
    expect(paths({ ...base, rent: '1e5' })).toEqual(['rent']);
    expect(paths({ ...base, months: 0 })).toEqual(['months']);
    expect(paths({ ...base, months: 1.5 })).toEqual(['months']);
    expect(paths({ ...base, leaseStart: '2024-02-30' })).toEqual(['leaseStart']);
    expect(paths({ ...base, location: 'village' })).toEqual(['location']);
    expect(paths({ ...base, propertyKind: 'shop' })).toEqual(['propertyKind']);
    expect(paths({ ...base, repairs: '-5' })).toEqual(['repairs']);
    expect(paths({ ...base, readings: { netRent: 'half' } })).toEqual(['readings.netRent']);
  });
  it('a month before 2021-09-01 (城建税法 in force) is outside the model: ParameterNotInForceError', () => {
    expect(() => rentalInvoiceTaxes({ ...base, leaseStart: '2021-08-01' })).toThrow(ParameterNotInForceError);
  });
});
