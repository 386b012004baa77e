import { defineParams, type ParamsOf } from '@gd-ftz/core';

/**
 * The scenario parameters of measure 7, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Every one is a modelling assumption (the legal numbers are dated
 * parameters in law.ts and are not scenario knobs). Cross-field rule: the query time's minimum is
 * at most its maximum.
 * @example
 * defaultParams(PARAMS).applications // 1000
 */
export const PARAMS = defineParams(
  {
    applications: {
      kind: 'integer',
      label: { zh: '申请件数', en: 'Applications' },
      unit: { zh: '件', en: 'cases' },
      default: 1000,
      min: 10,
      max: 50_000,
      assumption: true,
    },
    period: {
      kind: 'enum',
      label: { zh: '申请期间', en: 'Period' },
      help: {
        zh: '四周的申请期间；2025年国庆期间含8天假期（10月1日至8日，国庆、中秋连休；9月28日、10月11日调休上班）；2021年3月为措施所述期间',
        en: 'Four weeks of applications; the 2025 National Day period includes the 8-day holiday (1–8 October, National Day with Mid-Autumn; 28 Sep and 11 Oct are make-up working days); March 2021 is the period the measure describes',
      },
      default: '2025-03-03',
      options: [
        { value: '2025-03-03', label: { zh: '2025年3月（普通月份）', en: 'March 2025 (ordinary month)' } },
        { value: '2025-09-22', label: { zh: '2025年国庆前后', en: 'Around National Day 2025' } },
        {
          value: '2021-03-01',
          label: { zh: '2021年3月（措施所述期间）', en: 'March 2021 (the measure’s period)' },
        },
      ],
      assumption: true,
    },
    officers: {
      kind: 'integer',
      label: { zh: '审核人员（人）', en: 'Reviewing officers' },
      default: 8,
      min: 1,
      max: 200,
      assumption: true,
    },
    reviewMinutesImmediate: {
      kind: 'number',
      label: { zh: '人工审核时长：10万元及以下（众数）', en: 'Officer review, tiers up to 100k (mode)' },
      help: { zh: '三角分布（众数的0.5–2倍）', en: 'Triangular, 0.5× to 2× the mode' },
      unit: { zh: '分钟', en: 'min' },
      default: 30,
      min: 5,
      max: 240,
      assumption: true,
    },
    reviewMinutesRouted: {
      kind: 'number',
      label: { zh: '人工审核时长：百万元及以上（众数）', en: 'Officer review, tiers of 1m and more (mode)' },
      help: { zh: '含资料审查与必要时实地核查', en: 'Document review and, as needed, a site check' },
      unit: { zh: '分钟', en: 'min' },
      default: 120,
      min: 10,
      max: 960,
      assumption: true,
    },
    officerErrorRate: {
      kind: 'number',
      label: { zh: '人工审核差错率', en: 'Officer error rate' },
      help: {
        zh: '人工结论与规则结论不一致的概率',
        en: 'Chance that an officer’s decision departs from the rules',
      },
      default: 0.03,
      min: 0,
      max: 0.5,
      step: 0.01,
      assumption: true,
    },
    fetchSecondsMin: {
      kind: 'number',
      label: { zh: '单个数据源查询耗时下限', en: 'Data-source query time, minimum' },
      help: {
        zh: '自动审批按规则类别逐一调取登记、信用、风险、违章等数据源',
        en: 'The engine queries one data source per rule category (registration, credit, risk, violations …)',
      },
      unit: { zh: '秒', en: 's' },
      default: 3,
      min: 0.1,
      max: 60,
      assumption: true,
    },
    fetchSecondsMax: {
      kind: 'number',
      label: { zh: '单个数据源查询耗时上限', en: 'Data-source query time, maximum' },
      help: {
        zh: '默认值使自动审批落在种子文件所述1–2分钟（校准）；合理范围约5–30秒',
        en: 'The default puts the automatic path at the seed’s 1–2 minutes (calibrated); plausibly 5–30 s',
      },
      unit: { zh: '秒', en: 's' },
      default: 10,
      min: 0.1,
      max: 120,
      assumption: true,
      plausible: { low: 5, high: 30 },
    },
    fetchMode: {
      kind: 'enum',
      label: { zh: '数据源查询方式', en: 'Data-source queries' },
      help: {
        zh: '逐一（顺序）查询或同时（并行）查询各数据源；顺序查询使默认耗时落在种子文件所述1–2分钟（校准）',
        en: 'One after another (sequential) or all at once (parallel); sequential puts the default at the seed’s 1–2 minutes (calibrated)',
      },
      default: 'sequential',
      options: [
        { value: 'sequential', label: { zh: '顺序查询', en: 'Sequential' } },
        { value: 'parallel', label: { zh: '并行查询', en: 'Parallel' } },
      ],
      assumption: true,
    },
    fetchFailureRate: {
      kind: 'number',
      label: { zh: '单次查询失败概率', en: 'Chance one query attempt fails' },
      help: {
        zh: '超时或接口错误；失败后重试，重试用尽仍失败视为数据源不可用，转人工审核',
        en: 'Timeout or interface error; retried, and a source still failing after the retries is down: the case goes to an officer',
      },
      default: 0.01,
      min: 0,
      max: 0.5,
      step: 0.005,
      assumption: true,
      plausible: { low: 0.001, high: 0.05 },
    },
    fetchRetries: {
      kind: 'integer',
      label: { zh: '查询失败重试次数', en: 'Retries of a failed query' },
      help: {
        zh: '每个数据源失败后的重试次数；每次重试耗时同一次查询',
        en: 'Retries per data source after a failure; each takes as long as a query',
      },
      default: 2,
      min: 0,
      max: 5,
      assumption: true,
      plausible: { low: 0, high: 3 },
    },
    shareNew: {
      kind: 'number',
      label: { zh: '新办纳税人占比', en: 'Share of new taxpayers' },
      default: 0.25,
      min: 0,
      max: 1,
      step: 0.05,
      assumption: true,
    },
    shareRisky: {
      kind: 'number',
      label: { zh: '有风险特征的纳税人占比', en: 'Share of taxpayers with a risk profile' },
      default: 0.1,
      min: 0,
      max: 1,
      step: 0.05,
      assumption: true,
    },
  },
  {
    refine: (p) =>
      p.fetchSecondsMin > p.fetchSecondsMax
        ? [
            {
              path: 'fetchSecondsMax',
              message: { en: 'must not be below fetchSecondsMin', zh: '不得小于查询耗时下限' },
            },
          ]
        : [],
  },
);

/**
 * Parsed scenario parameters.
 * @example
 * const p: InvoiceTypeApprovalParams = defaultParams(PARAMS);
 */
export type InvoiceTypeApprovalParams = ParamsOf<typeof PARAMS>;
