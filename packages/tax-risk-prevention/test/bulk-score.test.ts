// The public bulk scorer scoreTaxpayerMonths: worked streams, bad input, and a differential property
// against the per-case functions (indicatorsOf → assessRisk) on random streams near the thresholds.
import { Money } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessRisk,
  INDICATOR_KEYS,
  indicatorsOf,
  scoreTaxpayerMonths,
  type TaxpayerMonth,
} from '../src/index';
import { month, paths } from './fixtures';
import { monthsArb } from './month-arbitrary';

describe('scoreTaxpayerMonths, worked', () => {
  // May: 800,000.00 issued (the peak); June: the fixture month, 1,000,000.00.
  const may = month({
    month: '2024-05-01',
    issued: Money.of('800000.00'),
    citRevenue: Money.of('800000.00'),
  });

  it('scores a quiet stream: nothing fires', () => {
    // May: capUse 800,000 / (100,000 × 20) = 0.4 < 0.9; no history (no surge); void 1/21 ≤ 0.15; codes
    // 0.9 ≥ 0.7; gap 0; burden 30,000 / 800,000 = 0.0375 ≥ 0.015. June: surge 1,000,000 / 800,000 =
    // 1.25 ≤ 1.5; the rest as May (burden 0.03).
    const s = scoreTaxpayerMonths([may, month()], '2024-07-15');
    expect(s.map((m) => [m.month, m.score, m.tier, m.fired])).toEqual([
      ['2024-05-01', 0, 'none', []],
      ['2024-06-01', 0, 'none', []],
    ]);
    expect(s[1]?.hits).toEqual([]);
  });

  it('carries the peak: June 顶额 + surge → 25 + 15 = 40, yellow; traced, the why of each hit', () => {
    // June: 10 invoices for 1,300,000.00: capUse 1,300,000 / (100,000 × 10) = 1.3 ≥ 0.9 (+25); surge
    // against May's peak 1,300,000 / 800,000 = 1.625 > 1.5 (+15); CIT 1,300,000.00 (gap 0).
    const june = month({ invoices: 10, issued: Money.of('1300000.00'), citRevenue: Money.of('1300000.00') });
    const [, j] = scoreTaxpayerMonths([may, june], '2024-07-15', { trace: true });
    expect([j?.score, j?.tier, j?.fired]).toEqual([40, 'yellow', ['capUse', 'surge']]);
    expect(j?.hits.find((h) => h.key === 'surge')?.why.en).toBe('Invoicing surge: 1.625 meets > 1.5, +15');
    expect(j?.hits.filter((h) => h.fired).map((h) => h.points)).toEqual([25, 15]);
  });

  it('counts the zero-filing streak across the stream: the third zero month fires (+10)', () => {
    // VAT payable 0 in April, May, June: 3 consecutive ≥ 3 (2014年第40号 第19条 / 2025年第12号 第17条);
    // burden 0 / 1,000,000 < 0.015 (+15) each month: 15, 15, then 15 + 10 = 25 (blue).
    const zero = { vatPayable: Money.of('0.00') };
    const s = scoreTaxpayerMonths(
      [month({ ...zero, month: '2024-04-01' }), month({ ...zero, month: '2024-05-01' }), month(zero)],
      '2024-07-15',
    );
    expect(s.map((m) => [m.score, m.tier])).toEqual([
      [15, 'none'],
      [15, 'none'],
      [25, 'blue'],
    ]);
    expect(s[2]?.fired).toEqual(['lowBurden', 'zeroFiling']);
  });

  it('takes other thresholds and tier cuts like assessRisk', () => {
    // Code match 9/10 = 0.9 < 0.95 (+20); cuts blue 10: 20 ∈ [10, 30) → blue.
    const opts = { thresholds: { codeMatch: 0.95 }, tiers: { blue: 10, yellow: 30, red: 50 } };
    const [m] = scoreTaxpayerMonths([month()], '2024-07-15', opts);
    expect([m?.score, m?.tier, m?.fired]).toEqual([20, 'blue', ['codeMismatch']]);
  });

  it('decides amounts beyond 2^53 fen exactly, on the decimal path', () => {
    // 1e14 yuan = 1e16 fen > 2^53: capUse 1e14 / (1e14 × 20) = 0.05; gap 0; burden 30,000 / 1e14 < 0.015.
    const big = month({
      issued: Money.of('100000000000000.00'),
      citRevenue: Money.of('100000000000000.00'),
      singleInvoiceCap: Money.of('100000000000000.00'),
    });
    const [m] = scoreTaxpayerMonths([big], '2024-07-15');
    expect(m?.fired).toEqual(['lowBurden']);
  });
});

describe('scoreTaxpayerMonths, amounts around 2^50 fen (where the float route to fen ends)', () => {
  it('scores as the per-case functions on both sides of 2^50 fen', () => {
    // 2^50 fen = 11,258,999,068,426.24 yuan: one fen below, at, and above; issued = CIT revenue and
    // the cap, 20 invoices: capUse 1/20 < 0.9, gap 0, burden 30,000 / 1.1e13 < 0.015 (+15): 15, none.
    for (const yuan of ['11258999068426.23', '11258999068426.24', '11258999068426.25']) {
      const big = month({
        issued: Money.of(yuan),
        citRevenue: Money.of(yuan),
        singleInvoiceCap: Money.of(yuan),
      });
      const a = assessRisk(indicatorsOf(big, []), '2024-07-15');
      const [m] = scoreTaxpayerMonths([big], '2024-07-15');
      expect([m?.score, m?.tier, m?.fired]).toEqual([a.score, a.tier, ['lowBurden']]);
    }
  });
});

describe('scoreTaxpayerMonths, bad input', () => {
  it('names the field, scores nothing and leaves the months unchanged', () => {
    const months = [month({ month: '2024-05-01' }), month({ issued: Money.of('1.005') })];
    // Shallow copies suffice: Money and Rate are immutable.
    const copy = months.map((m) => ({ ...m }));
    expect(paths(() => scoreTaxpayerMonths(months, '2024-07-15'))).toEqual(['months[1].issued']);
    expect(months).toEqual(copy);
    expect(paths(() => scoreTaxpayerMonths([month(), month({ month: '2024-05-01' })], '2024-07-15'))).toEqual(
      ['months[1].month'],
    );
    expect(
      paths(() =>
        scoreTaxpayerMonths([month({ month: '2024-05-01' }), month({ taxpayerId: 'T2' })], '2024-07-15'),
      ),
    ).toEqual(['months[1].taxpayerId']);
    expect(paths(() => scoreTaxpayerMonths([month()], '2024-05-31'))).toEqual(['months[0].month']);
    expect(paths(() => scoreTaxpayerMonths([month()], '2024-02-30'))).toEqual(['asOf']);
    expect(paths(() => scoreTaxpayerMonths('x' as never, '2024-07-15'))).toEqual(['months']);
    expect(paths(() => scoreTaxpayerMonths([month()], '2024-07-15', { trace: 1 as never }))).toEqual([
      'opts.trace',
    ]);
    expect(
      paths(() => scoreTaxpayerMonths([month()], '2024-07-15', { tiers: { blue: 40, yellow: 40, red: 60 } })),
    ).toEqual(['opts.tiers']);
  });
});

describe('scoreTaxpayerMonths, property', () => {
  /** Thresholds on the parameters' 0.01 step, any of them overridden (none: the defaults). */
  const hundredths = fc.integer({ min: 0, max: 200 }).map((n) => n / 100);
  const thresholdsArb = fc.record(
    {
      capUse: hundredths,
      surge: hundredths,
      voidRed: hundredths,
      codeMatch: hundredths,
      revenueGap: hundredths,
      agriInput: hundredths,
    },
    { requiredKeys: [] },
  );

  it('equals indicatorsOf → assessRisk month by month (score, tier, fired, traced hits), any thresholds', () => {
    fc.assert(
      fc.property(monthsArb, fc.boolean(), thresholdsArb, (months: TaxpayerMonth[], trace, thresholds) => {
        const asOf = '2025-01-15';
        const bulk = scoreTaxpayerMonths(months, asOf, { trace, thresholds });
        months.forEach((m, i) => {
          const a = assessRisk(indicatorsOf(m, months.slice(0, i)), asOf, { thresholds });
          const got = bulk[i];
          expect([got?.month, got?.score, got?.tier]).toEqual([m.month, a.score, a.tier]);
          expect(got?.fired).toEqual(INDICATOR_KEYS.filter((_, k) => a.hits[k]?.fired));
          if (trace) expect(got?.hits).toEqual(a.hits);
        });
      }),
      { numRuns: 200 },
    );
  });
});
