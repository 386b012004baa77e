// The domain of measure 17: an administrative dispute, drawn once and handled the old way and the
// reform way, and how it ended.
import type { CivilDate, Variant } from '@gd-ftz/core';
import type { ActKind } from './summary';

/** One dispute over an administrative act; the same draws serve both variants. */
export interface Dispute {
  readonly id: string;
  /** The day the party knew of the act (第二十条) and the dispute arose. */
  readonly knownOn: CivilDate;
  readonly act: {
    readonly kind: ActKind;
    readonly onTheSpot: boolean;
    /** Yuan, decimal string. */
    readonly amount: string;
  };
  /** Within the summary procedure's scope without consent (第五十三条). */
  readonly summaryEligible: boolean;
}

/** How a dispute ended in one variant. */
export type Outcome =
  | 'settled-before-filing'
  | 'mediation-document'
  | 'decision'
  | 'court'
  | 'petition'
  | 'abandoned';

/** How one dispute was handled in one variant. */
export interface Handling {
  readonly dispute: Dispute;
  readonly variant: Variant;
  readonly outcome: Outcome;
  /** Applied for reconsideration. */
  readonly appliedOn?: CivilDate;
  readonly acceptedOn?: CivilDate;
  /** Natural days suspended for mediation (第三十九条). */
  readonly suspendedDays: number;
  /** The day the mechanism closed it (mediation or decision); absent when it never did. */
  readonly closedOn?: CivilDate;
  /** The latest lawful decision day (第六十二条, extension included); for decided cases. */
  readonly decisionDeadline?: CivilDate;
  /** A lawsuit, petition or new application within the window after closure. */
  readonly relapsed: boolean;
  /** A 调解书 not performed, enforced under 第七十八条. */
  readonly enforced: boolean;
  readonly officerDays: number;
}
