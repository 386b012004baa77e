// What running one project through a process yields: each application's history, each permit's
// outcome (issued, rejected, or pending with a reason), segment readiness and the counts the KPIs use.
import type { CivilDate, Localized, TraceStep, Variant } from '@gd-ftz/core';
import type { ApplicationEvent, ApplicationState, ApplicationStatus } from './application-states';
import type { PermitKind } from './permits';

/** The settings of the processes (scenario parameters; the probabilities are assumptions). */
export interface ProcessSettings {
  /** Probability that one item's materials are incomplete when first drafted (both processes). */
  readonly incompleteProbability: number;
  /** Probability that the window gives no notice within the 5 working days. */
  readonly missedNoticeProbability: number;
  /** Probability that an item's design has a problem that review finds and that needs a revision. */
  readonly reviewIssueProbability: number;
  /**
   * Reform: share of those problems (incomplete materials, design problems) the joint
   * pre-consultation catches before filing, where they are fixed at the builder's cost in time.
   */
  readonly preConsultationCatchShare: number;
  /** Reform: working days of the joint pre-consultation (officers of every department and the builder). */
  readonly preConsultationWorkingDays: number;
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
  /** Coordination meetings and the joint pre-consultation (reform only). */
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
  /**
   * Every notice, decision, joint round and issuance inside its statutory limit, counted on the
   * authority's own days (clock stops of 行政许可法 第四十五条 and the applicant's revisions left out).
   */
  readonly insideLimits: boolean;
  /** The project's approval (批准/核准/备案, 城乡规划法 第三十七条), or null if it never came (or was not needed). */
  readonly approvedOn: CivilDate | null;
  /**
   * The 国有土地使用权划拨决定书 issued with each 建设用地规划许可证 (同步核发, 自然资规〔2019〕2号):
   * one per land-use permit issued, for its segment or the whole project.
   */
  readonly allocationDecisions: readonly { readonly segment: string | null; readonly on: CivilDate }[];
  /** Process steps with their basis, when a trace was asked for. */
  readonly steps: readonly TraceStep[];
}
