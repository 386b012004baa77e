// The KPIs of a run, baseline against reform, each with its origin and category; an effect that
// rests on an assumption carries its range over the assumption's plausible low and high.
// Internal: not exported from src/index.ts.
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
import { type DigitalSpaceAuthorizationParams, PARAMS } from './params';
import { type BaselineCase, type BatchResult, type ReformCase, runBatch } from './simulate';

type Fields = Omit<KpiInput, 'baseline' | 'reform'>;

/** Parameters that change only the baseline process. */
const BASELINE_ONLY: ReadonlySet<string> = new Set(['copyIssueDaysMax', 'itemsPerDocument', 'visitsPerDay']);
type Of = { baseline: (r: BatchResult) => string; reform: (r: BatchResult) => string };

const TWO = { digits: 2, empty: 0 } as const;
const ONE = { digits: 1, empty: 0 } as const;

const mean = (xs: readonly number[]) => meanStat(xs, ONE);
const bDays = (r: BatchResult) => r.baseline.map((c: BaselineCase) => c.days);
const rDays = (r: BatchResult) => r.reform.map((c: ReformCase) => c.days);

const OF = {
  daysMedian: { baseline: (r) => medianStat(bDays(r), TWO), reform: (r) => medianStat(rDays(r), TWO) },
  daysP90: {
    baseline: (r) => quantileStat(bDays(r), 0.9, TWO),
    reform: (r) => quantileStat(rDays(r), 0.9, TWO),
  },
  trips: { baseline: (r) => mean(r.baseline.map((c) => c.trips)), reform: () => mean([0]) },
  beyond: {
    baseline: (r) => mean(r.baseline.map((c) => c.itemsBeyondNeed)),
    reform: (r) => mean(r.reform.map((c) => c.itemsBeyondNeed)),
  },
  afterWithdrawal: {
    baseline: (r) =>
      ratioStat(r.baseline.filter((c) => c.usedAfterWithdrawal).length * 1000, r.baseline.length, ONE),
    reform: (r) =>
      ratioStat(r.reform.reduce((n, c) => n + c.usesAfterWithdrawal, 0) * 1000, r.reform.length, ONE),
  },
  traced: {
    // Before the reform no use leaves a record: none can be traced.
    baseline: () => ratioStat(0, 1, ONE),
    reform: (r) => ratioStat(r.tracedUses * 100, r.uses, ONE),
  },
  holderMinutes: {
    baseline: (r) => mean(r.baseline.map((c) => c.holderMinutes)),
    reform: (r) => mean(r.reform.map((c) => c.holderMinutes)),
  },
} satisfies Record<string, Of>;

/**
 * The KPIs of a run.
 * @example
 * kpisOf(runBatch(params, 42), params, 42).map((k) => k.id).length // 7
 */
export function kpisOf(r: BatchResult, params: DigitalSpaceAuthorizationParams, seed: number): Kpi[] {
  // Each sensitivity end is its own re-run (no two KPIs share a parameter); a parameter of the old
  // process alone leaves the reform as it ran, and no re-run replays its log.
  const rerun = (p: DigitalSpaceAuthorizationParams, param: keyof typeof PARAMS) =>
    runBatch(p, seed, BASELINE_ONLY.has(param) ? { reformFrom: r } : { replay: false });
  const k = (fields: Fields, of: Of, param?: keyof typeof PARAMS) =>
    kpi({
      ...fields,
      baseline: of.baseline(r),
      reform: of.reform(r),
      ...(param === undefined
        ? {}
        : {
            sensitivity: sensitivityOf(PARAMS, params, param, (p) => {
              const x = rerun(p, param);
              return { baseline: of.baseline(x), reform: of.reform(x) };
            }),
          }),
    });
  return [
    k(
      {
        id: 'days-median',
        label: { zh: '请求至数据送达天数（中位数）', en: 'Days from request to data (median)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '改革前取决于部门出具证明的工作日（假设），改革后取决于应用内确认用时（假设）',
          en: 'Before: the departments’ days to issue a copy (assumption); after: the in-app approval time (assumption)',
        },
      },
      OF.daysMedian,
      'copyIssueDaysMax',
    ),
    k(
      {
        id: 'days-p90',
        label: { zh: '请求至数据送达天数（90分位）', en: 'Days from request to data (p90)' },
        unit: UNITS.days,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-time',
        note: {
          zh: '改革后的尾部由应用内确认用时（假设，指数分布）决定',
          en: 'After the reform the tail comes from the in-app approval time (assumption, exponential)',
        },
      },
      OF.daysP90,
      'approvalMinutesMean',
    ),
    k(
      {
        id: 'trips-per-service',
        label: { zh: '每件服务跑动次数', en: 'Trips per service' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '改革前每个部门一次，未当场出具的再领取一次，最后交给使用方一次；部门数为假设。改革后无需跑动',
          en: 'Before: one trip per department, another to collect a copy not issued on the spot, one to the user; the number of departments is an assumption. After: none',
        },
      },
      OF.trips,
      'holdersMax',
    ),
    k(
      {
        id: 'items-beyond-need',
        label: { zh: '每件服务超出所需披露的数据项', en: 'Items disclosed beyond need per service' },
        unit: { zh: '项', en: 'items' },
        better: 'lower',
        origin: 'assumption',
        category: 'risk',
        note: {
          zh: '改革前整份证明交给使用方（每份载明项数为假设）；改革后按授权范围只提供所需数据项',
          en: 'Before: the whole certified copy goes to the user (items per copy an assumption); after: only the scoped item is served',
        },
      },
      OF.beyond,
      'itemsPerDocument',
    ),
    k(
      {
        id: 'uses-after-withdrawal',
        label: { zh: '撤回授权后的数据使用（每千件）', en: 'Uses after withdrawal (per 1,000 services)' },
        unit: { zh: '次/千件', en: 'per 1,000' },
        better: 'lower',
        origin: 'definition',
        category: 'compliance',
        note: {
          zh: '改革后为零是规则使然（撤回后的请求一律拒绝，个人信息保护法第十五条）；改革前取决于撤回比例与再次使用比例（假设）',
          en: 'Zero after the reform by the rule itself (requests after a withdrawal are denied, PIPL art. 15); before, it rests on the withdrawal and reuse shares (assumptions)',
        },
      },
      OF.afterWithdrawal,
      'reuseShare',
    ),
    k(
      {
        id: 'traced-share',
        label: {
          zh: '授权使用、全程溯源的数据使用占比',
          en: 'Uses with a live grant and a verified record (授权使用、全程溯源)',
        },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'definition',
        category: 'compliance',
        note: {
          zh: '粤府函〔2023〕59号所述成效；由审计链回放得出，但改革后为100%、改革前为0是模型定义使然',
          en: 'The seed’s stated outcome, from replaying the hash-chained log; 100% after and 0 before hold by the model’s definition',
        },
      },
      OF.traced,
    ),
    k(
      {
        id: 'holder-minutes',
        label: { zh: '部门每件服务人工分钟', en: 'Department clerk minutes per service' },
        unit: UNITS.minutes,
        better: 'lower',
        origin: 'assumption',
        category: 'staff-time',
        note: {
          zh: '改革前每份证明人工出具；改革后仅被标记的调用人工复核（比例为假设）',
          en: 'Before: each copy by hand; after: only flagged calls are reviewed by a clerk (share an assumption)',
        },
      },
      OF.holderMinutes,
      'clerkMinutes',
    ),
  ];
}
