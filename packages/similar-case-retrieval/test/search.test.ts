// Similar-case search, hand-checked on a small database: Art. 1 (effective only, nothing after the
// search day), Art. 4 (scope and tier order for the 南沙 court, recent first), Art. 5 (methods).
import { civilDate } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { bigramTokens, buildCaseIndex, type CaseQuery, searchSimilarCases } from '../src/index';
import { court, errorPaths, judgment } from './fixtures';

const asOf = civilDate('2024-06-30');
const docs = [
  judgment('own', 'judgment', 'gz-ns', '2023-05-01'), // tier 4
  judgment('guide', 'guiding-case', 'spc', '2015-01-01'), // tier 1, old but a guiding case
  judgment('gdh-old', 'judgment', 'gd-high', '2020-01-01'), // tier 3, not recent (before 2021-06-30)
  judgment('gdh-new', 'judgment', 'gd-high', '2023-01-01'), // tier 3, recent
  judgment('zj', 'judgment', 'zj-high', '2023-01-01'), // another province: outside Art. 4
  judgment('pending', 'judgment', 'gz-int', '2023-01-01', { effective: false }),
  judgment('later', 'judgment', 'gz-int', '2024-06-01', { effectiveOn: civilDate('2024-07-01') }),
  judgment('loan', 'judgment', 'gz-ns', '2023-01-01', {
    causeId: 'loan',
    cause: '民间借贷纠纷',
    articles: ['CC680'],
    facts: '约定月息三分',
    issue: '本案争议焦点为借款利率超过法定上限。',
    hidden: { questionId: 'loan-rate', keyFacts: 0 },
  }),
];
const index = buildCaseIndex(docs);
const nansha = court('gz-ns');
const q: CaseQuery = { court: nansha, keywords: '违约金过高 调减', articles: ['CC585'] };

describe('searchSimilarCases (指导意见 第一条、第四条、第五条)', () => {
  it('keeps the Art. 4 scope in tier order, recent before older within a tier', () => {
    const hits = searchSimilarCases(index, q, { k: 10, asOf });
    // 'zj' (浙江) is outside the scope; 'pending' is not effective; 'later' takes effect after asOf;
    // 'loan' shares no keyword bigram and no article.
    expect(hits.map((h) => [h.id, h.tier, h.recent])).toEqual([
      ['guide', 1, true],
      ['gdh-new', 3, true],
      ['gdh-old', 3, false],
      ['own', 4, true],
    ]);
    expect(hits.map((h) => h.rank)).toEqual([1, 2, 3, 4]);
  });

  it('without tiers searches the whole database by text score, still effective and in force only', () => {
    const ids = searchSimilarCases(index, { ...q, method: 'keyword', tiers: false }, { k: 10, asOf }).map(
      (h) => h.id,
    );
    expect([...ids].sort()).toEqual(['gdh-new', 'gdh-old', 'guide', 'own', 'zj']);
  });

  it('finds by statute alone (article ids as exact tokens), and the later judgment once in force', () => {
    const byArticle = searchSimilarCases(
      index,
      { court: nansha, keywords: '', articles: ['CC680'], method: 'statute' },
      { k: 5, asOf },
    );
    expect(byArticle.map((h) => h.id)).toEqual(['loan']);
    const later = searchSimilarCases(
      index,
      { ...q, method: 'keyword' },
      { k: 10, asOf: civilDate('2024-07-01') },
    );
    expect(later.map((h) => h.id)).toContain('later');
  });

  it('searches from a known case (case-linked)', () => {
    const hits = searchSimilarCases(
      index,
      { court: nansha, keywords: '借款', caseId: 'loan', method: 'case-linked' },
      { k: 3, asOf },
    );
    expect(hits[0]?.id).toBe('loan');
  });

  it('reads only the 案由 named (causeId), every 案由 without it', () => {
    const query: CaseQuery = { court: nansha, keywords: '借款 违约金', method: 'keyword', tiers: false };
    const ids = (causeId?: string) =>
      searchSimilarCases(index, causeId ? { ...query, causeId } : query, { k: 10, asOf })
        .map((h) => h.id)
        .sort();
    // '借款' matches only 'loan' (民间借贷纠纷), '违约' the five 买卖合同纠纷 judgments in force.
    expect(ids()).toEqual(['gdh-new', 'gdh-old', 'guide', 'loan', 'own', 'zj']);
    expect(ids('sale')).toEqual(['gdh-new', 'gdh-old', 'guide', 'own', 'zj']);
    expect(ids('loan')).toEqual(['loan']);
  });

  it('cuts at k', () => {
    expect(searchSimilarCases(index, q, { k: 2, asOf }).map((h) => h.id)).toEqual(['guide', 'gdh-new']);
  });
});

describe('bigramTokens', () => {
  it('pairs CJK characters, keeps ASCII words whole and lower-cased', () => {
    expect(bigramTokens('违约金过高 CC585')).toEqual(['违约', '约金', '金过', '过高', 'cc585']);
    expect(bigramTokens('案，由')).toEqual(['案', '由']);
  });
});

describe('bad input: a typed error naming the field, nothing changed', () => {
  const o = { k: 10, asOf };
  it.each([
    ['an empty query', () => searchSimilarCases(index, { ...q, keywords: '  ' }, o), ['q.keywords']],
    [
      'a query of punctuation only',
      () => searchSimilarCases(index, { ...q, keywords: '，。！' }, o),
      ['q.keywords'],
    ],
    ['k = 0', () => searchSimilarCases(index, q, { k: 0, asOf }), ['o.k']],
    ['k = −3', () => searchSimilarCases(index, q, { k: -3, asOf }), ['o.k']],
    ['a bad day', () => searchSimilarCases(index, q, { k: 1, asOf: '2024-13-01' as never }), ['o.asOf']],
    ['an index not built here', () => searchSimilarCases({ size: 1 }, q, o), ['index']],
    ['an unknown case', () => searchSimilarCases(index, { ...q, caseId: 'nope' }, o), ['q.caseId']],
    [
      'a 案由 with no indexed judgment',
      () => searchSimilarCases(index, { ...q, causeId: 'labour' }, o),
      ['q.causeId'],
    ],
    ['a 案由 id not text', () => searchSimilarCases(index, { ...q, causeId: 7 as never }, o), ['q.causeId']],
    [
      'statute search without articles',
      () => searchSimilarCases(index, { ...q, articles: [], method: 'statute' }, o),
      ['q.articles'],
    ],
    [
      'an unknown method',
      () => searchSimilarCases(index, { ...q, method: 'fuzzy' as never }, o),
      ['q.method'],
    ],
    [
      'a court without a parent',
      () => searchSimilarCases(index, { ...q, court: { ...nansha, parentId: null } }, o),
      ['q.court.parentId'],
    ],
  ])('%s', (_, f, paths) => {
    expect(errorPaths(f)).toEqual(paths);
  });

  it('rejects a guiding case not from the SPC and a repeated id when building, input unchanged', () => {
    const bad = Object.freeze([judgment('g', 'guiding-case', 'gd-high', '2023-01-01')]);
    expect(errorPaths(() => buildCaseIndex(bad))).toEqual(['judgments[0].court']);
    const twice = [
      judgment('a', 'judgment', 'gz-ns', '2023-01-01'),
      judgment('a', 'judgment', 'gz-py', '2023-01-01'),
    ];
    expect(errorPaths(() => buildCaseIndex(twice))).toEqual(['judgments[1].id']);
    expect(twice.map((d) => d.court.id)).toEqual(['gz-ns', 'gz-py']);
  });

  it('leaves a frozen query as it was', () => {
    const frozen = Object.freeze({ ...q, articles: Object.freeze(['CC585']) });
    searchSimilarCases(index, frozen, o);
    expect(frozen).toEqual(q);
  });
});
