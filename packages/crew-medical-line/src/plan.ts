// planResponse: the steps and calls of one case under one regime, on the civil clock and the
// statutory calendar (office hours on working days, make-up days included), without queueing.
import {
  addDays,
  type CivilDateTime,
  cited,
  defaultParams,
  fromEpochMinutes,
  isWorkingDay,
  type LegalBasis,
  MINUTES_PER_DAY,
  toEpochMinutes,
  ValidationError,
} from '@gd-ftz/core';
import { CITES, TRIAGE_RULES } from './law';
import type { MedicalCase, Outcome, PlanStep, Regime, ResponsePlan, StepKind } from './model';
import { PARAMS } from './params';
import {
  boatRoundTrip,
  type CaseInput,
  callAtOf,
  type Durations,
  decide,
  finish,
  LINE,
  MRCC,
  needsBoat,
  prepare,
  routeOf,
} from './timeline';
import { codesOf, DISPOSITIONS, MASTER_BASIS } from './triage';
import { checkCase, checkDateTime } from './validate';

/** Options of {@link planResponse}: durations in minutes (defaults: the scenario defaults). */
export interface PlanOptions {
  /** Baseline: the company has its own remote medical advice (default false). */
  readonly companyAdvice?: boolean;
  /** Reform: the master knows the line (default true). */
  readonly knowsLine?: boolean;
  readonly durations?: Partial<PlanDurations>;
}

/** The durations a plan uses; `adviceMinutes` and `coordinationMinutes` are the desks' times. */
export interface PlanDurations extends Durations {
  readonly adviceMinutes: number;
  readonly coordinationMinutes: number;
}

const D = defaultParams(PARAMS);

/** The default durations of a plan, from the scenario defaults. */
export const DEFAULT_DURATIONS: PlanDurations = Object.freeze({
  callMinutes: D.callMinutes,
  lineCallMinutes: D.lineCallMinutes,
  companyAdviceMinutes: D.companyAdviceMinutes,
  clearanceMinutes: D.clearanceMinutes,
  boatDispatchMinutes: D.boatDispatchMinutes,
  boatSpeedKnots: D.boatSpeedKnots,
  shipSpeedKnots: D.shipSpeedKnots,
  transferMinutes: D.transferMinutes,
  ambulanceMinutes: D.ambulanceMinutes,
  driveMinutes: D.driveMinutes,
  openMinute: D.officeOpenHour * 60,
  closeMinute: D.officeCloseHour * 60,
  adviceMinutes: D.adviceMinutes,
  coordinationMinutes: D.coordinationMinutes,
});

const OUTCOMES: readonly Outcome[] = ['treated-on-board', 'in-hospital', 'seen-at-clinic'];

function checkDurations(o: unknown): PlanDurations {
  if (o === undefined) return DEFAULT_DURATIONS;
  if (typeof o !== 'object' || o === null)
    throw ValidationError.of('options.durations', 'must be an object', '必须是对象');
  const merged: Record<string, number> = { ...DEFAULT_DURATIONS };
  for (const [k, v] of Object.entries(o)) {
    if (!(k in DEFAULT_DURATIONS))
      throw ValidationError.of(`options.durations.${k}`, 'is not a duration', '不是时长参数');
    const positive = k === 'boatSpeedKnots' || k === 'shipSpeedKnots';
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (positive && v === 0)) {
      throw ValidationError.of(
        `options.durations.${k}`,
        'must be a finite number ≥ 0 (speeds > 0)',
        '必须是不小于0的有限数（航速大于0）',
      );
    }
    merged[k] = v;
  }
  if (!(merged.openMinute! < merged.closeMinute! && merged.closeMinute! <= MINUTES_PER_DAY)) {
    throw ValidationError.of(
      'options.durations.closeMinute',
      'must be after openMinute, at most 1440',
      '必须晚于开始时间且不超过1440',
    );
  }
  return merged as unknown as PlanDurations;
}

function flag(v: unknown, fallback: boolean, path: string): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw ValidationError.of(path, 'must be a boolean', '必须是布尔值');
  return v;
}

const CALL_BASIS: Record<number, LegalBasis> = {
  [LINE]: cited(CITES.nanshaLine, CITES.mlcRadioAdvice, CITES.seed),
  [MRCC]: cited(CITES.distressReport, CITES.rescueCoordination),
  0: cited(CITES.employerTreats),
};

/**
 * The response plan of one case: its steps (each with start, end, actor, predecessors and basis),
 * the calls the ship or its agent makes, the disposition and the outcome. `at` is when the master
 * starts seeking help (not before the onset). Baseline: 12395 for a critical case, else the agent
 * and an office-hours clinic; border, customs, boat and ambulance called in turn, non-urgent
 * clearance in office hours on the statutory calendar. Reform: one call to the 24-hour line, a duty
 * doctor advises at once, the line alerts everyone in parallel. No queueing (the simulation adds it).
 * @throws ValidationError naming the bad field (`c.ship.imo`, `c.ship.personsOnBoard`, `regime`,
 * `at`, `options.durations.<name>`, …); input never mutated.
 * @example
 * const plan = planResponse(c, 'reform', parseDateTime('2024-09-27T18:00'));
 * plan.calls // 1
 */
export function planResponse(
  c: MedicalCase,
  regime: Regime,
  at: CivilDateTime,
  options: PlanOptions = {},
): ResponsePlan {
  checkCase(c, 'c');
  if (regime !== 'baseline' && regime !== 'reform') {
    throw ValidationError.of('regime', "must be 'baseline' or 'reform'", "必须是 'baseline' 或 'reform'");
  }
  checkDateTime(at, 'at');
  if (typeof options !== 'object' || options === null)
    throw ValidationError.of('options', 'must be an object', '必须是对象');
  const d = checkDurations(options.durations);
  const startAbs = toEpochMinutes(at);
  if (startAbs < toEpochMinutes(c.event.onset)) {
    throw ValidationError.of('at', 'must not be before the onset', '不得早于发病时间');
  }
  const originDay = Math.floor(startAbs / MINUTES_PER_DAY);
  const origin = originDay * MINUTES_PER_DAY;
  const originDate = at.date;
  const working = (day: number) => isWorkingDay(addDays(originDate, day));
  const { severity, position } = codesOf(c.event, c.ship);
  const input: CaseInput = {
    t0: startAbs - origin,
    severity,
    position,
    distanceNm: c.ship.distanceNm,
    international: c.ship.international,
    guided: flag(options.companyAdvice, false, 'options.companyAdvice'),
    aware: flag(options.knowsLine, true, 'options.knowsLine'),
  };
  const reform = regime === 'reform';
  const route = routeOf(input, reform);
  const callAt = callAtOf(input, route, d);
  const service = route === LINE ? d.adviceMinutes : d.coordinationMinutes;
  const dec = decide(input, route, callAt, service, d, working);
  const prep = prepare(input, route, dec, d, working);
  const boat = needsBoat(input, dec.disposition);
  const boatBack = boat ? prep.boatAt + boatRoundTrip(input, d) : Number.NaN;
  const fin = finish(input, dec, prep, boatBack, d, working);

  const time = (t: number) => fromEpochMinutes(origin + Math.round(t));
  const steps: PlanStep[] = [];
  const step = (
    kind: StepKind,
    s: number,
    e: number,
    actor: string,
    after: StepKind[],
    basis: LegalBasis,
  ) => {
    steps.push(
      Object.freeze({ kind, start: time(s), end: time(e), actor, after: Object.freeze(after), basis }),
    );
  };
  const t0 = input.t0;
  step(
    'call',
    t0,
    callAt,
    route === LINE ? 'line' : route === MRCC ? 'mrcc' : 'agent',
    [],
    CALL_BASIS[route] as LegalBasis,
  );
  const decisionBasis = dec.remote || route === LINE ? TRIAGE_RULES : MASTER_BASIS;
  if (route === 0 && !dec.remote) {
    step('decision', callAt, dec.decisionAt, 'ship', ['call'], decisionBasis);
  } else {
    if (!Number.isNaN(dec.adviceAt))
      step(
        'first-advice',
        callAt,
        dec.adviceAt,
        route === LINE ? 'line' : 'company-doctor',
        ['call'],
        cited(route === LINE ? CITES.mlcRadioAdvice : CITES.employerTreats),
      );
    step(
      'decision',
      callAt,
      dec.decisionAt,
      route === MRCC ? 'mrcc' : route === LINE ? 'line' : 'company-doctor',
      ['call'],
      decisionBasis,
    );
  }
  if (route === 0 && !dec.remote) {
    // The clinic in office hours, or the first medic ashore if the patient gets there sooner.
    step('first-advice', callAt, fin.adviceAt, 'clinic-or-medic', ['call'], cited(CITES.employerTreats));
  }
  if (dec.disposition === 0) {
    step('treat-on-board', dec.decisionAt, fin.careAt, 'ship', ['decision'], TRIAGE_RULES);
  } else {
    const clearBasis = cited(
      CITES.fiveMinistry,
      ...(c.ship.international && c.ship.flag !== 'CN' ? [CITES.emergencyEntry] : []),
    );
    if (!Number.isNaN(prep.borderStart)) {
      step('border-clearance', prep.borderStart, prep.borderEnd, 'border', ['decision'], clearBasis);
      step(
        'customs-clearance',
        prep.customsStart,
        prep.customsEnd,
        'customs',
        reform && route === LINE ? ['decision'] : ['border-clearance'],
        clearBasis,
      );
    }
    const cleared: StepKind[] = Number.isNaN(prep.borderStart) ? ['decision'] : ['customs-clearance'];
    if (boat) {
      step(
        'boat',
        prep.boatAt,
        boatBack,
        'boat',
        route === 0 ? cleared : ['decision'],
        cited(CITES.lifeFirst, CITES.rescueCoordination),
      );
    }
    if (dec.disposition === 2)
      step('sail-to-berth', dec.decisionAt, prep.berthAt, 'ship', ['decision'], cited(CITES.employerTreats));
    const before: StepKind[] = [
      ...cleared,
      ...(boat ? (['boat'] as StepKind[]) : []),
      ...(dec.disposition === 2 ? (['sail-to-berth'] as StepKind[]) : []),
    ];
    step(
      'ashore',
      fin.ashoreAt - (boat ? 0 : d.transferMinutes),
      fin.ashoreAt,
      boat ? 'boat' : 'ship',
      before,
      cited(CITES.fiveMinistry),
    );
    if (!Number.isNaN(prep.ambulanceAt)) {
      step(
        'ambulance',
        prep.ambulanceCall,
        prep.ambulanceAt,
        'ambulance',
        route === LINE ? ['decision'] : cleared,
        cited(CITES.medicalAid),
      );
    }
    if (fin.outcome === 1)
      step(
        'hospital',
        Math.max(fin.ashoreAt, prep.ambulanceAt),
        fin.careAt,
        'hospital',
        ['ashore', 'ambulance'],
        cited(CITES.medicalAid, CITES.lifeFirst),
      );
    else step('clinic', fin.ashoreAt, fin.careAt, 'clinic', ['ashore'], cited(CITES.employerTreats));
  }
  steps.sort((a, b) => toEpochMinutes(a.start) - toEpochMinutes(b.start));
  return Object.freeze({
    regime,
    disposition: DISPOSITIONS[dec.disposition] ?? 'treat-on-board',
    remoteGuidance: dec.remote,
    steps: Object.freeze(steps),
    calls: dec.calls + prep.calls,
    outcome: OUTCOMES[fin.outcome] ?? 'treated-on-board',
    minutesToAdvice: Math.round(fin.adviceAt) - Math.round(t0),
    minutesToCare: Math.round(fin.careAt) - Math.round(t0),
  });
}
