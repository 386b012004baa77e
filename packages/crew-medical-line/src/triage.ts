// Who decides what: the duty doctor's triage (with remote guidance) and, in the baseline without a
// doctor, the master alone. Both are marked assumptions; no published protocol was found.
import { ValidationError } from '@gd-ftz/core';
import { TRIAGE_RULES, UNGUIDED_RULES } from './law';
import type { Disposition, MedicalEvent, Ship, TriageDecision } from './model';
import { checkEvent, checkShip } from './validate';

/**
 * Nautical miles within which a serious case underway is landed at the next berth rather than
 * evacuated by boat (assumption of the triage rules, {@link TRIAGE_RULES}).
 */
export const SERIOUS_LAND_RANGE_NM = 30;

/** Severity codes of the simulation's typed arrays. */
export const CRITICAL = 0;
export const SERIOUS = 1;
export const MINOR = 2;
/** Position codes. */
export const BERTH = 0;
export const ANCHORAGE = 1;
export const UNDERWAY = 2;

/** Disposition codes: 0 treat on board, 1 evacuate, 2 land at next berth. */
export const DISPOSITIONS: readonly Disposition[] = ['treat-on-board', 'evacuate', 'land-at-next-berth'];

/** The doctor's disposition, on codes (hot path of the simulation). */
export function doctorCode(severity: number, position: number, distanceNm: number): number {
  if (severity === CRITICAL) return 1;
  if (severity === SERIOUS) {
    if (position === ANCHORAGE || (position === UNDERWAY && distanceNm > SERIOUS_LAND_RANGE_NM)) return 1;
    return 2;
  }
  return 0;
}

/** The master's disposition without a doctor, on codes. */
export function masterCode(severity: number): number {
  return severity === MINOR ? 2 : 1;
}

const SEVERITY_CODE = { critical: CRITICAL, serious: SERIOUS, minor: MINOR } as const;
const POSITION_CODE = { berth: BERTH, anchorage: ANCHORAGE, underway: UNDERWAY } as const;

/**
 * The duty doctor's triage of one event on one ship (marked assumption rules, {@link TRIAGE_RULES},
 * citing 海上交通安全法 第六十六条 and 第四十条, 船员条例 第二十二条): critical → evacuate;
 * serious → evacuate from anchorage or more than 30 nm out, else land at the next berth; minor →
 * treat on board under remote guidance; a suspected infectious disease is isolated and reported.
 * @throws ValidationError naming the bad field (`event.severity`, `ship.distanceNm`, …).
 * @example
 * triage({ severity: 'minor', infectious: false, onset: parseDateTime('2024-09-27T18:00') },
 *   { imo: 'IMO 9074729', flag: 'PA', international: true, position: 'berth', distanceNm: 0, personsOnBoard: 20, ordinaryVoyageHours: 240 })
 *   .disposition // 'treat-on-board'
 */
export function triage(event: MedicalEvent, ship: Ship): TriageDecision {
  checkEvent(event, 'event');
  checkShip(ship, 'ship');
  const position = POSITION_CODE[ship.position];
  const code = doctorCode(SEVERITY_CODE[event.severity], position, ship.distanceNm);
  const disposition = DISPOSITIONS[code] as Disposition;
  return Object.freeze({
    disposition,
    isolate: event.infectious,
    needsBoat: code === 1 && position !== BERTH,
    basis: TRIAGE_RULES,
  });
}

/** The basis of a disposition decided by the master alone. */
export const MASTER_BASIS = UNGUIDED_RULES;

/** Severity and position codes of a validated case. */
export function codesOf(event: MedicalEvent, ship: Ship): { severity: number; position: number } {
  const severity = SEVERITY_CODE[event.severity];
  const position = POSITION_CODE[ship.position];
  if (severity === undefined || position === undefined) {
    throw ValidationError.of('case', 'has an unknown severity or position', '严重程度或位置未知');
  }
  return { severity, position };
}
