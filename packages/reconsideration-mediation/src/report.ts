// The KPIs of a run, baseline against reform, each with its origin (where the effect comes from)
// and category. Internal: not exported from src/index.ts.
import {
  countStat,
  integerAt,
  type Kpi,
  type KpiInput,
  kpi,
  medianStat,
  percentStat,
  quantileStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { RELAPSE_WINDOW_MONTHS } from './law';
import type { Outcome } from './model';
import { PARAMS, type ReconsiderationMediationParams } from './params';
import { type BatchResult, OUTCOMES, type Outcomes, type Population, runBatch } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
type Of = (o: Outcomes, pop: Population) => string;

const ONE = { digits: 1, empty: 0 } as const;
/** The window of 实质性化解 (an assumption of the model, see RELAPSE_WINDOW_MONTHS). */
const WINDOW = String(integerAt(RELAPSE_WINDOW_MONTHS, '2024-01-01'));
const code = (o: Outcome): number => OUTCOMES.indexOf(o);
const SETTLED = code('settled-before-filing');
const DOCUMENT = code('mediation-document');
const DECISION = code('decision');
const COURT = code('court');

const countOf = (o: Outcomes, test: (i: number) => boolean): number => {
  let c = 0;
  for (let i = 0; i < o.outcome.length; i++) if (test(i)) c++;
  return c;
};

/** Closed by a 调解书, a settlement or a decision, with nothing coming back within the window. */
const resolved = (o: Outcomes, i: number): boolean => {
  const c = o.outcome[i];
  return (c === SETTLED || c === DOCUMENT || c === DECISION) && o.relapsed[i] === 0;
};

const resolutionRate: Of = (o) =>
  percentStat(
    countOf(o, (i) => resolved(o, i)),
    o.outcome.length,
    ONE,
  );
const mediatedShare: Of = (o) =>
  percentStat(
    countOf(o, (i) => o.outcome[i] === SETTLED || o.outcome[i] === DOCUMENT),
    o.outcome.length,
    ONE,
  );
const courtShare: Of = (o) =>
  percentStat(
    countOf(o, (i) => o.outcome[i] === COURT),
    o.outcome.length,
    ONE,
  );
const notPerformed: Of = (o) => countStat(countOf(o, (i) => o.enforced[i] === 1));
const late: Of = (o) =>
  countStat(
    countOf(o, (i) => o.outcome[i] === DECISION && (o.closed[i] as number) > (o.deadline[i] as number)),
  );

const closureDays = (o: Outcomes, pop: Population): number[] => {
  const out: number[] = [];
  for (let i = 0; i < o.closed.length; i++) {
    const c = o.closed[i] as number;
    if (c >= 0) out.push(c - (pop.known[i] as number));
  }
  return out;
};

/**
 * The KPIs of a run. KPIs resting mainly on an assumption rate carry their sensitivity: a re-run
 * with that parameter at its plausible low and high (re-runs are shared between KPIs).
 * @example
 * kpisOf(runBatch(params, 42), params, 42).map((k) => k.id)[0] // 'resolution-rate'
 */
export function kpisOf(r: BatchResult, params: ReconsiderationMediationParams, seed: number): Kpi[] {
  const runs = new Map<string, BatchResult>();
  const rerun = (p: ReconsiderationMediationParams): BatchResult => {
    const key = JSON.stringify(p);
    let got = runs.get(key);
    if (!got) {
      got = runBatch(p, seed);
      runs.set(key, got);
    }
    return got;
  };
  const k = (fields: Fields, of: Of) =>
    kpi({ ...fields, baseline: of(r.baseline, r.disputes), reform: of(r.reform, r.disputes) });
  const sens = (name: keyof typeof PARAMS, of: Of) =>
    sensitivityOf(PARAMS, params, name, (p) => {
      const again = rerun(p);
      return { baseline: of(again.baseline, again.disputes), reform: of(again.reform, again.disputes) };
    });
  return [
    k(
      {
        id: 'resolution-rate',
        label: { zh: '实质性化解率', en: 'Substantive resolution rate' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'coverage',
        note: {
          zh: `以调解书、和解或复议决定结案且${WINDOW}个月内未起诉、信访或再申请的争议占全部争议的比例；取决于假设的调解成功率和分流比例`,
          en: `Disputes closed by a mediation document, settlement or decision with no lawsuit, petition or new application within ${WINDOW} months, over all disputes; rests on the assumed mediation success and route shares`,
        },
        sensitivity: sens('mediationSuccess', resolutionRate),
      },
      resolutionRate,
    ),
    k(
      {
        id: 'days-median',
        label: { zh: '争议发生至结案天数（中位数）', en: 'Days from dispute to closure (median)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
        note: {
          zh: '仅统计经调解或复议决定结案的争议',
          en: 'Disputes closed by mediation or a decision only',
        },
      },
      (o, pop) => medianStat(closureDays(o, pop), ONE),
    ),
    k(
      {
        id: 'days-p90',
        label: { zh: '争议发生至结案天数（90分位）', en: 'Days from dispute to closure (p90)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'model',
        category: 'applicant-time',
      },
      (o, pop) => quantileStat(closureDays(o, pop), 0.9, ONE),
    ),
    k(
      {
        id: 'court-share',
        label: { zh: '直接进入诉讼的比例', en: 'Share going straight to court' },
        unit: UNITS.percent,
        better: 'lower',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '改革后被排查并调解成功的争议不再起诉；取决于假设的分流比例',
          en: 'Screened disputes settled by mediation no longer sue; rests on the assumed route shares',
        },
        sensitivity: sens('courtShare', courtShare),
      },
      courtShare,
    ),
    k(
      {
        id: 'mediated-share',
        label: { zh: '以调解结案的比例', en: 'Share closed by mediation' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'coverage',
        sensitivity: sens('mediationSuccess', mediatedShare),
      },
      mediatedShare,
    ),
    k(
      {
        id: 'decisions-late',
        label: { zh: '超过第六十二条期限的决定', en: 'Decisions past the art. 62 period' },
        unit: UNITS.count,
        better: 'lower',
        origin: 'model',
        category: 'compliance',
        note: {
          zh: '由办案人员工作日容量决定（先到先办），非假设比例',
          en: 'From the officers’ working-day capacity (first come, first decided), not an assumed rate',
        },
        sensitivity: sens('officers', late),
      },
      late,
    ),
    k(
      {
        id: 'officer-days',
        label: { zh: '办案与调解人日', en: 'Officer days (cases and mediations)' },
        unit: UNITS.workingDays,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
      },
      (o) => o.officerDays.reduce((n, d) => n + d, 0).toFixed(0),
    ),
    k(
      {
        id: 'mediation-not-performed',
        label: { zh: '未履行的调解书', en: 'Mediation documents not performed' },
        unit: UNITS.count,
        better: 'lower',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '依第七十八条强制执行；取决于假设的未履行比例',
          en: 'Enforced under art. 78; rests on the assumed share not performed',
        },
        sensitivity: sens('notPerformedShare', notPerformed),
      },
      notPerformed,
    ),
  ];
}
