// The event log of a run (recorded only when the caller passed a log): one case per service and
// variant, its events in time order.
import { type EventLog, fromEpochMinutes, MINUTES_PER_DAY, parseDateTime, toEpochDay } from '@gd-ftz/core';
import type { BatchResult } from './simulate';

const ACTIVITIES = {
  request: { zh: '使用方提出需求', en: 'User asks for data' },
  'visit-holder': { zh: '到部门申请证明', en: 'Visit a department' },
  'collect-copy': { zh: '领取盖章证明', en: 'Collect a certified copy' },
  deliver: { zh: '交给使用方', en: 'Hand over to the user' },
  approve: { zh: '应用内授权', en: 'Approve in the app' },
  serve: { zh: '部门按授权提供数据', en: 'Department serves the scoped item' },
  withdraw: { zh: '撤回授权', en: 'Withdraw consent' },
  reuse: { zh: '撤回后再次使用', en: 'Use after withdrawal' },
  'deny-reuse': { zh: '撤回后的请求被拒绝', en: 'Request after withdrawal denied' },
} as const;

type Row = { at: number; activity: keyof typeof ACTIVITIES; resource: string };

const minutesOf = (s: string) => {
  const dt = parseDateTime(s, 'at');
  return toEpochDay(dt.date) * MINUTES_PER_DAY + dt.minute;
};
const dayMinutes = (d: string, minute = 9 * 60) => toEpochDay(d) * MINUTES_PER_DAY + minute;

/** Records every service of `r` in both variants. */
export function logRun(log: EventLog, r: BatchResult): void {
  log.defineActivities(ACTIVITIES);
  const write = (variant: 'baseline' | 'reform', id: string, rows: Row[]) => {
    rows.sort((a, b) => a.at - b.at);
    const rec = log.startCase(variant, id, 'service');
    for (const row of rows) rec.event(row.activity, fromEpochMinutes(row.at), { resource: row.resource });
  };
  r.baseline.forEach((c) => {
    const s = c.service;
    const rows: Row[] = [
      { at: dayMinutes(s.requestDay, s.requestMinute), activity: 'request', resource: s.user },
    ];
    c.visits.forEach((v, j) => {
      const holder = s.parts[j]?.holder ?? 'department';
      rows.push({ at: dayMinutes(v.visit, 9 * 60 + j), activity: 'visit-holder', resource: holder });
      if (v.ready !== v.visit)
        rows.push({ at: dayMinutes(v.ready, 10 * 60 + j), activity: 'collect-copy', resource: holder });
    });
    rows.push({ at: dayMinutes(c.deliveredOn, 16 * 60), activity: 'deliver', resource: s.user });
    if (c.usedAfterWithdrawal) {
      const w = dayMinutes(c.deliveredOn, 16 * 60) + s.withdrawAfterDays * MINUTES_PER_DAY;
      rows.push({ at: w, activity: 'withdraw', resource: 'principal' });
      rows.push({ at: w + s.reuseAfterDays * MINUTES_PER_DAY, activity: 'reuse', resource: s.user });
    }
    write('baseline', s.id, rows);
  });
  r.reform.forEach((c) => {
    const s = c.service;
    const rows: Row[] = [
      { at: minutesOf(c.requestedAt), activity: 'request', resource: s.user },
      { at: minutesOf(c.approvedAt), activity: 'approve', resource: 'principal' },
    ];
    for (const part of s.parts)
      rows.push({ at: minutesOf(c.approvedAt), activity: 'serve', resource: part.holder });
    if (c.revokedAt !== undefined)
      rows.push({ at: minutesOf(c.revokedAt), activity: 'withdraw', resource: 'principal' });
    if (c.reuseAt !== undefined)
      rows.push({ at: minutesOf(c.reuseAt), activity: 'deny-reuse', resource: 'space' });
    write('reform', s.id, rows);
  });
}
