// The event log of a run (recorded only when the caller passed a log): one case per medical case
// and regime, its events in time order, the boats as resources so that process-mining tools (and
// the tests) can check capacity and order.
import { addDays, type EventLog, type Variant } from '@gd-ftz/core';
import type { RunResult } from './simulate';

const ACTIVITIES = {
  onset: { zh: '发病或受伤', en: 'Onset' },
  call: { zh: '电话接通', en: 'Call through' },
  'first-advice': { zh: '首次获得医疗意见', en: 'First medical advice' },
  decision: { zh: '作出处置决定', en: 'Decision' },
  'boat-out': { zh: '船艇出发', en: 'Boat leaves' },
  'boat-back': { zh: '船艇返回码头', en: 'Boat back at the pier' },
  ashore: { zh: '病员上岸', en: 'Patient ashore' },
  'treat-on-board': { zh: '在船处置', en: 'Treated on board' },
  hospital: { zh: '送达医院', en: 'In hospital' },
  clinic: { zh: '门诊就诊', en: 'Seen at the clinic' },
} as const;

type Activity = keyof typeof ACTIVITIES;
const ROUTES = ['agent', 'mrcc', 'line'] as const;
const SEVERITIES = ['critical', 'serious', 'minor'] as const;
const DISPOSITIONS = ['treat-on-board', 'evacuate', 'land-at-next-berth'] as const;

/**
 * Records every case of `r` (the run of port area `area`) in both regimes; case ids number the areas'
 * cases in turn (area a's case i is `M` + a × casesPerArea + i + 1).
 */
export function logRun(log: EventLog, r: RunResult, area: number, casesPerArea: number): void {
  log.defineActivities(ACTIVITIES);
  const w = r.world;
  const time = (t: number) => {
    const m = Math.round(t);
    const d = Math.floor(m / 1440);
    return { date: addDays(w.start, d), minute: m - d * 1440 };
  };
  for (const variant of ['baseline', 'reform'] as const satisfies readonly Variant[]) {
    const s = r[variant];
    for (let i = 0; i < w.count; i++) {
      const rows: { at: number; activity: Activity; resource: string }[] = [];
      const add = (at: number, activity: Activity, resource: string) => {
        if (!Number.isNaN(at)) rows.push({ at, activity, resource });
      };
      const route = ROUTES[s.route[i] as number] ?? 'agent';
      add(w.t0[i] as number, 'onset', 'ship');
      add(s.callAt[i] as number, 'call', route);
      add(s.adviceAt[i] as number, 'first-advice', s.remote[i] === 1 ? 'remote-doctor' : 'medic');
      add(s.decisionAt[i] as number, 'decision', route);
      const boat = `boats-${area}`;
      add(s.boatStart[i] as number, 'boat-out', boat);
      add(s.boatBack[i] as number, 'boat-back', boat);
      add(s.ashoreAt[i] as number, 'ashore', 'ship');
      const outcome = s.outcome[i];
      add(
        s.careAt[i] as number,
        outcome === 0 ? 'treat-on-board' : outcome === 1 ? 'hospital' : 'clinic',
        'care',
      );
      // Stable sort keeps the causal order of steps at the same minute (a decision at the advice).
      rows.sort((a, b) => a.at - b.at);
      const rec = log.startCase(
        variant,
        `M${String(area * casesPerArea + i + 1).padStart(6, '0')}`,
        'medical-case',
        {
          attributes: {
            severity: SEVERITIES[w.severity[i] as number] ?? 'minor',
            area,
            international: w.international[i] === 1,
            remoteGuidance: s.remote[i] === 1,
            disposition: DISPOSITIONS[s.disposition[i] as number] ?? 'treat-on-board',
            calls: s.calls[i] as number,
          },
        },
      );
      for (const row of rows) rec.event(row.activity, time(row.at), { resource: row.resource });
    }
  }
}
