// The cases of a run as event-log entries: each overpayment is a case (object type `overpayment`,
// related to its `taxpayer`), its events read off the refund process's history, with the offset
// against arrears and the payment amounts from the settled refund. Called only when a log is given.
import { type CivilDate, type EventLog, Money } from '@gd-ftz/core';
import type { CasePlan, Variant } from './cases';
import type { RefundComputation } from './model';
import type { HistoryEntry, RefundEventType } from './process';

/** The activities of this engine's log, registered once per log. */
export const REFUND_ACTIVITIES = {
  detect: { zh: '多缴税款入账可见', en: 'Overpayment on the account' },
  remind: { zh: '系统提醒纳税人', en: 'Taxpayer reminded' },
  notify: { zh: '税务机关发现并通知纳税人', en: 'Authority finds it and notifies the taxpayer' },
  prefill: { zh: '预填退税申请', en: 'Claim pre-filled' },
  claim: { zh: '提交退税申请', en: 'Refund claimed' },
  'auto-review': { zh: '系统自动审核', en: 'Automatic review' },
  refer: { zh: '转人工审核', en: 'Referred to manual review' },
  approve: { zh: '审核通过', en: 'Claim approved' },
  reject: { zh: '审核不予退还', en: 'Claim refused' },
  'offset-notice': { zh: '填开应退税款抵扣欠缴税款通知书', en: 'Offset notice issued' },
  offset: { zh: '抵扣欠缴税款及滞纳金', en: 'Offset against arrears' },
  order: { zh: '开具税收收入退还书', en: 'Refund order issued' },
  refund: { zh: '国库退付到账', en: 'Refund paid' },
  lapse: { zh: '超过追溯期限失效', en: 'Claim window lapsed' },
} as const;

type Activity = keyof typeof REFUND_ACTIVITIES;

const OF_EVENT: Record<RefundEventType, Activity> = {
  remind: 'remind',
  notify: 'notify',
  prefill: 'prefill',
  submit: 'claim',
  'auto-review': 'auto-review',
  refer: 'refer',
  approve: 'approve',
  reject: 'reject',
  'issue-order': 'order',
  pay: 'refund',
  lapse: 'lapse',
};

function resourceOf(h: HistoryEntry, variant: Variant, manual: boolean): string {
  switch (h.event.type) {
    case 'submit':
      return variant === 'baseline' ? 'tax-office-window' : 'e-tax-bureau';
    case 'notify':
    case 'refer':
    case 'reject':
    case 'issue-order':
      return 'tax-officer';
    case 'approve':
      return manual ? 'tax-officer' : 'system';
    case 'pay':
      return 'treasury';
    default:
      return 'system';
  }
}

/**
 * Records one overpayment's path in one variant.
 * @example
 * if (log) logCase(log, plan, refunds.get(plan.overpayment.id));
 */
export function logCase(log: EventLog, plan: CasePlan, refund: RefundComputation | undefined): void {
  const op = plan.overpayment;
  const rec = log.startCase(plan.variant, op.id, 'overpayment', {
    attributes: { taxType: op.taxType, cause: op.cause, amount: op.amount },
    objects: [{ id: op.taxpayerId, type: 'taxpayer', qualifier: 'overpaid-by' }],
  });
  const { history, started } = plan.process;
  const manual = history.some((h) => h.to === 'manual-review');
  // The process starts in 'detected': the overpayment becomes visible on the account.
  // The machine's clock is 'date', so its start time is a civil date.
  if (started.at !== null)
    rec.event('detect', started.at as CivilDate, { resource: 'system', attributes: { amount: op.amount } });
  for (const h of history) {
    const at = h.event.at;
    const activity = OF_EVENT[h.event.type];
    if (h.event.type === 'issue-order' && refund && refund.offsets.length > 0) {
      const offset = Money.sum(refund.offsets.map((l) => l.tax.add(l.lateFee)));
      // 国税发〔2002〕150号 第四条: the taxpayer is notified of the offset by a notice of its own.
      rec.event('offset-notice', at, { resource: 'tax-officer', attributes: { offset } });
      rec.event('offset', at, { resource: 'system', attributes: { offset } });
    }
    const attributes =
      h.event.type === 'pay' && refund ? { refund: refund.refund, interest: refund.interest } : undefined;
    rec.event(activity, at, {
      resource: resourceOf(h, plan.variant, manual),
      ...(attributes ? { attributes } : {}),
    });
  }
}
