import { defineMeasure, measureInfo } from '@gd-ftz/core';
import { PARAMS, type SimilarCaseRetrievalParams } from './params';
import { kpisOf } from './report';
import { samplesOf } from './samples';
import { type BatchResult, runBatch } from './simulate';

/**
 * The Measure descriptor of measure 16 (关联案件和类案检索机制): a seeded synthetic case database
 * and a year of cases at six Guangdong basic courts, decided with voluntary keyword search and the
 * courts' own tendencies (baseline) against the mandatory three-method search in Art. 4 tier order,
 * a report and a related-case check (reform), on the same cases, searches and draws.
 * @example
 * import { measure } from '@gd-ftz/similar-case-retrieval';
 * const report = measure.simulate({}, { seed: 42 });
 * report.kpis.find((k) => k.id === 'inconsistent-pairs'); // baseline > reform
 */
export const measure = defineMeasure({
  ...measureInfo(16),
  slug: 'similar-case-retrieval',
  params: PARAMS,
  run(params, { seed, onProgress, eventLog }) {
    const result = runBatch(params, seed, { onProgress, eventLog });
    const runs = new Map<string, BatchResult>();
    const rerun = (p: SimilarCaseRetrievalParams) => {
      const key = JSON.stringify(p);
      let r = runs.get(key);
      if (!r) {
        r = runBatch(p, seed, {}, result.prep);
        runs.set(key, r);
      }
      return r;
    };
    const prep = result.prep;
    const art2 = result.reform.filter((d) => d.art2).length;
    return {
      kpis: kpisOf(result, params, rerun),
      series: [],
      samples: samplesOf(result),
      notes: [
        {
          zh: `数据库 ${prep.indexSize} 件（既有 ${prep.corpus.length} 件，含指导性、典型、参考性案例；加模拟年度判决生效后收录），模拟年度 ${prep.cases.length} 件，其中应当检索（第二条）${art2} 件；改革前后使用同一批案件、检索结果与随机数。`,
          en: `Database of ${prep.indexSize} documents (${prep.corpus.length} before 2024, guiding, typical and reference cases included; the year’s judgments join once effective); ${prep.cases.length} cases in 2024, ${art2} with a mandatory search (Art. 2); baseline and reform share cases, searches and draws.`,
        },
        {
          zh: '检索：MiniSearch 7，中文按相邻两字切分；改革前仅关键词检索全库、按文本得分排序；改革后关键词、法条关联、案例关联三法合并，限第四条范围，相似者按层级、近三年优先排序。',
          en: 'Search: MiniSearch 7 over CJK character bigrams; baseline keyword search of the whole database by text score; reform the three methods fused, in Art. 4 scope, similar hits by tier then recent first.',
        },
        {
          zh: '裁判：找到指导性案例即参照（第九条）；其他类案、关联前案按假设比例参照；否则按本院倾向。最高法指导性、典型案例适用同一规则（A）。',
          en: 'Judging: a guiding case found is followed (Art. 9); another similar case or an earlier related case with the assumed share; otherwise the court’s own tendency. The SPC’s guiding and typical cases apply one rule (A).',
        },
      ],
    };
  },
});
