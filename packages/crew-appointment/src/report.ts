// The KPIs of a year, baseline against reform, each from the simulated events, with its origin and
// category; those driven mainly by an assumption carry their range over its plausible values (a
// re-run at each end, cached per parameter value). Internal: not exported from src/index.ts.
import {
  type Kpi,
  type KpiInput,
  kpi,
  medianStat,
  percentStat,
  quantileStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { type CrewAppointmentParams, PARAMS } from './params';
import { simulateYear, type VariantStats, type YearResult } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;
type Stat = (s: VariantStats, n: number) => string;

const ONE = { digits: 1, empty: 0 } as const;

/** Hours sign-on → record of the appointments that have a record. */
function recorded(s: VariantStats): number[] {
  const out: number[] = [];
  for (const h of s.recordHours) if (!Number.isNaN(h)) out.push(h);
  return out;
}

const STATS = {
  visits: (s, n) => ratioStat(s.visits * 100, n, ONE),
  hoursMedian: (s) => medianStat(recorded(s), ONE),
  hoursP90: (s) => quantileStat(recorded(s), 0.9, ONE),
  caught: (s) => percentStat(s.caughtBeforeSailing, s.nonCompliant, ONE),
  crewDays: (s, n) => ratioStat(s.uncaughtCrewDays * 1000, n, ONE),
  gaps: (s, n) => ratioStat(s.recordGaps * 1000, n, ONE),
  officerHours: (s, n) => ratioStat(s.officerMinutes * 100, n * 60, ONE),
  hitRate: (s) => percentStat(s.checkHits, s.checks, ONE),
} as const satisfies Record<string, Stat>;

/**
 * The KPIs of a year. Sign-offs equal appointments (each relief is one of each), so gaps per
 * 1,000 sign-offs divide by the appointment count.
 * @example
 * kpisOf(simulateYear(params, 42), params, 42).map((k) => k.id)[0] // 'visits-per-100'
 */
export function kpisOf(r: YearResult, params: CrewAppointmentParams, seed: number): Kpi[] {
  const n = r.world.count;
  const reruns = new Map<string, YearResult>();
  const rerun = (p: CrewAppointmentParams, key: keyof CrewAppointmentParams): YearResult => {
    const id = `${key}=${String(p[key])}`;
    let res = reruns.get(id);
    if (res === undefined) {
      res = simulateYear(p, seed);
      reruns.set(id, res);
    }
    return res;
  };
  const sensitivity = (
    key: 'faceFailRate' | 'eyeMissRate' | 'unreportedSignOffShare' | 'portStayHours',
    stat: Stat,
  ) =>
    sensitivityOf(PARAMS, params, key, (p) => {
      const again = rerun(p, key);
      return {
        baseline: stat(again.baseline, again.world.count),
        reform: stat(again.reform, again.world.count),
      };
    });
  const k = (fields: Fields, stat: Stat): Kpi =>
    kpi({ ...fields, baseline: stat(r.baseline, n), reform: stat(r.reform, n) });
  return [
    k(
      {
        id: 'visits-per-100',
        label: { zh: '每百件任职到海事窗口次数', en: 'Office visits per 100 appointments' },
        unit: { zh: '次', en: 'visits' },
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '改革前每次上船、解职各到窗口一次（含补录）；改革后只有人脸识别失败转现场和补录，取决于假设的失败率',
          en: 'Before: one visit per sign-on and per sign-off (补录 included). After: only face-recognition fallbacks and 补录, driven by the assumed failure rate',
        },
        sensitivity: sensitivity('faceFailRate', STATS.visits),
      },
      STATS.visits,
    ),
    k(
      {
        id: 'record-hours-median',
        label: { zh: '上船至完成任职登记小时数（中位数）', en: 'Hours from sign-on to the record (median)' },
        unit: UNITS.hours,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '改革前受办公时间、工作日历和开航早于到窗口影响；改革后国内航行船舶在离港报告时登记，故取决于假设的在港时长；遗漏未登记者不计',
          en: 'Before: office hours, the working-day calendar, and sailings before the counter opens. After: domestic ships are recorded at the departure report, so the assumed port stay drives it; omitted records not counted',
        },
        sensitivity: sensitivity('portStayHours', STATS.hoursMedian),
      },
      STATS.hoursMedian,
    ),
    k(
      {
        id: 'record-hours-p90',
        label: { zh: '上船至完成任职登记小时数（90分位）', en: 'Hours from sign-on to the record (p90)' },
        unit: UNITS.hours,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        sensitivity: sensitivity('portStayHours', STATS.hoursP90),
      },
      STATS.hoursP90,
    ),
    k(
      {
        id: 'caught-before-sailing',
        label: {
          zh: '开航前发现的不适任任职占比（确保船员适任）',
          en: 'Non-compliant appointments caught before sailing',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'assumption',
        category: 'compliance',
        note: {
          zh: '种子文件"确保船员适任"的量化：改革前取决于窗口目视核对（漏检率为假设）且须在开航前到窗口；改革后每次登记运行 checkCrewPost，网上办理晚于开航者开航后才发现',
          en: 'The seed’s “ensure crew are competent”: before, an eye check (assumed miss rate) that must happen before sailing; after, checkCrewPost on every record, late online filings found only after sailing',
        },
        sensitivity: sensitivity('eyeMissRate', STATS.caught),
      },
      STATS.caught,
    ),
    k(
      {
        id: 'uncaught-crew-days',
        label: {
          zh: '每千件任职中不适任船员在船天数',
          en: 'Non-compliant crew-days at sea per 1,000 appointments',
        },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '开航后至被现场核查发现或解职的天数；改革前受目视漏检率（假设）影响',
          en: 'Days from sailing until an on-site check finds them or they sign off; before the reform driven by the assumed eye miss rate',
        },
        sensitivity: sensitivity('eyeMissRate', STATS.crewDays),
      },
      STATS.crewDays,
    ),
    k(
      {
        id: 'record-gaps',
        label: { zh: '每千次解职未登记（需补录）次数', en: 'Record gaps per 1,000 sign-offs' },
        unit: UNITS.count,
        better: 'lower',
        origin: 'assumption',
        category: 'coverage',
        note: {
          zh: '改革前未办理解职比例为假设；改革后国内航行船舶由进出港报告自动记录，国际航行船舶按假设的网上遗漏率',
          en: 'Before: the assumed share never reported. After: domestic ships recorded from the port report, international ones at the assumed online omission rate',
        },
        sensitivity: sensitivity('unreportedSignOffShare', STATS.gaps),
      },
      STATS.gaps,
    ),
    k(
      {
        id: 'officer-hours',
        label: { zh: '每百件任职海事人员工时', en: 'Officer hours per 100 appointments' },
        unit: UNITS.hours,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
        note: {
          zh: '窗口办理、补录（两倍时长）和现场核查（每次时长为假设）',
          en: 'Counter work, 补录 (twice the counter time) and on-site checks (assumed hours each)',
        },
      },
      STATS.officerHours,
    ),
    k(
      {
        id: 'onsite-hit-rate',
        label: { zh: '现场核查发现不适任的比例', en: 'On-site checks that find non-compliant crew' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'model',
        category: 'compliance',
        note: {
          zh: '改革前定期核查；改革后按登记发现的问题定向核查并辅以电子巡查',
          en: 'Before: scheduled checks. After: checks targeted at findings of the records, plus electronic patrol',
        },
      },
      STATS.hitRate,
    ),
  ];
}
