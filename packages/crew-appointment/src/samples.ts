// Sample appointments for the report, in both variants, with their full traces: the reform trace
// holds every test of checkCrewPost as a cited step and the manning result. Internal.
import { cited, type SampleCase, type TraceStep } from '@gd-ftz/core';
import type { YearDays } from './calendar-cache';
import { checkValid } from './check-post';
import { CITES } from './law';
import { CHANNELS, type KeptCase, type YearResult } from './simulate';
import { DAY } from './world';

/** `YYYY-MM-DDTHH:mm` of minute `t` of the simulated year. */
function stamp(days: YearDays, t: number): string {
  const d = Math.floor(t / DAY);
  const m = Math.round(t - d * DAY);
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${days.date(d)}T${hh}:${mm}`;
}

function sampleOf(r: YearResult, c: KeptCase, days: YearDays, variant: 'baseline' | 'reform'): SampleCase {
  const i = c.index;
  const s = r[variant];
  const t = r.world.signOn[i] as number;
  const id = `C${String(i + 1).padStart(7, '0')}`;
  const channel = CHANNELS[s.channel[i] as number] as string;
  const steps: TraceStep[] = [
    {
      id: 'appointment.sign-on',
      kind: 'step',
      title: { zh: '上船任职', en: 'Sign on' },
      fired: true,
      inputs: { appointment: id, rank: c.rank, imo: c.fleetShip.ship.imo },
      basis: cited(CITES.competence),
      at: stamp(days, t),
    },
  ];
  const rec = s.recordAt[i] as number;
  if (rec >= 0) {
    steps.push({
      id: `appointment.record.${channel}`,
      kind: 'step',
      title: { zh: '任职登记', en: 'Record' },
      fired: true,
      inputs: { channel },
      result: stamp(days, rec),
      basis: variant === 'baseline' ? cited(CITES.serviceBook) : cited(CITES.noInPerson, CITES.portReport),
      at: stamp(days, rec),
    });
  }
  if (variant === 'reform' && rec >= 0) {
    // The check the record ran, traced: every test a cited rule.
    const check = checkValid(c.seafarer, { rank: c.rank }, c.fleetShip.ship, c.recordDate, { trace: true });
    steps.push(...(check.trace?.steps ?? []));
    steps.push({
      id: 'appointment.manning',
      kind: 'rule',
      title: { zh: '最低安全配员核对', en: 'Minimum safe manning' },
      fired: c.shortfall.length > 0,
      inputs: { shortRanks: [...c.shortfall] },
      basis: cited(CITES.safeManning),
      at: c.recordDate,
    });
  }
  const caught = s.caught[i] === 1;
  steps.push({
    id: caught ? 'appointment.refuse' : 'appointment.sail',
    kind: 'step',
    title: caught
      ? { zh: '开航前发现不适任，换人', en: 'Caught before sailing, replaced' }
      : { zh: '开航', en: 'Sail' },
    fired: true,
    inputs: { caughtBeforeSailing: caught },
    basis: cited(CITES.masterConfirms),
    at: stamp(days, r.sail[i] as number),
  });
  const removed = s.removedAt[i] as number;
  if (removed >= 0) {
    steps.push({
      id: 'appointment.remove',
      kind: 'step',
      title: { zh: '开航后发现不适任，责令离船', en: 'Found at sea, removed at the next port' },
      fired: true,
      inputs: {},
      basis: cited(CITES.competence, CITES.safeManning),
      at: stamp(days, removed),
    });
  }
  const findings = r.findings[i] ?? [];
  return {
    id: `${id}-${variant}`,
    variant,
    title: {
      zh: `任职 ${id}（${c.rank}，${findings.length > 0 ? '不适任' : '适任'}）`,
      en: `Appointment ${id} (${c.rank}, ${findings.length > 0 ? 'not competent' : 'competent'})`,
    },
    summary: {
      zh: rec >= 0 ? `上船后 ${((rec - t) / 60).toFixed(1)} 小时完成登记（${channel}）` : '未登记',
      en:
        rec >= 0 ? `recorded ${((rec - t) / 60).toFixed(1)} h after sign-on (${channel})` : 'never recorded',
    },
    trace: {
      subject: id,
      outcome: caught
        ? { zh: '开航前发现不适任', en: 'caught before sailing' }
        : { zh: '随船开航', en: 'sailed with the ship' },
      steps,
    },
  };
}

/**
 * The report's samples: the first recorded appointment and the first non-compliant one, in both
 * variants.
 * @example
 * samplesOf(result, days).map((s) => s.variant) // ['baseline', 'reform', 'baseline', 'reform']
 */
export function samplesOf(r: YearResult, days: YearDays): SampleCase[] {
  const first = r.kept[0];
  const bad = r.kept.find((c) => (r.findings[c.index] ?? []).length > 0);
  const cases = [first, bad === first ? undefined : bad].filter((c): c is KeptCase => c !== undefined);
  return cases.flatMap((c) => [sampleOf(r, c, days, 'baseline'), sampleOf(r, c, days, 'reform')]);
}
