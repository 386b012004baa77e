// What a simulated year leaves behind: one record per sample (and its confirmation), the state of
// every lot, and the resources' service intervals. Times are minutes since 00:00 of 1 January.
import type { CivilDate } from '@gd-ftz/core';
import type { TestMethod } from '../confirmatory';
import type { Point } from '../coverage-planning';
import type { Farm } from '../farms';
import type { Lot } from '../lots';

/** Why a sample was taken. */
export type Regime = 'monitoring' | 'supervision' | 'follow-up' | 'urgent';

/** The people and places of a run: farms, their lots, and where the central laboratory is. */
export interface Population {
  readonly year: number;
  readonly farms: readonly Farm[];
  /** In harvest order, `lots[i].index === i`. */
  readonly lots: readonly Lot[];
}

/** The confirmatory laboratory test of a rapid positive (never a rapid method). */
export interface ConfirmationRecord {
  readonly method: 'laboratory';
  /** Whether the party objected within the 4 hours (then it is a statutory 复检). */
  readonly objected: boolean;
  /** When the objection was made (NaN when none). */
  readonly objectedAt: number;
  /** The end of the objection window: the rapid result + 4 hours. */
  readonly objectionDeadline: number;
  /** When the confirmation was requested (the objection, or the rapid result). */
  readonly requestedAt: number;
  /** For an objection: the day the re-test report is due (7 working days), else null. */
  readonly reportDue: CivilDate | null;
  arrivedAt: number;
  startedAt: number;
  /** NaN while pending. */
  resultAt: number;
  positive: boolean | null;
}

/** One sample from request to result. */
export interface SampleRecord {
  readonly id: number;
  readonly lot: number;
  readonly farm: number;
  readonly regime: Regime;
  readonly method: TestMethod;
  /** When sampling was decided or requested (for urgent tests, the farmer's call). */
  readonly requestedAt: number;
  /** The sample that led to it (follow-ups), or -1. */
  readonly triggeredBy: number;
  /** Where it was tested: a test point index, or -1 for the central laboratory. */
  site: number;
  /** When the sample was taken from the lot. */
  takenAt: number;
  arrivedAt: number;
  startedAt: number;
  /** NaN while pending. */
  resultAt: number;
  positive: boolean | null;
  /** Bit i set when strip i read positive (rapid tests only). */
  stripMask: number;
  confirmation: ConfirmationRecord | null;
  /** When a penalty case was opened (NaN when none). */
  penaltyAt: number;
  /** 'pending' when the horizon came before the result (or its confirmation). */
  status: 'resulted' | 'pending';
}

/** Whether and when a lot was held back from sale. */
export interface LotState {
  /** First hold (NaN when never held before its sale). */
  holdAt: number;
  /** When a hold was lifted by a negative confirmation (NaN otherwise). */
  releasedAt: number;
}

/** One service on a resource, for capacity checks. */
export interface ServiceInterval {
  readonly resource: string;
  readonly start: number;
  readonly end: number;
}

/** The outcome of one variant over the year. */
export interface VariantRun {
  readonly variant: 'baseline' | 'reform';
  readonly startDate: CivilDate;
  /** The end of the simulated year, minutes. */
  readonly horizon: number;
  readonly samples: readonly SampleRecord[];
  readonly lots: readonly LotState[];
  /** Test sites (empty in the baseline) and the central laboratory. */
  readonly sites: readonly Point[];
  readonly lab: Point;
  /** Busy analyses / (capacity × opening minutes). */
  readonly labUtilization: number;
  /** Busy technicians / (capacity × minutes), over all test points (0 without them). */
  readonly rapidUtilization: number;
  readonly capacities: Readonly<Record<string, number>>;
  readonly services: readonly ServiceInterval[];
  readonly events: number;
}
