// The KPIs of a run, baseline against reform, each with its origin (where the effect comes from)
// and category. Internal: not exported from src/index.ts.
import {
  type Kpi,
  type KpiInput,
  kpi,
  meanStat,
  medianStat,
  quantileStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { Handling } from './model';
import { type DigitalSpaceAuthorizationParams, PARAMS } from './params';
import { type BatchResult, runBatch } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;

const ONE = { digits: 1, empty: 0 } as const;
const TWO = { digits: 2, empty: 0 } as const;

/** Counter visits per application, two decimals. */
function visitsOf(hs: readonly Handling[]): string {
  return ratioStat(
    hs.reduce((n, h) => n + h.counterVisits, 0),
    hs.length,
    TWO,
  );
}

/**
 * The KPIs of a run. The counter visits are driven mainly by an assumption (the share of
 * incomplete files), so they carry their sensitivity to it: a re-run at its plausible low and high.
 * @example
 * kpisOf(runBatch(params, 42), params, 42).map((k) => k.id) // ['days-median', 'days-p90', 'counter-visits', 'officer-minutes']
 */
export function kpisOf(r: BatchResult, params: DigitalSpaceAuthorizationParams, seed: number): Kpi[] {
  const k = (fields: Fields, of: (hs: readonly Handling[]) => string) =>
    kpi({ ...fields, baseline: of(r.baseline), reform: of(r.reform) });
  const days = (hs: readonly Handling[]) => hs.map((h) => h.days);
  return [
    k(
      {
        id: 'days-median',
        label: { zh: '收件至决定天数（中位数）', en: 'Days from receipt to decision (median)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (hs) => medianStat(days(hs), ONE),
    ),
    k(
      {
        id: 'days-p90',
        label: { zh: '收件至决定天数（90分位）', en: 'Days from receipt to decision (p90)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (hs) => quantileStat(days(hs), 0.9, ONE),
    ),
    k(
      {
        id: 'counter-visits',
        label: { zh: '每件申请到窗口次数', en: 'Counter visits per application' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '改革前取决于假设参数"首次提交材料不齐的比例"（不齐者需再跑一次）；改革后全程网上办理',
          en: 'Before the reform driven by the assumed share of incomplete files (each needs a second trip); after it, everything is online',
        },
        sensitivity: sensitivityOf(PARAMS, params, 'incompleteShare', (p) => {
          const again = runBatch(p, seed);
          return { baseline: visitsOf(again.baseline), reform: visitsOf(again.reform) };
        }),
      },
      visitsOf,
    ),
    k(
      {
        id: 'officer-minutes',
        label: { zh: '每件申请审核分钟', en: 'Officer minutes per application' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
      },
      (hs) =>
        meanStat(
          hs.map((h) => h.officerMinutes),
          ONE,
        ),
    ),
  ];
}
