// Worked examples from the law and arithmetic: the 异常凭证 test of 2019年第38号, and one hand-scored
// month per tier of the (assumed) indicator model.
import { Money } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { assessRisk, indicatorsOf, issuerListedAbnormal } from '../src/index';
import { HISTORY, month } from './fixtures';

const on = '2024-06-30';

describe('issuerListedAbnormal (国家税务总局公告2019年第38号)', () => {
  it('70,000.00 of 100,000.00 is listed: 70% (含) and > 50,000.00', () => {
    // 0.70 × 100,000.00 = 70,000.00 ≤ 70,000.00 (含), and 70,000.00 > 50,000.00.
    expect(issuerListedAbnormal({ abnormalInputVat: '70000.00', specialInputVat: '100000.00' }, on)).toBe(
      true,
    );
  });
  it('50,000.00 of 50,000.00 is not: 100%, but not more than 50,000.00', () => {
    expect(issuerListedAbnormal({ abnormalInputVat: '50000.00', specialInputVat: '50000.00' }, on)).toBe(
      false,
    );
  });
  it('1,000,000.00 of 1,428,571.43 is not: 0.7 × 1,428,571.43 = 1,000,000.001 > 1,000,000.00', () => {
    expect(
      issuerListedAbnormal(
        { abnormalInputVat: Money.of('1000000.00'), specialInputVat: Money.of('1428571.43') },
        on,
      ),
    ).toBe(false);
    // One fen less of special input: 0.7 × 1,428,571.42 = 999,999.994 ≤ 1,000,000.00 → listed.
    expect(issuerListedAbnormal({ abnormalInputVat: '1000000.00', specialInputVat: '1428571.42' }, on)).toBe(
      true,
    );
  });
  it('50,000.01 of 71,428.58 is listed: > 5万 by a fen, 0.7 × 71,428.58 = 50,000.006 ≤ 50,000.01', () => {
    expect(issuerListedAbnormal({ abnormalInputVat: '50000.01', specialInputVat: '71428.58' }, on)).toBe(
      true,
    );
  });
});

describe('assessRisk: one hand-scored month per tier (weights and cuts are assumptions)', () => {
  it('none: nothing fires, score 0', () => {
    // capUse 1,000,000 / (100,000 × 20) = 0.5 < 0.9; surge 1,000,000 / 800,000 = 1.25 ≤ 1.5;
    // void 1/21 = 0.0476 ≤ 0.15; codes 9/10 = 0.9 ≥ 0.7; gap 0 < 0.1; burden 30,000/1,000,000 =
    // 0.03 ≥ 0.015; agri 0 ≤ 0.1; no zero filing.
    const a = assessRisk(indicatorsOf(month(), HISTORY), '2024-07-15');
    expect([a.score, a.tier, a.hits.filter((h) => h.fired).length]).toEqual([0, 'none', 0]);
    expect(a.hits.find((h) => h.key === 'surge')?.value).toBe('1.25');
  });
  it('blue: code match 6/10 = 0.6 < 0.7 → +20 = 20 ∈ [20, 40)', () => {
    const a = assessRisk(indicatorsOf(month({ matchedCodes: 6 }), HISTORY), '2024-07-15');
    expect([a.score, a.tier]).toEqual([20, 'blue']);
    expect(a.hits.filter((h) => h.fired).map((h) => h.key)).toEqual(['codeMismatch']);
  });
  it('yellow: 顶额 + surge → 25 + 15 = 40 ∈ [40, 60)', () => {
    // 10 invoices for 1,300,000.00: capUse 1,300,000 / (100,000 × 10) = 1.3 ≥ 0.9 (+25);
    // surge 1,300,000 / 800,000 = 1.625 > 1.5 (+15); CIT revenue 1,300,000.00 (gap 0).
    const m = month({ invoices: 10, issued: Money.of('1300000.00'), citRevenue: Money.of('1300000.00') });
    const a = assessRisk(indicatorsOf(m, HISTORY), '2024-07-15');
    expect([a.score, a.tier]).toEqual([40, 'yellow']);
  });
  it('red: 顶额 + surge + code mismatch + low burden → 25 + 15 + 20 + 15 = 75 ≥ 60', () => {
    // As yellow, plus codes 3/10 = 0.3 < 0.7 (+20) and VAT payable 13,000.00: burden
    // 13,000 / 1,300,000 = 0.01 < 0.015 (+15).
    const m = month({
      invoices: 10,
      issued: Money.of('1300000.00'),
      citRevenue: Money.of('1300000.00'),
      matchedCodes: 3,
      vatPayable: Money.of('13000.00'),
    });
    const a = assessRisk(indicatorsOf(m, HISTORY), '2024-07-15');
    expect([a.score, a.tier]).toEqual([75, 'red']);
    expect(a.tierBasis.kind).toBe('assumption');
  });
  it('zero filing 3 consecutive months (2014年第40号 第19条 / 2025年第12号 第17条) → +10', () => {
    const zero = { vatPayable: Money.of('0.00') };
    const h = [month({ ...zero, month: '2024-04-01' }), month({ ...zero, month: '2024-05-01' })];
    const ind = indicatorsOf(month(zero), h);
    expect([ind.zeroConsecutive, ind.zeroCumulative]).toEqual([3, 3]);
    // Zero VAT also makes the burden 0 < 0.015 (+15): 10 + 15 = 25, blue.
    expect(assessRisk(ind, '2024-07-15').score).toBe(25);
  });
  it('a stricter void/red threshold (20%, S14) lets 18% pass that 15% catches', () => {
    // 18 voided of 100: 18/100 = 0.18 > 0.15 fires, ≤ 0.20 does not.
    const ind = indicatorsOf(month({ invoices: 82, voidOrRed: 18 }), HISTORY);
    expect(assessRisk(ind, '2024-07-15').score).toBe(10);
    expect(assessRisk(ind, '2024-07-15', { thresholds: { voidRed: 0.2 } }).score).toBe(0);
  });
});
