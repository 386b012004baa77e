// The old process: one application per permit, each with its own set of common materials,
// strictly one after another along the prerequisite order, the whole project in each permit.
import {
  addWorkingDays,
  assumption,
  CalendarRangeError,
  type CivilDate,
  cited,
  integerAt,
  maxDate,
  nextWorkingDay,
  type TraceStep,
  ValidationError,
} from '@gd-ftz/core';
import type { ProjectDraws } from './draws';
import { GD_SITING_ITEM, PROJECT_CODE_LEAD } from './law';
import { type ApplicationPlan, endOf, type IntakePlan, runApplication } from './lifecycle';
import type { ApplicationRecord, ProcessSettings, ProjectOutcome } from './outcome';
import { type PermitKind, specOf } from './permits';
import { DEFAULT_GRAPH, type PermitGraph } from './prerequisite-graph';
import type { Project } from './project';
import { checkRun } from './run-checks';
import { type PendingPermit, summarise } from './summary';

/** Options of a process run. */
export interface RunOptions {
  readonly graph?: PermitGraph;
  /** Record a trace step for every event (for sample cases). */
  readonly trace?: boolean;
}

/**
 * Reason a permit stays pending because a prerequisite was not issued.
 * @example
 * blockedReason('works', 'land-use').en; // 'Works planning permit cannot be applied for: …'
 */
export function blockedReason(kind: PermitKind, by: PermitKind): { zh: string; en: string } {
  return {
    zh: `前置事项 ${specOf(by).name.zh} 未取得，${specOf(kind).name.zh} 无法申请`,
    en: `${specOf(kind).name.en} cannot be applied for: prerequisite ${specOf(by).name.en} not issued`,
  };
}

/** Reason a permit stays pending because its dates leave the statutory calendar. */
export const BEYOND_CALENDAR = {
  zh: '办理期限超出法定节假日安排的覆盖年份，无法计算',
  en: 'Its dates fall beyond the years whose official holiday arrangements are known',
};

/**
 * The intake path an item takes, from its draws.
 * @example
 * intakeOf(submitOn, { noticeDelay: 2, supplementDelay: 5 }, false, false, []); // { path: 'complete', … }
 */
export function intakeOf(
  submitOn: CivilDate,
  d: { noticeDelay: number; supplementDelay: number },
  incomplete: boolean,
  missed: boolean,
  missing: readonly string[],
): IntakePlan {
  if (incomplete && missed) return { path: 'missed' };
  const noticeOn = addWorkingDays(submitOn, d.noticeDelay);
  if (!incomplete) return { path: 'complete', acceptOn: noticeOn };
  return { path: 'incomplete', noticeOn, supplementOn: addWorkingDays(noticeOn, d.supplementDelay), missing };
}

/**
 * Runs a project through the old process. Pure: the same project, draws and settings give the
 * same outcome. Every argument is checked first (ValidationError naming each bad field:
 * `project.segments.0.lengthM`, `draws.items.works`, `settings.rejectProbability`,
 * `options.graph.order`); nothing is mutated.
 * @example
 * const outcome = runBaseline(project, drawProject(project, stream), DEFAULT_SETTINGS);
 * outcome.applications; // one per requested permit
 */
export function runBaseline(
  project: Project,
  draws: ProjectDraws,
  settings: ProcessSettings,
  options: RunOptions = {},
): ProjectOutcome {
  const run = checkRun(project, draws, settings, options);
  return simulateBaseline(run.project, run.draws, run.settings, run.options);
}

/**
 * {@link runBaseline} on input already checked (the simulation's inner loop): checks nothing.
 * @example
 * simulateBaseline(project, draws, DEFAULT_SETTINGS); // project from defineProject, draws from drawProject
 */
export function simulateBaseline(
  project: Project,
  draws: ProjectDraws,
  settings: ProcessSettings,
  options: RunOptions = {},
): ProjectOutcome {
  const graph = options.graph ?? DEFAULT_GRAPH;
  const trace: TraceStep[] | null = options.trace ? [] : null;
  const records: ApplicationRecord[] = [];
  const pending: PendingPermit[] = [];
  const issued = new Set<PermitKind>(project.held);
  let t: CivilDate | null = nextWorkingDay(project.startDate);
  const codeReady = addWorkingDays(t, integerAt(PROJECT_CODE_LEAD, t));
  trace?.push({
    id: 'baseline.project-code',
    kind: 'step',
    title: { zh: '取得项目代码', en: 'Project code obtained' },
    fired: true,
    inputs: { project: project.id },
    result: { on: codeReady },
    basis: cited(GD_SITING_ITEM),
    at: codeReady,
  });
  for (const kind of project.permits) {
    const missingPrereq = graph.prerequisites[kind].find((p) => !issued.has(p));
    if (missingPrereq !== undefined || t === null) {
      pending.push({
        kind,
        segment: null,
        reason: t === null ? BEYOND_CALENDAR : blockedReason(kind, missingPrereq as PermitKind),
      });
      continue;
    }
    const d = draws.items[kind];
    if (!d)
      throw ValidationError.of(
        `draws.items.${kind}`,
        'missing draws for a requested permit',
        '缺少所申请事项的抽样',
      );
    try {
      // Each department keeps its own file: the common materials are assembled again each time.
      const submitOn = maxDate(addWorkingDays(t, draws.commonPreparation + d.preparation), codeReady);
      const incomplete = d.incomplete < settings.incompleteProbability;
      const missed = d.missedNotice < settings.missedNoticeProbability;
      const intake = intakeOf(submitOn, d, incomplete, missed, specOf(kind).materials);
      const plan: ApplicationPlan = {
        id: `baseline.${kind}`,
        kind,
        segment: null,
        // Each item on its own form, handed in at its own department's window.
        form: `baseline.${kind}`,
        transferred: false,
        submitOn,
        intake,
        reviewDays: d.review,
        // A deemed acceptance of incomplete materials surfaces in review as a revision.
        revisionDays:
          d.reviewIssue < settings.reviewIssueProbability || intake.path === 'missed' ? d.reviewIssueDays : 0,
        refused: d.reject < settings.rejectProbability,
        issueDelay: d.issueDelay,
      };
      const record = runApplication(plan, trace);
      records.push(record);
      if (record.final.status === 'issued') issued.add(kind);
      t = endOf(record);
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      pending.push({ kind, segment: null, reason: BEYOND_CALENDAR });
      t = null;
    }
  }
  if (trace && records.length > 1) {
    trace.push({
      id: 'baseline.sequence',
      kind: 'step',
      title: { zh: '逐项串联办理', en: 'Items handled one after another' },
      fired: true,
      inputs: { order: project.permits.join(' → ') },
      result: { forms: new Set(records.map((r) => r.form)).size },
      basis: assumption({
        zh: '改革前各事项按前置顺序分别申请，每项各自提交一套共性材料',
        en: 'Before the reform each item is applied for separately, in the prerequisite order, with its own set of common materials.',
      }),
    });
  }
  return summarise(project, 'baseline', records, pending, { meetings: 0, otherLimitsMet: true }, trace ?? []);
}
