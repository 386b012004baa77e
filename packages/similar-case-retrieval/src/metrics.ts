// Ranking metrics of a search: precision, recall and nDCG at a cut-off, over graded truth.
import { describeValue } from '@gd-ftz/core';
import type { Grade } from './model';
import { checkInteger, fail, isRecord } from './validate';

/**
 * The grade from which a hit counts as relevant in precision and recall: 2 (same legal question),
 * because a 类案 is alike in facts, disputed issues and legal question (指导意见 第一条); grade 1
 * (same 案由 only) is not.
 */
export const RELEVANT_GRADE: Grade = 2;

function checkGrades(path: string, xs: unknown): readonly number[] {
  if (!Array.isArray(xs))
    fail(path, `must be an array of grades 0..3, got ${describeValue(xs)}`, '须为等级数组');
  xs.forEach((g, i) => {
    if (g !== 0 && g !== 1 && g !== 2 && g !== 3)
      fail(`${path}[${i}]`, `must be a grade 0..3, got ${describeValue(g)}`, '等级须为 0..3');
  });
  return xs as readonly number[];
}

function relevantIn(grades: readonly number[], k: number): number {
  let n = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) if ((grades[i] as number) >= RELEVANT_GRADE) n++;
  return n;
}

/**
 * Precision at k: the relevant hits (grade ≥ 2) among the first k, over k (a short list counts
 * its missing places as misses).
 * @throws ValidationError naming `grades[i]` or `k` (an integer ≥ 1).
 * @example
 * precisionAtK([3, 0, 2, 1], 4); // 0.5 (2 of 4)
 */
export function precisionAtK(grades: readonly Grade[], k: number): number {
  const g = checkGrades('grades', grades);
  checkInteger('k', k, 1, 1_000_000);
  return relevantIn(g, k) / k;
}

/**
 * Recall at k: the relevant hits among the first k over every relevant judgment in the search's
 * scope (`totalRelevant`, at least one and at least as many as the list holds).
 * @throws ValidationError naming `grades[i]`, `k` or `totalRelevant`.
 * @example
 * recallAtK([3, 0, 2], 2, 4); // 0.25 (1 of 4)
 */
export function recallAtK(grades: readonly Grade[], k: number, totalRelevant: number): number {
  const g = checkGrades('grades', grades);
  checkInteger('k', k, 1, 1_000_000);
  checkInteger('totalRelevant', totalRelevant, 1, Number.MAX_SAFE_INTEGER);
  if (relevantIn(g, g.length) > totalRelevant)
    fail('totalRelevant', 'is less than the relevant hits listed', '少于列表中的相关结果数');
  return relevantIn(g, k) / totalRelevant;
}

function dcg(grades: readonly number[], k: number): number {
  let s = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++)
    s += (2 ** (grades[i] as number) - 1) / Math.log2(i + 2);
  return s;
}

/**
 * nDCG at k, gain 2^grade − 1 and discount log2(rank + 1), over the ideal ordering of `ideal`
 * (the grades of every judgment in scope; default: the listed grades themselves).
 * @throws ValidationError naming `grades[i]`, `k`, `options.ideal[i]` (no relevant grade at all).
 * @example
 * ndcgAtK([3, 0, 2], 3); // (7 + 3/2) / (7 + 3/log2 3) = 8.5 / 8.8928 ≈ 0.9558
 */
export function ndcgAtK(
  grades: readonly Grade[],
  k: number,
  options: { readonly ideal?: readonly Grade[] } = {},
): number {
  const g = checkGrades('grades', grades);
  checkInteger('k', k, 1, 1_000_000);
  if (!isRecord(options))
    fail('options', `must be an options object, got ${describeValue(options)}`, '须为选项对象');
  const ideal = options.ideal === undefined ? g : checkGrades('options.ideal', options.ideal);
  const best = dcg(
    [...ideal].sort((a, b) => b - a),
    k,
  );
  if (best === 0)
    fail(options.ideal === undefined ? 'grades' : 'options.ideal', 'holds no graded judgment', '无相关案例');
  const got = dcg(g, k);
  if (got > best * (1 + 1e-12))
    fail('options.ideal', 'misses graded hits of the list', '缺少列表中的相关结果');
  return got / best;
}
