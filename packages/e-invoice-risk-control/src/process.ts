// The life of one invoice-risk alert (事中) as a pure state machine (core's defineMachine, timed to
// the minute): raised → queued → cleared | suspended → referred. Suspension is 暂停授信 (the 乐企
// interface's flag); referral hands the case to the monthly one-account check and 稽查 (事后).
import { assumption, cited, defineMachine, type MachineSnapshot, type MachineTypes } from '@gd-ftz/core';
import { CITES } from './law';

/** Every state of an alert. */
export type AlertState = 'raised' | 'queued' | 'cleared' | 'suspended' | 'referred';

/** What can happen to an alert; `at` is the civil date-time `YYYY-MM-DDTHH:mm`. */
export type AlertEvent =
  | { readonly type: 'queue'; readonly at: string }
  | { readonly type: 'clear'; readonly at: string }
  | { readonly type: 'suspend'; readonly at: string }
  | { readonly type: 'refer'; readonly at: string };

/** What an alert carries besides its state. */
export interface AlertContext {
  readonly taxpayerId: string;
  /** 'top-out' (顶额: usage reached the trigger) or 'surge' (突增). */
  readonly signal: 'top-out' | 'surge';
}

/** The immutable state of one alert: a snapshot of {@link alertMachine}. */
export type AlertCase = MachineSnapshot<AlertState, AlertContext, AlertEvent>;

const STAFF = assumption(
  {
    zh: '假设：专人专岗在工作时间内处理预警，处理时长为假设参数',
    en: 'Assumption: dedicated staff handle alerts in working hours; the handling time is an assumption parameter',
  },
  CITES.seed,
);

/**
 * The alert process as a table: start it with `alertMachine.start(context, at)` and step it with the
 * pure `alertMachine.transition(case, event)`.
 * @example
 * alertMachine.table.states.queued.events // ['clear', 'suspend']
 */
export const alertMachine = defineMachine({
  id: 'e-invoice-risk-control.alert',
  initial: 'raised',
  clock: 'date-time',
  types: {} as MachineTypes<AlertContext, AlertEvent>,
  states: {
    raised: { label: { zh: '预警生成', en: 'Raised' } },
    queued: { label: { zh: '待专岗处理', en: 'Queued for staff' } },
    cleared: { label: { zh: '核实排除', en: 'Cleared' }, final: true },
    suspended: { label: { zh: '暂停授信', en: 'Credit suspended' } },
    referred: { label: { zh: '移交风险应对/稽查', en: 'Referred to audit' }, final: true },
  },
  events: {
    queue: {
      from: ['raised'],
      to: 'queued',
      label: { zh: '推送专岗', en: 'Queue for staff' },
      basis: cited(CITES.seed),
    },
    clear: {
      from: ['queued'],
      to: 'cleared',
      label: { zh: '核实排除（含身份验证）', en: 'Clear (after an identity check)' },
      basis: cited(CITES.identityCheck),
    },
    suspend: {
      from: ['queued'],
      to: 'suspended',
      label: { zh: '暂停授信', en: 'Suspend credit' },
      basis: STAFF,
    },
    refer: {
      from: ['suspended'],
      to: 'referred',
      label: { zh: '移交一户式体检与稽查', en: 'Refer to the one-account check and audit' },
      basis: cited(CITES.seed, CITES.abnormalVouchers),
    },
  },
});
