// The report's series and coverage: the Gantt-like timeline of a sample project (baseline and
// reform), the share of projects holding every permit by working day, and event coverage.
import {
  type CivilDate,
  type Localized,
  type RuleCoverageEntry,
  type Series,
  type TimelineBar,
  UNITS,
  ValidationError,
  type ValidationIssue,
  workingDaysBetween,
} from '@gd-ftz/core';
import type { ProjectOutcome } from './outcome';
import { checkOutcome, checkOutcomes } from './outcome-check';
import { specOf } from './permits';
import type { Project } from './project';
import { checkProject, collect } from './project-check';
import { totalsOf, type VariantTotals } from './totals';

/** Working days from the project's start to `date`. */
function wd(o: ProjectOutcome, date: CivilDate): number {
  return workingDaysBetween(o.startDate, date);
}

const PHASES: readonly [from: string[], to: string[], label: Localized][] = [
  [['submit'], ['accept', 'notice-period-lapses'], { zh: '受理', en: 'Intake' }],
  [['accept', 'notice-period-lapses'], ['approve', 'reject', 'issue'], { zh: '审查', en: 'Review' }],
  [['approve'], ['issue'], { zh: '发证', en: 'Issuance' }],
];

/** Checks a sample project and its outcomes: the outcomes must be of that project. */
function checkSample(
  issues: ValidationIssue[],
  [project, projectPath]: [unknown, string],
  outcomes: [unknown, string][],
): void {
  const p = collect(issues, () => checkProject(project, null, projectPath));
  for (const [outcome, path] of outcomes) {
    const o = collect(issues, () => checkOutcome(outcome, path));
    if (p && o && o.projectId !== p.id) {
      issues.push({
        path: `${path}.projectId`,
        message: { en: `must be the project's id ${p.id}`, zh: `必须是该项目的编号 ${p.id}` },
      });
    }
  }
}

/**
 * Timeline bars of one project's applications: intake, review and issuance per permit (and
 * segment), in working days from the project start. Both arguments are checked first
 * (ValidationError naming `project.…`, `outcome.records.0.history.1.event.at`, `outcome.projectId`).
 * @example
 * timelineBars(project, outcome); // [{ variant: 'reform', lane: {…}, start: 12, end: 19, label: {…} }, …]
 */
export function timelineBars(project: Project, outcome: ProjectOutcome): TimelineBar[] {
  const issues: ValidationIssue[] = [];
  checkSample(issues, [project, 'project'], [[outcome, 'outcome']]);
  if (issues.length > 0) throw new ValidationError(issues);
  return barsOf(project, outcome);
}

function barsOf(project: Project, outcome: ProjectOutcome): TimelineBar[] {
  const bars: TimelineBar[] = [];
  for (const r of outcome.records) {
    const spec = specOf(r.kind);
    const seg = r.segment === null ? null : project.segments.find((s) => s.id === r.segment);
    const lane: Localized = seg
      ? { zh: `${spec.name.zh}（${seg.label.zh}）`, en: `${spec.name.en} (${seg.label.en})` }
      : spec.name;
    for (const [from, to, label] of PHASES) {
      const a = r.history.find((h) => from.includes(h.event.type));
      const b = r.history.find((h) => to.includes(h.event.type) && h !== a);
      if (!a || !b) continue;
      const start = wd(outcome, a.event.at as CivilDate);
      const end = wd(outcome, b.event.at as CivilDate);
      bars.push({ variant: outcome.variant, lane, start, end: Math.max(end, start), label });
    }
  }
  return bars;
}

/**
 * The report's series: the Gantt-like timeline of the sample project (baseline and reform) and
 * the share of projects holding every permit after n working days. Every argument is checked
 * first (ValidationError naming `sample.…`, `sampleBaseline.projectId`, `reform.3.allPermitsOn`, …).
 * @example
 * portfolioSeries(sample, sampleBaseline, sampleReform, baselineOutcomes, reformOutcomes);
 */
export function portfolioSeries(
  sample: Project,
  sampleBaseline: ProjectOutcome,
  sampleReform: ProjectOutcome,
  baseline: readonly ProjectOutcome[],
  reform: readonly ProjectOutcome[],
): Series[] {
  const issues: ValidationIssue[] = [];
  checkSample(
    issues,
    [sample, 'sample'],
    [
      [sampleBaseline, 'sampleBaseline'],
      [sampleReform, 'sampleReform'],
    ],
  );
  collect(issues, () => checkOutcomes(baseline, 'baseline'));
  collect(issues, () => checkOutcomes(reform, 'reform'));
  if (issues.length > 0) throw new ValidationError(issues);
  return seriesOf(sample, sampleBaseline, sampleReform, totalsOf(baseline), totalsOf(reform));
}

/**
 * {@link portfolioSeries} on checked input and each process's totals (the measure's run, merged
 * from its shards): checks nothing.
 * @example
 * seriesOf(sample, sampleBaseline, sampleReform, totalsOf(baselineOutcomes), totalsOf(reformOutcomes));
 */
export function seriesOf(
  sample: Project,
  sampleBaseline: ProjectOutcome,
  sampleReform: ProjectOutcome,
  baseline: VariantTotals,
  reform: VariantTotals,
): Series[] {
  const timeline: Series = {
    id: 'sample-timeline',
    kind: 'timeline',
    title: {
      zh: `样本项目 ${sample.id} 各许可办理时间轴`,
      en: `Permit timeline of sample project ${sample.id}`,
    },
    unit: UNITS.workingDays,
    bars: [...barsOf(sample, sampleBaseline), ...barsOf(sample, sampleReform)],
  };
  // Working days to every permit, as [day, projects] in ascending order, of each process.
  const binsOf = (t: VariantTotals) =>
    Object.entries(t.allPermits.bins)
      .map(([k, n]) => [Number(k) * t.allPermits.resolution, n] as const)
      .sort((a, b) => a[0] - b[0]);
  const all = [...binsOf(baseline), ...binsOf(reform)].map(([d]) => d);
  const top = Math.ceil(Math.max(20, ...all) / 20) * 20;
  const line = (t: VariantTotals) => {
    const bins = binsOf(t);
    const points: [number, number][] = [];
    for (let x = 0; x <= top; x += 20) {
      let within = 0;
      for (const [d, n] of bins) if (d <= x) within += n;
      points.push([x, t.projects === 0 ? 0 : Math.round((1000 * within) / t.projects) / 10]);
    }
    return points;
  };
  const cumulative: Series = {
    id: 'all-permits-by-day',
    kind: 'xy',
    chart: 'line',
    title: { zh: '取得全部许可的项目占比', en: 'Share of projects holding every permit' },
    x: { label: { zh: '自启动起工作日', en: 'Working days from start' }, unit: UNITS.workingDays },
    y: { label: { zh: '项目占比', en: 'Share of projects' }, unit: UNITS.percent },
    lines: [
      { variant: 'baseline', label: { zh: '改革前', en: 'Before' }, points: line(baseline) },
      { variant: 'reform', label: { zh: '改革后', en: 'Reform' }, points: line(reform) },
    ],
  };
  return [timeline, cumulative];
}

/**
 * How often each event of the application machine happened, over all applications of a run.
 * The outcomes are checked first (ValidationError naming `outcomes.0.records.2.history.0.event.type`).
 * @example
 * eventCoverage([...baselineOutcomes, ...reformOutcomes]).find((c) => c.ruleId === 'app.notice-period-lapses');
 */
export function eventCoverage(outcomes: readonly ProjectOutcome[]): RuleCoverageEntry[] {
  const tally = new EventTally();
  for (const o of checkOutcomes(outcomes, 'outcomes')) tally.add(o);
  return coverageOf(tally.counts());
}

/** How often each application-machine event happened: what a shard returns, merged by addition. */
export interface EventCounts {
  /** Applications (records) seen. */
  readonly evaluated: number;
  /** Per event type: applications in which it happened at least once. */
  readonly fired: Readonly<Record<string, number>>;
}

/**
 * Counts the events of outcomes' applications, one outcome at a time (a shard's inner loop).
 * @example
 * const t = new EventTally(); t.add(outcome); coverageOf(t.counts());
 */
export class EventTally {
  private evaluated = 0;
  private readonly fired = new Map<string, number>();
  add(o: ProjectOutcome): void {
    for (const r of o.records) {
      this.evaluated++;
      for (const t of new Set(r.history.map((h) => h.event.type)))
        this.fired.set(t, (this.fired.get(t) ?? 0) + 1);
    }
  }
  counts(): EventCounts {
    return {
      evaluated: this.evaluated,
      fired: Object.fromEntries([...this.fired].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    };
  }
}

const EVENT_TYPES = [
  'submit',
  'notify-incomplete',
  'notice-period-lapses',
  'supplement',
  'accept',
  'start-review',
  'suspend-clock',
  'extend',
  'approve',
  'reject',
  'issue',
] as const;

/**
 * The coverage entries of event counts (merged from every shard): one per event type, in the
 * machine's order.
 * @example
 * coverageOf(tally.counts());
 */
export function coverageOf(counts: EventCounts): RuleCoverageEntry[] {
  return EVENT_TYPES.map((t) => ({
    ruleId: `app.${t}`,
    fired: counts.fired[t] ?? 0,
    evaluated: counts.evaluated,
  }));
}
