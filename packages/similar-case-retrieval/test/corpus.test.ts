// The long corpus (`detail: 'long'`, ≈300 indexed characters per judgment for the bench): the
// standard fields and draws unchanged, its length, its vocabulary, its citations, its validation.
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../src/corpus';
import { bigramTokens, type Judgment, syntheticCorpus } from '../src/index';
import { corpusOptions, errorPaths } from './fixtures';

const base = corpusOptions(11, 2_000);
const standard = syntheticCorpus(base);
const long = syntheticCorpus({ ...base, detail: 'long' });
/** The characters the index tokenizes: 案由, 基本案情, 争议焦点, 裁判理由. */
const indexed = (d: Judgment) => [...`${d.cause}${d.facts}${d.issue}${d.reasoning}`].length;
const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the long corpus', () => {
  it("is the default corpus when detail is 'standard'", () => {
    expect(syntheticCorpus({ ...base, detail: 'standard' })).toEqual(standard);
  });
  it('holds ≈300 indexed characters per judgment where the standard holds ≈147', () => {
    const l = meanOf(long.map(indexed));
    const s = meanOf(standard.map(indexed));
    expect(l).toBeGreaterThanOrEqual(280);
    expect(l).toBeLessThanOrEqual(320);
    expect(s).toBeGreaterThan(140);
    expect(s).toBeLessThan(155);
  });
  it('changes no draw of the standard corpus: same judgments, the standard text leading', () => {
    expect(long.length).toBe(standard.length);
    long.forEach((d, i) => {
      const s = standard[i] as Judgment;
      const { facts, reasoning, ...rest } = d;
      const { facts: sFacts, reasoning: sReasoning, ...sRest } = s;
      expect(rest).toEqual(sRest);
      expect(facts.startsWith(sFacts) && facts.length > sFacts.length).toBe(true);
      expect(reasoning.startsWith(sReasoning) && reasoning.length > sReasoning.length).toBe(true);
    });
  });
  it('adds new words, not repeated ones: about twice the distinct bigrams per judgment', () => {
    const distinct = (d: Judgment) =>
      new Set(bigramTokens(`${d.cause} ${d.facts} ${d.issue} ${d.reasoning}`)).size;
    expect(meanOf(long.map(distinct))).toBeGreaterThan(1.8 * meanOf(standard.map(distinct)));
    // Judgments differ in their extra text too: most long 基本案情 tails are unique.
    const tails = new Set(long.map((d, i) => d.facts.slice((standard[i] as Judgment).facts.length)));
    expect(tails.size).toBeGreaterThan(long.length / 2);
  });
  it('cites the articles of the judgment by law and number, each once', () => {
    const penalty = long.find((d) => d.articles.join() === 'CC577,CC585') as Judgment;
    expect(penalty.reasoning).toContain('依照《中华人民共和国民法典》第五百七十七条、第五百八十五条的规定');
    const preemption = long.find((d) => d.articles.join() === 'CL84,CL84') as Judgment;
    expect(preemption.reasoning).toContain('依照《中华人民共和国公司法》第八十四条的规定');
    const builder = long.find((d) => d.articles.join() === 'CC788,JCI43') as Judgment;
    expect(builder.reasoning).toContain(
      '《中华人民共和国民法典》第七百八十八条、《最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）》第四十三条',
    );
  });
  it('writes article numbers in Chinese numerals', () => {
    const cases: [number, string][] = [
      [10, '十'],
      [17, '十七'],
      [43, '四十三'],
      [110, '一百一十'],
      [585, '五百八十五'],
      [807, '八百零七'],
      [1010, '一千零一十'],
      [1064, '一千零六十四'],
      [1179, '一千一百七十九'],
      [1208, '一千二百零八'],
    ];
    for (const [n, zh] of cases) expect(chineseNumber(n)).toBe(zh);
  });
  it('is the same for the same seed and differs for another', () => {
    const small = { ...base, judgments: 300, detail: 'long' } as const;
    expect(syntheticCorpus(small)).toEqual(syntheticCorpus(small));
    const other = syntheticCorpus({ ...small, seed: 12 });
    expect(other.map((d) => d.facts)).not.toEqual(syntheticCorpus(small).map((d) => d.facts));
  });
  it('rejects an unknown detail naming the field', () => {
    const ok = { ...base, judgments: 10 };
    expect(errorPaths(() => syntheticCorpus({ ...ok, detail: 'longer' as never }))).toEqual([
      'options.detail',
    ]);
    expect(errorPaths(() => syntheticCorpus({ ...ok, detail: 300 as never }))).toEqual(['options.detail']);
    expect(errorPaths(() => syntheticCorpus({ ...ok, detail: null as never }))).toEqual(['options.detail']);
  });
});
