// The old process as it ran: one application per permit at its own department's window, each with
// its own set of common materials and the whole project in each permit. 选址 → 用地规划 → 工程规划
// follow each other (城乡规划法 第三十六至四十条, with the project approval before 用地规划); 环评 and
// 水保 run at their own departments at the same time. Each department keeps its own queue.
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
import { GD_SITING_ITEM, PROJECT_CODE_LEAD, SITING_RULE } from './law';
import { type ApplicationPlan, endOf, type IntakePlan, runApplication } from './lifecycle';
import type { ApplicationRecord, ProcessSettings, ProjectOutcome } from './outcome';
import { type PermitKind, specOf } from './permits';
import { DEFAULT_GRAPH, type PermitGraph } from './prerequisite-graph';
import type { Project } from './project';
import { approvalOn, approvalStep, GATED_KIND, NOT_APPROVED } from './project-approval';
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
  const issuedOn = new Map<PermitKind, CivilDate>();
  const beyond = new Set<PermitKind>();
  const start = nextWorkingDay(project.startDate);
  const codeReady = addWorkingDays(start, integerAt(PROJECT_CODE_LEAD, start));
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
  // Each department keeps its own window and its own queue: an item waits for its department to
  // finish the project's previous item there, never for another department.
  const laneFree = new Map<string, CivilDate>();
  let approved: CivilDate | null | undefined;
  for (const kind of project.permits) {
    const missingPrereq = graph.prerequisites[kind].find(
      (p) => !project.held.includes(p) && !issuedOn.has(p),
    );
    if (missingPrereq !== undefined) {
      const reason = beyond.has(missingPrereq) ? BEYOND_CALENDAR : blockedReason(kind, missingPrereq);
      if (reason === BEYOND_CALENDAR) beyond.add(kind);
      pending.push({ kind, segment: null, reason });
      continue;
    }
    const d = draws.items[kind];
    if (!d)
      throw ValidationError.of(
        `draws.items.${kind}`,
        'missing draws for a requested permit',
        '缺少所申请事项的抽样',
      );
    const department = specOf(kind).authority.en;
    try {
      // Ready once its prerequisites are issued (城乡规划法 第三十六至四十条), the project approved
      // where the gate applies (第三十七条), and its department free.
      let readyOn = start;
      for (const p of graph.prerequisites[kind]) {
        const on = issuedOn.get(p);
        if (on !== undefined) readyOn = maxDate(readyOn, on);
      }
      if (kind === GATED_KIND) {
        if (approved === undefined) {
          approved = approvalOn(project, draws, codeReady, issuedOn.get('siting') ?? null);
          if (approved !== null) trace?.push(approvalStep('baseline', approved, draws.approval));
        }
        if (approved === null) {
          pending.push({ kind, segment: null, reason: NOT_APPROVED });
          continue;
        }
        readyOn = maxDate(readyOn, approved);
      }
      const lane = laneFree.get(department);
      // The builder drafts every item's own materials from the start, in parallel, and assembles a
      // set of common materials for each department's file.
      const drafted = addWorkingDays(start, draws.commonPreparation + d.preparation);
      const submitOn = maxDate(
        maxDate(drafted, readyOn),
        lane === undefined ? codeReady : maxDate(lane, codeReady),
      );
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
      laneFree.set(department, endOf(record));
      if (record.final.status === 'issued') issuedOn.set(kind, record.final.issuedOn);
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      pending.push({ kind, segment: null, reason: BEYOND_CALENDAR });
      beyond.add(kind);
    }
  }
  if (trace && records.length > 1) {
    trace.push({
      id: 'baseline.departments',
      kind: 'step',
      title: {
        zh: '各部门分别受理，无前置关系的事项并行办理',
        en: 'Each department on its own; items without a prerequisite run concurrently',
      },
      fired: true,
      inputs: { order: project.permits.join(', ') },
      result: { forms: new Set(records.map((r) => r.form)).size, departments: laneFree.size },
      basis: assumption(
        {
          zh: '改革前各事项分别向各自部门申请，每项各自提交一套共性材料；选址→用地规划→工程规划依次办理，环评、水保在各自部门同时办理',
          en: 'Before the reform each item is applied for at its own department with its own set of common materials; siting → land-use → works in order, EIA and soil conservation concurrently at their departments.',
        },
        SITING_RULE,
      ),
    });
  }
  return summarise(
    project,
    'baseline',
    records,
    pending,
    { meetings: 0, otherLimitsMet: true, approvedOn: approved ?? null },
    trace ?? [],
  );
}
