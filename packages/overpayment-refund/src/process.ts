// The life of one overpayment as a pure state machine (core's defineMachine), timed on the
// statutory calendar: detected → reminded → prefilled → submitted → auto-reviewed | manual-review
// → approved | rejected → order-issued → paid, or lapsed when the taxpayer's window expires unclaimed.
import {
  assumption,
  type Blocked,
  type CivilDate,
  cited,
  defineMachine,
  type LegalBasis,
  type Localized,
  type MachineSnapshot,
  type MachineStep,
  type MachineTypes,
  parse,
  type TransitionResult,
  ValidationError,
  z,
} from '@gd-ftz/core';
import { CITES } from './law';
import type { Overpayment } from './model';
import { civilDateSchema, discoverySchema, overpaymentSchema } from './schemas';
import { deadlineFrom, windowEnd } from './windows';

/** Every state of a refund process. */
export const REFUND_STATUSES = [
  'detected',
  'reminded',
  'prefilled',
  'submitted',
  'auto-reviewed',
  'manual-review',
  'approved',
  'rejected',
  'order-issued',
  'paid',
  'lapsed',
] as const;
/**
 * One of {@link REFUND_STATUSES}.
 * @example
 * const s: RefundStatus = startProcess(op, 'taxpayer', civilDate('2022-03-01')).state; // 'detected'
 */
export type RefundStatus = (typeof REFUND_STATUSES)[number];
const statusSchema: z.ZodType<RefundStatus> = z.enum(REFUND_STATUSES);

/**
 * What can happen to a refund process; `at` is the civil date it happens.
 * @example
 * const e: RefundEvent = { type: 'remind', at: civilDate('2022-03-01') };
 */
export type RefundEvent =
  | { readonly type: 'remind'; readonly at: CivilDate }
  | { readonly type: 'notify'; readonly at: CivilDate }
  | { readonly type: 'prefill'; readonly at: CivilDate }
  | { readonly type: 'submit'; readonly at: CivilDate }
  | { readonly type: 'auto-review'; readonly at: CivilDate; readonly failed: readonly string[] }
  | { readonly type: 'refer'; readonly at: CivilDate }
  | { readonly type: 'approve'; readonly at: CivilDate }
  | { readonly type: 'reject'; readonly at: CivilDate; readonly reason: string }
  | { readonly type: 'issue-order'; readonly at: CivilDate }
  | { readonly type: 'pay'; readonly at: CivilDate }
  | { readonly type: 'lapse'; readonly at: CivilDate };
/** The type names of {@link RefundEvent}. */
export type RefundEventType = RefundEvent['type'];

/** What a refund process carries besides its state. */
export interface RefundContext {
  readonly overpaymentId: string;
  readonly discovery: 'authority' | 'taxpayer';
  /** Last day to claim (taxpayer route only: the authority's refund has no look-back limit). */
  readonly windowEndsOn?: CivilDate;
  /** Statutory last day to process, set when the clock starts (claim, or authority discovery). */
  readonly processBy?: CivilDate;
}

/**
 * The immutable state of one refund process: a snapshot of {@link refundMachine}.
 * @example
 * const p: RefundProcess = startProcess(op, 'taxpayer', civilDate('2022-03-01'));
 */
export type RefundProcess = MachineSnapshot<RefundStatus, RefundContext, RefundEvent>;

/** One accepted transition of a process, with its legal basis. */
export type HistoryEntry = MachineStep<RefundStatus, RefundEvent>;

/**
 * The legal basis of entering each state, for traces.
 * @example
 * STATUS_BASIS.lapsed.kind // 'cited'
 */
export const STATUS_BASIS: Readonly<Record<RefundStatus, LegalBasis>> = {
  detected: cited(CITES.seed),
  reminded: cited(CITES.seed, CITES.eTaxFlow),
  prefilled: cited(CITES.seed, CITES.eTaxFlow),
  submitted: cited(CITES.art51, CITES.rules78),
  'auto-reviewed': assumption(
    {
      zh: '自动审核项目（金额相符、账户和身份已核验、无未解除风险疑点）依据电子税务局操作指引；具体规则未公开',
      en: 'Auto-review checks (amounts reconcile, account and identity verified, no open risk flag) follow the e-tax guide; their exact rule set is not published',
    },
    CITES.eTaxFlow,
  ),
  'manual-review': cited(CITES.rules78),
  approved: cited(CITES.rules78),
  rejected: assumption(
    {
      zh: '人工审核确认风险疑点的不予退还（实施细则第七十八条要求查实）；不予退还的比例为情景假设',
      en: 'Refused when the manual review confirms the open risk flag (实施细则 第七十八条 requires the claim to be verified, 查实); the share refused is a scenario assumption',
    },
    CITES.rules78,
  ),
  'order-issued': cited(CITES.interestWindow, CITES.rules79),
  paid: cited(CITES.art51, CITES.interestWindow),
  lapsed: cited(CITES.art51, CITES.civil202),
};

const label = (zh: string, en: string): Localized => ({ zh, en });
const window = cited(CITES.art51, CITES.civil202);

/** 税收征收管理法 第五十一条: a taxpayer claims within 3 years of paying; afterwards the claim lapses. */
function claimInWindow(v: { context: RefundContext }, e: { at: CivilDate }): Blocked | undefined {
  const w = v.context.windowEndsOn;
  return w && e.at > w
    ? {
        code: 'window-closed',
        reason: label(`退税申请期限已于 ${w} 届满`, `the window ended on ${w}`),
        basis: window,
      }
    : undefined;
}

/**
 * The refund process as a table: states, events, guards (the 3-year window of 第五十一条) and the
 * processing deadline each route starts (实施细则 第七十八条: 10 days ex officio, 30 days on a claim).
 * @example
 * refundMachine.table.states.submitted.events // ['auto-review', 'refer']
 */
export const refundMachine = defineMachine({
  id: 'overpayment-refund.process',
  initial: 'detected',
  types: {} as MachineTypes<RefundContext, RefundEvent>,
  states: {
    detected: { label: label('识别多缴', 'Overpayment detected') },
    reminded: { label: label('多缴提醒', 'Reminder sent') },
    prefilled: { label: label('自动预填退税申请', 'Application pre-filled') },
    submitted: { label: label('提交退税申请', 'Application submitted') },
    'auto-reviewed': { label: label('自动审核通过', 'Passed auto-review') },
    'manual-review': { label: label('转人工审核', 'Referred to manual review') },
    approved: { label: label('审核通过', 'Approved') },
    rejected: { label: label('不予退还', 'Rejected'), final: true },
    'order-issued': { label: label('开具收入退还书', 'Refund order issued') },
    paid: { label: label('退税到账', 'Refund received'), final: true },
    lapsed: { label: label('超过三年期限失效', 'Lapsed: window expired'), final: true },
  },
  events: {
    remind: {
      from: ['detected'],
      to: 'reminded',
      label: label('发送多缴提醒', 'Send the reminder'),
      basis: STATUS_BASIS.reminded,
      // An overpayment the authority finds starts its 10-day clock on discovery (实施细则 第七十八条).
      assign: (c, e) =>
        c.discovery === 'authority' ? { ...c, processBy: deadlineFrom('authority', e.at) } : c,
    },
    // The authority finds the overpayment itself (实施细则 第七十八条 "税务机关发现的") and notifies
    // the taxpayer: the route becomes the authority's, with no look-back window (征管法 第五十一条)
    // and a 10-day clock from that day.
    notify: {
      from: ['detected', 'reminded'],
      to: 'reminded',
      label: label(
        '税务机关发现多缴并通知纳税人',
        'Authority finds the overpayment and notifies the taxpayer',
      ),
      basis: cited(CITES.rules78, CITES.art51),
      assign: (c, e) => ({
        overpaymentId: c.overpaymentId,
        discovery: 'authority',
        processBy: deadlineFrom('authority', e.at),
      }),
    },
    prefill: {
      from: ['reminded'],
      to: 'prefilled',
      label: label('预填退税申请', 'Pre-fill the application'),
      basis: STATUS_BASIS.prefilled,
      guard: claimInWindow,
    },
    submit: {
      // From 'reminded' too: a form the authority's notice asked for, without the pre-fill.
      from: ['detected', 'reminded', 'prefilled'],
      to: 'submitted',
      label: label('提交退税申请', 'Submit the claim'),
      basis: STATUS_BASIS.submitted,
      guard: claimInWindow,
      // A taxpayer's claim starts the 30-day clock (实施细则 第七十八条).
      assign: (c, e) =>
        c.discovery === 'taxpayer' ? { ...c, processBy: deadlineFrom('taxpayer', e.at) } : c,
    },
    'auto-review': {
      from: ['submitted'],
      to: (_, e) => (e.failed.length > 0 ? 'manual-review' : 'auto-reviewed'),
      targets: ['auto-reviewed', 'manual-review'],
      label: label('自动审核', 'Auto-review'),
      basis: STATUS_BASIS['auto-reviewed'],
      basisOf: (_, __, to) => STATUS_BASIS[to],
      payload: z.object({ failed: z.array(z.string()) }),
    },
    refer: {
      from: ['submitted'],
      to: 'manual-review',
      label: label('转人工审核', 'Refer to manual review'),
      basis: STATUS_BASIS['manual-review'],
    },
    approve: {
      from: ['auto-reviewed', 'manual-review'],
      to: 'approved',
      label: label('审核通过', 'Approve'),
      basis: STATUS_BASIS.approved,
    },
    reject: {
      from: ['manual-review'],
      to: 'rejected',
      label: label('不予退还', 'Reject'),
      basis: STATUS_BASIS.rejected,
      payload: z.object({ reason: z.string() }),
    },
    'issue-order': {
      from: ['approved'],
      to: 'order-issued',
      label: label('开具收入退还书', 'Issue the refund order'),
      basis: STATUS_BASIS['order-issued'],
    },
    pay: {
      from: ['order-issued'],
      to: 'paid',
      label: label('国库退付', 'Pay out'),
      basis: STATUS_BASIS.paid,
    },
    lapse: {
      from: ['detected', 'reminded', 'prefilled'],
      to: 'lapsed',
      label: label('期限届满失效', 'Lapse'),
      basis: STATUS_BASIS.lapsed,
      guard: (v, e) => {
        const w = v.context.windowEndsOn;
        if (!w) {
          return {
            code: 'no-lapse-ex-officio',
            reason: label('税务机关发现的多缴税款退还不受期限限制', 'an authority refund never lapses'),
            basis: cited(CITES.art51),
          };
        }
        return e.at <= w
          ? {
              code: 'window-open',
              reason: label(`申请期限至 ${w}`, `the window runs until ${w}`),
              basis: window,
            }
          : undefined;
      },
    },
  },
});

/**
 * Starts the process of an overpayment on the day it is detected.
 * @throws ValidationError naming `overpayment`, `discovery` or `at`.
 * @example
 * const p = startProcess(op, 'taxpayer', civilDate('2022-03-01')); // p.state === 'detected'
 */
export function startProcess(
  overpayment: Overpayment,
  discovery: 'authority' | 'taxpayer',
  at: CivilDate,
): RefundProcess {
  parse(overpaymentSchema, overpayment, 'overpayment');
  parse(discoverySchema, discovery, 'discovery');
  parse(civilDateSchema, at, 'at');
  return openProcess(overpayment, discovery, at);
}

/**
 * {@link startProcess} of an overpayment the ledger detected, on a date already checked (the batch
 * path's case plans). Internal.
 * @throws ValidationError naming `at` when it is before the settlement date.
 */
export function openProcess(
  overpayment: Overpayment,
  discovery: 'authority' | 'taxpayer',
  at: CivilDate,
): RefundProcess {
  if (at < overpayment.settledOn) {
    throw ValidationError.of(
      'at',
      'must be a real date not before the settlement date',
      '必须是不早于结算缴纳日的有效日期',
    );
  }
  const context: RefundContext = {
    overpaymentId: overpayment.id,
    discovery,
    ...(discovery === 'taxpayer' ? { windowEndsOn: windowEnd(overpayment.settledOn) } : {}),
  };
  return refundMachine.start(context, at);
}

/**
 * The event types the process's state accepts (timing and the window aside): for "why not"
 * answers and UIs.
 * @throws ValidationError naming `snapshot` when `process` is not a refund process.
 * @example
 * allowedEvents(p) // ['remind', 'notify', 'submit', 'lapse']
 */
export function allowedEvents(process: RefundProcess): readonly RefundEventType[] {
  return refundMachine.allowedEvents(process);
}

/**
 * The pure transition: `process` advanced by `event`, or `{ ok: false, error }` when the event is
 * not allowed now (wrong state, time running backwards, a claim after the window, a lapse before
 * it ends). Never mutates `process`.
 * @throws ValidationError naming `snapshot…` or `event.<field>` when they are not a process or an event.
 * @example
 * const r = tryTransition(p, { type: 'remind', at: civilDate('2022-03-01') }); // r.ok === true
 */
export function tryTransition(
  process: RefundProcess,
  event: RefundEvent,
): TransitionResult<RefundStatus, RefundContext, RefundEvent, never> {
  return refundMachine.transition(process, event);
}

/**
 * XState-style `transition(state, event) -> next`; an illegal event throws InvalidTransitionError.
 * @example
 * const q = transition(p, { type: 'remind', at: civilDate('2022-03-01') }); // q.state === 'reminded'
 */
export function transition(process: RefundProcess, event: RefundEvent): RefundProcess {
  return refundMachine.apply(process, event);
}

/**
 * Whether a status is final (rejected, paid, lapsed).
 * @throws ValidationError naming `status` when it is not a refund status.
 * @example
 * isFinal('paid') // true
 */
export function isFinal(status: RefundStatus): boolean {
  parse(statusSchema, status, 'status');
  return refundMachine.isFinal(status);
}
