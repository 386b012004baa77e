// Sample cases with their full traces: the first critical case at anchorage on an international
// ship, planned under both regimes by planResponse; every step cites its basis or is a marked
// assumption. Internal.
import { addDays, type CivilDateTime, formatDateTime, type SampleCase } from '@gd-ftz/core';
import type { MedicalCase, ResponsePlan } from './model';
import { planResponse } from './plan';
import { ANCHORAGE, CRITICAL } from './triage';
import type { World } from './world';

const STEP_TITLES = {
  call: { zh: '电话接通', en: 'Call through' },
  'first-advice': { zh: '首次医疗意见', en: 'First medical advice' },
  decision: { zh: '处置决定', en: 'Decision' },
  'border-clearance': { zh: '边检手续', en: 'Border clearance' },
  'customs-clearance': { zh: '海关手续', en: 'Customs clearance' },
  boat: { zh: '船艇接送', en: 'Boat run' },
  'sail-to-berth': { zh: '驶往泊位', en: 'Sail to the berth' },
  ambulance: { zh: '救护车到码头', en: 'Ambulance to the pier' },
  ashore: { zh: '病员上岸', en: 'Patient ashore' },
  hospital: { zh: '送医', en: 'To hospital' },
  clinic: { zh: '门诊', en: 'Clinic' },
  'treat-on-board': { zh: '在船处置', en: 'Treated on board' },
} as const;

function sample(c: MedicalCase, plan: ResponsePlan): SampleCase {
  return {
    id: `${c.id}-${plan.regime}`,
    variant: plan.regime,
    title: {
      zh: `病例 ${c.id}（危重，锚地 ${c.ship.distanceNm.toFixed(1)} 海里）`,
      en: `Case ${c.id} (critical, anchorage ${c.ship.distanceNm.toFixed(1)} nm)`,
    },
    summary: {
      zh: `${plan.minutesToAdvice} 分钟获得医疗意见，${plan.minutesToCare} 分钟送达，拨打电话 ${plan.calls} 次`,
      en: `advice after ${plan.minutesToAdvice} min, care after ${plan.minutesToCare} min, ${plan.calls} call(s)`,
    },
    trace: {
      subject: c.id,
      outcome: { zh: `结果：${plan.outcome}`, en: `outcome: ${plan.outcome}` },
      steps: plan.steps.map((s) => ({
        id: `case.${s.kind}`,
        kind: 'step' as const,
        title: STEP_TITLES[s.kind],
        fired: true,
        inputs: { actor: s.actor, start: formatDateTime(s.start), after: [...s.after] },
        result: formatDateTime(s.end),
        basis: s.basis,
        at: formatDateTime(s.start),
      })),
    },
  };
}

/**
 * The report's samples: one case of port area 0's world in both regimes (no queueing: planResponse).
 * @example
 * samplesOf(areaWorld(params, 42, 0)).map((s) => s.variant) // ['baseline', 'reform']
 */
export function samplesOf(w: World): SampleCase[] {
  let i = 0;
  for (let k = 0; k < w.count; k++) {
    if (w.severity[k] === CRITICAL && w.position[k] === ANCHORAGE && w.international[k] === 1) {
      i = k;
      break;
    }
  }
  const t = Math.floor(w.t0[i] as number);
  const onset: CivilDateTime = { date: addDays(w.start, Math.floor(t / 1440)), minute: t % 1440 };
  const c: MedicalCase = {
    id: `M${String(i + 1).padStart(6, '0')}`,
    ship: {
      imo: 'IMO 9074729',
      flag: 'PA',
      international: w.international[i] === 1,
      position: (['berth', 'anchorage', 'underway'] as const)[w.position[i] as number] ?? 'anchorage',
      distanceNm: Math.round((w.distanceNm[i] as number) * 10) / 10,
      personsOnBoard: 22,
      ordinaryVoyageHours: 240,
    },
    crew: { idKind: 'passport', id: 'P1234567' },
    event: {
      severity: (['critical', 'serious', 'minor'] as const)[w.severity[i] as number] ?? 'minor',
      infectious: w.infectious[i] === 1,
      onset,
    },
  };
  return [sample(c, planResponse(c, 'baseline', onset)), sample(c, planResponse(c, 'reform', onset))];
}
