// Turns a process's application records into a ProjectOutcome: permit outcomes, segment
// readiness (a segment is ready only when every requested permit covering it is issued) and dates.
import {
  type CivilDate,
  compareDates,
  type Localized,
  maxDate,
  minDate,
  type TraceStep,
  ValidationError,
  type ValidationIssue,
  type Variant,
} from '@gd-ftz/core';
import { countRecords } from './counts';
import type { ApplicationRecord, PermitResult, ProjectOutcome, SegmentReadiness } from './outcome';
import { checkPermitResults } from './outcome-check';
import type { PermitKind } from './permits';
import type { Project } from './project';
import { GATED_KIND } from './project-approval';
import { checkProject, collect } from './project-check';

/** A permit that never got an application, with the reason. */
export interface PendingPermit {
  readonly kind: PermitKind;
  readonly segment: string | null;
  readonly reason: Localized;
}

/** What a process knows beyond its records. */
export interface ProcessExtras {
  /** Coordination meetings held (0 before the reform). */
  readonly meetings: number;
  /** False when a check outside the applications (e.g. a joint round) missed its limit. */
  readonly otherLimitsMet: boolean;
  /** The project's approval (城乡规划法 第三十七条), null if never obtained or not needed. */
  readonly approvedOn: CivilDate | null;
}

function resultOf(r: ApplicationRecord): PermitResult {
  const s = r.final;
  if (s.status === 'issued')
    return { kind: r.kind, segment: r.segment, outcome: { status: 'issued', on: s.issuedOn } };
  if (s.status === 'rejected') {
    return {
      kind: r.kind,
      segment: r.segment,
      outcome: { status: 'rejected', on: s.decidedOn, reason: s.reason },
    };
  }
  return {
    kind: r.kind,
    segment: r.segment,
    outcome: {
      status: 'pending',
      reason: { zh: `停留在 ${s.status} 状态`, en: `stopped in state ${s.status}` },
    },
  };
}

/**
 * The readiness of each segment: the date its last covering permit was issued, or its blockers.
 * Both arguments are checked first (ValidationError naming `project.…`, `permits.0.outcome.on`).
 * @example
 * segmentReadiness(project, outcome.permits)[0]?.readyOn; // '2025-03-14' or null
 */
export function segmentReadiness(project: Project, permits: readonly PermitResult[]): SegmentReadiness[] {
  const issues: ValidationIssue[] = [];
  collect(issues, () => checkProject(project, null));
  collect(issues, () => checkPermitResults(permits, 'permits'));
  if (issues.length > 0) throw new ValidationError(issues);
  return readinessOf(project, permits);
}

/** {@link segmentReadiness} on checked input (summarise's loop). */
function readinessOf(project: Project, permits: readonly PermitResult[]): SegmentReadiness[] {
  return project.segments.map((seg) => {
    let readyOn: CivilDate | null = null;
    const blockers: PermitKind[] = [];
    for (const kind of project.permits) {
      const covering = permits.filter((p) => p.kind === kind && (p.segment === null || p.segment === seg.id));
      const issued = covering.find((p) => p.outcome.status === 'issued');
      if (issued?.outcome.status !== 'issued') {
        blockers.push(kind);
        continue;
      }
      readyOn = readyOn === null ? issued.outcome.on : maxDate(readyOn, issued.outcome.on);
    }
    return { segment: seg.id, readyOn: blockers.length === 0 ? readyOn : null, blockers };
  });
}

/**
 * Assembles the outcome of one project under one process.
 * @example
 * summarise(project, 'reform', records, [], { meetings: 12, otherLimitsMet: true, approvedOn: null }, []).allPermitsOn;
 */
export function summarise(
  project: Project,
  variant: Variant,
  records: readonly ApplicationRecord[],
  pending: readonly PendingPermit[],
  extras: ProcessExtras,
  steps: readonly TraceStep[],
): ProjectOutcome {
  const permits: PermitResult[] = [
    ...records.map(resultOf),
    ...pending.map((p) => ({
      kind: p.kind,
      segment: p.segment,
      outcome: { status: 'pending' as const, reason: p.reason },
    })),
  ];
  const segments = readinessOf(project, permits);
  const counts = countRecords(records, extras.meetings);
  let first: CivilDate | null = null;
  let last: CivilDate | null = null;
  for (const p of permits) {
    if (p.outcome.status !== 'issued') continue;
    first = first === null ? p.outcome.on : minDate(first, p.outcome.on);
    last = last === null ? p.outcome.on : maxDate(last, p.outcome.on);
  }
  let firstSegment: CivilDate | null = null;
  for (const s of segments) {
    if (s.readyOn !== null && (firstSegment === null || compareDates(s.readyOn, firstSegment) < 0))
      firstSegment = s.readyOn;
  }
  const allIssued = permits.every((p) => p.outcome.status === 'issued');
  const lateSomewhere = records.some((r) => {
    const s = r.final;
    return (
      (s.status === 'issued' && (s.lateDecision || s.lateIssue)) ||
      (s.status === 'rejected' && s.lateDecision)
    );
  });
  return {
    projectId: project.id,
    variant,
    startDate: project.startDate,
    applications: counts.applications,
    submissions: counts.submissions,
    commonCopies: counts.commonCopies,
    officerTouches: counts.touches.intake + counts.touches.decision + counts.touches.meetings,
    touches: counts.touches,
    records,
    permits,
    segments,
    firstPermitOn: first,
    firstSegmentReadyOn: firstSegment,
    allPermitsOn: allIssued ? last : null,
    insideLimits: !lateSomewhere && extras.otherLimitsMet,
    approvedOn: extras.approvedOn,
    // 同步核发: the 划拨决定书 carries the date of the 建设用地规划许可证 it comes with.
    allocationDecisions: records.flatMap((r) =>
      r.kind === GATED_KIND && r.final.status === 'issued'
        ? [{ segment: r.segment, on: r.final.issuedOn }]
        : [],
    ),
    steps,
  };
}
