// The totals of one process over a block of projects: what the report's KPIs and the cumulative
// chart read, as plain, exactly mergeable accumulators (core's), so that a portfolio run in shards
// gives the same figures as one run. Means are sums over counts, shares are counts, and the
// median and p90 working days come from whole-working-day histograms (durations are whole days,
// so the histogram's quantile is the quantile of the values themselves).
import {
  type Accumulator,
  type CivilDate,
  countAccumulator,
  type Histogram,
  histogramAccumulator,
  recordAccumulator,
  workingDaysBetween,
} from '@gd-ftz/core';
import type { ProjectOutcome } from './outcome';

/** Histograms of working days from a project's start: one bin per working day. */
export const DAY_RESOLUTION = 1;

/** The totals of one process over some projects (sums of per-project counts, and histograms). */
export interface VariantTotals {
  readonly projects: number;
  readonly applications: number;
  readonly commonCopies: number;
  readonly submissions: number;
  readonly officerTouches: number;
  readonly intake: number;
  readonly decision: number;
  readonly meetings: number;
  /** Projects with every step inside its statutory limit. */
  readonly insideLimits: number;
  /** Projects holding every permit. */
  readonly allIssued: number;
  /** Working days from the start to the first permit, the first segment ready, every permit. */
  readonly firstPermit: Histogram;
  readonly firstSegment: Histogram;
  readonly allPermits: Histogram;
}

const days = histogramAccumulator(DAY_RESOLUTION);

/**
 * How totals merge: field by field, exactly.
 * @example
 * VARIANT_TOTALS.merge(totalsOf(a), totalsOf(b)); // totalsOf([...a, ...b])
 */
export const VARIANT_TOTALS: Accumulator<VariantTotals> = recordAccumulator<VariantTotals>({
  projects: countAccumulator,
  applications: countAccumulator,
  commonCopies: countAccumulator,
  submissions: countAccumulator,
  officerTouches: countAccumulator,
  intake: countAccumulator,
  decision: countAccumulator,
  meetings: countAccumulator,
  insideLimits: countAccumulator,
  allIssued: countAccumulator,
  firstPermit: days,
  firstSegment: days,
  allPermits: days,
});

/** Counts per working day, in a map while a block runs (the plain histogram at the end). */
class DayCounts {
  private readonly counts = new Map<number, number>();
  add(start: CivilDate, date: CivilDate | null): void {
    if (date === null) return;
    const d = workingDaysBetween(start, date);
    this.counts.set(d, (this.counts.get(d) ?? 0) + 1);
  }
  histogram(): Histogram {
    const bins: Record<string, number> = {};
    for (const d of [...this.counts.keys()].sort((a, b) => a - b))
      bins[String(d)] = this.counts.get(d) as number;
    return { resolution: DAY_RESOLUTION, bins };
  }
}

/**
 * Adds projects' outcomes of one process, one at a time (a shard's inner loop), and gives their
 * plain totals.
 * @example
 * const t = new TotalsTally(); t.add(outcome); t.totals().projects; // 1
 */
export class TotalsTally {
  private projects = 0;
  private applications = 0;
  private commonCopies = 0;
  private submissions = 0;
  private officerTouches = 0;
  private intake = 0;
  private decision = 0;
  private meetings = 0;
  private insideLimits = 0;
  private allIssued = 0;
  private readonly firstPermit = new DayCounts();
  private readonly firstSegment = new DayCounts();
  private readonly allPermits = new DayCounts();

  add(o: ProjectOutcome): void {
    this.projects++;
    this.applications += o.applications;
    this.commonCopies += o.commonCopies;
    this.submissions += o.submissions;
    this.officerTouches += o.officerTouches;
    this.intake += o.touches.intake;
    this.decision += o.touches.decision;
    this.meetings += o.touches.meetings;
    if (o.insideLimits) this.insideLimits++;
    if (o.allPermitsOn !== null) this.allIssued++;
    this.firstPermit.add(o.startDate, o.firstPermitOn);
    this.firstSegment.add(o.startDate, o.firstSegmentReadyOn);
    this.allPermits.add(o.startDate, o.allPermitsOn);
  }

  totals(): VariantTotals {
    return {
      projects: this.projects,
      applications: this.applications,
      commonCopies: this.commonCopies,
      submissions: this.submissions,
      officerTouches: this.officerTouches,
      intake: this.intake,
      decision: this.decision,
      meetings: this.meetings,
      insideLimits: this.insideLimits,
      allIssued: this.allIssued,
      firstPermit: this.firstPermit.histogram(),
      firstSegment: this.firstSegment.histogram(),
      allPermits: this.allPermits.histogram(),
    };
  }
}

/**
 * The totals of checked outcomes of one process.
 * @example
 * totalsOf(baselineOutcomes).projects; // baselineOutcomes.length
 */
export function totalsOf(outcomes: readonly ProjectOutcome[]): VariantTotals {
  const t = new TotalsTally();
  for (const o of outcomes) t.add(o);
  return t.totals();
}
