// The life of one overpayment as a pure state machine, timed on the statutory calendar:
// detected → reminded → prefilled → submitted → auto-reviewed | manual-review → approved | rejected
// → order-issued → paid, or lapsed when the taxpayer's window expires unclaimed.
import {
  assumption,
  type CivilDate,
  cited,
  InvalidTransitionError,
  isCivilDate,
  type LegalBasis,
  ValidationError,
} from '@gd-ftz/core';
import { CITES } from './law';
import type { Overpayment } from './model';
import { claimWindowEnd, processingDeadline } from './windows';

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
/** One of {@link REFUND_STATUSES}. */
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** What can happen to a refund process; `at` is the civil date it happens. */
export type RefundEvent =
  | { readonly type: 'REMIND'; readonly at: CivilDate }
  | { readonly type: 'PREFILL'; readonly at: CivilDate }
  | { readonly type: 'SUBMIT'; readonly at: CivilDate }
  | { readonly type: 'AUTO_REVIEW'; readonly at: CivilDate; readonly failed: readonly string[] }
  | { readonly type: 'REFER'; readonly at: CivilDate }
  | { readonly type: 'APPROVE'; readonly at: CivilDate }
  | { readonly type: 'REJECT'; readonly at: CivilDate; readonly reason: string }
  | { readonly type: 'ISSUE_ORDER'; readonly at: CivilDate }
  | { readonly type: 'PAY'; readonly at: CivilDate }
  | { readonly type: 'LAPSE'; readonly at: CivilDate };
/** The type names of {@link RefundEvent}. */
export type RefundEventType = RefundEvent['type'];

/** One entry of a process's history. */
export interface HistoryEntry {
  readonly status: RefundStatus;
  readonly at: CivilDate;
  readonly event: RefundEventType | 'DETECT';
}

/** The immutable state of one refund process. */
export interface RefundProcess {
  readonly overpaymentId: string;
  readonly status: RefundStatus;
  readonly since: CivilDate;
  readonly discovery: 'authority' | 'taxpayer';
  /** Last day to claim (taxpayer route only: the authority's refund has no look-back limit). */
  readonly windowEndsOn?: CivilDate;
  /** Statutory last day to process, set when the clock starts (claim, or authority discovery). */
  readonly processBy?: CivilDate;
  readonly history: readonly HistoryEntry[];
}

const TABLE: Readonly<Record<RefundStatus, Partial<Record<RefundEventType, RefundStatus>>>> = {
  detected: { REMIND: 'reminded', SUBMIT: 'submitted', LAPSE: 'lapsed' },
  reminded: { PREFILL: 'prefilled', LAPSE: 'lapsed' },
  prefilled: { SUBMIT: 'submitted', LAPSE: 'lapsed' },
  submitted: { AUTO_REVIEW: 'auto-reviewed', REFER: 'manual-review' },
  'auto-reviewed': { APPROVE: 'approved' },
  'manual-review': { APPROVE: 'approved', REJECT: 'rejected' },
  approved: { ISSUE_ORDER: 'order-issued' },
  'order-issued': { PAY: 'paid' },
  rejected: {},
  paid: {},
  lapsed: {},
};

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

/**
 * Starts the process of an overpayment on the day it is detected.
 * @throws ValidationError naming `overpayment` or `at`.
 * @example
 * const p = startProcess(op, 'taxpayer', civilDate('2022-03-01')); // p.status === 'detected'
 */
export function startProcess(
  overpayment: Overpayment,
  discovery: 'authority' | 'taxpayer',
  at: CivilDate,
): RefundProcess {
  if (typeof overpayment !== 'object' || overpayment === null || !isCivilDate(overpayment.settledOn)) {
    throw ValidationError.of(
      'overpayment',
      'must be an overpayment from detectOverpayments',
      '必须是 detectOverpayments 的结果',
    );
  }
  if (discovery !== 'authority' && discovery !== 'taxpayer') {
    throw ValidationError.of(
      'discovery',
      "must be 'authority' or 'taxpayer'",
      "必须是 'authority' 或 'taxpayer'",
    );
  }
  if (!isCivilDate(at) || at < overpayment.settledOn) {
    throw ValidationError.of(
      'at',
      'must be a real date not before the settlement date',
      '必须是不早于结算缴纳日的有效日期',
    );
  }
  return Object.freeze({
    overpaymentId: overpayment.id,
    status: 'detected',
    since: at,
    discovery,
    ...(discovery === 'taxpayer' ? { windowEndsOn: claimWindowEnd(overpayment.settledOn) } : {}),
    history: Object.freeze([{ status: 'detected', at, event: 'DETECT' } as const]),
  });
}

const STATUS_SET: ReadonlySet<string> = new Set(REFUND_STATUSES);

/** Bad input (not a process, not an event) is a ValidationError; a refused event is a value. */
function checkState(state: unknown): asserts state is RefundProcess {
  const s = state as Partial<RefundProcess> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.status !== 'string' ||
    !STATUS_SET.has(s.status) ||
    !isCivilDate(s.since)
  ) {
    throw ValidationError.of(
      'state',
      'must be a process from startProcess/transition',
      '必须是 startProcess/transition 的结果',
    );
  }
}

function checkEvent(event: unknown): asserts event is RefundEvent {
  const e = event as Partial<RefundEvent> | null;
  if (
    typeof e !== 'object' ||
    e === null ||
    typeof e.type !== 'string' ||
    !Object.hasOwn(EVENT_TYPES, e.type)
  ) {
    throw ValidationError.of(
      'event.type',
      `must be one of ${Object.keys(EVENT_TYPES).join(', ')}`,
      '未知事件类型',
    );
  }
  if (!isCivilDate(e.at))
    throw ValidationError.of('event.at', 'must be a real date YYYY-MM-DD', '必须是有效日期 YYYY-MM-DD');
  if (e.type === 'AUTO_REVIEW' && !Array.isArray((e as { failed?: unknown }).failed)) {
    throw ValidationError.of('event.failed', 'must be an array of reasons', '必须是原因数组');
  }
}

const EVENT_TYPES: Readonly<Record<RefundEventType, true>> = {
  REMIND: true,
  PREFILL: true,
  SUBMIT: true,
  AUTO_REVIEW: true,
  REFER: true,
  APPROVE: true,
  REJECT: true,
  ISSUE_ORDER: true,
  PAY: true,
  LAPSE: true,
};

/** Why `event` cannot happen in `state`, or undefined when it can. */
function refusal(state: RefundProcess, event: RefundEvent): string | undefined {
  if (!TABLE[state.status][event.type]) return `${state.status} does not accept ${event.type}`;
  if (event.at < state.since) return `time runs forward: ${event.at} is before ${state.since}`;
  const w = state.windowEndsOn;
  if (event.type === 'LAPSE' && (!w || event.at <= w))
    return w ? `the window runs until ${w}` : 'an authority refund never lapses';
  if ((event.type === 'SUBMIT' || event.type === 'PREFILL') && w && event.at > w)
    return `the window ended on ${w}`;
  return undefined;
}

/**
 * The event types `state` accepts (timing aside): for "why not" answers and UIs.
 * @example
 * allowedEvents(p) // ['REMIND', 'SUBMIT', 'LAPSE']
 */
export function allowedEvents(state: RefundProcess): RefundEventType[] {
  checkState(state);
  return Object.keys(TABLE[state.status]) as RefundEventType[];
}

/**
 * The pure transition: `state` advanced by `event`, or `{ ok: false, error }` when the event is not
 * allowed now (wrong state, time running backwards, a claim after the window, a lapse before it
 * ends). Never mutates `state`.
 * @throws ValidationError naming `state` or `event.<field>` when they are not a process or an event.
 * @example
 * const r = tryTransition(p, { type: 'REMIND', at: civilDate('2022-03-01') }); // r.ok === true
 */
export function tryTransition(
  state: RefundProcess,
  event: RefundEvent,
):
  | { readonly ok: true; readonly state: RefundProcess }
  | { readonly ok: false; readonly error: InvalidTransitionError } {
  checkState(state);
  checkEvent(event);
  const why = refusal(state, event);
  if (why !== undefined)
    return { ok: false, error: new InvalidTransitionError(state.status, event.type, why) };
  let next = TABLE[state.status][event.type] as RefundStatus;
  if (event.type === 'AUTO_REVIEW' && event.failed.length > 0) next = 'manual-review';
  let processBy = state.processBy;
  if (event.type === 'SUBMIT' && state.discovery === 'taxpayer')
    processBy = processingDeadline('taxpayer', event.at);
  if (event.type === 'REMIND' && state.discovery === 'authority')
    processBy = processingDeadline('authority', event.at);
  return {
    ok: true,
    state: Object.freeze({
      ...state,
      status: next,
      since: event.at,
      ...(processBy ? { processBy } : {}),
      history: Object.freeze([...state.history, { status: next, at: event.at, event: event.type }]),
    }),
  };
}

/**
 * XState-style `transition(state, event) -> next`; an illegal event throws InvalidTransitionError.
 * @example
 * const q = transition(p, { type: 'REMIND', at: civilDate('2022-03-01') }); // q.status === 'reminded'
 */
export function transition(state: RefundProcess, event: RefundEvent): RefundProcess {
  const r = tryTransition(state, event);
  if (!r.ok) throw r.error;
  return r.state;
}

/**
 * Whether a status is final (rejected, paid, lapsed).
 * @example
 * isFinal('paid') // true
 */
export function isFinal(status: RefundStatus): boolean {
  if (!STATUS_SET.has(status))
    throw ValidationError.of('status', 'must be a refund status', '必须是退税流程状态');
  return Object.keys(TABLE[status]).length === 0;
}
