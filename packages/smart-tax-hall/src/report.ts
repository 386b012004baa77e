// The KPIs of a run, baseline against reform, each with its origin and category; an effect that
// rests mainly on an assumption carries its range over the assumption's plausible values.
// Internal: not exported from src/index.ts.
import {
  type Kpi,
  type KpiInput,
  type KpiSensitivity,
  kpi,
  type Localized,
  percentStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { PARAMS, type SmartTaxHallParams } from './params';
import { type BatchResult, runBatch, type VariantResult } from './simulate';

const ONE = { digits: 1, empty: 0 } as const;
const TWO = { digits: 2, empty: 0 } as const;
const MIN: Localized = UNITS.minutes;

/** Every KPI value of one variant, by id (so a sensitivity re-run computes them once), from its tally. */
function values(v: VariantResult): Record<string, string> {
  const t = v.tally;
  return {
    'wait-mean': t.waits.mean(ONE),
    'wait-p90': t.waits.quantile(0.9, ONE),
    'wait-mean-deadline': t.deadlineWaits.mean(ONE),
    'wait-p90-deadline': t.deadlineWaits.quantile(0.9, ONE),
    'time-in-hall': t.inHall.mean(ONE),
    'share-no-window': percentStat(t.served - t.servedByWindow, t.served, ONE),
    'window-handling': t.windowService.mean(TWO),
    'gave-up': percentStat(t.gaveUp, t.inHall.n, TWO),
    'repeat-visits': percentStat(t.repeats, t.inHall.n, TWO),
    'help-wait': t.helpWaits.mean(ONE),
    // Whole working days: an exact integer sum.
    'booking-delay': ratioStat(t.bookingDelaySum, t.bookings, TWO),
    'staff-minutes': ratioStat(t.staff.total, t.inHall.n, TWO),
  };
}

type Fields = Omit<KpiInput, 'baseline' | 'reform' | 'sensitivity'> & {
  readonly sensitive?: keyof SmartTaxHallParams;
};

const FIELDS: readonly Fields[] = [
  {
    id: 'wait-mean',
    label: { zh: '窗口平均等候', en: 'Mean wait for a window' },
    unit: MIN,
    better: 'lower',
    origin: 'model',
    category: 'applicant-time',
    note: {
      zh: '未校准：花都2017年为约27.2→13.4分钟（−50.77%）；本模型改革后窗口分流更多、等候降幅更大，见README局限',
      en: 'Not calibrated: 花都 2017 went from about 27.2 to 13.4 min (−50.77%); the model diverts more from the windows and cuts the wait further (README, limitations)',
    },
  },
  {
    id: 'wait-p90',
    label: { zh: '窗口等候（90分位）', en: 'Wait for a window (p90)' },
    unit: MIN,
    better: 'lower',
    origin: 'model',
    category: 'applicant-time',
  },
  {
    id: 'wait-mean-deadline',
    label: { zh: '征期末窗口平均等候', en: 'Mean wait on deadline days' },
    unit: MIN,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-time',
    sensitive: 'deadlineSurge',
    note: {
      zh: '申报期最后3个工作日（期限按总局通知，无通知时按规则）；高峰倍数为假设',
      en: 'The last 3 working days to each filing deadline (the SAT notice’s date, else the rule); the surge is assumed',
    },
  },
  {
    id: 'wait-p90-deadline',
    label: { zh: '征期末窗口等候（90分位）', en: 'Wait on deadline days (p90)' },
    unit: MIN,
    better: 'lower',
    origin: 'model',
    category: 'applicant-time',
  },
  {
    id: 'time-in-hall',
    label: { zh: '平均在厅时间', en: 'Mean time in the hall' },
    unit: MIN,
    better: 'lower',
    origin: 'model',
    category: 'applicant-time',
    note: {
      zh: '种子“提升办税服务整体效能”无数字，由模型给出：每次到厅从进门到离开',
      en: 'The seed’s “整体效能” has no figure; the model gives it: each visit from the door to leaving',
    },
  },
  {
    id: 'share-no-window',
    label: { zh: '无需窗口办结比例', en: 'Share served without a window' },
    unit: UNITS.percent,
    better: 'higher',
    origin: 'assumption',
    category: 'coverage',
    sensitive: 'terminalSuccess',
    note: {
      zh: '改革前所有人到窗口；改革后取决于终端一次办成率等假设',
      en: 'Before the reform everyone is served at a window; after it, the assumed terminal success drives it',
    },
  },
  {
    id: 'window-handling',
    label: { zh: '窗口平均办理时长', en: 'Mean window handling time' },
    unit: MIN,
    better: 'lower',
    origin: 'calibrated',
    category: 'staff-time',
    note: {
      zh: '校准：办理2.08分钟与核验0.86分钟取自花都2.94→2.08；改革后窗口承接更多复杂事项',
      en: 'Calibrated: 2.08 min handling and 0.86 min check from 花都’s 2.94 → 2.08; after the reform windows keep a more complex mix',
    },
  },
  {
    id: 'gave-up',
    label: { zh: '未办结离厅比例（放弃或闭厅）', en: 'Visits left unserved (gave up or closing)' },
    unit: UNITS.percent,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-effort',
    sensitive: 'patienceMinutes',
  },
  {
    id: 'repeat-visits',
    label: { zh: '再次到厅占比', en: 'Share of visits that are returns' },
    unit: UNITS.percent,
    better: 'lower',
    origin: 'model',
    category: 'applicant-effort',
  },
  {
    id: 'help-wait',
    label: { zh: '咨询求助等候', en: 'Wait for help with an enquiry' },
    unit: MIN,
    better: 'lower',
    origin: 'assumption',
    category: 'applicant-time',
    sensitive: 'remoteAgents',
    note: {
      zh: '改革前排队等窗口；改革后等云税厅坐席（优先协助终端用户）',
      en: 'Before: the window queue; after: a 云税厅 agent (terminal users served first)',
    },
  },
  {
    id: 'booking-delay',
    label: { zh: '预约等待（工作日）', en: 'Appointment delay (working days)' },
    unit: { zh: '个工作日', en: 'working days' },
    better: 'lower',
    origin: 'model',
    category: 'applicant-time',
    note: { zh: '每日预约号取自花都660→1020个/月', en: 'Slots per day from 花都’s 660 → 1,020 a month' },
  },
  {
    id: 'staff-minutes',
    label: { zh: '每次到厅人员服务分钟', en: 'Staff minutes per visit' },
    unit: MIN,
    better: 'lower',
    origin: 'model',
    category: 'staff-time',
    note: {
      zh: '窗口与云税厅坐席的服务分钟（不含空闲）；种子“整体效能”的另一面',
      en: 'Window and 云税厅 agent service minutes (idle time not counted); the other side of the seed’s “整体效能”',
    },
  },
];

/** Parameters only the reform reads (its baseline can be reused when one of them varies). */
const REFORM_ONLY: ReadonlySet<keyof SmartTaxHallParams> = new Set([
  'terminalSuccess',
  'remoteAgents',
  'plazaEffect',
  'triageAccuracy',
  'terminals',
  'plazaSeats',
  'slotsReform',
]);

/** KPI values of a run in both variants, by id. */
export function kpiValues(r: BatchResult): {
  baseline: Record<string, string>;
  reform: Record<string, string>;
} {
  return { baseline: values(r.baseline), reform: values(r.reform) };
}

/**
 * The KPIs of a run; the assumption-driven ones re-run the scenario at their assumption's plausible
 * low and high (one re-run per end, shared by the KPIs of that assumption).
 * @example
 * kpisOf(runBatch(params, 42), params, 42).map((k) => k.id).includes('time-in-hall') // true
 */
export function kpisOf(r: BatchResult, params: SmartTaxHallParams, seed: number): Kpi[] {
  const now = kpiValues(r);
  const cache = new Map<string, ReturnType<typeof kpiValues>>();
  const rerun = (p: SmartTaxHallParams, key: keyof SmartTaxHallParams) => {
    const k = `${key}=${String(p[key])}`;
    let v = cache.get(k);
    if (!v) {
      const reuse =
        REFORM_ONLY.has(key) && !(key === 'remoteAgents' && p.sameHeadcount) ? r.baseline : undefined;
      v = kpiValues(runBatch(p, seed, { keepRecords: false }, reuse));
      cache.set(k, v);
    }
    return v;
  };
  return FIELDS.map(({ sensitive, ...f }) => {
    let sensitivity: KpiSensitivity | undefined;
    if (sensitive) {
      sensitivity = sensitivityOf(PARAMS, params, sensitive, (p) => {
        const v = rerun(p, sensitive);
        return { baseline: v.baseline[f.id] ?? '0', reform: v.reform[f.id] ?? '0' };
      });
    }
    return kpi({ ...f, baseline: now.baseline[f.id] ?? '0', reform: now.reform[f.id] ?? '0', sensitivity });
  });
}
