// From project outcomes to the report's KPIs over the portfolio: means, median and p90 of working
// days, shares. The series live in series.ts.
import {
  type CivilDate,
  decimal,
  type Kpi,
  type Localized,
  Tally,
  UNITS,
  ValidationError,
  type ValidationIssue,
  workingDaysBetween,
} from '@gd-ftz/core';
import type { OfficerTouches, ProjectOutcome } from './outcome';
import { checkOutcomes } from './outcome-check';
import { collect } from './project-check';

/** Working days from the project's start to `date`. */
function wd(o: ProjectOutcome, date: CivilDate): number {
  return workingDaysBetween(o.startDate, date);
}

function mean(values: readonly number[]): string {
  if (values.length === 0) return '0.00';
  const sum = values.reduce((a, b) => a + b, 0);
  return decimal(BigInt(sum)).div(values.length).toFixed(2);
}

function quantile(values: readonly number[], q: number): string {
  if (values.length === 0) return '0.0';
  const t = new Tally();
  for (const v of values) t.add(v);
  // Order statistics of whole working days, interpolated (type 7): at most one decimal matters.
  return decimal(t.quantile(q).toFixed(1)).toFixed(1);
}

function share(flags: readonly boolean[]): string {
  if (flags.length === 0) return '0.0';
  return decimal(BigInt(flags.filter(Boolean).length))
    .times(100)
    .div(flags.length)
    .toFixed(1);
}

/** Working days from each project's start to the date `pick` gives, where it gives one. */
export function durations(
  outcomes: readonly ProjectOutcome[],
  pick: (o: ProjectOutcome) => CivilDate | null,
): number[] {
  const out: number[] = [];
  for (const o of outcomes) {
    const d = pick(o);
    if (d !== null) out.push(wd(o, d));
  }
  return out;
}

function kpi(
  id: string,
  label: Localized,
  unit: Localized,
  baseline: string,
  reform: string,
  better: Kpi['better'],
  note?: Localized,
): Kpi {
  return { id, label, unit, baseline, reform, better, ...(note ? { note } : {}) };
}

/**
 * The KPIs of a run: both sides computed the same way from the outcomes. Both arrays are checked
 * first (ValidationError naming `baseline.2.startDate`, `reform.0.touches.intake`, …).
 * @example
 * portfolioKpis(baselineOutcomes, reformOutcomes).find((k) => k.id === 'applications')?.reform; // '1.00'
 */
export function portfolioKpis(baseline: readonly ProjectOutcome[], reform: readonly ProjectOutcome[]): Kpi[] {
  const issues: ValidationIssue[] = [];
  collect(issues, () => checkOutcomes(baseline, 'baseline'));
  collect(issues, () => checkOutcomes(reform, 'reform'));
  if (issues.length > 0) throw new ValidationError(issues);
  return kpisOf(baseline, reform);
}

/**
 * {@link portfolioKpis} on checked outcomes (the measure's run): checks nothing.
 * @example
 * kpisOf(baselineOutcomes, reformOutcomes);
 */
export function kpisOf(baseline: readonly ProjectOutcome[], reform: readonly ProjectOutcome[]): Kpi[] {
  const both = <T>(f: (xs: readonly ProjectOutcome[]) => T): [T, T] => [f(baseline), f(reform)];
  const kpis: Kpi[] = [];
  const [appsB, appsR] = both((xs) => mean(xs.map((o) => o.applications)));
  kpis.push(
    kpi(
      'applications',
      { zh: '每个项目提交申请次数', en: 'Applications per project' },
      UNITS.perCase,
      appsB,
      appsR,
      'lower',
      {
        zh: '种子文件“向窗口申请一次”',
        en: 'Seed: "apply to the window once"',
      },
    ),
  );
  const [copB, copR] = both((xs) => mean(xs.map((o) => o.commonCopies)));
  kpis.push(
    kpi(
      'common-copies',
      { zh: '每个项目提交共性材料份数', en: 'Sets of common materials per project' },
      UNITS.perCase,
      copB,
      copR,
      'lower',
      {
        zh: '种子文件“仅需提供一次法人证明等共性材料”',
        en: 'Seed: "common materials such as proof of legal person only once"',
      },
    ),
  );
  const [subB, subR] = both((xs) => mean(xs.map((o) => o.submissions)));
  kpis.push(
    kpi(
      'submissions',
      { zh: '每个项目递交次数（含补正）', en: 'Hand-ins per project (incl. supplements)' },
      UNITS.perCase,
      subB,
      subR,
      'lower',
    ),
  );
  const timed: [string, Localized, (o: ProjectOutcome) => CivilDate | null][] = [
    ['first-permit', { zh: '取得首个许可', en: 'first permit' }, (o) => o.firstPermitOn],
    [
      'first-segment',
      { zh: '首个分段具备开工条件', en: 'first segment ready to build' },
      (o) => o.firstSegmentReadyOn,
    ],
    ['all-permits', { zh: '取得全部许可', en: 'all permits' }, (o) => o.allPermitsOn],
  ];
  for (const [id, what, pick] of timed) {
    const [b, r] = both((xs) => durations(xs, pick));
    for (const [q, tag] of [
      [0.5, 'median'],
      [0.9, 'p90'],
    ] as const) {
      kpis.push(
        kpi(
          `${id}-${tag}`,
          {
            zh: `${what.zh}所需工作日（${tag === 'median' ? '中位数' : '90分位'}）`,
            en: `Working days to ${what.en} (${tag})`,
          },
          UNITS.workingDays,
          quantile(b, q),
          quantile(r, q),
          'lower',
          {
            zh: '自项目启动之日起按法定工作日计',
            en: 'Counted on the statutory calendar from the project start',
          },
        ),
      );
    }
  }
  const [touB, touR] = both((xs) => mean(xs.map((o) => o.officerTouches)));
  kpis.push(
    kpi(
      'officer-touches',
      { zh: '每个项目经办人员操作次数', en: 'Officer actions per project' },
      UNITS.perCase,
      touB,
      touR,
      'lower',
      {
        zh: '受理环节、审查发证环节与协调例会之和（分项见下）；按段发证与例会会增加操作',
        en: 'Intake, review-and-issuance and meetings together (broken down below); per-segment issuance and meetings add actions',
      },
    ),
  );
  const stages: [keyof OfficerTouches, Localized, Localized][] = [
    [
      'intake',
      { zh: '其中：受理环节操作次数', en: 'of which intake actions' },
      {
        zh: '每次递交的材料核验、补正告知、补正复核、受理，及单一窗口移送事项的登记',
        en: 'Material check of each hand-in, incompleteness notices, re-checks of supplements, acceptances, and registration of items transferred from the single window',
      },
    ],
    [
      'decision',
      { zh: '其中：审查与发证操作次数', en: 'of which review and issuance actions' },
      {
        zh: '每个事项（及分段）的审查、修改、延期、决定、发证或备案',
        en: 'Review, revision, extension, decision and certificate or filing, per item (and segment)',
      },
    ],
    [
      'meetings',
      { zh: '其中：统筹协调例会次数', en: 'of which coordination meetings' },
      { zh: '每次例会计一次操作（假设）', en: 'One action per meeting (assumption)' },
    ],
  ];
  for (const [stage, label, note] of stages) {
    const [b, r] = both((xs) => mean(xs.map((o) => o.touches[stage])));
    kpis.push(kpi(`officer-touches-${stage}`, label, UNITS.perCase, b, r, 'lower', note));
  }
  const [limB, limR] = both((xs) => share(xs.map((o) => o.insideLimits)));
  kpis.push(
    kpi(
      'inside-limits',
      { zh: '全部环节在法定时限内的项目占比', en: 'Projects inside every statutory limit' },
      UNITS.percent,
      limB,
      limR,
      'higher',
      {
        zh: '审查中申请人修改方案的时间计入审批期限（第四十五条等扣除情形未建模），故改革前占比偏低',
        en: 'Time the builder spends revising during review counts against the limit (Art. 45 suspensions are not modelled), which keeps the baseline share low',
      },
    ),
  );
  const [allB, allR] = both((xs) => share(xs.map((o) => o.allPermitsOn !== null)));
  kpis.push(
    kpi(
      'all-issued',
      { zh: '全部许可办结的项目占比', en: 'Projects with every permit issued' },
      UNITS.percent,
      allB,
      allR,
      'higher',
    ),
  );
  return kpis;
}
