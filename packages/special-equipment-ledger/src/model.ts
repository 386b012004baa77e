// The domain types of measure 20: equipment units as the ledger holds them, their hazards, the
// ledger itself and the events that change it.
import type { AuditHead, AuditRecord, CivilDate } from '@gd-ftz/core';

/**
 * The eight categories of special equipment (特种设备安全法 第二条); gas cylinders are pressure
 * vessels (压力容器（含气瓶）).
 */
export type EquipmentCategory =
  | 'boiler'
  | 'pressure-vessel'
  | 'pressure-piping'
  | 'elevator'
  | 'crane'
  | 'passenger-ropeway'
  | 'amusement-ride'
  | 'in-plant-vehicle';

/**
 * The kinds of unit the ledger models, each with its periodic-inspection schedule(s). Pressure
 * piping is a category of Art. 2 without a modelled interval (none in the fact pack).
 */
export const EQUIPMENT_KINDS = [
  'pressure-vessel',
  'boiler',
  'gas-cylinder',
  'elevator',
  'crane-tower',
  'crane-bridge',
  'passenger-ropeway',
  'amusement-ride',
  'in-plant-vehicle',
] as const;
/** A kind of unit. `crane-tower` covers tower cranes, hoists and mobile cranes; `crane-bridge` bridge and gantry cranes. */
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

/** The periodic inspections: a boiler has two (external yearly, internal every two years). */
export const INSPECTION_KINDS = [
  'pressure-vessel',
  'boiler-external',
  'boiler-internal',
  'gas-cylinder',
  'elevator',
  'crane-tower',
  'crane-bridge',
  'passenger-ropeway',
  'amusement-ride',
  'in-plant-vehicle',
] as const;
/** A periodic inspection schedule. */
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** Safety grade of a pressure vessel after inspection: 1 best … 5 unusable until repaired. */
export type SafetyGrade = 1 | 2 | 3 | 4 | 5;

/** The gas a cylinder holds, which sets its interval: corrosive 2, general 3, inert 5 years. */
export type GasClass = 'corrosive' | 'general' | 'inert';
/** The gas classes. */
export const GAS_CLASSES = ['corrosive', 'general', 'inert'] as const;

/** What {@link nextInspectionDue} needs to know about one inspection schedule of a unit. */
export interface InspectionInput {
  readonly kind: InspectionKind;
  /** The day the unit was put into use (投入使用). */
  readonly commissionedOn: CivilDate;
  /** The last periodic inspection; none means the first inspection is computed. */
  readonly lastInspectedOn?: CivilDate;
  /** Pressure vessels only: the grade given at the last inspection. */
  readonly safetyGrade?: SafetyGrade;
  /** Pressure vessels of grade 3 (3–6 years) or 4 (≤ 3 years): the cycle the inspection body chose. */
  readonly cycleYears?: number;
  /** Pressure vessels only: non-metallic vessels are first inspected within 1 year. */
  readonly nonMetallic?: boolean;
  /** Gas cylinders only: the gas class. */
  readonly gas?: GasClass;
}

/** How serious a hazard is (严重事故隐患: SAMR Order 57 第二十五条). */
export type HazardSeverity = 'general' | 'serious';
/** Who found a hazard: the user (自查), the inspection body, or the regulator on site. */
export type HazardFinder = 'self-check' | 'inspection' | 'supervision';
/** A hazard's state: open, fixed (correction reported), closed (re-check passed or not needed). */
export type HazardState = 'open' | 'fixed' | 'closed';

/** One hazard of a unit, as the ledger records it. */
export interface Hazard {
  readonly id: string;
  readonly severity: HazardSeverity;
  readonly foundBy: HazardFinder;
  readonly foundOn: CivilDate;
  readonly state: HazardState;
  readonly fixedOn?: CivilDate;
  /** Serious hazards: the re-check deadline, 10 working days after the fix is reported (Order 57 第二十九条). */
  readonly recheckBy?: CivilDate;
  readonly recheckedOn?: CivilDate;
}

/** Whether a unit may be used: in use, out of service (failed, grade 5, stopped), or scrapped (final). */
export type UnitStatus = 'in-use' | 'out-of-service' | 'scrapped';

/** One unit of special equipment in the ledger. */
export interface EquipmentUnit {
  readonly id: string;
  readonly userId: string;
  readonly kind: EquipmentKind;
  readonly category: EquipmentCategory;
  readonly commissionedOn: CivilDate;
  /**
   * Last day to register (Art. 33: 30 days, last day off → next working day); absent for a unit put
   * into use before 2014-01-01 or before the calendar's first year (not guessed).
   */
  readonly registrationDeadline?: CivilDate;
  readonly registeredOn?: CivilDate;
  readonly nonMetallic?: boolean;
  readonly gas?: GasClass;
  readonly safetyGrade?: SafetyGrade;
  readonly cycleYears?: number;
  /** The last periodic inspection per schedule. */
  readonly lastInspected: { readonly [K in InspectionKind]?: CivilDate };
  /** Next periodic inspection due: the earliest over the unit's schedules; null when unusable (grade 5). */
  readonly due: CivilDate | null;
  readonly inspectionRequestedOn?: CivilDate;
  readonly status: UnitStatus;
  readonly hazards: readonly Hazard[];
  readonly lastSelfCheckOn?: CivilDate;
  readonly lastSupervisedOn?: CivilDate;
  readonly accidents: number;
}

/** Everything that can happen to a unit in the ledger. */
export type LedgerEvent =
  /** A unit enters the ledger the day it is put into use. */
  | {
      readonly type: 'unit-commissioned';
      readonly at: CivilDate;
      readonly unitId: string;
      readonly userId: string;
      readonly kind: EquipmentKind;
      readonly nonMetallic?: boolean;
      readonly gas?: GasClass;
      readonly safetyGrade?: SafetyGrade;
    }
  /** The unit is registered with the regulator (使用登记, Art. 33). */
  | {
      readonly type: 'unit-registered';
      readonly at: CivilDate;
      readonly unitId: string;
    }
  /** The user asks the inspection body for the periodic inspection (Art. 40). */
  | {
      readonly type: 'inspection-requested';
      readonly at: CivilDate;
      readonly unitId: string;
    }
  /** A periodic inspection: passed or failed; pressure vessels get a grade (and a cycle at grade 3–4). */
  | {
      readonly type: 'unit-inspected';
      readonly at: CivilDate;
      readonly unitId: string;
      readonly inspection: InspectionKind;
      readonly passed: boolean;
      readonly safetyGrade?: SafetyGrade;
      readonly cycleYears?: number;
    }
  /** The user's self-check (自行检查, Art. 39; 周排查, Order 74). */
  | {
      readonly type: 'self-checked';
      readonly at: CivilDate;
      readonly unitId: string;
    }
  /** A hazard is found and recorded. */
  | {
      readonly type: 'hazard-found';
      readonly at: CivilDate;
      readonly unitId: string;
      readonly hazardId: string;
      readonly severity: HazardSeverity;
      readonly foundBy: HazardFinder;
    }
  /** The user reports a hazard fixed (整改报告). */
  | {
      readonly type: 'hazard-fixed';
      readonly at: CivilDate;
      readonly unitId: string;
      readonly hazardId: string;
    }
  /** The regulator re-checks a fixed serious hazard: passed closes it, failed reopens it. */
  | {
      readonly type: 'hazard-rechecked';
      readonly at: CivilDate;
      readonly unitId: string;
      readonly hazardId: string;
      readonly passed: boolean;
    }
  /** An on-site supervision check (双随机 or risk-targeted). */
  | {
      readonly type: 'supervision-visited';
      readonly at: CivilDate;
      readonly unitId: string;
      readonly selection: 'random' | 'targeted';
    }
  /** An accident with the unit. */
  | {
      readonly type: 'accident-reported';
      readonly at: CivilDate;
      readonly unitId: string;
    }
  /** The unit is scrapped and deregistered (Art. 48); nothing may follow. */
  | {
      readonly type: 'unit-scrapped';
      readonly at: CivilDate;
      readonly unitId: string;
    };

/** The event types. */
export type LedgerEventType = LedgerEvent['type'];

/** An event as stored in the audit log's `data`: the event's fields, as JSON. */
export type LedgerEventData = { readonly [field: string]: string | number | boolean };

/**
 * The shared ledger: every unit's current state, and the append-only, hash-chained log of the
 * events that made it (core's audit log). Company and regulator read the same value.
 */
export interface Ledger {
  readonly units: { readonly [unitId: string]: EquipmentUnit };
  readonly records: readonly AuditRecord<LedgerEventData>[];
  readonly head: AuditHead;
}
