// Drives one application through the state machine from a plan (intake path, review effort,
// decision), writing a trace step with its legal basis for every event. Shared by both processes.
import {
  addWorkingDays,
  type CivilDate,
  cited,
  compareDates,
  type Localized,
  type TraceStep,
} from '@gd-ftz/core';
import { draftApplication } from './application-machine';
import type { ApplicationEvent, ApplicationState, ApplicationStatus } from './application-states';
import { applicationMachine } from './application-table';
import { canExtendOf } from './deadlines';
import { ALLOCATION_DECISION_RULE, PROJECT_APPROVAL_RULE } from './law';
import type { ApplicationRecord } from './outcome';
import { type PermitKind, specOf } from './permits';
import { GATED_KIND } from './project-approval';

/** How the window handles the materials. */
export type IntakePlan =
  | { readonly path: 'complete'; readonly acceptOn: CivilDate }
  | {
      readonly path: 'incomplete';
      readonly noticeOn: CivilDate;
      readonly supplementOn: CivilDate;
      readonly missing: readonly string[];
    }
  | { readonly path: 'missed' };

/** The plan of one application. */
export interface ApplicationPlan {
  readonly id: string;
  readonly kind: PermitKind;
  readonly segment: string | null;
  /** The application form the item was applied for on (see `ApplicationRecord.form`). */
  readonly form: string;
  /** Reached its department by internal transfer, its materials checked at the form's intake. */
  readonly transferred: boolean;
  readonly submitOn: CivilDate;
  readonly intake: IntakePlan;
  /** Working days of review, from the start of review. */
  readonly reviewDays: number;
  /** Working days a revision adds (0 = no problem found). */
  readonly revisionDays: number;
  readonly refused: boolean;
  readonly issueDelay: number;
}

const REFUSAL: Localized = {
  zh: '经审查不符合法定条件、标准，不予许可',
  en: 'Refused: the application does not meet the statutory conditions',
};

function deadlineOf(s: ApplicationState): string | null {
  switch (s.status) {
    case 'submitted':
      return s.noticeDeadline;
    case 'accepted':
    case 'under-review':
    case 'extended':
      return s.decisionDeadline;
    case 'approved':
      return s.issueDeadline;
    default:
      return null;
  }
}

function identity(plan: ApplicationPlan) {
  const { id, kind, segment, form, transferred } = plan;
  return { id, kind, segment, form, transferred };
}

/**
 * Runs a plan through the machine. Returns the record and, when `trace` is given, appends one
 * step per event. Throws CalendarRangeError if a date leaves the calendar's coverage.
 * @example
 * runApplication({ id: 'x', kind: 'works', segment: null, form: 'x', transferred: false, submitOn, intake: { path: 'complete', acceptOn: submitOn },
 *   reviewDays: 15, revisionDays: 0, refused: false, issueDelay: 2 }, null).final.status; // 'issued'
 */
export function runApplication(plan: ApplicationPlan, trace: TraceStep[] | null): ApplicationRecord {
  const history: { event: ApplicationEvent; status: ApplicationStatus }[] = [];
  let snapshot = applicationMachine.start(draftApplication(plan.kind));
  let state: ApplicationState = snapshot.context;
  const fire = (event: ApplicationEvent): void => {
    snapshot = applicationMachine.apply(snapshot, event);
    state = snapshot.context;
    history.push({ event, status: state.status });
    if (trace) {
      const deadline = deadlineOf(state);
      const step = snapshot.history[snapshot.history.length - 1];
      trace.push({
        id: `${plan.id}.${event.type}`,
        kind: 'step',
        title: applicationMachine.table.events[event.type].label,
        fired: true,
        inputs: { permit: plan.kind, segment: plan.segment, on: event.at },
        result: { status: state.status, ...(deadline ? { deadline } : {}) },
        basis: step!.basis,
        at: event.at,
      });
    }
  };
  fire({ type: 'submit', at: plan.submitOn });
  let reviewFrom: CivilDate;
  const intake = plan.intake;
  if (intake.path === 'complete') {
    fire({ type: 'accept', at: intake.acceptOn });
    reviewFrom = intake.acceptOn;
  } else if (intake.path === 'incomplete') {
    fire({ type: 'notify-incomplete', at: intake.noticeOn, missing: intake.missing });
    fire({ type: 'supplement', at: intake.supplementOn });
    fire({ type: 'accept', at: intake.supplementOn });
    reviewFrom = intake.supplementOn;
  } else {
    const submitted = state as Extract<ApplicationState, { status: 'submitted' }>;
    reviewFrom = addWorkingDays(submitted.noticeDeadline, 1);
    fire({ type: 'notice-period-lapses', at: reviewFrom });
  }
  if (specOf(plan.kind).procedure === 'filing') {
    fire({ type: 'issue', at: reviewFrom });
    return { ...identity(plan), history, final: state, revised: false };
  }
  fire({ type: 'start-review', at: reviewFrom });
  if (plan.revisionDays > 0) {
    // Review found a problem: the builder revises the design. Those days are the applicant's, not
    // the authority's, so the decision clock stops for them (行政许可法 第四十五条 and local
    // practice, see CLOCK_STOP_RULE); the probability and effort of a revision are assumptions.
    fire({ type: 'suspend-clock', at: reviewFrom, days: plan.revisionDays });
  }
  const decideOn = addWorkingDays(reviewFrom, Math.max(1, plan.reviewDays + plan.revisionDays));
  const review = state as Extract<ApplicationState, { status: 'under-review' }>;
  if (compareDates(decideOn, review.decisionDeadline) > 0 && canExtendOf(plan.kind)) {
    // The authority extends on the last day of the period, with its head's approval (第四十二条).
    fire({ type: 'extend', at: review.decisionDeadline });
  }
  if (plan.refused) {
    fire({ type: 'reject', at: decideOn, reason: REFUSAL });
  } else {
    fire({ type: 'approve', at: decideOn });
    const issuedOn = addWorkingDays(decideOn, plan.issueDelay);
    fire({ type: 'issue', at: issuedOn });
    if (plan.kind === GATED_KIND && trace) {
      // On allocated land the 划拨决定书 comes with the 建设用地规划许可证, the same day (同步核发).
      trace.push({
        id: `${plan.id}.allocation-decision`,
        kind: 'step',
        title: {
          zh: '同步核发国有土地使用权划拨决定书',
          en: 'Land allocation decision issued with the permit',
        },
        fired: true,
        inputs: { permit: plan.kind, segment: plan.segment },
        result: { issuedOn },
        basis: cited(ALLOCATION_DECISION_RULE, PROJECT_APPROVAL_RULE),
        at: issuedOn,
      });
    }
  }
  return {
    ...identity(plan),
    history,
    final: state,
    revised: plan.revisionDays > 0,
  };
}

/**
 * The last date of a record (issue or decision), for sequencing.
 * @example
 * endOf(record); // '2024-11-04'
 */
export function endOf(record: ApplicationRecord): CivilDate {
  const last = record.history[record.history.length - 1];
  return last?.event.at as CivilDate;
}
