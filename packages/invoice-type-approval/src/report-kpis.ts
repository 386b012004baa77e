import {
  countStat,
  type Kpi,
  type KpiInput,
  kpi,
  type Localized,
  maxStat,
  meanStat,
  medianStat,
  percentStat,
  quantileStat,
  ratioStat,
  sensitivityOf,
  UNITS,
} from '@gd-ftz/core';
import { type InvoiceTypeApprovalParams, PARAMS } from './params';
import { type Retrieval, retrievals } from './retrieval';
import type { CaseRun, ScenarioRun } from './simulation';

/** A sensitivity as an optional KPI field (absent when an end is no valid scenario). */
const optional = (s: Kpi['sensitivity']) => (s === undefined ? {} : { sensitivity: s });

type Variant = 'baseline' | 'reform';
type Fields = Omit<KpiInput, 'baseline' | 'reform' | 'better'>;
type Stat = (xs: readonly number[], digits: number) => string;

const wait = (c: CaseRun, v: Variant) => c[v].decidedAt - c.arrival;
const H = UNITS.hours;
const M = UNITS.minutes;
const STAT: Record<string, Localized> = {
  median: { zh: '中位数', en: 'median' },
  p90: { zh: '90分位', en: 'p90' },
  max: { zh: '最长', en: 'max' },
};
const time = (zh: string, en: string, stat: string) => ({
  zh: `${zh}：申请至决定（${STAT[stat]?.zh}）`,
  en: `${en}: filing to decision (${STAT[stat]?.en})`,
});

/**
 * The KPIs of a run: time from filing to decision (median, p90, max) for auto-decided, referred
 * and all cases; share decided automatically; officer hours; handling minutes per taxpayer;
 * decisions departing from the rules; decided within the statutory limit. The auto-decided times
 * rest on the assumed data-query time, calibrated to the seed's 1–2 minutes: they carry its
 * sensitivity (the same draws redrawn at the plausible low and high query time).
 * @example
 * buildKpis(params, runScenario(params, 42), 42).find((k) => k.id === 'share-auto')?.reform // '75.2'
 */
export function buildKpis(p: InvoiceTypeApprovalParams, run: ScenarioRun, seed: number): Kpi[] {
  const cs = run.cases;
  const auto = cs.filter((c) => c.reform.auto);
  const referred = cs.filter((c) => !c.reform.auto);
  const waits = (xs: readonly CaseRun[], v: Variant) => xs.map((c) => wait(c, v));
  const lower = (fields: Fields, baseline: string, reform: string) =>
    kpi({ ...fields, better: 'lower', baseline, reform });
  const d = (digits: number, divideBy?: number) => ({ digits, empty: 0, ...(divideBy ? { divideBy } : {}) });

  // The automatic path at other values of its assumptions: the run's own retrieval draws redrawn
  // (common random numbers, same seed), so a range shows the parameter's effect and no noise.
  // (arrival + minutes) − arrival, as the run computes a wait, so that the scenario's own values
  // give back the run's waits to the last bit.
  const cache = new Map<string, { r: Retrieval[]; auto: number[]; down: number }>();
  const pathAt = (q: InvoiceTypeApprovalParams) => {
    const key = [q.fetchSecondsMin, q.fetchSecondsMax, q.fetchMode, q.fetchFailureRate, q.fetchRetries].join(
      '|',
    );
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const r = retrievals(seed, cs.length, run.dataSources, q);
    const auto: number[] = [];
    let down = 0;
    cs.forEach((c, i) => {
      const got = r[i] as Retrieval;
      if (c.engine !== 'refer' && got.down) down++;
      if (c.engine !== 'refer' && !got.down) auto.push(i);
    });
    const value = { r, auto, down };
    cache.set(key, value);
    return value;
  };
  const autoWaits = (q: InvoiceTypeApprovalParams, v: Variant) => {
    const { r, auto } = pathAt(q);
    return auto.map((i) => {
      const c = cs[i] as CaseRun;
      return v === 'baseline' ? wait(c, 'baseline') : c.arrival + (r[i] as Retrieval).minutes - c.arrival;
    });
  };
  const how =
    p.fetchMode === 'parallel'
      ? { zh: '同时（并行）', en: 'all at once (parallel)' }
      : { zh: '逐一（顺序）', en: 'one after another (sequential)' };
  const fetchNote: Localized = {
    zh: `自动审批${how.zh}调取${run.dataSources}个数据源（每类规则一个），每次${p.fetchSecondsMin}–${p.fetchSecondsMax}秒，失败概率${p.fetchFailureRate}，最多重试${p.fetchRetries}次（均为假设）`,
    en: `The engine queries ${run.dataSources} data sources (one per rule category) ${how.en}, ${p.fetchSecondsMin}–${p.fetchSecondsMax} s each, failing with probability ${p.fetchFailureRate}, retried up to ${p.fetchRetries} times (all assumptions)`,
  };
  // The auto path's KPIs: baseline and reform over the cases decided automatically, and both at
  // the two ends of the assumption that drives them.
  const autoKpi = (
    id: string,
    what: string,
    stat: Stat,
    origin: 'calibrated' | 'assumption',
    note: Localized,
    sensitivity: (
      compute: (q: InvoiceTypeApprovalParams) => { baseline: string; reform: string },
    ) => Kpi['sensitivity'],
  ) => {
    const baseline = stat(waits(auto, 'baseline'), 1);
    const s = sensitivity((q) => ({
      baseline: stat(autoWaits(q, 'baseline'), 1),
      reform: stat(autoWaits(q, 'reform'), 2),
    }));
    return lower(
      {
        id,
        label: time('自动审批件', 'Auto-decided cases', what),
        unit: M,
        origin,
        category: 'applicant-time',
        note,
        ...(s === undefined ? {} : { sensitivity: s }),
      },
      baseline,
      stat(waits(auto, 'reform'), 2),
    );
  };
  const seedClaim: Localized = {
    zh: `校准所得：种子文件称“每户纳税人审批时间压缩至1-2分钟”，数据源查询方式与耗时的假设即按此选定，并非由模型独立得出；敏感性见查询耗时上限。${fetchNote.zh}`,
    en: `Calibrated: the seed says "1–2 minutes per taxpayer", and the assumed query mode and time were chosen to land there; the model does not reproduce it independently (see the sensitivity to the query time). ${fetchNote.en}`,
  };
  const model = { origin: 'model', category: 'applicant-time' } as const;
  const within = (v: Variant) => cs.filter((c) => run.dateAt(c[v].decidedAt) <= c.dueBy).length;
  const officerMinutes = (v: Variant) =>
    cs.reduce((s, c) => s + (v === 'baseline' ? c.baseline.reviewMinutes : c.reform.officerMinutes), 0);
  const pct = { digits: 1, empty: 0 } as const;

  return [
    autoKpi(
      'time-auto-median',
      'median',
      (xs, n) => medianStat(xs, d(n)),
      'calibrated',
      seedClaim,
      (f) => sensitivityOf(PARAMS, p, 'fetchSecondsMax', f),
    ),
    autoKpi(
      'time-auto-p90',
      'p90',
      (xs, n) => quantileStat(xs, 0.9, d(n)),
      'assumption',
      fetchNote,
      (f) => sensitivityOf(PARAMS, p, 'fetchMode', f, { low: 'parallel', high: 'sequential' }),
    ),
    autoKpi(
      'time-auto-max',
      'max',
      (xs, n) => maxStat(xs, d(n)),
      'assumption',
      fetchNote,
      (f) => sensitivityOf(PARAMS, p, 'fetchRetries', f),
    ),
    lower(
      {
        id: 'time-referred-median',
        label: time('转人工件', 'Referred cases', 'median'),
        unit: H,
        ...model,
      },
      medianStat(waits(referred, 'baseline'), d(2, 60)),
      medianStat(waits(referred, 'reform'), d(2, 60)),
    ),
    lower(
      {
        id: 'time-referred-p90',
        label: time('转人工件', 'Referred cases', 'p90'),
        unit: H,
        ...model,
      },
      quantileStat(waits(referred, 'baseline'), 0.9, d(2, 60)),
      quantileStat(waits(referred, 'reform'), 0.9, d(2, 60)),
    ),
    lower(
      { id: 'time-referred-max', label: time('转人工件', 'Referred cases', 'max'), unit: H, ...model },
      maxStat(waits(referred, 'baseline'), d(2, 60)),
      maxStat(waits(referred, 'reform'), d(2, 60)),
    ),
    lower(
      { id: 'time-all-median', label: time('全部申请', 'All cases', 'median'), unit: H, ...model },
      medianStat(waits(cs, 'baseline'), d(2, 60)),
      medianStat(waits(cs, 'reform'), d(3, 60)),
    ),
    lower(
      { id: 'time-all-p90', label: time('全部申请', 'All cases', 'p90'), unit: H, ...model },
      quantileStat(waits(cs, 'baseline'), 0.9, d(2, 60)),
      quantileStat(waits(cs, 'reform'), 0.9, d(2, 60)),
    ),
    kpi({
      id: 'share-auto',
      label: { zh: '自动决定占比', en: 'Share decided automatically' },
      unit: UNITS.percent,
      better: 'higher',
      origin: 'model',
      category: 'staff-time',
      note: {
        zh: '规则可自动决定、且数据源均可用的申请；数据源重试后仍不可用的转人工（查询失败概率为假设，见敏感性）',
        en: 'Cases the rules decide and whose data sources all answered; a source still down after the retries sends the case to an officer (the failure chance is an assumption: see the sensitivity)',
      },
      ...optional(
        sensitivityOf(PARAMS, p, 'fetchFailureRate', (q) => ({
          baseline: '0.0',
          reform: percentStat(pathAt(q).auto.length, cs.length, pct),
        })),
      ),
      baseline: '0.0',
      reform: percentStat(auto.length, cs.length, pct),
    }),
    lower(
      {
        id: 'referred-source-down',
        label: { zh: '因数据源不可用转人工', en: 'Referred because a data source was down' },
        unit: UNITS.count,
        origin: 'assumption',
        category: 'staff-time',
        note: {
          zh: '规则本可自动决定，但某数据源在重试后仍不可用；改革前不适用（全部人工）',
          en: 'The rules could have decided, but a data source stayed down after the retries; not applicable before (all by officers)',
        },
        ...optional(
          sensitivityOf(PARAMS, p, 'fetchFailureRate', (q) => ({
            baseline: '0',
            reform: countStat(pathAt(q).down),
          })),
        ),
      },
      '0',
      countStat(cs.filter((c) => c.reform.sourceDown && c.engine !== 'refer').length),
    ),
    lower(
      {
        id: 'officer-hours',
        label: { zh: '人工审核工时', en: 'Officer review hours' },
        unit: H,
        origin: 'model',
        category: 'staff-time',
      },
      ratioStat(officerMinutes('baseline'), 60, d(1)),
      ratioStat(officerMinutes('reform'), 60, d(1)),
    ),
    lower(
      {
        id: 'handling-minutes',
        label: { zh: '每户审批处理时长（平均）', en: 'Handling time per taxpayer (mean)' },
        unit: M,
        origin: 'model',
        category: 'staff-time',
      },
      meanStat(
        cs.map((c) => c.baseline.reviewMinutes),
        d(1),
      ),
      meanStat(
        cs.map((c) => c.reform.handlingMinutes),
        d(1),
      ),
    ),
    lower(
      {
        id: 'decisions-differ',
        label: { zh: '与规则结论不一致的决定', en: 'Decisions departing from the rules' },
        unit: UNITS.count,
        origin: 'definition',
        category: 'compliance',
        note: {
          zh: '按定义：自动决定就是规则的结论，故自动审批件为0；其余来自人工差错率这一假设参数（改革前全部件、改革后转人工件）',
          en: 'By definition an automatic decision is the rules’ decision, so auto-decided cases count 0; the rest comes from the assumed officer error rate (every case before, referred cases after)',
        },
      },
      countStat(cs.filter((c) => c.baseline.differs).length),
      countStat(cs.filter((c) => c.reform.differs).length),
    ),
    kpi({
      id: 'within-limit',
      label: { zh: '法定期限内办结占比', en: 'Decided within the statutory limit' },
      unit: UNITS.percent,
      better: 'higher',
      origin: 'model',
      category: 'compliance',
      baseline: percentStat(within('baseline'), cs.length, pct),
      reform: percentStat(within('reform'), cs.length, pct),
    }),
  ];
}
