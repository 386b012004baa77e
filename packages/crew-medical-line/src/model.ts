// The domain of measure 13: a ship, a crew member taken ill or injured, the medical event, and the
// case that joins them; what triage decides and what a response plan holds.
import type { CivilDateTime, LegalBasis } from '@gd-ftz/core';

/** Where the ship is when the event happens. */
export type ShipPosition = 'berth' | 'anchorage' | 'underway';

/** A ship as the line sees it. */
export interface Ship {
  /** IMO number, `'IMO 9074729'` or `'9074729'`, with its check digit. */
  readonly imo: string;
  /** Flag state, ISO 3166 alpha-2 (e.g. `'CN'`, `'PA'`). */
  readonly flag: string;
  /** On international voyages (else domestic). */
  readonly international: boolean;
  readonly position: ShipPosition;
  /** Nautical miles from the pier the boat leaves from (0 at berth). */
  readonly distanceNm: number;
  /** Persons on board, an integer ≥ 1. */
  readonly personsOnBoard: number;
  /** Hours of the ship's ordinary voyage. */
  readonly ordinaryVoyageHours: number;
}

/** A crew member: a Chinese resident ID or a passport number. */
export interface CrewMember {
  readonly idKind: 'resident-id' | 'passport';
  readonly id: string;
}

/** How grave the event is. */
export type Severity = 'critical' | 'serious' | 'minor';

/** The illness or injury. */
export interface MedicalEvent {
  readonly severity: Severity;
  /** Suspected infectious disease that threatens others (海上交通安全法 第四十条). */
  readonly infectious: boolean;
  /** When it happened, civil time of the port area. */
  readonly onset: CivilDateTime;
}

/** One case: who, on which ship, what. */
export interface MedicalCase {
  readonly id: string;
  readonly ship: Ship;
  readonly crew: CrewMember;
  readonly event: MedicalEvent;
}

/** What to do with the patient. */
export type Disposition = 'treat-on-board' | 'evacuate' | 'land-at-next-berth';

/** The duty doctor's decision, with its basis. */
export interface TriageDecision {
  readonly disposition: Disposition;
  /** Isolate on board and report (infectious disease). */
  readonly isolate: boolean;
  /** Needs the boat (evacuation from anchorage or underway). */
  readonly needsBoat: boolean;
  readonly basis: LegalBasis;
}

/** Baseline: the master or agent finds help alone; reform: one 24-hour line. */
export type Regime = 'baseline' | 'reform';

/** Kinds of step of a response. */
export type StepKind =
  | 'call'
  | 'first-advice'
  | 'decision'
  | 'border-clearance'
  | 'customs-clearance'
  | 'boat'
  | 'sail-to-berth'
  | 'ambulance'
  | 'ashore'
  | 'hospital'
  | 'clinic'
  | 'treat-on-board';

/** One step of a response plan: when it starts and ends, who does it, on what basis. */
export interface PlanStep {
  readonly kind: StepKind;
  readonly start: CivilDateTime;
  readonly end: CivilDateTime;
  /** Who acts: `ship`, `agent`, `line`, `mrcc`, `border`, `customs`, `boat`, `ambulance`, `clinic`, `hospital`. */
  readonly actor: string;
  /** Kinds of steps this one waits for. */
  readonly after: readonly StepKind[];
  readonly basis: LegalBasis;
}

/** What happens to a case. */
export type Outcome = 'treated-on-board' | 'in-hospital' | 'seen-at-clinic';

/** The plan of one case under one regime. */
export interface ResponsePlan {
  readonly regime: Regime;
  readonly disposition: Disposition;
  /** Whether the first medical advice was remote (a doctor on the line or the company's). */
  readonly remoteGuidance: boolean;
  readonly steps: readonly PlanStep[];
  /** Telephone calls made by the ship or its agent. */
  readonly calls: number;
  readonly outcome: Outcome;
  /** Minutes from onset to the first medical advice. */
  readonly minutesToAdvice: number;
  /** Minutes from onset to hospital or clinic, or to the on-board decision. */
  readonly minutesToCare: number;
}
