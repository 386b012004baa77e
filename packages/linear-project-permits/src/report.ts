// From project outcomes to the report's KPIs over the portfolio: means, median and p90 of working
// days, shares. The series live in series.ts.
import {
  histogramQuantileStat,
  type Kpi,
  type KpiInput,
  type KpiSensitivity,
  kpi,
  type Localized,
  percentStat,
  ratioStat,
  UNITS,
  ValidationError,
  type ValidationIssue,
} from '@gd-ftz/core';
import type { OfficerTouches, ProjectOutcome } from './outcome';
import { checkOutcomes } from './outcome-check';
import { collect } from './project-check';
import { totalsOf, type VariantTotals } from './totals';

/** The reform assumptions a KPI's sensitivity is shown over (the baseline reads neither). */
export type ReformAssumption = 'preConsultationCatchShare' | 'meetingIntervalWorkingDays';

/**
 * A KPI's sensitivity to one reform assumption: `of` is the KPI's statistic over one variant's
 * totals; the measure reruns the reform at the ends of the parameter's plausible range.
 */
export type SensitivityOf = (
  of: (t: VariantTotals) => string,
  param: ReformAssumption,
) => KpiSensitivity | undefined;

/**
 * The KPIs of a run: both sides computed the same way from the outcomes. Both arrays are checked
 * first (ValidationError naming `baseline.2.startDate`, `reform.0.touches.intake`, …).
 * @example
 * portfolioKpis(baselineOutcomes, reformOutcomes).find((k) => k.id === 'applications')?.reform; // '1.00'
 */
export function portfolioKpis(
  baseline: readonly ProjectOutcome[],
  reform: readonly ProjectOutcome[],
  sensitivity?: SensitivityOf,
): Kpi[] {
  const issues: ValidationIssue[] = [];
  collect(issues, () => checkOutcomes(baseline, 'baseline'));
  collect(issues, () => checkOutcomes(reform, 'reform'));
  if (issues.length > 0) throw new ValidationError(issues);
  return kpisOf(totalsOf(baseline), totalsOf(reform), sensitivity);
}

/**
 * {@link portfolioKpis} on the totals of each process (the measure's run, merged from its shards):
 * checks nothing.
 * @example
 * kpisOf(totalsOf(baselineOutcomes), totalsOf(reformOutcomes));
 */
export function kpisOf(baseline: VariantTotals, reform: VariantTotals, sensitivity?: SensitivityOf): Kpi[] {
  // Both sides computed the same way: `of` reads one variant's totals. A KPI driven by the
  // pre-consultation's catch share carries its values at the ends of that share's range.
  const k = (
    fields: Omit<KpiInput, 'baseline' | 'reform' | 'sensitivity'>,
    of: (t: VariantTotals) => string,
    driven: ReformAssumption | null = null,
  ) =>
    kpi({
      ...fields,
      baseline: of(baseline),
      reform: of(reform),
      ...(driven && sensitivity ? { sensitivity: sensitivity(of, driven) } : {}),
    });
  // A mean of whole counts is their exact sum over the number of projects (meanStat's decimal).
  type Count = Exclude<keyof VariantTotals, 'firstPermit' | 'firstSegment' | 'allPermits'>;
  const mean = (f: Count) => (t: VariantTotals) => ratioStat(t[f], t.projects, { digits: 2, empty: 0 });
  const share = (f: Count) => (t: VariantTotals) => percentStat(t[f], t.projects, { digits: 1, empty: 0 });
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
      mean('applications'),
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
      mean('commonCopies'),
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
          zh: '补正次数取决于材料不齐全概率（假设）；改革后联合预审在申请前发现其中一部分，发现比例为假设参数（敏感性见下）',
          en: 'Supplements follow the incompleteness probability (assumption); under the reform the pre-consultation catches part of them before filing, an assumed share (sensitivity attached)',
        },
      },
      mean('submissions'),
      'preConsultationCatchShare',
    ),
  ];
  const timed: [string, Localized, 'firstPermit' | 'firstSegment' | 'allPermits'][] = [
    ['first-permit', { zh: '取得首个许可', en: 'first permit' }, 'firstPermit'],
    ['first-segment', { zh: '首个分段具备开工条件', en: 'first segment ready to build' }, 'firstSegment'],
    ['all-permits', { zh: '取得全部许可', en: 'all permits' }, 'allPermits'],
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
            origin: 'assumption',
            category: 'applicant-time',
            note: {
              zh: '自项目启动之日起按法定工作日计。改革前选址→项目批准→用地规划→工程规划依次办理，环评、水保在各自部门同时办理；改革后联合预审所需时间及其在申请前发现问题的比例为假设参数，后者决定补正与修改能省下多少时间（敏感性见下）',
              en: 'Counted on the statutory calendar from the project start. Before the reform siting → project approval → land-use → works in order, EIA and soil conservation concurrently at their departments; under the reform the pre-consultation’s time and the share of problems it catches before filing are assumptions, the share deciding how much correction and revision time is saved (sensitivity attached)',
            },
          },
          (t) => histogramQuantileStat(t[pick], q, { digits: 1, empty: 0 }),
          'preConsultationCatchShare',
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
      mean('officerTouches'),
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
      { zh: '其中：联合预审与统筹协调例会', en: 'of which pre-consultation and coordination meetings' },
      {
        zh: '每次例会计一次操作（假设），次数取决于例会间隔这一假设参数；另计联合预审：每个参与部门一次、每个发现的问题一次',
        en: 'One action per meeting (assumption), their number following the assumed meeting interval; plus the pre-consultation: one per department taking part and one per problem raised',
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
        mean(stage),
        stage === 'meetings' ? 'meetingIntervalWorkingDays' : null,
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
          zh: '按行政机关自身用时计：申请人修改方案期间期限中止（第四十五条及地方做法），补正材料在受理前；专家评审、听证等未单独抽样，计入审查用时（偏严）',
          en: 'On the authority’s own days: the clock stops while the builder revises the design (Art. 45 and local practice), supplements come before acceptance; expert review and hearings are not drawn apart and count as review time (a strict reading)',
        },
      },
      share('insideLimits'),
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
      share('allIssued'),
    ),
  );
  return kpis;
}
