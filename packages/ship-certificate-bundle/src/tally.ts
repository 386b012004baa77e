// Streaming tallies of a run, per variant: sums and integer histograms, so a province-year or a
// million ships are counted in constant memory and the KPIs read only these.
import { workBetween } from './days';
import { isLawFixed } from './deadline';
import { type CaseOutcome, insidePeriod } from './handle';
import type { ShipCase } from './population';

/** The tallies of one variant. */
export interface VariantTally {
  ships: number;
  submissions: number;
  oneSubmission: number;
  visits: number;
  copies: number;
  touches: number;
  /** Working days to the full set, histogram by day count (ships complete in both variants). */
  fullSet: number[];
  /** Natural days without a nationality certificate (ships issued one in both variants). */
  noNationalityDays: number;
  noNationalityShips: number;
  statutoryItems: number;
  statutoryInside: number;
  gapsAccepted: number;
  terminated: number;
}

/** The tallies of a run. */
export interface Tally {
  readonly baseline: VariantTally;
  readonly reform: VariantTally;
}

function empty(): VariantTally {
  return {
    ships: 0,
    submissions: 0,
    oneSubmission: 0,
    visits: 0,
    copies: 0,
    touches: 0,
    fullSet: [],
    noNationalityDays: 0,
    noNationalityShips: 0,
    statutoryItems: 0,
    statutoryInside: 0,
    gapsAccepted: 0,
    terminated: 0,
  };
}

/** An empty tally. */
export function newTally(): Tally {
  return { baseline: empty(), reform: empty() };
}

function lastIssue(o: CaseOutcome): number {
  let last = -1;
  for (const it of o.items) {
    if (it.state !== 'issued') return -1;
    last = Math.max(last, it.decidedOn);
  }
  return last;
}

function nationalityDay(o: CaseOutcome): number {
  for (const it of o.items) if (it.item === 'nationality') return it.state === 'issued' ? it.decidedOn : -1;
  return -1;
}

function add(t: VariantTally, c: ShipCase, o: CaseOutcome, full: number, nat: number): void {
  t.ships++;
  t.submissions += o.submissions;
  if (o.submissions === 1) t.oneSubmission++;
  t.visits += o.visits;
  t.copies += o.copies;
  t.touches += o.touches;
  if (full >= 0) {
    const wd = workBetween(c.receivedOn, full);
    t.fullSet[wd] = (t.fullSet[wd] ?? 0) + 1;
  }
  if (nat >= 0) {
    t.noNationalityDays += nat - c.receivedOn;
    t.noNationalityShips++;
  }
  for (const it of o.items) {
    if (it.decidedOn >= 0 && isLawFixed(it.item)) {
      t.statutoryItems++;
      if (insidePeriod(it)) t.statutoryInside++;
    }
  }
  t.gapsAccepted += o.gapsAccepted;
  t.terminated += o.terminated;
}

/** Adds one ship's two outcomes (the shared-population measures need both). */
export function tallyCase(t: Tally, c: ShipCase, b: CaseOutcome, r: CaseOutcome): void {
  const fb = lastIssue(b);
  const fr = lastIssue(r);
  const both = fb >= 0 && fr >= 0;
  const nb = nationalityDay(b);
  const nr = nationalityDay(r);
  const natBoth = nb >= 0 && nr >= 0;
  add(t.baseline, c, b, both ? fb : -1, natBoth ? nb : -1);
  add(t.reform, c, r, both ? fr : -1, natBoth ? nr : -1);
}
