import { defineParams, type ParamsOf } from '@gd-ftz/core';

/**
 * The scenario parameters of measure 11, with defaults and ranges: the demo app and the CLI
 * draw their forms from this schema. Modelling assumptions carry `assumption: true`, a `help`
 * text with the reason and, where a KPI's sensitivity is shown, a `plausible` range; the legal
 * numbers live in law.ts as dated, cited parameters.
 * @example
 * PARAMS.incompleteShare.default // 0.3
 */
export const PARAMS = defineParams({
  applications: {
    kind: 'integer',
    label: { zh: '申请件数', en: 'Applications' },
    help: { zh: '一年内按工作日均匀到达', en: 'Arriving evenly over the working days of a year' },
    unit: { zh: '件', en: 'applications' },
    default: 1000,
    min: 10,
    max: 100_000,
  },
  incompleteShare: {
    kind: 'number',
    label: { zh: '首次提交材料不齐的比例', en: 'Share incomplete at first submission' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: { zh: '比例', en: 'share' },
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.1, high: 0.5 },
  },
  supplementWorkingDays: {
    kind: 'integer',
    label: { zh: '申请人补正所需工作日', en: 'Working days an applicant takes to supplement' },
    help: { zh: '假设：无公开统计', en: 'Assumption: no published statistics' },
    unit: { zh: '个工作日', en: 'working days' },
    default: 5,
    min: 1,
    max: 60,
    assumption: true,
  },
});

/** Parsed scenario parameters. */
export type DigitalSpaceAuthorizationParams = ParamsOf<typeof PARAMS>;
