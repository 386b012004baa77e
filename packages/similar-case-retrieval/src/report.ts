// The KPIs of a run, baseline against reform, each with its origin (where the effect comes from)
// and category. Internal: not exported from src/index.ts.
import {
  countStat,
  type Kpi,
  type KpiInput,
  kpi,
  meanStat,
  percentStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { Decision } from './decide';
import { ndcgAtK, precisionAtK, recallAtK } from './metrics';
import { PARAMS, type SimilarCaseRetrievalParams } from './params';
import { HITS_READ, type Prepared, type SearchRun } from './prepare';
import type { BatchResult } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform' | 'sensitivity'>;
type Of = (ds: readonly Decision[], prep: Prepared) => string;
/** Re-decides the same prepared cases with changed behavioural shares. */
export type Rerun = (p: SimilarCaseRetrievalParams) => BatchResult;

const PCT = { digits: 1, empty: 0 } as const;
const SHARE = { digits: 3, empty: 0 } as const;
const SHARE_UNIT = { zh: '比例（0—1）', en: 'share (0–1)' };

/** Same-question pairs of the year's judgments that apply different rules, over all such pairs. */
export const inconsistency: Of = (ds, prep) => {
  const counts = new Map<string, [number, number]>();
  for (const d of ds) {
    const q = (prep.cases[d.index] as Prepared['cases'][number]).doc.hidden.questionId;
    const c = counts.get(q) ?? [0, 0];
    c[d.rule === 'A' ? 0 : 1] += 1;
    counts.set(q, c);
  }
  let differ = 0;
  let pairs = 0;
  for (const [a, b] of counts.values()) {
    differ += a * b;
    pairs += ((a + b) * (a + b - 1)) / 2;
  }
  return percentStat(differ, pairs, PCT);
};

/** The searches each decision ran, with the case's truth. */
function runsOf(ds: readonly Decision[], prep: Prepared): { run: SearchRun; i: number }[] {
  return ds.flatMap((d) => {
    const run =
      d.search === 'full' ? prep.full[d.index] : d.search === 'keyword' ? prep.keyword[d.index] : undefined;
    return run ? [{ run, i: d.index }] : [];
  });
}

const precision: Of = (ds, prep) =>
  meanStat(
    runsOf(ds, prep).map(({ run }) => precisionAtK(run.grades, HITS_READ)),
    SHARE,
  );
const recall: Of = (ds, prep) =>
  meanStat(
    runsOf(ds, prep)
      .filter(({ i }) => (prep.relevant[i] as number) > 0)
      .map(({ run, i }) => recallAtK(run.grades, HITS_READ, prep.relevant[i] as number)),
    SHARE,
  );
const ndcg: Of = (ds, prep) =>
  meanStat(
    runsOf(ds, prep)
      .filter(({ i }) => (prep.relevant[i] as number) > 0)
      .map(({ run, i }) => ndcgAtK(run.grades, HITS_READ, { ideal: prep.ideal[i] as never })),
    SHARE,
  );
const found: Of = (ds, prep) => {
  const withOne = ds.filter((d) => (prep.relevant[d.index] as number) > 0);
  const hit = withOne.filter((d) => runsOf([d], prep)[0]?.run.similar.length);
  return percentStat(hit.length, withOne.length, PCT);
};
const linkedConflicts: Of = (ds, prep) => {
  const pairs = ds.filter((d) => prep.cases[d.index]?.relatedTo !== undefined);
  const differ = pairs.filter((d) => ds[prep.cases[d.index]?.relatedTo as number]?.rule !== d.rule);
  return percentStat(differ.length, pairs.length, PCT);
};
const guidingNotFollowed: Of = (ds, prep) =>
  countStat(ds.filter((d) => prep.guiding[d.index] !== undefined && d.rule !== 'A').length);
const minutes: Of = (ds) =>
  meanStat(
    ds.map((d) => d.minutes),
    PCT,
  );

/**
 * The KPIs of a run. Where an assumed share drives a KPI it carries its sensitivity: the same
 * cases and searches re-decided at the share's plausible low and high.
 * @example
 * kpisOf(result, params, rerun).map((k) => k.id)[0]; // 'inconsistent-pairs'
 */
export function kpisOf(r: BatchResult, params: SimilarCaseRetrievalParams, rerun: Rerun): Kpi[] {
  const k = (fields: Fields, of: Of, driver?: keyof typeof PARAMS) =>
    kpi({
      ...fields,
      baseline: of(r.baseline, r.prep),
      reform: of(r.reform, r.prep),
      sensitivity:
        driver &&
        sensitivityOf(PARAMS, params, driver, (p) => {
          const again = rerun(p);
          return { baseline: of(again.baseline, again.prep), reform: of(again.reform, again.prep) };
        }),
    });
  const searchNote = {
    zh: '所运行检索的前10条结果；相关 = 同一法律适用问题且在第四条检索范围内的生效案例',
    en: 'Over the top 10 hits of the searches run; relevant = same legal question, effective, inside the Art. 4 scope',
  };
  return [
    k(
      {
        id: 'inconsistent-pairs',
        label: {
          zh: '类案裁判不一致（同一问题的判决对）',
          en: 'Inconsistent judgements of similar cases (same-question pairs)',
        },
        unit: UNITS.percent,
        better: 'lower',
        origin: 'model',
        category: 'compliance',
        note: {
          zh: '模拟年度内同一法律适用问题的两份判决适用不同规则的比例（"统一法律适用尺度"）；由检索结果与参照行为得出，范围为"参照类案比例"的合理区间',
          en: 'Share of the year’s same-question judgment pairs applying different rules ("统一法律适用尺度"); from the searches and the following behaviour, range over the plausible share following a similar case',
        },
      },
      inconsistency,
      'followShare',
    ),
    k(
      {
        id: 'precision-at-10',
        label: { zh: '检索精确率@10', en: 'Precision@10 of searches run' },
        unit: SHARE_UNIT,
        better: 'higher',
        origin: 'model',
        category: 'coverage',
        note: searchNote,
      },
      precision,
    ),
    k(
      {
        id: 'recall-at-10',
        label: { zh: '检索召回率@10', en: 'Recall@10 of searches run' },
        unit: SHARE_UNIT,
        better: 'higher',
        origin: 'model',
        category: 'coverage',
        note: searchNote,
      },
      recall,
    ),
    k(
      {
        id: 'ndcg-at-10',
        label: { zh: '检索 nDCG@10', en: 'nDCG@10 of searches run' },
        unit: SHARE_UNIT,
        better: 'higher',
        origin: 'model',
        category: 'coverage',
        note: searchNote,
      },
      ndcg,
    ),
    k(
      {
        id: 'precedent-found',
        label: { zh: '存在类案时找到类案的比例', en: 'Similar case found where one exists' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'coverage',
        note: {
          zh: '改革前取决于自愿检索比例（假设）',
          en: 'Before the reform driven by the assumed share searching voluntarily',
        },
      },
      found,
      'voluntarySearchShare',
    ),
    k(
      {
        id: 'linked-conflicts',
        label: { zh: '关联案件裁判冲突', en: 'Conflicting judgements among related cases' },
        unit: UNITS.percent,
        better: 'lower',
        origin: 'assumption',
        category: 'compliance',
        note: {
          zh: '与本年度较早关联案件（同一当事人、同一标的）适用不同规则的比例；改革后关联核查发现前案，按"参照类案比例"（假设）参照',
          en: 'Share of companion cases (same parties and subject) applying another rule than the earlier one; after the reform the check finds it and the judge follows it with the assumed share',
        },
      },
      linkedConflicts,
      'followShare',
    ),
    k(
      {
        id: 'guiding-not-followed',
        label: { zh: '未参照指导性案例的判决', en: 'Judgments not following a guiding case in force' },
        unit: UNITS.count,
        better: 'lower',
        origin: 'assumption',
        category: 'compliance',
        note: {
          zh: '有生效指导性案例的问题上适用了另一规则的判决数；找到即参照（第九条），未检索或未检出则按本院倾向',
          en: 'Judgments on a question with a guiding case in force that apply the other rule: a guiding case found is followed (Art. 9), one not searched for or missed is not',
        },
      },
      guidingNotFollowed,
      'voluntarySearchShare',
    ),
    k(
      {
        id: 'judge-minutes',
        label: { zh: '每案检索与核查的法官分钟数', en: 'Judge minutes per case on search and checks' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'assumption',
        category: 'staff-time',
        note: {
          zh: '检索、报告、关联核查的分钟数均为假设',
          en: 'Minutes per search, report and check are assumptions',
        },
      },
      minutes,
      'searchMinutes',
    ),
  ];
}
