// The domain of the measure: one application to an office, and how it was handled in each variant.
// Template: replace with the measure's own objects (a return, a permit, a vessel, a lot …).
import type { CivilDate, Variant } from '@gd-ftz/core';

/** One application as the office receives it; the same draws serve both variants. */
export interface Application {
  readonly id: string;
  /** The working day it arrives. */
  readonly receivedOn: CivilDate;
  /** Whether the file is complete at first submission (else one supplement round). */
  readonly complete: boolean;
  /** Officer minutes to review the complete file. */
  readonly reviewMinutes: number;
}

/** How one application was handled in one variant. */
export interface Handling {
  readonly application: Application;
  readonly variant: Variant;
  /** The day the office asked for the missing items, when the file was incomplete. */
  readonly supplementRequestedOn?: CivilDate;
  /** The day the applicant's supplement arrived, when one was needed. */
  readonly supplementedOn?: CivilDate;
  /** The day the decision period started (receipt of the complete file). */
  readonly acceptedOn: CivilDate;
  readonly decidedOn: CivilDate;
  /** Calendar days from first receipt to decision. */
  readonly days: number;
  /** Trips to the service counter. */
  readonly counterVisits: number;
  readonly officerMinutes: number;
}
