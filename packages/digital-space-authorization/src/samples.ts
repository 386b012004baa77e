// One sample service in both variants with its full trace: every step cites its legal basis or is
// a marked assumption. Internal: not exported from src/index.ts.
import { assumption, type Citation, cited, type SampleCase, type TraceStep } from '@gd-ftz/core';
import { requirementOf } from './consent';
import { CITES } from './law';
import type { BaselineCase, BatchResult, ReformCase } from './simulate';

const PAPER = assumption(
  {
    zh: '假设：改革前数据主体到各部门开具盖章证明并交给使用方，使用方留存',
    en: 'Assumption: before the reform the principal fetches a certified copy at each department for the user, who keeps it',
  },
  CITES.seed,
);

function baselineSteps(c: BaselineCase): TraceStep[] {
  const s = c.service;
  const steps: TraceStep[] = c.visits.map((v, j) => ({
    id: 'baseline.copy',
    kind: 'step',
    title: { zh: `到${s.parts[j]?.holder}开具证明`, en: `Certified copy at ${s.parts[j]?.holder}` },
    fired: true,
    inputs: { visit: v.visit, issueDays: s.parts[j]?.issueDays ?? 0 },
    result: v.ready,
    basis: PAPER,
    at: v.visit,
  }));
  steps.push({
    id: 'baseline.deliver',
    kind: 'step',
    title: { zh: '交给使用方', en: 'Handed to the user' },
    fired: true,
    inputs: { trips: c.trips, itemsBeyondNeed: c.itemsBeyondNeed },
    result: c.deliveredOn,
    basis: PAPER,
    at: c.deliveredOn,
  });
  return steps;
}

function reformSteps(c: ReformCase): TraceStep[] {
  const s = c.service;
  const items = s.parts.map((p) => p.item);
  const req = requirementOf(s.subject, { categories: items, recipient: 'third-party' }, s.requestDay);
  const steps: TraceStep[] = [
    {
      id: 'reform.consent',
      kind: 'rule',
      title: { zh: '法定同意方式', en: 'Consent the law requires' },
      fired: true,
      inputs: { subject: s.subject.kind, items: items.join(' '), recipient: 'third-party' },
      result: req.kind,
      basis: cited(req.basis[0] as Citation, ...req.basis.slice(1)),
      at: c.requestedAt.slice(0, 10),
    },
    {
      id: 'reform.grant',
      kind: 'step',
      title: { zh: '数据主体在应用内授权', en: 'Principal approves in the app' },
      fired: true,
      inputs: { consent: c.consent, approvedAt: c.approvedAt },
      result: c.grantId,
      basis: cited(CITES.purpose, CITES.otherHandler),
      at: c.approvedAt.slice(0, 10),
    },
    {
      id: 'reform.decide',
      kind: 'rule',
      title: { zh: '按授权范围提供数据', en: 'Scoped items served on a covering grant' },
      fired: true,
      inputs: { permits: c.permits },
      result: 'permit',
      basis: cited(CITES.otherHandler, CITES.records),
      at: c.approvedAt.slice(0, 10),
    },
  ];
  if (c.revokedAt !== undefined)
    steps.push({
      id: 'reform.revoke',
      kind: 'step',
      title: { zh: '撤回授权', en: 'Consent withdrawn' },
      fired: true,
      inputs: { at: c.revokedAt },
      basis: cited(CITES.withdrawal),
      at: c.revokedAt.slice(0, 10),
    });
  if (c.reuseAt !== undefined)
    steps.push({
      id: 'reform.deny',
      kind: 'rule',
      title: { zh: '撤回后的请求被拒绝', en: 'Request after withdrawal denied' },
      fired: true,
      inputs: { at: c.reuseAt },
      result: `permitted ${c.usesAfterWithdrawal}`,
      basis: cited(CITES.withdrawal),
      at: c.reuseAt.slice(0, 10),
    });
  return steps;
}

/**
 * The report's samples: the first service whose principal withdrew and whose user tried again.
 * @example
 * samplesOf(result).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(r: BatchResult): SampleCase[] {
  const i = Math.max(
    0,
    r.services.findIndex((s) => s.withdraws && s.reuses),
  );
  const b = r.baseline[i];
  const f = r.reform[i];
  if (b === undefined || f === undefined) return [];
  const id = b.service.id;
  return [
    {
      id: `${id}-baseline`,
      variant: 'baseline',
      title: { zh: `服务 ${id}（纸质证明）`, en: `Service ${id} (paper copies)` },
      summary: {
        zh: `${b.days} 天送达，跑动 ${b.trips} 次，多披露 ${b.itemsBeyondNeed} 项`,
        en: `data after ${b.days} days, ${b.trips} trips, ${b.itemsBeyondNeed} items beyond need`,
      },
      trace: {
        subject: id,
        outcome: { zh: `${b.deliveredOn} 交给使用方`, en: `handed over on ${b.deliveredOn}` },
        steps: baselineSteps(b),
      },
    },
    {
      id: `${id}-reform`,
      variant: 'reform',
      title: { zh: `服务 ${id}（数字空间授权）`, en: `Service ${id} (digital-space grant)` },
      summary: {
        zh: `${f.consent} 授权，${f.permits} 次调用获准，撤回后获准 ${f.usesAfterWithdrawal} 次`,
        en: `${f.consent} grant, ${f.permits} calls permitted, ${f.usesAfterWithdrawal} after withdrawal`,
      },
      trace: {
        subject: id,
        outcome: { zh: `${f.approvedAt} 提供数据`, en: `data served at ${f.approvedAt}` },
        steps: reformSteps(f),
      },
    },
  ];
}
