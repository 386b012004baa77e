import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  countStat,
  decimal,
  defineParams,
  formatStat,
  type KpiInput,
  kpi,
  Money,
  maxStat,
  meanStat,
  medianStat,
  moneyStat,
  percentStat,
  quantileStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '../src/index';

const base: KpiInput = {
  id: 'share-auto',
  label: { zh: '自动决定占比', en: 'Share decided automatically' },
  unit: UNITS.percent,
  better: 'higher',
  origin: 'model',
  category: 'staff-time',
  baseline: '0.0',
  reform: '75.2',
};

describe('formatStat and the stat helpers: exact, explicit digits, no silent zero', () => {
  it('rounds half-up (四舍五入) on the decimal a number prints as', () => {
    expect(formatStat(1.41, 2)).toBe('1.41');
    expect(formatStat(2.5, 0)).toBe('3');
    // 1.005 prints as 1.005: half-up gives 1.01 (a float toFixed would give 1.00).
    expect(formatStat(1.005, 2)).toBe('1.01');
    expect(formatStat(-0.0001, 2)).toBe('0.00');
    expect(formatStat(12n, 1)).toBe('12.0');
    expect(formatStat('3.14159', 3)).toBe('3.142');
    expect(formatStat(decimal('2.345'), 2)).toBe('2.35');
  });
  it('throws on NaN, Infinity, a non-decimal string or bad digits, instead of printing them', () => {
    expect(() => formatStat(Number.NaN, 1)).toThrow(ConfigurationError);
    expect(() => formatStat(Number.POSITIVE_INFINITY, 1)).toThrow(ConfigurationError);
    expect(() => formatStat('1e3', 1)).toThrow(ConfigurationError);
    expect(() => formatStat(1, 1.5)).toThrow(/digits/);
    expect(() => meanStat([1, Number.NaN], { digits: 1, empty: 0 })).toThrow(ConfigurationError);
    expect(() => quantileStat([1, Number.NaN], 0.5, { digits: 1, empty: 0 })).toThrow(ConfigurationError);
    expect(() => maxStat([Number.NEGATIVE_INFINITY], { digits: 1, empty: 0 })).toThrow(ConfigurationError);
  });
  it('computes shares and ratios exactly from counts', () => {
    // 1 / 3 × 100 = 33.333… → 33.3; 2 / 3 × 100 = 66.666… → 66.67
    expect(percentStat(1, 3, { digits: 1, empty: 0 })).toBe('33.3');
    expect(percentStat(2, 3, { digits: 2, empty: 0 })).toBe('66.67');
    // 428 actions / 100 refunds = 4.28
    expect(ratioStat(428, 100, { digits: 2, empty: 0 })).toBe('4.28');
    // 1 / 8 × 100 = 12.5 exactly, rounded half-up to 13 with no decimals
    expect(percentStat(1n, 8n, { digits: 0, empty: 0 })).toBe('13');
    expect(countStat(34)).toBe('34');
    expect(() => countStat(-1)).toThrow(ConfigurationError);
    expect(() => countStat(1.5)).toThrow(ConfigurationError);
  });
  it('gives the named empty value for a zero denominator or no data, or throws when told to', () => {
    expect(percentStat(0, 0, { digits: 1, empty: 0 })).toBe('0.0');
    expect(ratioStat(5, 0, { digits: 2, empty: 0 })).toBe('0.00');
    expect(meanStat([], { digits: 2, empty: 0 })).toBe('0.00');
    expect(quantileStat([], 0.9, { digits: 1, empty: 0 })).toBe('0.0');
    expect(maxStat([], { digits: 1, empty: 0 })).toBe('0.0');
    expect(() => ratioStat(5, 0, { digits: 2, empty: 'error' })).toThrow(/no data/);
    expect(() => medianStat([], { digits: 2, empty: 'error' })).toThrow(ConfigurationError);
  });
  it('computes mean, median, p90 and max as the textbook definitions say', () => {
    // (1 + 2 + 4) / 3 = 2.333…
    expect(meanStat([1, 2, 4], { digits: 2, empty: 0 })).toBe('2.33');
    // 0.1 + 0.2 summed in decimal is 0.3 exactly: mean 0.15, half-up to 0.2
    expect(meanStat([0.1, 0.2], { digits: 1, empty: 0 })).toBe('0.2');
    expect(medianStat([3, 1, 2], { digits: 0, empty: 0 })).toBe('2');
    // type 7: h = (4 − 1) × 0.5 = 1.5 → 2 + 0.5 × (3 − 2) = 2.5
    expect(quantileStat([4, 1, 3, 2], 0.5, { digits: 1, empty: 0 })).toBe('2.5');
    // h = 9 × 0.9 = 8.1 → 90 + 0.1 × (100 − 90) = 91
    expect(quantileStat([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, { digits: 1, empty: 0 })).toBe(
      '91.0',
    );
    expect(maxStat([1.5, 4.25, 2], { digits: 1, empty: 0 })).toBe('4.3');
    // 90 minutes / 60 = 1.5 hours
    expect(medianStat([60, 90, 120], { digits: 2, empty: 0, divideBy: 60 })).toBe('1.50');
    expect(() => quantileStat([1], 1.5, { digits: 1, empty: 0 })).toThrow(/q/);
  });
  it('reads a Float64Array (and a view into one) as the same list, without sorting the caller’s copy', () => {
    const kept = Float64Array.of(99, 40, 10, 30, 20, 99);
    // the view holds 40, 10, 30, 20: h = 3 × 0.5 = 1.5 → 20 + 0.5 × (30 − 20) = 25
    expect(quantileStat(kept.subarray(1, 5), 0.5, { digits: 1, empty: 0 })).toBe('25.0');
    expect([...kept]).toEqual([99, 40, 10, 30, 20, 99]);
    expect(() => quantileStat(Float64Array.of(1, 2, Number.NaN), 0.5, { digits: 1, empty: 0 })).toThrow(
      expect.objectContaining({ path: 'values.2' }),
    );
  });
  it('sums money exactly to the fen', () => {
    // 1.10 + 2.205 = 3.305 → 3.31 (half-up)
    expect(moneyStat([Money.of('1.10'), Money.of('2.205')])).toBe('3.31');
    expect(moneyStat(Money.of('7'))).toBe('7.00');
    expect(moneyStat([])).toBe('0.00');
  });
});

describe('kpi()', () => {
  it('builds the KPI with its fields in a fixed order, new fields last', () => {
    const k = kpi({ ...base, note: { zh: '说明', en: 'note' } });
    expect(Object.keys(k)).toEqual([
      'id',
      'label',
      'unit',
      'baseline',
      'reform',
      'better',
      'note',
      'origin',
      'category',
    ]);
    expect(k).toMatchObject({ baseline: '0.0', reform: '75.2', origin: 'model', category: 'staff-time' });
  });
  it('refuses non-finite values, unknown origin or category, and a bad id, naming the field', () => {
    expect(() => kpi({ ...base, reform: 'NaN' })).toThrow(/kpi\.share-auto\.reform/);
    expect(() => kpi({ ...base, baseline: '' })).toThrow(/kpi\.share-auto\.baseline/);
    expect(() => kpi({ ...base, origin: 'guess' as never })).toThrow(/kpi\.share-auto\.origin/);
    expect(() => kpi({ ...base, category: 'speed' as never })).toThrow(/kpi\.share-auto\.category/);
    expect(() => kpi({ ...base, id: 'Share Auto' })).toThrow(/kpi\.id/);
    expect(() => kpi({ ...base, label: { zh: '', en: 'x' } })).toThrow(/kpi\.share-auto\.label/);
    expect(() => kpi({ ...base, better: 'up' as never })).toThrow(/kpi\.share-auto\.better/);
  });
  it('asks a definition or calibrated KPI to say why in a note', () => {
    expect(() => kpi({ ...base, origin: 'definition' })).toThrow(/note/);
    expect(() => kpi({ ...base, origin: 'calibrated' })).toThrow(/note/);
    expect(
      kpi({ ...base, origin: 'definition', note: { zh: '按定义为0', en: '0 by definition' } }).origin,
    ).toBe('definition');
  });
});

describe('sensitivityOf', () => {
  const label = { zh: '耗时上限', en: 'Time, maximum' };
  const schema = defineParams(
    {
      lo: { kind: 'number', label: { zh: '耗时下限', en: 'Time, minimum' }, default: 3, min: 0, max: 60 },
      hi: { kind: 'number', label, default: 10, min: 0, max: 120, plausible: { low: 5, high: 30 } },
    },
    {
      refine: (p) =>
        p.lo > p.hi ? [{ path: 'hi', message: { zh: '不得小于下限', en: 'must be ≥ lo' } }] : [],
    },
  );
  // A cheap function of the params: 13 sources × the mean of U(lo, hi) seconds, in minutes.
  const compute = (p: { lo: number; hi: number }) => ({
    baseline: '900.0',
    reform: formatStat((13 * (p.lo + p.hi)) / 2 / 60, 2),
  });
  it('recomputes the KPI at the plausible low and high ends, other params unchanged', () => {
    const s = sensitivityOf(schema, { lo: 3, hi: 10 }, 'hi', compute);
    // low: 13 × (3 + 5) / 2 / 60 = 0.8666… → 0.87; high: 13 × (3 + 30) / 2 / 60 = 3.575 → 3.58
    expect(s).toEqual({
      param: 'hi',
      label,
      low: { value: 5, baseline: '900.0', reform: '0.87' },
      high: { value: 30, baseline: '900.0', reform: '3.58' },
    });
  });
  it('takes explicit ends, and gives no range when an end breaks a cross-field rule', () => {
    expect(sensitivityOf(schema, { lo: 3, hi: 10 }, 'hi', compute, { low: 4, high: 6 })?.low.value).toBe(4);
    // lo = 8 > the low end 5: that scenario is invalid, so no range rather than a wrong one.
    expect(sensitivityOf(schema, { lo: 8, hi: 10 }, 'hi', compute)).toBeUndefined();
    expect(() => sensitivityOf(schema, { lo: 3, hi: 10 }, 'lo', compute)).toThrow(/plausible/);
  });
});
