// Ranking metrics, hand-checked: gain 2^grade − 1, discount log2(rank + 1); relevant = grade ≥ 2.
import { ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { type Grade, ndcgAtK, precisionAtK, recallAtK } from '../src/index';

describe('nDCG', () => {
  it('grades [3,0,2] at 3: (7 + 3/2) / (7 + 3/log2 3) = 8.5 / 8.8928 ≈ 0.9558', () => {
    // DCG = (2³−1)/log2 2 + 0/log2 3 + (2²−1)/log2 4 = 7 + 0 + 1.5 = 8.5
    // ideal [3,2,0]: 7 + 3/1.58496 = 7 + 1.89279 = 8.89279
    expect(ndcgAtK([3, 0, 2], 3)).toBeCloseTo(0.95583, 5);
  });
  it('against a larger ideal set: [2] at 1 with ideal [3,2] = 3/7', () => {
    expect(ndcgAtK([2], 1, { ideal: [3, 2] })).toBeCloseTo(3 / 7, 12);
  });
  it('a perfect order is 1', () => {
    expect(ndcgAtK([3, 2, 2, 1, 0], 5)).toBe(1);
  });
});

describe('precision and recall', () => {
  it('precision@4 of [3,0,2,1] = 2/4 (grade 1, same 案由 only, is not a 类案)', () => {
    expect(precisionAtK([3, 0, 2, 1], 4)).toBe(0.5);
  });
  it('a short list counts its missing places as misses: [3] at 10 = 1/10', () => {
    expect(precisionAtK([3], 10)).toBe(0.1);
  });
  it('recall@2 of [3,0,2] with 4 relevant = 1/4; @3 = 2/4', () => {
    expect(recallAtK([3, 0, 2], 2, 4)).toBe(0.25);
    expect(recallAtK([3, 0, 2], 3, 4)).toBe(0.5);
  });
});

describe('bad input: a typed error naming the field, input unchanged', () => {
  const paths = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).paths;
    }
    return [];
  };
  it.each([
    ['k = 0', () => precisionAtK([3], 0), ['k']],
    ['k = −1', () => recallAtK([3], -1, 1), ['k']],
    ['k = 1.5', () => ndcgAtK([3], 1.5), ['k']],
    ['a grade of 4', () => precisionAtK([3, 4 as Grade], 2), ['grades[1]']],
    ['grades not an array', () => ndcgAtK('3' as never, 1), ['grades']],
    ['no relevant judgment', () => recallAtK([0], 1, 0), ['totalRelevant']],
    ['fewer relevant than listed', () => recallAtK([3, 2], 2, 1), ['totalRelevant']],
    ['all-zero grades', () => ndcgAtK([0, 0], 2), ['grades']],
    ['an ideal missing the list’s hits', () => ndcgAtK([3], 1, { ideal: [2] }), ['options.ideal']],
  ])('%s', (_, f, expected) => {
    expect(paths(f)).toEqual(expected);
  });
  it('does not sort the caller’s grades', () => {
    const grades = Object.freeze([0, 2, 3]) as readonly Grade[];
    ndcgAtK(grades, 3);
    expect(grades).toEqual([0, 2, 3]);
  });
});
