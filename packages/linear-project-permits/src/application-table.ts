// The permit application as a table for core's defineMachine: states, events, the guards of the
// 行政许可法 (working days, the 5-day notice period, the one extension) and the legal basis of each
// transition. The machine's context is the application state itself (see application-machine.ts).
import {
  addWorkingDays,
  type Blocked,
  type CivilDate,
  cited,
  defineMachine,
  isWorkingDay,
  type Localized,
  legalBasisAt,
  type MachineTypes,
  z,
} from '@gd-ftz/core';
import type {
  AcceptedState,
  ApplicationEvent,
  ApplicationState,
  IssuedState,
  RejectedState,
  SubmittedState,
  SupplementedState,
} from './application-states';
import { canExtendOf, decisionDeadlineOf, issueDeadlineOf, noticeDeadlineOf } from './deadlines';
import { CLOCK_STOP_RULE, DECISION_RULE, ISSUE_RULE, NOTICE_RULE, WORKING_DAYS_RULE } from './law';
import { specOf } from './permits';

const label = (zh: string, en: string): Localized => ({ zh, en });
const late = (on: string, deadline: string): boolean => on > deadline;
const block = (code: string, en: string, zh: string, basis = cited(NOTICE_RULE)): Blocked => ({
  code,
  reason: { zh, en },
  basis,
});

// The context of a state is that state: `from` guarantees which ones reach each callback, so the
// narrowing casts below restate the table, never widen it.
type Decidable = Extract<ApplicationState, { status: 'under-review' | 'extended' }>;

function accepted(s: SubmittedState | SupplementedState, acceptedOn: string, deemed: boolean): AcceptedState {
  const { kind, procedure } = s;
  // 环评法 第二十二条 runs from the receipt of the complete document (the hand-in, or the
  // supplement that completed it); 行政许可法 第四十二条 from the acceptance.
  const receivedOn = s.status === 'submitted' ? s.submittedOn : s.supplementedOn;
  const start = specOf(kind).limit?.runsFrom === 'receipt' ? receivedOn : acceptedOn;
  return {
    kind,
    procedure,
    status: 'accepted',
    submittedOn: s.submittedOn,
    acceptedOn: acceptedOn as CivilDate,
    deemed,
    decisionDeadline: decisionDeadlineOf(kind, start as CivilDate),
  };
}

/** 行政许可法 第四十二条 etc.: the decision limit in force on the day, or the kind's own basis. */
const decisionBasis = (c: ApplicationState, e: { at: string }) => {
  const spec = specOf(c.kind);
  return spec.limit ? legalBasisAt(spec.limit.period, e.at) : spec.basis;
};

/**
 * The application as a table: every event on a working day (行政许可法 第八十二条), the notice
 * period of 第三十二条, the one extension of 第四十二条, the issue limit of 第四十四条.
 * @example
 * applicationMachine.table.states.submitted.events; // ['notify-incomplete', 'notice-period-lapses', 'accept']
 */
export const applicationMachine = defineMachine({
  id: 'linear-project-permits.application',
  initial: 'drafted',
  types: {} as MachineTypes<ApplicationState, ApplicationEvent>,
  states: {
    drafted: { label: label('拟申请', 'Drafted') },
    submitted: { label: label('已提交', 'Submitted') },
    incomplete: { label: label('待补正', 'Incomplete') },
    supplemented: { label: label('已补正', 'Supplemented') },
    accepted: { label: label('已受理', 'Accepted') },
    'under-review': { label: label('审查中', 'Under review') },
    extended: { label: label('已延期', 'Extended') },
    approved: { label: label('准予许可', 'Approved') },
    rejected: { label: label('不予许可', 'Rejected'), final: true },
    issued: { label: label('已发证/备案', 'Issued'), final: true },
  },
  guard: (_, e) =>
    isWorkingDay(e.at as CivilDate)
      ? undefined
      : block('day-off', `${e.at} is not a working day`, `${e.at} 不是工作日`, cited(WORKING_DAYS_RULE)),
  events: {
    submit: {
      from: ['drafted'],
      to: 'submitted',
      label: label('提交申请', 'Application submitted'),
      basis: cited(NOTICE_RULE),
      assign: ({ kind, procedure }, e) => ({
        kind,
        procedure,
        status: 'submitted',
        submittedOn: e.at as CivilDate,
        noticeDeadline: noticeDeadlineOf(e.at as CivilDate),
      }),
    },
    'notify-incomplete': {
      from: ['submitted'],
      to: 'incomplete',
      label: label('一次性告知补正', 'Incompleteness notified in one go'),
      basis: cited(NOTICE_RULE),
      payload: z.object({ missing: z.array(z.string()).min(1) }),
      guard: ({ context }, e) => {
        const s = context as SubmittedState;
        return late(e.at, s.noticeDeadline)
          ? block(
              'notice-period-over',
              `the notice period ended on ${s.noticeDeadline}: the application is deemed accepted (行政许可法 第三十二条)`,
              `补正告知期限已于 ${s.noticeDeadline} 届满，视为受理（行政许可法 第三十二条）`,
            )
          : undefined;
      },
      assign: (c, e) => {
        const { kind, procedure, submittedOn } = c as SubmittedState;
        const noticedOn = e.at as CivilDate;
        return { kind, procedure, status: 'incomplete', submittedOn, noticedOn, missing: [...e.missing] };
      },
    },
    'notice-period-lapses': {
      from: ['submitted'],
      to: 'accepted',
      label: label('逾期未告知，视为受理', 'No notice in time: deemed accepted'),
      basis: cited(NOTICE_RULE),
      guard: ({ context }, e) => {
        const s = context as SubmittedState;
        return late(e.at, s.noticeDeadline)
          ? undefined
          : block(
              'notice-period-running',
              `the notice period runs until ${s.noticeDeadline}`,
              `补正告知期限至 ${s.noticeDeadline}`,
            );
      },
      // 逾期不告知的，自收到申请材料之日起即为受理: accepted as of the day of receipt.
      assign: (c) => accepted(c as SubmittedState, (c as SubmittedState).submittedOn, true),
    },
    supplement: {
      from: ['incomplete'],
      to: 'supplemented',
      label: label('补正材料', 'Materials supplemented'),
      basis: cited(NOTICE_RULE),
      assign: (c, e) => {
        const { kind, procedure, submittedOn } = c as Extract<ApplicationState, { status: 'incomplete' }>;
        return { kind, procedure, status: 'supplemented', submittedOn, supplementedOn: e.at as CivilDate };
      },
    },
    accept: {
      from: ['submitted', 'supplemented'],
      to: 'accepted',
      label: label('受理', 'Accepted'),
      basis: cited(NOTICE_RULE),
      guard: ({ context }, e) =>
        context.status === 'submitted' && late(e.at, context.noticeDeadline)
          ? block(
              'notice-period-over',
              `the notice period ended on ${context.noticeDeadline}: use notice-period-lapses`,
              `补正告知期限已于 ${context.noticeDeadline} 届满：应视为受理（notice-period-lapses）`,
            )
          : undefined,
      assign: (c, e) => accepted(c as SubmittedState | SupplementedState, e.at, false),
    },
    'start-review': {
      from: ['accepted'],
      to: 'under-review',
      label: label('开始审查', 'Review started'),
      basis: cited(DECISION_RULE),
      basisOf: decisionBasis,
      guard: ({ context }) =>
        context.procedure === 'filing'
          ? block('filing-not-reviewed', 'a filing is recorded, not reviewed', '备案事项只登记，不审查')
          : undefined,
      assign: (c, e) => {
        const { kind, procedure, acceptedOn, decisionDeadline: by } = c as AcceptedState;
        const reviewStartedOn = e.at as CivilDate;
        return {
          kind,
          procedure,
          status: 'under-review',
          acceptedOn,
          reviewStartedOn,
          suspendedDays: 0,
          decisionDeadline: by!,
        };
      },
    },
    'suspend-clock': {
      from: ['under-review'],
      to: 'under-review',
      label: label(
        '期限中止（申请人修改、专家评审等）',
        'Clock stopped (applicant revision, expert review …)',
      ),
      basis: CLOCK_STOP_RULE,
      payload: z.object({ days: z.number().int().min(1).max(250) }),
      // The days the authority waits on the applicant or on a special procedure are not its own:
      // the decision deadline moves out by them (行政许可法 第四十五条).
      assign: (c, e) => {
        const s = c as Extract<ApplicationState, { status: 'under-review' }>;
        return {
          ...s,
          suspendedDays: s.suspendedDays + e.days,
          decisionDeadline: addWorkingDays(s.decisionDeadline, e.days),
        };
      },
    },
    extend: {
      from: ['under-review'],
      to: 'extended',
      label: label('延长审查期限', 'Decision period extended'),
      basis: cited(DECISION_RULE),
      guard: ({ context }, e) => {
        const s = context as Decidable;
        if (!canExtendOf(s.kind)) {
          return block(
            'no-extension',
            'the law allows no extension for this item',
            '该事项不得延期',
            cited(DECISION_RULE),
          );
        }
        return late(e.at, s.decisionDeadline)
          ? block(
              'decision-period-over',
              `the decision period ended on ${s.decisionDeadline}`,
              `审查期限已于 ${s.decisionDeadline} 届满`,
              cited(DECISION_RULE),
            )
          : undefined;
      },
      assign: (c, e) => {
        const { kind, procedure, acceptedOn, suspendedDays } = c as Decidable;
        const extended = decisionDeadlineOf(kind, acceptedOn, true) as CivilDate;
        return {
          kind,
          procedure,
          status: 'extended',
          acceptedOn,
          extendedOn: e.at as CivilDate,
          suspendedDays,
          decisionDeadline: suspendedDays > 0 ? addWorkingDays(extended, suspendedDays) : extended,
        };
      },
    },
    approve: {
      from: ['under-review', 'extended'],
      to: 'approved',
      label: label('准予许可', 'Approved'),
      basis: cited(DECISION_RULE),
      basisOf: decisionBasis,
      assign: (c, e) => {
        const { kind, procedure, acceptedOn, decisionDeadline: by } = c as Decidable;
        const decidedOn = e.at as CivilDate;
        const lateDecision = late(decidedOn, by);
        return {
          kind,
          procedure,
          status: 'approved',
          acceptedOn,
          decidedOn,
          lateDecision,
          issueDeadline: issueDeadlineOf(decidedOn),
        };
      },
    },
    reject: {
      from: ['under-review', 'extended'],
      to: 'rejected',
      label: label('不予许可', 'Refused'),
      basis: cited(DECISION_RULE),
      basisOf: decisionBasis,
      payload: z.object({ reason: z.object({ zh: z.string(), en: z.string() }) }),
      assign: (c, e): RejectedState => {
        const { kind, procedure, decisionDeadline: by } = c as Decidable;
        const decidedOn = e.at as CivilDate;
        return {
          kind,
          procedure,
          status: 'rejected',
          decidedOn,
          lateDecision: late(decidedOn, by),
          reason: e.reason,
        };
      },
    },
    issue: {
      from: ['accepted', 'approved'],
      to: 'issued',
      label: label('颁发证件/备案', 'Certificate issued / filing recorded'),
      basis: cited(ISSUE_RULE),
      basisOf: (c) => (c.procedure === 'filing' ? specOf(c.kind).basis : cited(ISSUE_RULE)),
      guard: ({ context }) =>
        context.status === 'accepted' && context.procedure !== 'filing'
          ? block(
              'licence-needs-approval',
              'a licence is issued only after approval',
              '许可事项须经批准方可发证',
              cited(ISSUE_RULE),
            )
          : undefined,
      assign: (c, e): IssuedState => {
        const { kind, procedure } = c;
        const issuedOn = e.at as CivilDate;
        if (c.status !== 'approved')
          return { kind, procedure, status: 'issued', issuedOn, lateDecision: false, lateIssue: false };
        return {
          kind,
          procedure,
          status: 'issued',
          issuedOn,
          lateDecision: c.lateDecision,
          lateIssue: late(issuedOn, c.issueDeadline),
        };
      },
    },
  },
});
