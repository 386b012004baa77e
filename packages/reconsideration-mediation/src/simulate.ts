// One run of measure 17: a province year of administrative disputes drawn once from a named
// sub-stream of the seed, handled the old way (baseline) and the reform way on the same draws.
// Reconsideration officers are a finite pool of working days: decisions queue for them, so
// decisions past 第六十二条 come from capacity, not from an assumed rate. Internal.
import {
  type CivilDate,
  type EventLog,
  fromEpochDay,
  isWorkingDay,
  RandomStream,
  toEpochDay,
  type Variant,
} from '@gd-ftz/core';
import { reconsiderationDeadline } from './deadlines';
import type { Dispute, Handling, Outcome } from './model';
import type { ReconsiderationMediationParams } from './params';
import { type ActKind, summaryEligible } from './summary';

/** The result of a run: every dispute's handling in each variant. */
export interface BatchResult {
  readonly disputes: readonly Dispute[];
  readonly baseline: readonly Handling[];
  readonly reform: readonly Handling[];
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

const ACTIVITIES = {
  known: { zh: '争议发生', en: 'Dispute known' },
  mediate: { zh: '调解', en: 'Mediation' },
  apply: { zh: '申请行政复议', en: 'Application' },
  accept: { zh: '受理', en: 'Acceptance' },
  close: { zh: '结案', en: 'Closure' },
  exit: { zh: '转入诉讼或信访', en: 'To court or petition' },
} as const;

/** The year the disputes arise in, and the last day the calendar (and so the model) covers. */
const YEAR_FROM = toEpochDay('2024-01-01');
const YEAR_TO = toEpochDay('2024-12-31');
const HORIZON = toEpochDay('2026-12-31');

interface Days {
  /** Working days as epoch days, 2024-01-01..2026-12-31. */
  readonly working: readonly number[];
  /** For each epoch day from YEAR_FROM: the index of the first working day on or after it. */
  readonly nextIndex: Int32Array;
  /** How many of `working` fall in the year of the disputes. */
  readonly inYear: number;
}

let cachedDays: Days | undefined;

/** The statutory calendar's working days over the model's horizon, computed once. */
function days(): Days {
  if (cachedDays) return cachedDays;
  const working: number[] = [];
  const nextIndex = new Int32Array(HORIZON - YEAR_FROM + 2);
  let inYear = 0;
  for (let e = YEAR_FROM; e <= HORIZON; e++) {
    if (isWorkingDay(fromEpochDay(e))) {
      working.push(e);
      if (e <= YEAR_TO) inYear++;
    }
  }
  let j = working.length;
  for (let e = HORIZON + 1; e >= YEAR_FROM; e--) {
    while (j > 0 && (working[j - 1] as number) >= e) j--;
    nextIndex[e - YEAR_FROM] = j;
  }
  cachedDays = { working, nextIndex, inYear };
  return cachedDays;
}

const KINDS: readonly ActKind[] = ['warning', 'criticism', 'information-disclosure', 'other'];
/** Assumption of the population: shares of act kinds (warnings, 通报批评, disclosure, other). */
const KIND_WEIGHTS = [0.08, 0.02, 0.1, 0.8];

/** The synthetic disputes: every draw from the `disputes` sub-stream, in one pass. */
function population(params: ReconsiderationMediationParams, seed: number): Dispute[] {
  const rng = RandomStream.fromSeed(seed).substream('disputes');
  const { working, inYear } = days();
  const out: Dispute[] = [];
  for (let i = 0; i < params.disputes; i++) {
    const kind = KINDS[rng.weightedIndex(KIND_WEIGHTS)] as ActKind;
    // Assumption: amounts log-normal around 5,000 yuan, in whole fen.
    const fen = Math.round(rng.lognormal(Math.log(500_000), 1.2));
    out.push({
      id: `D${String(i + 1).padStart(6, '0')}`,
      knownOn: fromEpochDay(working[rng.int(0, inYear - 1)] as number),
      act: { kind, onTheSpot: rng.bernoulli(0.1), amount: (fen / 100).toFixed(2) },
      u: {
        route: rng.real(),
        flag: rng.real(),
        mediate: rng.real(),
        inCase: rng.real(),
        relapse: rng.real(),
        perform: rng.real(),
        lag: rng.real(),
      },
      // Assumption: a case's effort is the mean times a triangular factor on [0.5, 1, 2].
      effortDays: rng.triangular(0.5, 1, 2),
    });
  }
  return out.sort((a, b) => (a.knownOn < b.knownOn ? -1 : a.knownOn > b.knownOn ? 1 : 0));
}

/** A review case waiting for a decision slot. */
interface Waiting {
  readonly index: number;
  readonly readyIndex: number;
  readonly effort: number;
}

interface Draft {
  outcome: Outcome;
  appliedOn?: CivilDate;
  acceptedOn?: CivilDate;
  summary?: boolean;
  suspendedDays: number;
  closedOn?: CivilDate;
  decisionDeadline?: CivilDate;
  relapsed: boolean;
  enforced: boolean;
  officerDays: number;
}

const ep = (d: CivilDate): number => toEpochDay(d);
const nextWorking = (e: number): number => {
  const { working, nextIndex } = days();
  return working[nextIndex[Math.min(e, HORIZON + 1) - YEAR_FROM] as number] ?? HORIZON;
};

/** Where a dispute goes without screening: review, court, petition or nowhere (routeShares). */
function routeOf(d: Dispute, p: ReconsiderationMediationParams): 'review' | 'court' | 'petition' | 'none' {
  const r = d.u.route;
  if (r < p.reviewShare) return 'review';
  if (r < p.reviewShare + p.courtShare) return 'court';
  if (r < p.reviewShare + p.courtShare + p.petitionShare) return 'petition';
  return 'none';
}

/**
 * The review of one case up to the point it waits for officers: application (第二十条), acceptance
 * on the last day of review (第三十条: silence counts as acceptance), copy and answer on their last
 * days (第四十八条 / 第五十四条), in-case mediation with suspension (第三十九条) ending in a 调解书
 * (第七十三条) or resumed review.
 */
function review(
  d: Dispute,
  variant: Variant,
  p: ReconsiderationMediationParams,
  from: number,
  draft: Draft,
): number | undefined {
  const { working, nextIndex } = days();
  const startIdx = nextIndex[from - YEAR_FROM] as number;
  const lag = 1 + Math.floor(d.u.lag * 2 * p.applyLagWorkingDays);
  const lastDay = ep(reconsiderationDeadline('apply', d.knownOn));
  const applied = Math.min(working[startIdx + lag] as number, lastDay);
  draft.appliedOn = fromEpochDay(applied);
  const accepted = reconsiderationDeadline('acceptance-review', draft.appliedOn);
  draft.acceptedOn = accepted;
  const summary = summaryEligible(d.act, false);
  draft.summary = summary;
  const copy = reconsiderationDeadline(summary ? 'send-copy-summary' : 'send-copy', accepted);
  // Assumption: the copy is served electronically and received the day it is sent.
  let ready = ep(reconsiderationDeadline(summary ? 'answer-summary' : 'answer', copy));
  const mediationShare = variant === 'baseline' ? p.baselineInCaseMediation : p.reformInCaseMediation;
  draft.outcome = 'decision';
  if (d.u.inCase < mediationShare) {
    draft.suspendedDays = p.mediationDays;
    draft.officerDays += 1;
    const end = nextWorking(ready + p.mediationDays);
    if (d.u.mediate < p.mediationSuccess) {
      draft.outcome = 'mediation-document';
      draft.closedOn = fromEpochDay(end);
      draft.enforced = d.u.perform < p.notPerformedShare;
      draft.relapsed = d.u.relapse < p.relapseAfterMediation;
      return undefined;
    }
    ready = end;
  }
  const step = summary ? 'decide-summary' : 'decide-extended';
  draft.decisionDeadline = reconsiderationDeadline(step, fromEpochDay(ep(accepted) + draft.suspendedDays));
  return ready;
}

function handleAll(
  disputes: readonly Dispute[],
  variant: Variant,
  p: ReconsiderationMediationParams,
): Handling[] {
  const { working, nextIndex } = days();
  const drafts: Draft[] = [];
  const queue: Waiting[] = [];
  disputes.forEach((d, index) => {
    const draft: Draft = { outcome: 'abandoned', suspendedDays: 0, relapsed: false, enforced: false, officerDays: 0 };
    drafts.push(draft);
    const known = ep(d.knownOn);
    let route = routeOf(d, p);
    let from = known;
    if (variant === 'reform') {
      // Reform: enforcement offices flag the dispute and mediation comes first; petitions are
      // guided into review.
      if (d.u.flag < p.flagShare) {
        draft.officerDays += 1;
        const end = nextWorking(known + p.mediationDays);
        if (d.u.mediate < p.mediationSuccess) {
          draft.outcome = 'settled-before-filing';
          draft.closedOn = fromEpochDay(end);
          draft.relapsed = d.u.relapse < p.relapseAfterMediation;
          return;
        }
        from = end;
      }
      if (route === 'petition') route = 'review';
    }
    if (route === 'court' || route === 'petition') {
      draft.outcome = route;
      draft.relapsed = true;
      return;
    }
    if (route === 'none') return;
    const ready = review(d, variant, p, from, draft);
    if (ready === undefined) return;
    const effort = p.caseOfficerDays * d.effortDays * (draft.summary ? 0.5 : 1);
    draft.officerDays += effort;
    queue.push({ index, readyIndex: nextIndex[Math.min(ready, HORIZON) - YEAR_FROM] as number, effort });
  });
  // Officers decide in the order cases become ready: a fluid first-come queue of `officers`
  // officer-days per working day.
  queue.sort((a, b) => a.readyIndex - b.readyIndex || a.index - b.index);
  let freeAt = 0;
  for (const w of queue) {
    const start = Math.max(freeAt, w.readyIndex);
    freeAt = start + w.effort / p.officers;
    const doneIdx = Math.min(Math.ceil(freeAt), working.length - 1);
    const draft = drafts[w.index] as Draft;
    const d = disputes[w.index] as Dispute;
    draft.closedOn = fromEpochDay(working[doneIdx] as number);
    draft.relapsed = d.u.relapse < p.relapseAfterDecision;
  }
  return drafts.map((draft, i) => ({ dispute: disputes[i] as Dispute, variant, ...draft }));
}

function logHandling(log: EventLog, h: Handling): void {
  const rec = log.startCase(h.variant, h.dispute.id, 'dispute', { attributes: { outcome: h.outcome } });
  rec.event('known', h.dispute.knownOn, { resource: 'party' });
  if (h.outcome === 'settled-before-filing') rec.event('mediate', h.closedOn ?? h.dispute.knownOn, { resource: 'mediator' });
  if (h.appliedOn) rec.event('apply', h.appliedOn, { resource: 'party' });
  if (h.acceptedOn) rec.event('accept', h.acceptedOn, { resource: 'officer' });
  if (h.closedOn) rec.event('close', h.closedOn, { resource: 'officer' });
  if (h.outcome === 'court' || h.outcome === 'petition') rec.event('exit', h.dispute.knownOn, { resource: 'party' });
}

/**
 * Runs baseline and reform on the same synthetic disputes.
 * @example
 * runBatch(parseParams(PARAMS, { disputes: 500 }), 42).baseline.length // 500
 */
export function runBatch(params: ReconsiderationMediationParams, seed: number, hooks: RunHooks = {}): BatchResult {
  const disputes = population(params, seed);
  const baseline = handleAll(disputes, 'baseline', params);
  hooks.onProgress?.(0.5);
  const reform = handleAll(disputes, 'reform', params);
  const log = hooks.eventLog;
  if (log) {
    log.defineActivities(ACTIVITIES);
    for (const h of baseline) logHandling(log, h);
    for (const h of reform) logHandling(log, h);
  }
  return { disputes, baseline, reform };
}
