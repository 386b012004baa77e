// The KPIs of a run, baseline against reform, each with its origin and category; those resting on
// an assumption carry their range over its plausible values. Internal: not exported from index.ts.
import {
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  type KpiSensitivity,
  kpi,
  percentStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { Binned } from './binned';
import { absorbMetrics, DeadlineCache, emptyMetrics, metricsOf, type VariantMetrics } from './metrics';
import { PARAMS, type ZeroWindowServiceParams } from './params';
import { type BatchResult, runBatch } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
export type Pair = { readonly baseline: VariantMetrics; readonly reform: VariantMetrics };
type Of = (m: VariantMetrics) => string;

const ONE = { digits: 1, empty: 0 } as const;
const TWO = { digits: 2, empty: 0 } as const;

/** The figures of both variants of a run. */
export function pairOf(r: BatchResult, travelScale = 1, cache = new DeadlineCache(r.pop.startDate)): Pair {
  return {
    baseline: metricsOf(r.pop, r.baseline, cache, travelScale),
    reform: metricsOf(r.pop, r.reform, cache, travelScale),
  };
}

/**
 * Both variants with nothing recorded.
 * @example
 * emptyPair().reform.requests // 0
 */
export function emptyPair(): { baseline: VariantMetrics; reform: VariantMetrics } {
  return { baseline: emptyMetrics(), reform: emptyMetrics() };
}

/**
 * `part` added to `total`, variant by variant (`total` updated in place).
 * @example
 * const total = emptyPair(); absorbPair(total, pairOf(result)); // total now holds the run's figures
 */
export function absorbPair(total: { baseline: VariantMetrics; reform: VariantMetrics }, part: Pair): void {
  total.baseline = absorbMetrics(total.baseline, part.baseline);
  total.reform = absorbMetrics(total.reform, part.reform);
}

const trips: Of = (m) => ratioStat(m.trips, m.requests, TWO);
const advisoryShare: Of = (m) => percentStat(m.onSiteAdvisoryMinutes, m.onSiteMinutes, ONE);
const abandoned: Of = (m) => percentStat(m.abandoned, m.requests, TWO);
// Means from the running sums; quantiles from the histograms (0.01 h, 0.1 min: see binned.ts).
const mean = (b: Binned) => ratioStat(b.sum, b.n, ONE);
const p90 = (b: Binned, o: typeof ONE | typeof TWO) => histogramQuantileStat(b.histogram(), 0.9, o);
const completionMedian: Of = (m) => histogramQuantileStat(m.completionHours.histogram(), 0.5, TWO);
const completionP90: Of = (m) => p90(m.completionHours, TWO);

/** How the KPIs resting on an assumption get their range (absent: none, as in a province run). */
interface Sensitivities {
  byRerun(
    key: 'inPersonOnlyShare' | 'digitalReadiness' | 'cloudMinutes' | 'patienceMinutes',
    of: Of,
  ): KpiSensitivity | undefined;
  byTravel(of: Of): KpiSensitivity | undefined;
}

/**
 * The KPIs of a run. Re-runs for the sensitivities are memoised by the varied parameter, so a
 * parameter that drives two KPIs costs two runs, not four.
 * @example
 * kpisOf(result, params, 42).map((k) => k.id).includes('on-site-advisory-share') // true
 */
export function kpisOf(r: BatchResult, params: ZeroWindowServiceParams, seed: number): Kpi[] {
  const main = pairOf(r);
  const reruns = new Map<string, Pair>();
  const rerun = (p: ZeroWindowServiceParams, key: keyof ZeroWindowServiceParams): Pair => {
    const id = `${key}=${String(p[key])}`;
    let pair = reruns.get(id);
    if (pair === undefined) {
      pair = pairOf(runBatch(p, seed));
      reruns.set(id, pair);
    }
    return pair;
  };
  const sens: Sensitivities = {
    byRerun: (key, of) =>
      sensitivityOf(PARAMS, params, key, (p) => {
        const pair = rerun(p, key);
        return { baseline: of(pair.baseline), reform: of(pair.reform) };
      }),
    byTravel: (of) =>
      sensitivityOf(PARAMS, params, 'travelMinutes', (p) => {
        // Travel does not act on the queues, so rescaling the run's travel is exact; a zero or
        // subnormal travel has no scale (0/0, or a ratio that overflows): run those ends again.
        const scale = p.travelMinutes / params.travelMinutes;
        const pair = Number.isFinite(scale) ? pairOf(r, scale) : rerun(p, 'travelMinutes');
        return { baseline: of(pair.baseline), reform: of(pair.reform) };
      }),
  };
  return kpisOfPair(main, { baseline: r.plans.baseline.windows, reform: r.plans.reform.windows }, sens);
}

/**
 * The KPIs of the figures of both variants, with the windows of each; with `sens`, the KPIs resting
 * on an assumption carry their range over its plausible values.
 * @example
 * kpisOfPair(pairOf(result), { baseline: 2, reform: 0 }).length // 13
 */
export function kpisOfPair(
  main: Pair,
  windows: { readonly baseline: number; readonly reform: number },
  sens?: Sensitivities,
): Kpi[] {
  const k = (fields: Fields, of: Of) =>
    kpi({ ...fields, baseline: of(main.baseline), reform: of(main.reform) });
  const byRerun: Sensitivities['byRerun'] | (() => undefined) = sens ? sens.byRerun : () => undefined;
  const byTravel: Sensitivities['byTravel'] | (() => undefined) = sens ? sens.byTravel : () => undefined;
  return [
    k(
      {
        id: 'on-site-advisory-share',
        label: {
          zh: '现场人员工时中咨询、救济、会商占比',
          en: 'On-site staff minutes on consultation, relief and 会商',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'staff-time',
        note: {
          zh: '第59号文所述"由办税业务为主向咨询服务、救济服务、多方会商为主"的转变，由模型得出；改革后取决于只能现场办理事项的比例（假设）',
          en: 'The seed’s shift "from tax transactions to consultation, relief and multi-party consultation", from the model; after the reform it rests on the assumed share of items that cannot be done online',
        },
        sensitivity: byRerun('inPersonOnlyShare', advisoryShare),
      },
      advisoryShare,
    ),
    k(
      {
        id: 'hall-trips',
        label: { zh: '每件请求到厅次数', en: 'Hall trips per request' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '改革前不会网上办理者须到厅，改革后由云端坐席远程办理：取决于纳税人自主网上办理能力（假设）',
          en: 'Before the reform taxpayers who cannot self-serve come to the hall; after it a cloud seat helps them remotely: rests on the assumed digital readiness',
        },
        sensitivity: byRerun('digitalReadiness', trips),
      },
      trips,
    ),
    k(
      {
        id: 'completion-hours-median',
        label: { zh: '办结用时（含往返，中位数）', en: 'Time to completion incl. travel (median)' },
        unit: UNITS.hours,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      completionMedian,
    ),
    k(
      {
        id: 'completion-hours-p90',
        label: { zh: '办结用时（含往返，90分位）', en: 'Time to completion incl. travel (p90)' },
        unit: UNITS.hours,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '到厅者的用时以往返路程为主：取决于单程到厅分钟（假设）',
          en: 'For hall visitors the time is mostly travel: rests on the assumed one-way travel time',
        },
        sensitivity: byTravel(completionP90),
      },
      completionP90,
    ),
    k(
      {
        id: 'on-site-wait-mean',
        label: { zh: '现场排队等候（平均）', en: 'On-site wait (mean)' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (m) => mean(m.onSiteWaits),
    ),
    k(
      {
        id: 'on-site-wait-p90',
        label: { zh: '现场排队等候（90分位）', en: 'On-site wait (p90)' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (m) => p90(m.onSiteWaits, ONE),
    ),
    k(
      {
        id: 'remote-wait-mean',
        label: {
          zh: '远程等候（云端坐席、会商预约，平均）',
          en: 'Remote wait (cloud seats, booked 会商; mean)',
        },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '改革前没有远程坐席（记为0）；改革后取决于云端坐席办理分钟（假设）',
          en: 'No remote seats before the reform (shown as 0); after it, rests on the assumed cloud-seat minutes',
        },
        sensitivity: byRerun('cloudMinutes', (m) => mean(m.remoteWaits)),
      },
      (m) => mean(m.remoteWaits),
    ),
    k(
      {
        id: 'remote-wait-p90',
        label: { zh: '远程等候（90分位）', en: 'Remote wait (p90)' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '改革前没有远程坐席（记为0）；取决于云端坐席办理分钟（假设）',
          en: 'No remote seats before the reform (shown as 0); rests on the assumed cloud-seat minutes',
        },
        sensitivity: byRerun('cloudMinutes', (m) => p90(m.remoteWaits, ONE)),
      },
      (m) => p90(m.remoteWaits, ONE),
    ),
    k(
      {
        id: 'within-legal-limit',
        label: { zh: '在法定时限内办结的比例', en: 'Completed within the legal limit' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'model',
        category: 'compliance',
        note: {
          zh: '登记、票种核定、退税、延期缴纳请求；时限见 serviceDeadline',
          en: 'Registration, invoice type, refund and payment-extension requests; limits per serviceDeadline',
        },
      },
      (m) => percentStat(m.withinLimit, m.withLimit, ONE),
    ),
    k(
      {
        id: 'abandoned',
        label: { zh: '排队放弃的请求', en: 'Requests abandoned in a queue' },
        unit: UNITS.percent,
        better: 'lower',
        origin: 'assumption',
        category: 'coverage',
        note: {
          zh: '取决于排队耐心（假设）',
          en: 'Rests on the assumed patience in a queue',
        },
        sensitivity: byRerun('patienceMinutes', abandoned),
      },
      abandoned,
    ),
    k(
      {
        id: 'staff-minutes-per-request',
        label: { zh: '每件请求人员工时', en: 'Staff minutes per request' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'calibrated',
        category: 'staff-time',
        note: {
          zh: '窗口办理时长校准为梅州2023年报 9.8 分钟，改革后 6.7 分钟（[S18]）',
          en: 'Window handling calibrated to Meizhou’s 2023 report, 9.8 minutes, 6.7 after the reform ([S18])',
        },
      },
      (m) => ratioStat(m.staffMinutes, m.requests, TWO),
    ),
    k(
      {
        id: 'online-share',
        label: { zh: '纳税人自行网上办结的比例', en: 'Requests done online by the taxpayer alone' },
        unit: UNITS.percent,
        better: 'neither',
        origin: 'definition',
        category: 'coverage',
        note: {
          zh: '两种模式相同（同一批纳税人自助办理），属定义；列出以显示改革前校准到广东约73%（[S19]）',
          en: 'The same in both by construction (the same taxpayers self-serve); shown because the baseline is calibrated to Guangdong’s 73% ([S19])',
        },
      },
      (m) => percentStat(m.eTax, m.requests, ONE),
    ),
    kpi({
      id: 'windows',
      label: { zh: '办税窗口', en: 'Tax transaction windows' },
      unit: { zh: '个', en: 'windows' },
      better: 'neither',
      origin: 'definition',
      category: 'coverage',
      note: {
        zh: '"零办税窗口"是改革的配置而非结果；列出以说明窗口人员去向（见人员计划）',
        en: '"Zero windows" is the reform’s configuration, not an outcome; shown to say where the window staff went',
      },
      baseline: String(windows.baseline),
      reform: String(windows.reform),
    }),
  ];
}
