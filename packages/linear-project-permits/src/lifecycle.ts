// Drives one application through the state machine from a plan (intake path, review effort,
// decision), writing a trace step with its legal basis for every event. Shared by both processes.
import {
  addWorkingDays,
  assumption,
  type CivilDate,
  cited,
  compareDates,
  type LegalBasis,
  type Localized,
  legalBasisAt,
  type TraceStep,
} from '@gd-ftz/core';
import { applyEvent, draftApplication } from './application-machine';
import type { ApplicationEvent, ApplicationState, ApplicationStatus } from './application-states';
import { canExtend } from './deadlines';
import { DECISION_RULE, ISSUE_RULE, NOTICE_RULE } from './law';
import type { ApplicationRecord } from './outcome';
import { type PermitKind, permitSpec } from './permits';

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

const TITLES: Record<ApplicationEvent['type'], Localized> = {
  submit: { zh: '提交申请', en: 'Application submitted' },
  'notify-incomplete': { zh: '一次性告知补正', en: 'Incompleteness notified in one go' },
  'notice-period-lapses': { zh: '逾期未告知，视为受理', en: 'No notice in time: deemed accepted' },
  supplement: { zh: '补正材料', en: 'Materials supplemented' },
  accept: { zh: '受理', en: 'Accepted' },
  'start-review': { zh: '开始审查', en: 'Review started' },
  extend: { zh: '延长审查期限', en: 'Decision period extended' },
  approve: { zh: '准予许可', en: 'Approved' },
  reject: { zh: '不予许可', en: 'Refused' },
  issue: { zh: '颁发证件/备案', en: 'Certificate issued / filing recorded' },
};

function basisOf(kind: PermitKind, type: ApplicationEvent['type'], on: CivilDate): LegalBasis {
  const spec = permitSpec(kind);
  switch (type) {
    case 'submit':
    case 'notify-incomplete':
    case 'notice-period-lapses':
    case 'supplement':
    case 'accept':
      return cited(NOTICE_RULE);
    case 'start-review':
    case 'approve':
    case 'reject':
      return spec.limit ? legalBasisAt(spec.limit.period, on) : spec.basis;
    case 'extend':
      return cited(DECISION_RULE);
    case 'issue':
      return spec.procedure === 'filing' ? spec.basis : cited(ISSUE_RULE);
  }
}

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
  let state = draftApplication(plan.kind) as ApplicationState;
  const fire = (event: ApplicationEvent): void => {
    state = applyEvent(state, event);
    history.push({ event, status: state.status });
    if (trace) {
      const deadline = deadlineOf(state);
      trace.push({
        id: `${plan.id}.${event.type}`,
        kind: 'step',
        title: TITLES[event.type],
        fired: true,
        inputs: { permit: plan.kind, segment: plan.segment, on: event.on },
        result: { status: state.status, ...(deadline ? { deadline } : {}) },
        basis: basisOf(plan.kind, event.type, event.on as CivilDate),
        at: event.on,
      });
    }
  };
  fire({ type: 'submit', on: plan.submitOn });
  let reviewFrom: CivilDate;
  const intake = plan.intake;
  if (intake.path === 'complete') {
    fire({ type: 'accept', on: intake.acceptOn });
    reviewFrom = intake.acceptOn;
  } else if (intake.path === 'incomplete') {
    fire({ type: 'notify-incomplete', on: intake.noticeOn, missing: intake.missing });
    fire({ type: 'supplement', on: intake.supplementOn });
    fire({ type: 'accept', on: intake.supplementOn });
    reviewFrom = intake.supplementOn;
  } else {
    const submitted = state as Extract<ApplicationState, { status: 'submitted' }>;
    reviewFrom = addWorkingDays(submitted.noticeDeadline, 1);
    fire({ type: 'notice-period-lapses', on: reviewFrom });
  }
  if (permitSpec(plan.kind).procedure === 'filing') {
    fire({ type: 'issue', on: reviewFrom });
    return { ...identity(plan), history, final: state, revised: false };
  }
  fire({ type: 'start-review', on: reviewFrom });
  if (plan.revisionDays > 0 && trace) {
    trace.push({
      id: `${plan.id}.revision`,
      kind: 'step',
      title: { zh: '审查发现问题，修改方案', en: 'Review found a problem: design revised' },
      fired: true,
      inputs: { permit: plan.kind, segment: plan.segment },
      result: { addedWorkingDays: plan.revisionDays },
      basis: assumption({
        zh: '补正修改的概率和工作量为情景假设，公开文本均未规定',
        en: 'Revision probability and effort are scenario assumptions; the texts publish none.',
      }),
      at: reviewFrom,
    });
  }
  const decideOn = addWorkingDays(reviewFrom, Math.max(1, plan.reviewDays + plan.revisionDays));
  const review = state as Extract<ApplicationState, { status: 'under-review' }>;
  if (compareDates(decideOn, review.decisionDeadline) > 0 && canExtend(plan.kind)) {
    // The authority extends on the last day of the period, with its head's approval (第四十二条).
    fire({ type: 'extend', on: review.decisionDeadline });
  }
  if (plan.refused) {
    fire({ type: 'reject', on: decideOn, reason: REFUSAL });
  } else {
    fire({ type: 'approve', on: decideOn });
    fire({ type: 'issue', on: addWorkingDays(decideOn, plan.issueDelay) });
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
  return last?.event.on as CivilDate;
}
