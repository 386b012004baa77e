// From project outcomes to the report's KPIs over the portfolio: means, median and p90 of working
// days, shares. The series live in series.ts.
import {
  type CivilDate,
  type Kpi,
  type KpiInput,
  kpi,
  type Localized,
  meanStat,
  percentStat,
  quantileStat,
  UNITS,
  ValidationError,
  type ValidationIssue,
  workingDaysBetween,
} from '@gd-ftz/core';
import type { OfficerTouches, ProjectOutcome } from './outcome';
import { checkOutcomes } from './outcome-check';
import { collect } from './project-check';

/** Working days from each project's start to the date `pick` gives, where it gives one. */
export function durations(
  outcomes: readonly ProjectOutcome[],
  pick: (o: ProjectOutcome) => CivilDate | null,
): number[] {
  const out: number[] = [];
  for (const o of outcomes) {
    const d = pick(o);
    if (d !== null) out.push(workingDaysBetween(o.startDate, d));
  }
  return out;
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
  // Both sides computed the same way: `of` reads one variant's outcomes.
  const k = (fields: Omit<KpiInput, 'baseline' | 'reform'>, of: (xs: readonly ProjectOutcome[]) => string) =>
    kpi({ ...fields, baseline: of(baseline), reform: of(reform) });
  const mean = (f: (o: ProjectOutcome) => number) => (xs: readonly ProjectOutcome[]) =>
    meanStat(xs.map(f), { digits: 2, empty: 0 });
  const share = (f: (o: ProjectOutcome) => boolean) => (xs: readonly ProjectOutcome[]) =>
    percentStat(xs.filter(f).length, xs.length, { digits: 1, empty: 0 });
  const byDesign: Localized = {
    zh: '按定义：改革后的流程就是一次申请、一套共性材料，故改革后为1；改革前每项许可各申请一次（前置许可被拒时更少），由模型得出',
    en: 'By design the reform process takes one application and one set of common materials, so the reform side is 1; before, one per permit (fewer when a prerequisite was refused), from the model',
  };
  const kpis: Kpi[] = [
    k(
      {
        id: 'applications',
        label: { zh: '每个项目提交申请次数', en: 'Applications per project' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'definition',
        category: 'applicant-effort',
        note: {
          zh: `种子文件“向窗口申请一次”。${byDesign.zh}`,
          en: `Seed: "apply to the window once". ${byDesign.en}`,
        },
      },
      mean((o) => o.applications),
    ),
    k(
      {
        id: 'common-copies',
        label: { zh: '每个项目提交共性材料份数', en: 'Sets of common materials per project' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'definition',
        category: 'applicant-effort',
        note: {
          zh: `种子文件“仅需提供一次法人证明等共性材料”。${byDesign.zh}`,
          en: `Seed: "common materials such as proof of legal person only once". ${byDesign.en}`,
        },
      },
      mean((o) => o.commonCopies),
    ),
    k(
      {
        id: 'submissions',
        label: { zh: '每个项目递交次数（含补正）', en: 'Hand-ins per project (incl. supplements)' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'assumption',
        category: 'applicant-effort',
        note: {
          zh: '补正次数取决于改革前后材料不齐全概率，二者均为假设参数（改革后的较低概率是设定的，并非由预先沟通机制推出）',
          en: 'Supplements follow the incompleteness probabilities before and after, both assumption parameters (the reform’s lower one is set, not derived from the pre-consultation)',
        },
      },
      mean((o) => o.submissions),
    ),
  ];
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
    for (const [q, tag] of [
      [0.5, 'median'],
      [0.9, 'p90'],
    ] as const) {
      kpis.push(
        k(
          {
            id: `${id}-${tag}`,
            label: {
              zh: `${what.zh}所需工作日（${tag === 'median' ? '中位数' : '90分位'}）`,
              en: `Working days to ${what.en} (${tag})`,
            },
            unit: UNITS.workingDays,
            better: 'lower',
            origin: 'model',
            category: 'applicant-time',
            note: {
              zh: '自项目启动之日起按法定工作日计。改革前各事项（含环评、水保）依次办理；改革后材料不齐全与审查发现问题的较低概率为假设参数',
              en: 'Counted on the statutory calendar from the project start. Before the reform every item (EIA and soil conservation included) runs one after another; the reform’s lower incompleteness and review-problem probabilities are assumption parameters',
            },
          },
          (xs) => quantileStat(durations(xs, pick), q, { digits: 1, empty: 0 }),
        ),
      );
    }
  }
  kpis.push(
    k(
      {
        id: 'officer-touches',
        label: { zh: '每个项目经办人员操作次数', en: 'Officer actions per project' },
        unit: UNITS.perCase,
        better: 'lower',
        origin: 'model',
        category: 'staff-time',
        note: {
          zh: '受理环节、审查发证环节与协调例会之和（分项见下）；按段发证与例会会增加操作',
          en: 'Intake, review-and-issuance and meetings together (broken down below); per-segment issuance and meetings add actions',
        },
      },
      mean((o) => o.officerTouches),
    ),
  );
  const stages: [keyof OfficerTouches, Localized, Localized, 'model' | 'assumption'][] = [
    [
      'intake',
      { zh: '其中：受理环节操作次数', en: 'of which intake actions' },
      {
        zh: '每次递交的材料核验、补正告知、补正复核、受理，及单一窗口移送事项的登记',
        en: 'Material check of each hand-in, incompleteness notices, re-checks of supplements, acceptances, and registration of items transferred from the single window',
      },
      'model',
    ],
    [
      'decision',
      { zh: '其中：审查与发证操作次数', en: 'of which review and issuance actions' },
      {
        zh: '每个事项（及分段）的审查、修改、延期、决定、发证或备案',
        en: 'Review, revision, extension, decision and certificate or filing, per item (and segment)',
      },
      'model',
    ],
    [
      'meetings',
      { zh: '其中：统筹协调例会次数', en: 'of which coordination meetings' },
      {
        zh: '每次例会计一次操作（假设）；次数取决于例会间隔这一假设参数',
        en: 'One action per meeting (assumption); their number follows the assumed meeting interval',
      },
      'assumption',
    ],
  ];
  for (const [stage, label, note, origin] of stages) {
    kpis.push(
      k(
        {
          id: `officer-touches-${stage}`,
          label,
          unit: UNITS.perCase,
          better: 'lower',
          origin,
          category: 'staff-time',
          note,
        },
        mean((o) => o.touches[stage]),
      ),
    );
  }
  kpis.push(
    k(
      {
        id: 'inside-limits',
        label: { zh: '全部环节在法定时限内的项目占比', en: 'Projects inside every statutory limit' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'model',
        category: 'compliance',
        note: {
          zh: '审查中申请人修改方案的时间计入审批期限（第四十五条等扣除情形未建模），故改革前占比偏低',
          en: 'Time the builder spends revising during review counts against the limit (Art. 45 suspensions are not modelled), which keeps the baseline share low',
        },
      },
      share((o) => o.insideLimits),
    ),
    k(
      {
        id: 'all-issued',
        label: { zh: '全部许可办结的项目占比', en: 'Projects with every permit issued' },
        unit: UNITS.percent,
        better: 'higher',
        origin: 'model',
        category: 'coverage',
      },
      share((o) => o.allPermitsOn !== null),
    ),
  );
  return kpis;
}
