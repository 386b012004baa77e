// What running one project through a process yields: each application's history, each permit's
// outcome (issued, rejected, or pending with a reason), segment readiness and the counts the KPIs use.
import type { CivilDate, Localized, TraceStep, Variant } from '@gd-ftz/core';
import type { ApplicationEvent, ApplicationState, ApplicationStatus } from './application-states';
import type { PermitKind } from './permits';

/** The settings of the processes (scenario parameters; the probabilities are assumptions). */
export interface ProcessSettings {
  /** Probability that one item's materials are incomplete under the old process. */
  readonly incompleteProbability: number;
  /** The same under the reform (pre-consultation from the planning stage on). */
  readonly reformIncompleteProbability: number;
  /** Probability that the window gives no notice within the 5 working days. */
  readonly missedNoticeProbability: number;
  /** Probability that review finds a problem that needs a revision, old process. */
  readonly reviewIssueProbability: number;
  /** The same under the reform (coordination meetings catch problems earlier). */
  readonly reformReviewIssueProbability: number;
  /** Probability that a licence is refused. */
  readonly rejectProbability: number;
  /** Share of a segment's review effort that does not shrink with its length (0–1). */
  readonly segmentOverhead: number;
  /** Reform: issue segment-scoped permits segment by segment. */
  readonly perSegmentIssuance: boolean;
  /** Reform: working days between coordination meetings. */
  readonly meetingIntervalWorkingDays: number;
}

/** One application as it went: its events, in order, and the state it ended in. */
export interface ApplicationRecord {
  /** `works` or `works@A` for a segment's application. */
  readonly id: string;
  readonly kind: PermitKind;
  /** The segment it covers, or null for the whole project. */
  readonly segment: string | null;
  /** Id of the application form, handed in at the window, on which this item was applied for. */
  readonly form: string;
  /**
   * True when the item reached its department by internal transfer from the single window (its
   * materials were checked at the window's intake of `form`), false when handed in at the window.
   */
  readonly transferred: boolean;
  readonly history: readonly { readonly event: ApplicationEvent; readonly status: ApplicationStatus }[];
  readonly final: ApplicationState;
  /** Whether the review found a problem that needed a revision. */
  readonly revised: boolean;
}

/** How a requested permit ended. */
export type PermitOutcome =
  | { readonly status: 'issued'; readonly on: CivilDate }
  | { readonly status: 'rejected'; readonly on: CivilDate; readonly reason: Localized }
  | { readonly status: 'pending'; readonly reason: Localized };

/**
 * The outcome of one permit (for one segment, or the whole project).
 * @example
 * const [first]: readonly PermitResult[] = compareProject(input, { seed: 7 }).reform.permits;
 * first?.kind // 'siting'
 */
export interface PermitResult {
  readonly kind: PermitKind;
  readonly segment: string | null;
  readonly outcome: PermitOutcome;
}

/**
 * When a segment may start construction: all its permits issued, or what blocks it.
 * @example
 * const [a]: SegmentReadiness[] = segmentReadiness(project, outcome.permits);
 * a?.readyOn // the day segment A may start construction, or null
 */
export interface SegmentReadiness {
  readonly segment: string;
  readonly readyOn: CivilDate | null;
  /** The permits not (yet) issued for this segment. */
  readonly blockers: readonly PermitKind[];
}

/** Officer actions of one project, by stage: each counts one action of one officer. */
export interface OfficerTouches {
  /** Window: material checks of each hand-in, incompleteness notices, re-checks of supplements,
   * acceptances, and the registration of items transferred from the single window. */
  readonly intake: number;
  /** Departments: start of review, revisions, extensions, decisions, certificates and filings. */
  readonly decision: number;
  /** Coordination meetings (reform only). */
  readonly meetings: number;
}

/**
 * One project run through one process.
 * @example
 * const outcome: ProjectOutcome = compareProject(input, { seed: 7 }).reform;
 */
export interface ProjectOutcome {
  readonly projectId: string;
  readonly variant: Variant;
  readonly startDate: CivilDate;
  /** Application forms the builder filed. */
  readonly applications: number;
  /** Forms filed plus supplements handed in. */
  readonly submissions: number;
  /** Sets of common materials handed in. */
  readonly commonCopies: number;
  /** Officer actions: checks, notices, acceptances, reviews, revisions, extensions, decisions, issues, meetings. */
  readonly officerTouches: number;
  /** The same, by stage (they add up to `officerTouches`). */
  readonly touches: OfficerTouches;
  readonly records: readonly ApplicationRecord[];
  readonly permits: readonly PermitResult[];
  readonly segments: readonly SegmentReadiness[];
  readonly firstPermitOn: CivilDate | null;
  readonly firstSegmentReadyOn: CivilDate | null;
  /** Null unless every requested permit was issued. */
  readonly allPermitsOn: CivilDate | null;
  /** Every notice, decision, joint round and issuance inside its statutory limit. */
  readonly insideLimits: boolean;
  /** Process steps with their basis, when a trace was asked for. */
  readonly steps: readonly TraceStep[];
}
