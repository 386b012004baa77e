import { defineParams, type ParamsOf } from '@gd-ftz/core';

const P = { zh: '概率', en: 'probability' };
const WD = { zh: '工作日', en: 'working days' };

/** Start dates offered by the scenario (the calendar covers 2019–2026; the runs need the room). */
export const START_DATES = ['2024-01-02', '2024-04-01', '2024-07-01', '2024-09-30', '2025-01-02'] as const;

/**
 * The scenario parameters of measure 10, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Probabilities and intervals are modelling assumptions.
 * @example
 * measure.simulate({ projects: 100, startDate: '2024-09-30' }, { seed: 1 });
 */
export const PARAMS = defineParams({
  projects: {
    kind: 'integer',
    label: { zh: '项目数量', en: 'Projects in the portfolio' },
    unit: { zh: '个', en: 'projects' },
    default: 200,
    min: 1,
    max: 5_000,
  },
  startDate: {
    kind: 'enum',
    label: { zh: '首个项目启动日', en: 'First project start' },
    help: {
      zh: '2024-09-30 为国庆前最后一个工作日',
      en: '2024-09-30 is the last working day before National Day',
    },
    default: '2024-01-02',
    options: START_DATES.map((d) => ({ value: d, label: { zh: d, en: d } })),
  },
  spreadWorkingDays: {
    kind: 'integer',
    label: { zh: '项目启动分布区间', en: 'Start dates spread over' },
    unit: WD,
    default: 60,
    min: 0,
    max: 120,
  },
  incompleteProbability: {
    kind: 'number',
    label: { zh: '改革前材料不齐全概率', en: 'Incomplete materials, before' },
    unit: P,
    default: 0.35,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  reformIncompleteProbability: {
    kind: 'number',
    label: { zh: '改革后材料不齐全概率', en: 'Incomplete materials, reform' },
    help: { zh: '策划阶段介入、预先沟通', en: 'Authorities involved from the planning stage' },
    unit: P,
    default: 0.15,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  missedNoticeProbability: {
    kind: 'number',
    label: { zh: '逾期未告知概率', en: 'Notice not given in 5 working days' },
    unit: P,
    default: 0.05,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  reviewIssueProbability: {
    kind: 'number',
    label: { zh: '改革前审查发现问题概率', en: 'Problem found in review, before' },
    unit: P,
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  reformReviewIssueProbability: {
    kind: 'number',
    label: { zh: '改革后审查发现问题概率', en: 'Problem found in review, reform' },
    help: { zh: '统筹协调例会提前发现问题', en: 'Coordination meetings catch problems earlier' },
    unit: P,
    default: 0.12,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
  },
  rejectProbability: {
    kind: 'number',
    label: { zh: '不予许可概率', en: 'Refusal probability' },
    unit: P,
    default: 0.02,
    min: 0,
    max: 0.5,
    step: 0.01,
    assumption: true,
  },
  segmentOverhead: {
    kind: 'number',
    label: { zh: '分段审查固定工作量占比', en: 'Fixed share of a segment review' },
    unit: P,
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
  },
  perSegmentIssuance: {
    kind: 'boolean',
    label: { zh: '按段发证', en: 'Issue permits segment by segment' },
    default: true,
  },
  meetingIntervalWorkingDays: {
    kind: 'integer',
    label: { zh: '统筹协调例会间隔', en: 'Coordination meeting interval' },
    unit: WD,
    default: 10,
    min: 1,
    max: 60,
    assumption: true,
  },
});

/**
 * Parsed scenario parameters.
 * @example
 * const p: Partial<LinearProjectPermitsParams> = { projects: 40 };
 * measure.simulate(p, { seed: 42 });
 */
export type LinearProjectPermitsParams = ParamsOf<typeof PARAMS>;
