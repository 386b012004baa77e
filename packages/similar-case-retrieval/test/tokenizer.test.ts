// The optional Intl.Segmenter tokenizer (bench comparison only). Its word breaks come from the ICU
// dictionary of the runtime and change between ICU versions, so no exact token list is asserted:
// only properties that hold on every version, and that an index built with it searches.
import { civilDate } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { buildCaseIndex, searchSimilarCases } from '../src/index';
import { segmenterTokens } from '../src/tokenize';
import { court, errorPaths, judgment } from './fixtures';

const SENTENCE = '买卖合同纠纷，原告主张违约金过高请求调减，依据民法典CC585。';

describe('segmenterTokens', () => {
  it('gives non-empty tokens, each a piece of the lower-cased text, the same every time', () => {
    const tokens = segmenterTokens(SENTENCE);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) {
      expect(t.length).toBeGreaterThan(0);
      expect(SENTENCE.toLowerCase()).toContain(t);
    }
    expect(tokens).toContain('cc585'); // an ASCII run is one lower-cased word
    expect(tokens.join('')).not.toMatch(/[，。\s]/); // punctuation and spaces are not word-like
    expect(segmenterTokens(SENTENCE)).toEqual(tokens);
  });

  it('rejects a non-string', () => {
    expect(errorPaths(() => segmenterTokens(42 as never))).toEqual(['text']);
  });
});

describe('buildCaseIndex with o.tokenizer', () => {
  const docs = [judgment('own', 'judgment', 'gz-ns', '2023-05-01')];

  it("searches with 'segmenter' as with the default", () => {
    const index = buildCaseIndex(docs, { tokenizer: 'segmenter' });
    const q = { court: court('gz-ns'), keywords: docs[0]?.issue ?? '' };
    const hits = searchSimilarCases(index, q, { k: 10, asOf: civilDate('2024-06-30') });
    expect(hits.map((h) => h.id)).toEqual(['own']);
  });

  it('rejects an unknown tokenizer, naming o.tokenizer', () => {
    expect(errorPaths(() => buildCaseIndex(docs, { tokenizer: 'jieba' as never }))).toEqual(['o.tokenizer']);
    expect(errorPaths(() => buildCaseIndex(docs, 'x' as never))).toEqual(['o']);
  });
});
