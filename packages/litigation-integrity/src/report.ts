// The KPIs of a run, baseline against reform, each with its origin and category. The effects rest
// on assumptions (deterrence, detection, flexible enforcement): those KPIs carry their range over
// the plausible values. Internal: not exported from src/index.ts.
import {
  countStat,
  type Kpi,
  type KpiInput,
  kpi,
  Money,
  moneyStat,
  percentStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import type { LitigationIntegrityParams } from './params';
import { type Driver, SHARD_PARAMS } from './shard';
import type { Totals } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
type Of = (t: Totals) => string;

const ONE = { digits: 1, empty: 0 } as const;

const delayPer100: Of = (t) => ratioStat(t.delayDays * 100, t.cases, ONE);
const costShare: Of = (t) => percentStat(t.shiftedFen, t.innocentCostsFen, ONE);
const fines: Of = (t) => moneyStat(Money.fromFen(t.finesFen));
const detected: Of = (t) => countStat(t.falseSuitsDetected);
const referred: Of = (t) => countStat(t.referred);
const lostDays: Of = (t) => ratioStat(t.goodFaithLostDays, t.goodFaithEnforced, ONE);
const abuseRate: Of = (t) => percentStat(t.abused, t.cases, { digits: 2, empty: 0 });

/** The totals of a run, both variants. */
export interface RunTotals {
  readonly baseline: Totals;
  readonly reform: Totals;
}

/**
 * The KPIs of a run from the scenario's totals; `endOf` gives the totals of a sensitivity end
 * (`driver` at its low or high value in `varied`), run on the same cases.
 * @example
 * kpisOf(totals, params, (varied, driver) => endTotals(varied, driver)).map((k) => k.id)[0] // 'abuse-delay-days'
 */
export function kpisOf(
  r: RunTotals,
  params: LitigationIntegrityParams,
  endOf: (varied: LitigationIntegrityParams, driver: Driver) => RunTotals,
): Kpi[] {
  // The sharded schema, so that a caseload beyond the browser's limit keeps its ranges.
  const on = (name: Driver, of: Of) =>
    sensitivityOf(SHARD_PARAMS, params, name, (p) => {
      const again = endOf(p, name);
      return { baseline: of(again.baseline), reform: of(again.reform) };
    });
  const k = (fields: Fields, of: Of) => kpi({ ...fields, baseline: of(r.baseline), reform: of(r.reform) });
  return [
    k(
      {
        id: 'abuse-delay-days',
        label: { zh: '每百件案件因失信诉讼行为延误天数', en: 'Delay days from abuse per 100 cases' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '延误按法定期间（答辩期15日、上诉期10日）加假设审理天数计算；改革后的减少来自假设参数"威慑"',
          en: 'Delays from statutory periods (15-day defence, 10-day appeal) plus assumed court days; the reform’s drop comes from the assumed deterrence',
        },
        sensitivity: on('deterrence', delayPer100),
      },
      delayPer100,
    ),
    k(
      {
        id: 'abuser-paid-cost-share',
        label: {
          zh: '无过错方增加费用由失信方承担的比例',
          en: 'Share of the innocent party’s extra costs paid by the abuser',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'money',
        note: {
          zh: '种子文件："承担对方律师费并进行罚款"。比例由模型得出，取决于假设的发现率；改革前仅逾期举证的交通误工等费用可判（解释第一百零二条第三款）',
          en: 'Seed: "承担对方律师费并进行罚款". From the model, driven by the assumed detection rate; before the reform only late evidence’s extra travel and lost work were shifted (interp. art. 102 para. 3)',
        },
        sensitivity: on('detectionRate', costShare),
      },
      costShare,
    ),
    k(
      {
        id: 'fines-imposed',
        label: { zh: '罚款总额', en: 'Fines imposed' },
        unit: UNITS.yuan,
        better: 'neither',
        origin: 'assumption',
        category: 'money',
        note: {
          zh: '每次罚款均在第一百一十八条限额内；总额取决于假设的发现率与罚款水平',
          en: 'Every fine lies within art. 118; the total rests on the assumed detection rate and fine level',
        },
        sensitivity: on('detectionRate', fines),
      },
      fines,
    ),
    k(
      {
        id: 'false-suits-detected',
        label: { zh: '发现的虚假诉讼', en: 'False suits detected' },
        unit: UNITS.count,
        better: 'higher',
        origin: 'assumption',
        category: 'risk',
        sensitivity: on('detectionRate', detected),
      },
      detected,
    ),
    k(
      {
        id: 'false-suits-referred',
        label: { zh: '移送公安的虚假诉讼', en: 'False suits referred to police' },
        unit: UNITS.count,
        better: 'higher',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '改革后公检法协作，发现即移送（刑法第三百零七条之一）；改革前移送比例为假设',
          en: 'After the reform every detected false suit is referred (Criminal Law art. 307-1); the baseline referral share is assumed',
        },
        sensitivity: on('detectionRate', referred),
      },
      referred,
    ),
    k(
      {
        id: 'good-faith-lost-days',
        label: {
          zh: '诚信企业在执行中停业天数',
          en: 'Operating days lost by good-faith-listed companies in enforcement',
        },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '种子文件："更灵活、温和"的执行措施（活封、宽限期）；天数为假设',
          en: 'Seed: milder, flexible enforcement (活封, grace period); the day counts are assumptions',
        },
        sensitivity: on('flexibleLostDays', lostDays),
      },
      lostDays,
    ),
    k(
      {
        id: 'abuse-rate',
        label: { zh: '失信诉讼行为发生率', en: 'Abuse rate' },
        unit: UNITS.percent,
        better: 'lower',
        origin: 'assumption',
        category: 'compliance',
        sensitivity: on('deterrence', abuseRate),
      },
      abuseRate,
    ),
  ];
}
