import { defineParams, type ParamsOf } from '@gd-ftz/core';

const NO_DATA = { zh: '假设：无公开统计', en: 'Assumption: no published statistics' };

/**
 * The scenario parameters of measure 16, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. The shares of judges' behaviour are assumptions (no published
 * figures), each with a `plausible` range the KPIs' sensitivity is shown over; the legal numbers
 * live in law.ts as dated, cited parameters.
 * @example
 * PARAMS.followShare.default; // 0.7
 */
export const PARAMS = defineParams({
  priorJudgments: {
    kind: 'integer',
    label: { zh: '数据库既有裁判文书数', en: 'Judgments already in the database' },
    help: {
      zh: '2019—2023 年作出，加各问题的指导性、典型、参考性案例',
      en: 'Decided 2019–2023, plus guiding, typical and reference cases per question',
    },
    unit: { zh: '件', en: 'judgments' },
    default: 1800,
    min: 50,
    max: 4000,
  },
  newCases: {
    kind: 'integer',
    label: { zh: '模拟年度（2024）待决案件数', en: 'Cases decided in the simulated year (2024)' },
    help: {
      zh: '广东六个基层法院；判决生效后进入数据库',
      en: 'Six Guangdong basic courts; judgments join the database once effective',
    },
    unit: { zh: '件', en: 'cases' },
    default: 200,
    min: 20,
    max: 500,
  },
  art2Share: {
    kind: 'number',
    label: { zh: '属于应当检索情形（第二条）的比例', en: 'Share of cases with a mandatory search (Art. 2)' },
    help: {
      zh: '假设：模型中每个问题法院均有分歧（第二条第（二）项），取承办法官认定属于应当检索情形的比例；无公开统计',
      en: 'Assumption: every modelled question is one courts split on (Art. 2(2)); the share of cases the judge treats as mandatory; no published statistics',
    },
    unit: { zh: '比例', en: 'share' },
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.4, high: 0.8 },
  },
  voluntarySearchShare: {
    kind: 'number',
    label: {
      zh: '改革前法官自愿检索的比例',
      en: 'Share of judges searching voluntarily (before the reform)',
    },
    help: NO_DATA,
    unit: { zh: '比例', en: 'share' },
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.1, high: 0.5 },
  },
  followShare: {
    kind: 'number',
    label: {
      zh: '参照所找到的非指导性类案的比例',
      en: 'Share following a similar case found (not a guiding case)',
    },
    help: {
      zh: '假设：第九条规定其他类案仅作参考；无公开统计',
      en: 'Assumption: Art. 9 makes other similar cases reference only; no published statistics',
    },
    unit: { zh: '比例', en: 'share' },
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.5, high: 0.9 },
  },
  localTendency: {
    kind: 'number',
    label: {
      zh: '无先例时遵从本院倾向的比例',
      en: 'Share following the court’s own tendency without a precedent',
    },
    help: NO_DATA,
    unit: { zh: '比例', en: 'share' },
    default: 0.8,
    min: 0.5,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.6, high: 0.95 },
  },
  searchMinutes: {
    kind: 'integer',
    label: { zh: '每次检索的法官分钟数', en: 'Judge minutes per search' },
    help: NO_DATA,
    unit: { zh: '分钟', en: 'minutes' },
    default: 15,
    min: 1,
    max: 240,
    assumption: true,
    plausible: { low: 10, high: 30 },
  },
  reportMinutes: {
    kind: 'integer',
    label: { zh: '制作检索报告的分钟数（第七、八条）', en: 'Minutes to write the search report (Arts. 7–8)' },
    help: NO_DATA,
    unit: { zh: '分钟', en: 'minutes' },
    default: 20,
    min: 0,
    max: 240,
    assumption: true,
    plausible: { low: 10, high: 40 },
  },
  linkMinutes: {
    kind: 'integer',
    label: { zh: '关联案件核查分钟数', en: 'Minutes of the related-case check' },
    help: NO_DATA,
    unit: { zh: '分钟', en: 'minutes' },
    default: 5,
    min: 0,
    max: 120,
    assumption: true,
    plausible: { low: 2, high: 15 },
  },
});

/** Parsed scenario parameters. */
export type SimilarCaseRetrievalParams = ParamsOf<typeof PARAMS>;
