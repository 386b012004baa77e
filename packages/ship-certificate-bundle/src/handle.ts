// One ship through the old process (baseline) and through the bundle (reform), on the same draws.
// Days are epoch days; working-day steps use the span's tables (days.ts).
import type { Variant } from '@gd-ftz/core';
import { addWork, workOnOrAfter } from './days';
import { type BundleItem, COMMON_MATERIALS, ITEMS } from './items';
import type { ShipCertificateBundleParams } from './params';
import type { ShipCase } from './population';
import { dueDay, supplyDay } from './span-deadlines';

/** What happened to one item, as events in time order. */
export type ItemActivity =
  | 'file'
  | 'return'
  | 'resubmit'
  | 'accept'
  | 'accept-with-gaps'
  | 'supply'
  | 'terminate'
  | 'issue'
  | 'refuse';

/** One event of an item. */
export interface ItemEventRow {
  readonly activity: ItemActivity;
  readonly day: number;
}

/** How one item ended, with its events; `reason` says why a pending item waits. */
export interface ItemOutcome {
  readonly item: BundleItem;
  readonly state: 'issued' | 'refused' | 'terminated' | 'pending';
  readonly reason?: 'prerequisite-refused' | 'prerequisite-terminated' | undefined;
  readonly events: readonly ItemEventRow[];
  /** The day the authority could start (accepted, supplied, prerequisites issued), when it did. */
  readonly clockStart: number;
  /** The day of the decision (issue or refusal), -1 when none. */
  readonly decidedOn: number;
}

/** One ship in one variant: its items and the counts the KPIs read. */
export interface CaseOutcome {
  readonly variant: Variant;
  readonly items: readonly ItemOutcome[];
  /** Applications lodged, resubmissions included. */
  readonly submissions: number;
  readonly visits: number;
  readonly copies: number;
  readonly touches: number;
  /** Items accepted with gaps, and of them terminated. */
  readonly gapsAccepted: number;
  readonly terminated: number;
}

const MISSING = -1;

interface Work {
  item: BundleItem;
  state: ItemOutcome['state'];
  reason?: ItemOutcome['reason'] | undefined;
  events: ItemEventRow[];
  clockStart: number;
  decidedOn: number;
}

function blockedBy(c: ShipCase, out: readonly Work[], j: number): Work | undefined {
  for (const k of c.after[j] as readonly number[]) {
    const w = out[k] as Work;
    if (w.state !== 'issued') return w;
  }
  return undefined;
}

function pendingOf(w: Work, blocker: Work): void {
  w.state = 'pending';
  w.reason = blocker.state === 'terminated' ? 'prerequisite-terminated' : 'prerequisite-refused';
  if (blocker.reason !== undefined) w.reason = blocker.reason;
}

/** The common materials among an item's main ones (copied again by every separate application). */
function commonOf(item: BundleItem): number {
  let n = 0;
  for (const m of ITEMS[item].main) if (COMMON_MATERIALS.includes(m)) n++;
  return n;
}

/** Needs the classification society's technical certificates (船舶登记条例 第十三、十五条). */
function needsTechnical(item: BundleItem): boolean {
  return item === 'ownership' || item === 'nationality';
}

/**
 * Baseline: one application per certificate, each with the common materials; an item is filed
 * only once its prerequisites are issued (independent items in parallel); paper technical
 * certificates first come from the society and are verified by letter; any gap returns the file.
 */
export function handleBaseline(c: ShipCase, p: ShipCertificateBundleParams): CaseOutcome {
  const n = c.items.length;
  const out: Work[] = [];
  const visitDays = new Set<number>();
  let submissions = 0;
  let copies = 0;
  let touches = 0;
  const techReady = p.paperCertificateDays > 0 ? addWork(c.receivedOn, p.paperCertificateDays) : c.receivedOn;
  for (let j = 0; j < n; j++) {
    const item = c.items[j] as BundleItem;
    const w: Work = {
      item,
      state: 'pending',
      reason: undefined,
      events: [],
      clockStart: MISSING,
      decidedOn: MISSING,
    };
    out.push(w);
    const blocker = blockedBy(c, out, j);
    if (blocker) {
      pendingOf(w, blocker);
      continue;
    }
    let filed = c.receivedOn;
    for (const k of c.after[j] as readonly number[])
      filed = Math.max(filed, addWork((out[k] as Work).decidedOn, c.filingLag[j] as number));
    if (needsTechnical(item)) filed = Math.max(filed, techReady);
    filed = workOnOrAfter(filed);
    w.events.push({ activity: 'file', day: filed });
    const common = commonOf(item);
    submissions++;
    copies += common;
    touches++;
    visitDays.add(filed);
    let accepted = filed;
    if (c.mainGap[j] || c.secondaryGap[j]) {
      w.events.push({ activity: 'return', day: filed });
      accepted = addWork(filed, c.resubmitLag[j] as number);
      w.events.push({ activity: 'resubmit', day: accepted });
      submissions++;
      copies += common;
      touches++;
      visitDays.add(accepted);
    }
    w.events.push({ activity: 'accept', day: accepted });
    w.clockStart = accepted;
    const verify = needsTechnical(item) ? p.paperVerifyDays : 0;
    if (verify > 0) touches++;
    w.decidedOn = addWork(accepted, (c.authority[j] as number) + verify);
    touches++;
    w.state = c.refused[j] ? 'refused' : 'issued';
    w.events.push({ activity: c.refused[j] ? 'refuse' : 'issue', day: w.decidedOn });
  }
  return {
    variant: 'baseline',
    items: out,
    submissions,
    visits: visitDays.size,
    copies,
    touches,
    gapsAccepted: 0,
    terminated: 0,
  };
}

/**
 * Reform: one application with one set of materials; a missing main material (or any gap of a
 * 失信 owner) returns the bundle; otherwise every item is accepted together, secondary gaps under
 * 容缺 with one supply deadline each; items run in parallel where the DAG allows and are issued in
 * its order; technical certificates come electronically under the MoU.
 */
export function handleReform(c: ShipCase, _p: ShipCertificateBundleParams): CaseOutcome {
  const n = c.items.length;
  let submissions = 1;
  let touches = 1;
  let visits = 1;
  let returned = false;
  let lag = 0;
  // One set of materials is one file: it misses a main material at the per-file rate (the first
  // item's draw); a 失信 owner's secondary gap also returns it (no 容缺).
  for (let j = 0; j < n; j++) {
    if ((j === 0 && c.mainGap[j]) || (c.dishonest && c.secondaryGap[j])) {
      returned = true;
      lag = Math.max(lag, c.resubmitLag[j] as number);
    }
  }
  const filed = c.receivedOn;
  const accepted = returned ? addWork(filed, lag) : filed;
  if (returned) {
    submissions++;
    touches++;
    visits++;
  }
  const out: Work[] = [];
  let gapsAccepted = 0;
  let terminated = 0;
  for (let j = 0; j < n; j++) {
    const item = c.items[j] as BundleItem;
    const w: Work = {
      item,
      state: 'pending',
      reason: undefined,
      events: [{ activity: 'file', day: filed }],
      clockStart: MISSING,
      decidedOn: MISSING,
    };
    out.push(w);
    if (returned) {
      w.events.push({ activity: 'return', day: filed }, { activity: 'resubmit', day: accepted });
    }
    let ready = accepted;
    // After a resubmission the file is complete (the one notice listed every gap).
    if (!returned && c.secondaryGap[j]) {
      w.events.push({ activity: 'accept-with-gaps', day: accepted });
      gapsAccepted++;
      const by = supplyDay(item, accepted);
      const supplied = addWork(accepted, c.supplyLag[j] as number);
      if (supplied > by) {
        const end = addWork(by, 1);
        w.events.push({ activity: 'terminate', day: end });
        w.state = 'terminated';
        terminated++;
        touches++;
        continue;
      }
      w.events.push({ activity: 'supply', day: supplied });
      visits++;
      touches++;
      ready = supplied;
    } else {
      w.events.push({ activity: 'accept', day: accepted });
    }
    const blocker = blockedBy(c, out, j);
    if (blocker) {
      pendingOf(w, blocker);
      continue;
    }
    for (const k of c.after[j] as readonly number[]) ready = Math.max(ready, (out[k] as Work).decidedOn);
    w.clockStart = ready;
    w.decidedOn = addWork(ready, c.authority[j] as number);
    touches++;
    w.state = c.refused[j] ? 'refused' : 'issued';
    w.events.push({ activity: c.refused[j] ? 'refuse' : 'issue', day: w.decidedOn });
  }
  return {
    variant: 'reform',
    items: out,
    submissions,
    visits,
    copies: submissions * COMMON_MATERIALS.length,
    touches,
    gapsAccepted,
    terminated,
  };
}

/** Whether the item's decision kept its period, counted from when the authority could start. */
export function insidePeriod(o: ItemOutcome): boolean {
  return o.decidedOn <= dueDay(o.item, o.clockStart);
}
