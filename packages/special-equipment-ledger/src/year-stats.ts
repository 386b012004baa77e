// The counts one variant's year produces, and what a sampled unit's story records.

/** What happened to a sampled unit, for its trace (the sample's ledger events are built from these). */
export interface UnitHappening {
  readonly day: number;
  readonly what:
    | 'registered'
    | 'requested'
    | 'overdue-order'
    | 'inspected'
    | 'visited'
    | 'hazard-found'
    | 'hazard-fixed';
  readonly hazard?: number;
  readonly by?: 'self-check' | 'inspection' | 'supervision';
  readonly grade?: number;
  readonly cycle?: number;
  readonly late?: boolean;
  readonly fined?: boolean;
}

/** The counts of one variant's year. Days are whole days; money is built from counts in the report. */
export interface YearStats {
  events: number;
  inspections: number;
  lateInspections: number;
  overdueUnitDays: number;
  overdueAtEnd: number;
  inUseAtEnd: number;
  orders: number;
  visits: number;
  visitHits: number;
  fines: number;
  rechecks: number;
  newUnits: number;
  lateRegistrations: number;
  registerDaysSum: number;
  registered: number;
  hazards: number;
  found: number;
  foundBySelf: number;
  foundByInspection: number;
  foundBySupervision: number;
  hazardDaysOpen: number;
  known: number;
  knowDaysSum: number;
  exposureDays: number;
  accidents: number;
  /** Units overdue and hazards open at each month's end. */
  readonly overdueByMonth: number[];
  readonly openByMonth: number[];
}

/** A fresh set of counts for a year with `hazards` hazards. */
export function emptyStats(hazards: number): YearStats {
  return {
    events: 0,
    inspections: 0,
    lateInspections: 0,
    overdueUnitDays: 0,
    overdueAtEnd: 0,
    inUseAtEnd: 0,
    orders: 0,
    visits: 0,
    visitHits: 0,
    fines: 0,
    rechecks: 0,
    newUnits: 0,
    lateRegistrations: 0,
    registerDaysSum: 0,
    registered: 0,
    hazards,
    found: 0,
    foundBySelf: 0,
    foundByInspection: 0,
    foundBySupervision: 0,
    hazardDaysOpen: 0,
    known: 0,
    knowDaysSum: 0,
    exposureDays: 0,
    accidents: 0,
    overdueByMonth: [],
    openByMonth: [],
  };
}
