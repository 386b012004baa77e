// The KPIs of a run, baseline against reform, each counted from the simulated cases, with its origin
// and category; those an assumption drives carry their range over its plausible low/high (each end a
// pass every shard runs, see shard.ts). Internal: not exported from src/index.ts.
import {
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  kpi,
  percentStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { NANSHA_RESCUES } from './law';
import type { CrewMedicalLineParams } from './params';
import { type Driver, MILLI_PER_MINUTE, type PassData, type RegimeData, SHARD_PARAMS } from './shard';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
type Stat = (r: RegimeData, p: CrewMedicalLineParams) => string;

const ONE = { digits: 1, empty: 0 } as const;
const TWO = { digits: 2, empty: 0 } as const;

/** The statistics behind the KPIs, from one regime's merged totals (spans binned to 0.1 minute). */
export const STATS = {
  adviceMedian: (r) => histogramQuantileStat(r.advice, 0.5, ONE),
  adviceP90: (r) => histogramQuantileStat(r.advice, 0.9, ONE),
  guidance: (r) => percentStat(r.remote, r.cases, ONE),
  ashoreMedian: (r) => histogramQuantileStat(r.ashore, 0.5, ONE),
  ashoreP90: (r) => histogramQuantileStat(r.ashore, 0.9, ONE),
  hospitalMedian: (r) => histogramQuantileStat(r.hospital, 0.5, ONE),
  hospitalP90: (r) => histogramQuantileStat(r.hospital, 0.9, ONE),
  criticalInTarget: (r) => percentStat(r.criticalInTarget, r.critical, ONE),
  evacuations: (r) => ratioStat(r.evacuations * 100, r.cases, ONE),
  calls: (r) => ratioStat(r.calls, r.cases, TWO),
  staffHours: (r) => ratioStat(r.staffMilli * 100, r.cases * 60 * MILLI_PER_MINUTE, ONE),
  deskWait: (r) => ratioStat(r.deskWaitMilli, r.deskCases * MILLI_PER_MINUTE, TWO),
  rescues: (r, p) => ratioStat(r.rescues * 12, p.portAreas * 12, ONE),
} as const satisfies Record<string, Stat>;

/**
 * The KPIs of a run from its merged totals; `endOf` gives the pass of a sensitivity end.
 * @example
 * kpisOf(scenarioPass(merged), params, (d, q) => endPass(merged, d, q))[0]?.id // 'advice-minutes-median'
 */
export function kpisOf(
  run: PassData,
  params: CrewMedicalLineParams,
  endOf: (driver: Driver, varied: CrewMedicalLineParams) => PassData,
): Kpi[] {
  const sens = (key: Driver, stat: Stat) =>
    sensitivityOf(SHARD_PARAMS, params, key, (p) => {
      const again = endOf(key, p);
      return { baseline: stat(again.baseline, p), reform: stat(again.reform, p) };
    });
  const k = (fields: Fields, stat: Stat): Kpi =>
    kpi({
      ...fields,
      baseline: stat(run.baseline, params),
      reform: stat(run.reform, params),
    });
  const min = UNITS.minutes;
  return [
    k(
      {
        id: 'advice-minutes-median',
        label: {
          zh: '发病至首次获得医疗意见分钟数（中位数）',
          en: 'Minutes from onset to first medical advice (median)',
        },
        unit: min,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '改革前：公司自有医疗咨询（比例为假设）、门诊办公时间或上岸后医护人员；改革后：专线值班医生接听即指导',
          en: 'Before: the company’s own advice (assumed share), the clinic’s office hours, or the medics ashore. After: the line’s duty doctor advises on answering',
        },
        sensitivity: sens('companyAdviceShare', STATS.adviceMedian),
      },
      STATS.adviceMedian,
    ),
    k(
      {
        id: 'advice-minutes-p90',
        label: {
          zh: '发病至首次获得医疗意见分钟数（90分位）',
          en: 'Minutes from onset to first medical advice (p90)',
        },
        unit: min,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        sensitivity: sens('lineAwareness', STATS.adviceP90),
      },
      STATS.adviceP90,
    ),
    k(
      {
        id: 'remote-guidance-share',
        label: {
          zh: '获得远程医疗指导的病例占比（远程医疗指导）',
          en: 'Cases given remote medical guidance (远程医疗指导)',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'coverage',
        note: {
          zh: '种子文件"远程医疗指导"的量化，按模拟事件计数：改革前仅公司自有医疗咨询的船舶，改革后知晓专线的船舶（知晓率为假设）',
          en: 'The seed’s “remote medical guidance”, counted from the simulated events: before, only ships whose company has its own advice; after, ships that know the line (assumed awareness)',
        },
        sensitivity: sens('lineAwareness', STATS.guidance),
      },
      STATS.guidance,
    ),
    k(
      {
        id: 'decision-to-ashore-median',
        label: { zh: '决定至病员上岸分钟数（中位数）', en: 'Minutes from decision to ashore (median)' },
        unit: min,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '改革前代理逐一联系边检、海关、船艇，非紧急手续限办公时间；改革后专线并行通知、全天候',
          en: 'Before: the agent calls border, customs and boat in turn, non-urgent clearance in office hours; after: the line alerts them in parallel, around the clock',
        },
        sensitivity: sens('clearanceMinutes', STATS.ashoreMedian),
      },
      STATS.ashoreMedian,
    ),
    k(
      {
        id: 'decision-to-ashore-p90',
        label: { zh: '决定至病员上岸分钟数（90分位）', en: 'Minutes from decision to ashore (p90)' },
        unit: min,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        sensitivity: sens('clearanceMinutes', STATS.ashoreP90),
      },
      STATS.ashoreP90,
    ),
    k(
      {
        id: 'decision-to-hospital-median',
        label: { zh: '决定至送达医院分钟数（中位数）', en: 'Minutes from decision to hospital (median)' },
        unit: min,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        sensitivity: sens('clearanceMinutes', STATS.hospitalMedian),
      },
      STATS.hospitalMedian,
    ),
    k(
      {
        id: 'decision-to-hospital-p90',
        label: { zh: '决定至送达医院分钟数（90分位）', en: 'Minutes from decision to hospital (p90)' },
        unit: min,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        sensitivity: sens('clearanceMinutes', STATS.hospitalP90),
      },
      STATS.hospitalP90,
    ),
    k(
      {
        id: 'critical-in-target',
        label: {
          zh: '危重病例在目标时间内送达医院的比例',
          en: 'Critical cases in hospital within the target',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '目标分钟数（criticalTargetMinutes）为假设，无法定时限',
          en: 'The target (criticalTargetMinutes) is an assumption; no statute sets one',
        },
        sensitivity: sens('callMinutes', STATS.criticalInTarget),
      },
      STATS.criticalInTarget,
    ),
    k(
      {
        id: 'evacuations-per-100',
        label: { zh: '每百件病例转运（撤离）次数', en: 'Evacuations per 100 cases' },
        unit: UNITS.count,
        better: 'lower',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '无医生指导时船长对较重病例也申请转运（假设规则）；有医生分诊后部分改为靠泊上岸或在船处置',
          en: 'Without a doctor the master asks to evacuate serious cases too (assumed rule); with triage some land at the next berth or stay on board',
        },
        sensitivity: sens('companyAdviceShare', STATS.evacuations),
      },
      STATS.evacuations,
    ),
    k(
      {
        id: 'calls-per-case',
        label: { zh: '船方或代理每件拨打电话次数', en: 'Calls by ship or agent per case' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'model',
        category: 'applicant-effort',
        note: {
          zh: '改革前逐一联系12395/代理、门诊、边检、海关、船艇、救护车；改革后一次拨打专线',
          en: 'Before: 12395 or the agent, clinic, border, customs, boat, ambulance one by one; after: one call to the line',
        },
        sensitivity: sens('lineAwareness', STATS.calls),
      },
      STATS.calls,
    ),
    k(
      {
        id: 'staff-hours-per-100',
        label: {
          zh: '每百件病例协调员及值班医生工时',
          en: 'Coordinator and duty-doctor hours per 100 cases',
        },
        unit: UNITS.hours,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
        note: {
          zh: '改革后值班医生为每件病例问诊并协调转运，工时增加是改革的成本',
          en: 'After the reform the duty doctor consults on every case and the line coordinates transfers: the added hours are the reform’s cost',
        },
      },
      STATS.staffHours,
    ),
    k(
      {
        id: 'desk-wait-minutes',
        label: {
          zh: '搜救中心或专线平均等待接听分钟数',
          en: 'Mean minutes waiting for the centre or the line',
        },
        unit: min,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      STATS.deskWait,
    ),
    k(
      {
        id: 'rescues-per-year',
        label: {
          zh: '每港区每年救助上岸送医人数',
          en: 'Crew rescued ashore to hospital per port area and year',
        },
        unit: { zh: '人/年', en: 'per year' },
        better: 'higher',
        origin: 'calibrated',
        category: 'coverage',
        note: {
          zh: `按南沙海事处公布的${NANSHA_RESCUES.months}个月救助${NANSHA_RESCUES.rescued}人（约55.7人/年）校准求助件数（casesPerYear = 124：124 ×（0.15 + 0.85 × 0.35）≈ 55.5）；危重和较重者改革前后都送医，改革改变的是速度而非人数`,
          en: `The case volume (casesPerYear) is tuned to Nansha’s published ${NANSHA_RESCUES.rescued} rescued in ${NANSHA_RESCUES.months} months (about 55.7 a year): 124 × (0.15 + 0.85 × 0.35) ≈ 55.5; every critical and serious case reaches hospital in both regimes, so the reform changes how fast, not how many`,
        },
      },
      STATS.rescues,
    ),
  ];
}
