// The reform ("一次申请、按需发证"): one form ticking every item, one set of common materials, one
// window (行政许可法 第二十六条); items whose prerequisites are met are handled in parallel, and
// segment-scoped permits are issued segment by segment as soon as each is ready. Authorities join
// from the planning stage (a responsibility table) and meet regularly, which lowers the chance of
// incomplete materials and of problems found late: modelled as a joint pre-consultation that
// catches an assumed share of the problems before filing, at a cost in time and officer actions.
import {
  addWorkingDays,
  assumption,
  CalendarRangeError,
  type CivilDate,
  cited,
  compareDates,
  integerAt,
  maxDate,
  nextWorkingDay,
  type TraceStep,
  ValidationError,
  workingDaysBetween,
} from '@gd-ftz/core';
import { BEYOND_CALENDAR, blockedReason, intakeOf, type RunOptions } from './baseline';
import { jointDeadlineOf } from './deadlines';
import type { ProjectDraws } from './draws';
import {
  DECISION_RULE,
  ONE_WINDOW_RULE,
  PROJECT_CODE_LEAD,
  SEED_MEASURE_10,
  SPECIAL_PROCEDURES_RULE,
} from './law';
import { endOf, runApplication } from './lifecycle';
import type { ApplicationRecord, ProcessSettings, ProjectOutcome } from './outcome';
import { type PermitKind, specOf } from './permits';
import { DEFAULT_GRAPH } from './prerequisite-graph';
import { type Project, sumLengthM } from './project';
import { approvalOn, approvalStep, GATED_KIND, NOT_APPROVED } from './project-approval';
import { checkRun } from './run-checks';
import { type PendingPermit, summarise } from './summary';

const COORDINATION = assumption(
  {
    zh: '自制定项目实施责任表起至最后一证核发，每N个工作日召开一次统筹协调例会，每次计一次经办人员操作',
    en: 'Coordination meetings every N working days from the responsibility table to the last permit; one officer action each.',
  },
  SEED_MEASURE_10,
);

/** The id of the one application form of the reform. */
const FORM = 'reform.form';

const PRE_CONSULTATION = assumption(
  {
    zh: '主管部门从项目策划阶段介入，对各事项申报材料草稿联合预审：发现的问题（材料不齐、方案问题）在申请前改正；发现的比例为假设参数',
    en: 'The authorities join from the planning stage and review the drafts of every item together: the problems they find (missing materials, design problems) are fixed before filing; the share found is an assumption parameter.',
  },
  SEED_MEASURE_10,
);

function suspendedDaysOf(r: ApplicationRecord): number {
  let days = 0;
  for (const h of r.history) if (h.event.type === 'suspend-clock') days += h.event.days;
  return days;
}

function decisionDate(r: ApplicationRecord): CivilDate | null {
  const e = r.history.find((h) => h.event.type === 'approve' || h.event.type === 'reject');
  return e ? (e.event.at as CivilDate) : null;
}

/**
 * Runs a project through the reform. Pure: the same project, draws and settings give the same
 * outcome. Every argument is checked first (ValidationError naming each bad field:
 * `project.segments.0.lengthM`, `draws.items.works`, `settings.rejectProbability`,
 * `options.graph.order`); nothing is mutated.
 * @example
 * const outcome = runReform(project, drawProject(project, stream), DEFAULT_SETTINGS);
 * outcome.applications; // 1
 */
export function runReform(
  project: Project,
  draws: ProjectDraws,
  settings: ProcessSettings,
  options: RunOptions = {},
): ProjectOutcome {
  const run = checkRun(project, draws, settings, options);
  return simulateReform(run.project, run.draws, run.settings, run.options);
}

/**
 * {@link runReform} on input already checked (the simulation's inner loop): checks nothing.
 * @example
 * simulateReform(project, draws, DEFAULT_SETTINGS); // project from defineProject, draws from drawProject
 */
export function simulateReform(
  project: Project,
  draws: ProjectDraws,
  settings: ProcessSettings,
  options: RunOptions = {},
): ProjectOutcome {
  const graph = options.graph ?? DEFAULT_GRAPH;
  const trace: TraceStep[] | null = options.trace ? [] : null;
  const item = (k: PermitKind) => {
    const d = draws.items[k];
    if (!d)
      throw ValidationError.of(
        `draws.items.${k}`,
        'missing draws for a requested permit',
        '缺少所申请事项的抽样',
      );
    return d;
  };
  const start = nextWorkingDay(project.startDate);
  const codeReady = addWorkingDays(start, integerAt(PROJECT_CODE_LEAD, start));
  // Materials are drafted in parallel under the responsibility table; common ones once. The
  // authorities, involved from the planning stage, review each item's draft jointly as it is ready
  // (pre-consultation, `preConsultationWorkingDays`). A problem they catch (incomplete materials,
  // or a design problem review would have found) is fixed before filing; the ones they miss surface
  // at intake or in review as before. The share caught is an assumption (`preConsultationCatchShare`).
  const isIncomplete = (k: PermitKind) => item(k).incomplete < settings.incompleteProbability;
  const hasDesignProblem = (k: PermitKind) => item(k).reviewIssue < settings.reviewIssueProbability;
  const isCaught = (k: PermitKind) => item(k).caught < settings.preConsultationCatchShare;
  const fixed = project.permits.filter((k) => isCaught(k) && (isIncomplete(k) || hasDesignProblem(k)));
  const fixDaysOf = (k: PermitKind) =>
    fixed.includes(k)
      ? Math.max(
          isIncomplete(k) ? item(k).supplementDelay : 0,
          hasDesignProblem(k) ? item(k).reviewIssueDays : 0,
        )
      : 0;
  const readyDays = Math.max(
    ...project.permits.map((k) => item(k).preparation + settings.preConsultationWorkingDays + fixDaysOf(k)),
  );
  const drafted = addWorkingDays(
    start,
    draws.commonPreparation + Math.max(...project.permits.map((k) => item(k).preparation)),
  );
  const submitOn = maxDate(addWorkingDays(start, draws.commonPreparation + readyDays), codeReady);
  const departments = new Set(project.permits.map((k) => specOf(k).authority.en)).size;
  trace?.push({
    id: 'reform.pre-consultation',
    kind: 'step',
    title: { zh: '联合预审（预先沟通）', en: 'Joint pre-consultation' },
    fired: true,
    inputs: {
      draftsReadyOn: drafted,
      workingDays: settings.preConsultationWorkingDays,
      catchShare: settings.preConsultationCatchShare,
      departments,
    },
    result: { problemsFixed: fixed.length, readyToFileOn: submitOn },
    basis: PRE_CONSULTATION,
    at: submitOn,
  });
  trace?.push({
    id: 'reform.single-application',
    kind: 'step',
    title: { zh: '一张表单勾选多个事项，一次申请', en: 'One form ticking every item, applied for once' },
    fired: true,
    inputs: { project: project.id, items: project.permits.join(', ') },
    result: { submittedOn: submitOn, form: FORM, itemsTicked: project.permits.length },
    basis: cited(SEED_MEASURE_10, ONE_WINDOW_RULE),
    at: submitOn,
  });
  const missedByConsultation = (k: PermitKind) => !isCaught(k);
  const incompleteKinds = project.permits.filter((k) => isIncomplete(k) && missedByConsultation(k));
  const noticed = incompleteKinds.filter((k) => item(k).missedNotice >= settings.missedNoticeProbability);
  const roots = new Set(
    project.permits.filter((k) => graph.prerequisites[k].every((p) => project.held.includes(p))),
  );
  const bundleDelay = {
    noticeDelay: Math.max(0, ...(noticed.length > 0 ? noticed : [...roots]).map((k) => item(k).noticeDelay)),
    supplementDelay: Math.max(1, ...noticed.map((k) => item(k).supplementDelay)),
  };
  const missing = noticed.flatMap((k) => specOf(k).materials);
  const intake = intakeOf(submitOn, bundleDelay, incompleteKinds.length > 0, noticed.length === 0, missing);
  const bundleAcceptedOn =
    intake.path === 'complete'
      ? intake.acceptOn
      : intake.path === 'incomplete'
        ? intake.supplementOn
        : submitOn;
  const records: ApplicationRecord[] = [];
  const pending: PendingPermit[] = [];
  const total = sumLengthM(project);
  // The approval date once asked for; 'beyond' when it falls past the calendar's coverage.
  let approved: CivilDate | null | 'beyond' | undefined;
  const approvalFrom = (sitingOn: CivilDate | null): CivilDate | null | 'beyond' => {
    try {
      return approvalOn(project, draws, codeReady, sitingOn);
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      return 'beyond';
    }
  };
  for (const kind of project.permits) {
    const spec = specOf(kind);
    const d = item(kind);
    const perSegment = spec.scope === 'segment' && settings.perSegmentIssuance;
    for (const seg of perSegment ? project.segments : [null]) {
      const segment = seg?.id ?? null;
      const id = segment === null ? `reform.${kind}` : `reform.${kind}@${segment}`;
      let forwardOn: CivilDate | null = null;
      let blocker: PermitKind | null = null;
      for (const p of graph.prerequisites[kind]) {
        if (project.held.includes(p)) continue;
        const covering = records.filter(
          (r) => r.kind === p && (segment === null || r.segment === null || r.segment === segment),
        );
        const notIssued = covering.length === 0 || covering.some((r) => r.final.status !== 'issued');
        if (notIssued) {
          blocker = p;
          break;
        }
        for (const r of covering) forwardOn = forwardOn === null ? endOf(r) : maxDate(forwardOn, endOf(r));
      }
      let gatedRoot = false;
      if (blocker === null && kind === GATED_KIND) {
        if (approved === undefined) {
          const siting = records.find((r) => r.kind === 'siting');
          approved = approvalFrom(siting?.final.status === 'issued' ? siting.final.issuedOn : null);
          if (approved !== null && approved !== 'beyond')
            trace?.push(approvalStep('reform', approved, draws.approval));
        }
        if (approved === null || approved === 'beyond') {
          pending.push({ kind, segment, reason: approved === null ? NOT_APPROVED : BEYOND_CALENDAR });
          continue;
        }
        // Checked at the single intake, it waits for the approval (城乡规划法 第三十七条) and is
        // then transferred to its department.
        if (roots.has(kind)) {
          gatedRoot = compareDates(approved, bundleAcceptedOn) > 0;
          if (gatedRoot) forwardOn = approved;
        } else if (forwardOn !== null) forwardOn = maxDate(forwardOn, approved);
      }
      const root = roots.has(kind) && !gatedRoot;
      if (blocker !== null || (!root && forwardOn === null)) {
        const reason =
          blocker === null || pending.some((x) => x.kind === blocker && x.reason === BEYOND_CALENDAR)
            ? BEYOND_CALENDAR
            : blockedReason(kind, blocker);
        pending.push({ kind, segment, reason });
        continue;
      }
      const share = seg ? seg.lengthM / total : 1;
      const review = seg
        ? Math.max(
            1,
            Math.round(d.review * (settings.segmentOverhead + (1 - settings.segmentOverhead) * share)),
          )
        : d.review;
      const forced = intake.path === 'missed' && incompleteKinds.includes(kind);
      try {
        const record = runApplication(
          {
            id,
            kind,
            segment,
            // Every item is ticked on the one form; dependants are transferred to their
            // department once their prerequisite is issued (行政许可法 第二十六条).
            form: FORM,
            transferred: !root,
            submitOn: root ? submitOn : (forwardOn as CivilDate),
            // Dependent items were checked at the single intake; the department accepts on transfer.
            intake: root ? intake : { path: 'complete', acceptOn: forwardOn as CivilDate },
            reviewDays: spec.procedure === 'filing' ? 0 : review,
            // A design problem the pre-consultation missed is found in review, as before the reform.
            revisionDays:
              (hasDesignProblem(kind) && missedByConsultation(kind)) || forced ? d.reviewIssueDays : 0,
            refused: d.reject < settings.rejectProbability,
            issueDelay: d.issueDelay,
          },
          trace,
        );
        records.push(record);
      } catch (e) {
        if (!(e instanceof CalendarRangeError)) throw e;
        pending.push({ kind, segment, reason: BEYOND_CALENDAR });
      }
    }
  }
  // 行政许可法 第四十二条第二款: the items handled jointly from the single acceptance are decided
  // within 45 working days, or 60 with the extension.
  let jointOk = true;
  const rootRecords = records.filter((r) => roots.has(r.kind) && decisionDate(r) !== null && !r.transferred);
  if (rootRecords.length > 0) {
    const acceptedOn = bundleAcceptedOn;
    const last = rootRecords.map((r) => decisionDate(r) as CivilDate).reduce((a, b) => maxDate(a, b));
    // A deadline past the calendar's coverage lies after every decision the run could record
    // (they are all inside it), so such a decision is inside the limit.
    const beyondLimit = (extended: boolean) =>
      rootRecords.some((r) => {
        try {
          const deadline = addWorkingDays(jointDeadlineOf(acceptedOn, extended), suspendedDaysOf(r));
          // Each item's own clock stops (行政许可法 第四十五条) move its share of the joint limit too.
          return compareDates(decisionDate(r) as CivilDate, deadline) > 0;
        } catch (e) {
          if (!(e instanceof CalendarRangeError)) throw e;
          return false;
        }
      });
    const extended = beyondLimit(false);
    jointOk = !beyondLimit(extended);
    trace?.push({
      id: 'reform.joint-round',
      kind: 'step',
      title: { zh: '联合办理期限核对', en: 'Joint-handling limit checked' },
      fired: true,
      inputs: { acceptedOn, lastDecision: last },
      result: { extended, withinLimit: jointOk },
      basis: cited(DECISION_RULE, SPECIAL_PROCEDURES_RULE),
      at: last,
    });
  }
  const end = records.map(endOf).reduce((a, b) => maxDate(a, b), submitOn);
  // One action per coordination meeting, plus the pre-consultation: one for each department that
  // reads the drafts and one for each problem it raises with the builder.
  const meetings =
    Math.floor(workingDaysBetween(start, end) / settings.meetingIntervalWorkingDays) +
    1 +
    departments +
    fixed.length;
  trace?.push({
    id: 'reform.coordination',
    kind: 'step',
    title: { zh: '项目实施责任表与统筹协调例会', en: 'Responsibility table and coordination meetings' },
    fired: true,
    inputs: { from: start, to: end, intervalWorkingDays: settings.meetingIntervalWorkingDays },
    result: { meetings },
    basis: COORDINATION,
    at: start,
  });
  return summarise(
    project,
    'reform',
    records,
    pending,
    { meetings, otherLimitsMet: jointOk, approvedOn: approved === 'beyond' ? null : (approved ?? null) },
    trace ?? [],
  );
}
