// A firm's year of use as event-log entries, per view: the annual grade set in April, each serious
// breach when it occurs and when the view holds it, and each change of facilitation class at a
// month's end. Called only when a log is given.
import type { CivilDate, EventLog } from '@gd-ftz/core';
import type { FirmRun } from './firm-run';
import { lastDayOf, monthAt, monthIndex } from './month';
import type { Scenario } from './population';

/** The activities of this engine's log, registered once per log. */
export const CREDIT_ACTIVITIES = {
  'annual-grade': { zh: '确定年度纳税信用级别', en: 'Annual grade set' },
  'breach-occurs': { zh: '发生严重失信情形', en: 'Serious breach occurs' },
  'breach-on-record': { zh: '失信信息记载在案', en: 'Breach on record' },
  'class-changed': { zh: '便利类别变动', en: 'Facilitation class changed' },
} as const;

type Activity = keyof typeof CREDIT_ACTIVITIES;
interface Entry {
  readonly activity: Activity;
  readonly at: CivilDate;
  readonly resource: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Records one firm in one view (baseline or reform), its events in time order.
 * @example
 * if (log) for (const v of ['baseline', 'reform'] as const) logFirm(log, run, sc, v);
 */
export function logFirm(log: EventLog, run: FirmRun, sc: Scenario, view: 'baseline' | 'reform'): void {
  const grades = run[view];
  const entries: Entry[] = [
    {
      activity: 'annual-grade',
      at: run.rated[view].asOf,
      resource: 'tax-authority',
      attributes: { grade: run.rated[view].grade, year: String(run.rated[view].year) },
    },
  ];
  for (const c of run.cases) {
    const m = monthIndex(c.date);
    if (m < sc.useFirst || m > sc.last) continue;
    entries.push({
      activity: 'breach-occurs',
      at: c.date,
      resource: c.external ? 'linked-department' : 'tax-authority',
      attributes: { code: c.code },
    });
    if (c[view] <= sc.end) {
      entries.push({
        activity: 'breach-on-record',
        at: c[view],
        resource: view === 'reform' && c.external ? 'data-link' : 'tax-authority',
        attributes: { code: c.code },
      });
    }
  }
  for (let j = 1; j < grades.length; j++) {
    if (grades[j] !== grades[j - 1]) {
      entries.push({
        activity: 'class-changed',
        at: lastDayOf(monthAt(sc.useFirst + j - 1)),
        resource: view === 'reform' ? 'monthly-rescoring' : 'tax-authority',
        attributes: { from: grades[j - 1] as string, to: grades[j] as string },
      });
    }
  }
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const rec = log.startCase(view, run.firm.id, 'firm');
  for (const e of entries) rec.event(e.activity, e.at, { resource: e.resource, attributes: e.attributes });
}
