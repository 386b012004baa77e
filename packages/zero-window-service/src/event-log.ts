// The simulated requests as an event log (OCEL/XES/CSV through core), recorded only on request.
import { addDays, type CivilDateTime, type EventLog } from '@gd-ftz/core';
import { CHANNELS, type ChannelOutcome } from './channels';
import { CLASS_ORDER } from './items';
import type { Population } from './population';

const MINUTES_PER_DAY = 1440;

const ACTIVITIES = {
  arrive: { zh: '提出请求', en: 'Request made' },
  'start-service': { zh: '开始办理', en: 'Service started' },
  'back-office': { zh: '后台办理', en: 'Back office' },
  complete: { zh: '办结', en: 'Completed' },
  abandon: { zh: '放弃排队', en: 'Gave up in the queue' },
} as const;

function at(pop: Population, minute: number): CivilDateTime {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  return { date: addDays(pop.startDate, day), minute: Math.floor(minute - day * MINUTES_PER_DAY) };
}

function logVariant(log: EventLog, pop: Population, out: ChannelOutcome): void {
  for (let i = 0; i < pop.n; i++) {
    const channel = CHANNELS[out.channel[i]!]!;
    const rec = log.startCase(out.variant, `R${String(i + 1).padStart(7, '0')}`, 'request', {
      attributes: { itemClass: CLASS_ORDER[pop.cls[i]!]!, channel },
    });
    rec.event('arrive', at(pop, pop.arrival[i]!), { resource: channel });
    if (!Number.isNaN(out.frontStart[i]!))
      rec.event('start-service', at(pop, out.frontStart[i]!), { resource: channel });
    if (!Number.isNaN(out.backStart[i]!))
      rec.event('back-office', at(pop, out.backStart[i]!), { resource: 'back-office' });
    if (out.abandoned[i] === 1)
      rec.event('abandon', at(pop, pop.arrival[i]! + out.wait[i]!), { resource: channel });
    else if (!Number.isNaN(out.completion[i]!))
      rec.event('complete', at(pop, out.completion[i]!), { resource: channel });
  }
}

/** Records every request of both variants. */
export function logRun(
  log: EventLog,
  r: { readonly pop: Population; readonly baseline: ChannelOutcome; readonly reform: ChannelOutcome },
): void {
  log.defineActivities(ACTIVITIES);
  logVariant(log, r.pop, r.baseline);
  logVariant(log, r.pop, r.reform);
}
