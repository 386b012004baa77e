// The cases of a run as event-log entries: each application is a case (object type `application`,
// related to its `taxpayer`). Old process: filed → an officer takes it up → decided. Reform: filed →
// the rules run on the retrieved data → decided by the system, or referred → an officer takes it up →
// decided. Times are the simulation's minutes turned into Beijing civil time to the millisecond.
import { type CivilDate, type EventLog, simLogTime } from '@gd-ftz/core';
import type { CaseRun } from './simulation';

/** The activities of this engine's log, registered once per log. */
export const INVOICE_ACTIVITIES = {
  apply: { zh: '提交发票票种核定申请', en: 'Application filed' },
  'rule-check': { zh: '规则引擎取数并核验', en: 'Rules checked on retrieved data' },
  refer: { zh: '转人工审批', en: 'Referred to an officer' },
  'officer-review': { zh: '税务人员开始审核', en: 'Officer review started' },
  decide: { zh: '作出核定决定', en: 'Decision made' },
} as const;

/**
 * Records every application's path in both processes. `baseStart` / `refStart` hold when an
 * officer took each file up (NaN when none did).
 * @example
 * if (log) logCases(log, startDate, cases, base.startedAt, ref.startedAt);
 */
export function logCases(
  log: EventLog,
  startDate: string,
  cases: readonly CaseRun[],
  baseStart: Float64Array,
  refStart: Float64Array,
): void {
  const day = startDate as CivilDate;
  const at = (t: number) => simLogTime(day, t);
  cases.forEach((c, i) => {
    const app = c.application;
    const details = {
      attributes: { routed: c.routed, dueBy: c.dueBy },
      objects: [{ id: app.taxpayer.uscc, type: 'taxpayer', qualifier: 'applicant' }],
    };
    const b = log.startCase('baseline', app.id, 'application', details);
    b.event('apply', at(c.arrival), { resource: 'tax-office-window' });
    const bStart = baseStart[i] as number;
    if (Number.isFinite(bStart)) b.event('officer-review', at(bStart), { resource: 'tax-officer' });
    if (Number.isFinite(c.baseline.decidedAt)) {
      b.event('decide', at(c.baseline.decidedAt), {
        resource: 'tax-officer',
        attributes: { reviewMinutes: c.baseline.reviewMinutes, differsFromRules: c.baseline.differs },
      });
    }
    const r = log.startCase('reform', app.id, 'application', details);
    r.event('apply', at(c.arrival), { resource: 'e-tax-bureau' });
    const checked = c.arrival + latencyOf(c);
    r.event('rule-check', at(checked), { resource: 'rule-engine', attributes: { decision: c.engine } });
    if (c.reform.auto) {
      r.event('decide', at(c.reform.decidedAt), {
        resource: 'rule-engine',
        attributes: { decision: c.engine },
      });
      return;
    }
    r.event('refer', at(checked), {
      resource: 'rule-engine',
      // A data source still down after the retries: the rules could not be evaluated.
      ...(c.reform.sourceDown ? { attributes: { sourceDown: true } } : {}),
    });
    const rStart = refStart[i] as number;
    if (Number.isFinite(rStart)) r.event('officer-review', at(rStart), { resource: 'tax-officer' });
    if (Number.isFinite(c.reform.decidedAt)) {
      r.event('decide', at(c.reform.decidedAt), {
        resource: 'tax-officer',
        attributes: { reviewMinutes: c.reform.officerMinutes, differsFromRules: c.reform.differs },
      });
    }
  });
}

/** Minutes of data retrieval before the rules ran: the reform's hands-on time less the officer's. */
function latencyOf(c: CaseRun): number {
  return c.reform.handlingMinutes - c.reform.officerMinutes;
}
