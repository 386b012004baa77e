import { defineParams, type ParamsOf, withMaximum } from '@gd-ftz/core';

const A = { zh: '假设：无公开统计', en: 'Assumption: no published statistics' };

/**
 * The scenario parameters of measure 14 (defaults and ranges for the demo and the CLI). The
 * shares and day counts are assumptions (`assumption: true`) with a plausible low/high; the
 * legal periods live in law.ts.
 * @example
 * PARAMS.ships.default // 2000
 */
export const PARAMS = defineParams({
  ships: {
    kind: 'integer',
    label: { zh: '落户、过户船舶数', en: 'Ships registered or transferred' },
    help: {
      zh: '一年内按2024年工作日均匀到达（事实材料无全省数量，假设）',
      en: 'Arriving evenly over the working days of 2024 (no provincial volume published; assumed)',
    },
    unit: { zh: '艘', en: 'ships' },
    default: 2000,
    min: 10,
    max: 100_000,
  },
  mainIncompleteShare: {
    kind: 'number',
    label: { zh: '单项申请主要材料不齐的比例', en: 'Share of item files missing a main material' },
    help: A,
    unit: { zh: '比例', en: 'share' },
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.05, high: 0.2 },
  },
  secondaryGapShare: {
    kind: 'number',
    label: {
      zh: '单项申请仅次要材料欠缺的比例',
      en: 'Share of item files missing only a secondary material',
    },
    help: A,
    unit: { zh: '比例', en: 'share' },
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    assumption: true,
    plausible: { low: 0.1, high: 0.4 },
  },
  paperCertificateDays: {
    kind: 'integer',
    label: {
      zh: '纸质技术证书自船级社送达所需工作日（改革前）',
      en: 'Working days for paper technical certificates from the society (baseline)',
    },
    help: {
      zh: '假设：邮寄或自取；改革后按备忘录电子交换',
      en: 'Assumption: post or pick-up; after the reform exchanged electronically under the MoU',
    },
    unit: { zh: '个工作日', en: 'working days' },
    default: 5,
    min: 0,
    max: 30,
    assumption: true,
    plausible: { low: 2, high: 10 },
  },
  paperVerifyDays: {
    kind: 'integer',
    label: {
      zh: '核验纸质技术证书所需工作日（改革前）',
      en: 'Working days to verify paper technical certificates (baseline)',
    },
    help: { zh: '假设：向船级社函询核实', en: 'Assumption: checked with the society by letter' },
    unit: { zh: '个工作日', en: 'working days' },
    default: 2,
    min: 0,
    max: 10,
    assumption: true,
    plausible: { low: 0, high: 4 },
  },
  supplyLagDays: {
    kind: 'integer',
    label: {
      zh: '申请人补齐次要材料的最可能工作日',
      en: 'Most likely working days to supply a secondary material',
    },
    help: {
      zh: '假设：三角分布，范围1至3倍该值',
      en: 'Assumption: triangular, from 1 to three times this value',
    },
    unit: { zh: '个工作日', en: 'working days' },
    default: 2,
    min: 1,
    max: 20,
    assumption: true,
    plausible: { low: 1, high: 4 },
  },
});

/** Parsed scenario parameters. */
export type ShipCertificateBundleParams = ParamsOf<typeof PARAMS>;

/**
 * The most ships a province run (sharded, or `simulateProvinceYear`) takes. Assumption: no
 * published count of ships registered or transferred in Guangdong a year; a million leaves ample
 * room, and ships are tallied one at a time (flat memory).
 */
export const PROVINCE_MAX_SHIPS = 1_000_000;

/** The same schema with room for a province's ships: sharded runs and `simulateProvinceYear`. */
export const PROVINCE_PARAMS: typeof PARAMS = withMaximum(PARAMS, 'ships', PROVINCE_MAX_SHIPS);
