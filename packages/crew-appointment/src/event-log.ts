// The event log of a year (recorded only when the caller passed a log): one case per appointment
// and variant, its events in time order; each reform record carries the findings of its check.
import type { EventLog, LogAttributes, Variant } from '@gd-ftz/core';
import type { YearDays } from './calendar-cache';
import { CHANNELS, type YearResult } from './simulate';
import { DAY } from './world';

const ACTIVITIES = {
  'sign-on': { zh: '上船', en: 'Sign on' },
  record: { zh: '任职登记', en: 'Record' },
  check: { zh: '适任核查', en: 'Competence check' },
  refuse: { zh: '开航前发现不适任', en: 'Refused before sailing' },
  sail: { zh: '开航', en: 'Sail' },
  remove: { zh: '开航后发现不适任离船', en: 'Removed after sailing' },
  'sign-off': { zh: '解职', en: 'Sign off' },
} as const;

type Row = { at: number; activity: keyof typeof ACTIVITIES; resource: string; attributes?: LogAttributes };

/** Records every appointment of `r` in both variants. */
export function logYear(log: EventLog, r: YearResult, days: YearDays): void {
  log.defineActivities(ACTIVITIES);
  const w = r.world;
  const time = (t: number) => {
    const d = Math.floor(t / DAY);
    return { date: days.date(d), minute: Math.round(t - d * DAY) };
  };
  for (const variant of ['baseline', 'reform'] as const satisfies readonly Variant[]) {
    const s = r[variant];
    for (let i = 0; i < w.count; i++) {
      const t = w.signOn[i] as number;
      const rows: Row[] = [{ at: t, activity: 'sign-on', resource: 'ship' }];
      const rec = s.recordAt[i] as number;
      const channel = CHANNELS[s.channel[i] as number] as string;
      if (rec >= 0) {
        rows.push({ at: rec, activity: 'record', resource: channel });
        if (variant === 'reform') {
          const findings = r.findings[i] ?? [];
          rows.push({
            at: rec,
            activity: 'check',
            resource: 'system',
            attributes: { ok: findings.length === 0, findings: findings.join(' ') },
          });
        }
      }
      const caught = s.caught[i] === 1;
      const removed = s.removedAt[i] as number;
      if (caught) rows.push({ at: rec, activity: 'refuse', resource: 'officer' });
      else {
        rows.push({ at: r.sail[i] as number, activity: 'sail', resource: 'ship' });
        if (removed >= 0) rows.push({ at: removed, activity: 'remove', resource: 'inspector' });
        else rows.push({ at: w.signOff[i] as number, activity: 'sign-off', resource: 'ship' });
      }
      rows.sort((a, b) => a.at - b.at);
      const id = `C${String(i + 1).padStart(7, '0')}`;
      const fleetShip = w.ships[w.ship[i] as number];
      const rec2 = log.startCase(variant, id, 'appointment', {
        attributes: {
          ship: fleetShip?.ship.imo ?? `ship-${w.ship[i]}`,
          domestic: fleetShip?.domestic ?? false,
          competent: r.nonCompliant[i] !== 1,
        },
      });
      for (const row of rows) {
        rec2.event(row.activity, time(row.at), {
          resource: row.resource,
          ...(row.attributes ? { attributes: row.attributes } : {}),
        });
      }
    }
  }
}
