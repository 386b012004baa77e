import { defineParams, type ParamsOf, withMaximum } from '@gd-ftz/core';

/**
 * The scenario parameters of measure 19, with defaults and ranges: the demo app and the CLI draw
 * their forms from this schema. Every one is a modelling assumption (the law fixes only the
 * deadlines and limits in law.ts); the defaults run in about a second.
 * @example
 * PARAMS.testPoints.default; // 20
 */
export const PARAMS = defineParams({
  districts: {
    kind: 'integer',
    label: { zh: '片区数量', en: 'Districts' },
    unit: { zh: '个', en: 'districts' },
    default: 1,
    min: 1,
    // Districts run one after another, so a browser run's memory is one district's (README
    // "Scenario limits"); its time grows with the count: 4 keeps the worst case under a minute.
    max: 4,
    help: {
      zh: '每个片区独立：各有养殖场、中心实验室和快检点，片区之间没有送检往来（1 即原模型）',
      en: 'Each district is independent: its own farms, central laboratory and test points, no samples across districts (1 is the single-district model)',
    },
    assumption: true,
  },
  farms: {
    kind: 'integer',
    label: { zh: '每区养殖场数量', en: 'Farms per district' },
    unit: { zh: '家', en: 'farms' },
    default: 600,
    min: 10,
    // What a browser worker runs in seconds and under 512 MB with every share at 1 (README
    // "Scenario limits", issue 32: 20,000 farms then needed a 1.3 GB heap).
    max: 5_000,
    assumption: true,
  },
  year: {
    kind: 'integer',
    label: { zh: '模拟年度', en: 'Simulated year' },
    default: 2025,
    min: 2023,
    max: 2025,
    help: {
      zh: '2022年修订的农产品质量安全法自2023年起施行',
      en: 'The 2022 revision of the law applies from 2023',
    },
  },
  testPoints: {
    kind: 'integer',
    label: { zh: '每区快检点数量', en: 'Rapid-test points per district' },
    unit: { zh: '个', en: 'points' },
    default: 20,
    min: 1,
    max: 60,
    assumption: true,
  },
  travelBoundMinutes: {
    kind: 'integer',
    label: { zh: '覆盖时限（车程）', en: 'Travel-time bound' },
    unit: { zh: '分钟', en: 'min' },
    default: 30,
    min: 10,
    max: 240,
    help: {
      zh: '默认30分钟：车程30分钟加快检约30分钟，1小时内出结果',
      en: 'Default 30 min: a 30 min drive plus a ≈30 min panel answers within the hour',
    },
    assumption: true,
  },
  speedKmh: {
    kind: 'number',
    label: { zh: '平均车速', en: 'Travel speed' },
    unit: { zh: '公里/小时', en: 'km/h' },
    default: 40,
    min: 5,
    max: 120,
    assumption: true,
  },
  testPointCapacity: {
    kind: 'integer',
    label: { zh: '每个快检点每班检测人员', en: 'Technicians per test point and shift' },
    default: 2,
    min: 1,
    max: 20,
    assumption: true,
  },
  labCapacity: {
    kind: 'integer',
    label: { zh: '每区中心实验室并行检测数', en: 'Central laboratory parallel analyses (per district)' },
    default: 6,
    min: 1,
    max: 200,
    assumption: true,
  },
  labReportWorkingDays: {
    kind: 'integer',
    label: { zh: '实验室出具报告（工作日）', en: 'Laboratory report after analysis' },
    unit: { zh: '工作日', en: 'working days' },
    default: 2,
    min: 0,
    max: 10,
    assumption: true,
  },
  monitoringShare: {
    kind: 'number',
    label: { zh: '风险监测抽样比例', en: 'Share of lots in the monitoring plan' },
    default: 0.05,
    min: 0,
    max: 1,
    assumption: true,
    plausible: { low: 0.02, high: 0.1 },
  },
  supervisionShare: {
    kind: 'number',
    label: { zh: '改革后计划监督抽查比例', en: 'Share of lots in scheduled supervision (reform)' },
    default: 0.1,
    min: 0,
    max: 1,
    assumption: true,
    plausible: { low: 0.05, high: 0.2 },
  },
  urgentShare: {
    kind: 'number',
    label: { zh: '养殖户紧急送检比例', en: 'Share of lots with an urgent farmer request' },
    default: 0.15,
    min: 0,
    max: 1,
    assumption: true,
  },
  prevalenceScale: {
    kind: 'number',
    label: { zh: '污染率倍数', en: 'Contamination prevalence multiplier' },
    default: 1,
    min: 0,
    max: 10,
    assumption: true,
  },
  sensitivity: {
    kind: 'number',
    label: { zh: '快检灵敏度', en: 'Rapid-test sensitivity' },
    default: 0.95,
    min: 0,
    max: 1,
    assumption: true,
  },
  specificity: {
    kind: 'number',
    label: { zh: '快检特异性', en: 'Rapid-test specificity' },
    default: 0.97,
    min: 0,
    max: 1,
    assumption: true,
  },
  objectionProbability: {
    kind: 'number',
    label: { zh: '被抽查人提出异议的概率', en: 'Probability of an objection to a rapid positive' },
    default: 0.5,
    min: 0,
    max: 1,
    assumption: true,
  },
  saleDelayHours: {
    kind: 'number',
    label: { zh: '起捕至上市时间', en: 'Hours from harvest to sale' },
    unit: { zh: '小时', en: 'h' },
    default: 12,
    min: 0,
    max: 240,
    assumption: true,
  },
});

/**
 * Parsed scenario parameters.
 * @example
 * const p: AquaticRapidTestingParams = { ...defaultParams(PARAMS), farms: 500 };
 */
export type AquaticRapidTestingParams = ParamsOf<typeof PARAMS>;

/**
 * The most farms one `simulate` call takes over all its districts (`districts × farms`): the farm
 * limit of one district. Districts run one after another, so a run's CPU time grows with the total:
 * the worst allowed scenario (every parameter at its maximum, one district of 5,000 farms) took
 * 15.3–15.8 s of CPU under a 512 MB heap on the idle development machine, and four such districts
 * 54.5–55.5 s, over the 30 s a browser worker's scenario may take (issue 32's bound, checked by the
 * long fuzz run; README "Scenario limits"). Sharded runs (`runShard`, the CLI's `--workers`) are not
 * bound by it.
 * @example
 * MAX_SIMULATE_FARMS; // 5000: e.g. 4 districts × 1,250 farms
 */
export const MAX_SIMULATE_FARMS: number = PARAMS.farms.max;

/**
 * The most districts a sharded run takes: Guangdong's 21 prefecture-level cities (地级市), each
 * with its municipal testing centre, fit many times over; finer splits (counties) are an
 * assumption of the scenario, not of the code.
 */
export const MAX_SHARD_DISTRICTS = 200;

/**
 * The scenario schema of sharded runs (`runShard`, `mergeShards`, the CLI's `--workers`): the
 * same parameters, `districts` up to {@link MAX_SHARD_DISTRICTS}. A province year is 21 districts.
 * @example
 * SHARD_PARAMS.districts.max; // 200
 */
export const SHARD_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'districts', MAX_SHARD_DISTRICTS);
