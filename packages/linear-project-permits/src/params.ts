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
    label: { zh: '材料不齐全概率（每项）', en: 'Incomplete materials (per item)' },
    help: {
      zh: '初稿材料不齐全的概率，改革前后相同；改革后联合预审可在申请前发现其中一部分',
      en: 'Chance an item’s first materials are incomplete, the same in both processes; the reform’s pre-consultation finds part of them before filing',
    },
    unit: P,
    default: 0.35,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.2, high: 0.5 },
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
    plausible: { low: 0, high: 0.1 },
  },
  reviewIssueProbability: {
    kind: 'number',
    label: { zh: '审查发现方案问题概率（每项）', en: 'Design problem found in review (per item)' },
    help: {
      zh: '改革前后相同；改革后联合预审可在申请前发现其中一部分',
      en: 'The same in both processes; the reform’s pre-consultation finds part of them before filing',
    },
    unit: P,
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.15, high: 0.45 },
  },
  preConsultationCatchShare: {
    kind: 'number',
    label: { zh: '联合预审发现问题比例', en: 'Share of problems the pre-consultation catches' },
    help: {
      zh: '未见公开数据；默认0.6与原先设定的改革后概率（材料不齐0.35→0.15，审查问题0.30→0.12）相当',
      en: 'No published figure; 0.6 matches the reform rates the engine used to set directly (incomplete 0.35 → 0.15, review problem 0.30 → 0.12)',
    },
    unit: P,
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    assumption: true,
    plausible: { low: 0.3, high: 0.8 },
  },
  preConsultationWorkingDays: {
    kind: 'integer',
    label: { zh: '联合预审用时', en: 'Pre-consultation time' },
    help: {
      zh: '材料草稿齐备后，各部门联合预审所需工作日（申请人与经办人员共同投入）',
      en: 'Working days of the joint review of the drafts, once ready (builder and officers both)',
    },
    unit: WD,
    default: 5,
    min: 1,
    max: 30,
    assumption: true,
    plausible: { low: 3, high: 10 },
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
    plausible: { low: 5, high: 20 },
  },
});

/**
 * Parsed scenario parameters.
 * @example
 * const p: Partial<LinearProjectPermitsParams> = { projects: 40 };
 * measure.simulate(p, { seed: 42 });
 */
export type LinearProjectPermitsParams = ParamsOf<typeof PARAMS>;
