// Fuzz #32 regressions: threshold, rule-date and citation helpers name a bad argument with a typed
// error instead of a TypeError or an "undefined"/"NaN" in their output.
import { describe, expect, it } from 'vitest';
import {
  assumption,
  ConfigurationError,
  citationsOf,
  cited,
  formatThreshold,
  isInForce,
  testThreshold,
  thresholdsOf,
  ValidationError,
} from '../src/index';

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths.join(',');
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  return 'no error';
}

const law = { zh: '中华人民共和国行政许可法', en: 'Administrative Licensing Law of the PRC' };

describe('rules and citations on bad input', () => {
  it('thresholds: formatThreshold printed "undefined undefined" for NaN; now the field is named', () => {
    expect(pathOf(() => formatThreshold(Number.NaN as never))).toBe('threshold');
    expect(pathOf(() => formatThreshold({ fact: 'n', op: '>=', value: Number.NaN }))).toBe('threshold.value');
    expect(pathOf(() => testThreshold(null as never, 1))).toBe('threshold');
    expect(pathOf(() => thresholdsOf(undefined as never))).toBe('pred');
    expect(formatThreshold({ fact: 'grade', op: 'in', value: ['C', 'D'] })).toBe('grade in [C, D]');
  });

  it('isInForce names rule and asOf', () => {
    expect(pathOf(() => isInForce(null as never, '2025-01-01'))).toBe('rule');
    expect(pathOf(() => isInForce({} as never, 5 as never))).toBe('asOf');
  });

  it('cited, assumption and citationsOf refuse a citation or reason that is not one', () => {
    expect(pathOf(() => cited(Number.NaN as never))).toBe('first');
    expect(pathOf(() => cited({ law }, Number.NaN as never))).toBe('rest[0]');
    expect(pathOf(() => assumption(Number.NaN as never))).toBe('reason');
    expect(pathOf(() => assumption({ zh: '估计', en: 'estimate' }, null as never))).toBe('context[0]');
    expect(pathOf(() => citationsOf(null as never))).toBe('basis');
    expect(citationsOf(cited({ law }))).toEqual([{ law }]);
  });
});
