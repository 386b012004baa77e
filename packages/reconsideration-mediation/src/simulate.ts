// One run of measure 17: a province year of administrative disputes drawn once from a named
// sub-stream of the seed, handled the old way (baseline) and the reform way on the same draws.
// Reconsideration officers are a finite pool of working days: decisions queue for them, so
// decisions past 第六十二条 come from capacity, not from an assumed rate. Internal.
// Disputes and outcomes are kept column-wise in typed arrays (about 150 bytes a dispute, both
// variants) so that a province year of 200,000 disputes runs in a browser worker; objects are
// built only for the samples and the event log.
import {
  type CivilDate,
  type EventLog,
  fromEpochDay,
  isWorkingDay,
  Money,
  RandomStream,
  toEpochDay,
  type Variant,
} from '@gd-ftz/core';
import { reconsiderationDeadline } from './deadlines';
import type { ReconsiderationStep } from './law';
import type { Dispute, Handling, Outcome } from './model';
import type { ReconsiderationMediationParams } from './params';
import { type ActKind, summaryEligible } from './summary';

/** The synthetic disputes, column-wise. */
export interface Population {
  readonly n: number;
  /** Epoch day the party knew of the act. */
  readonly known: Int32Array;
  readonly kind: Uint8Array;
  readonly onTheSpot: Uint8Array;
  /** The amount in whole fen (exact integers). */
  readonly amountFen: Float64Array;
  /** 第五十三条 scope without consent, from {@link summaryEligible}. */
  readonly summary: Uint8Array;
  readonly uRoute: Float64Array;
  readonly uFlag: Float64Array;
  readonly uMediate: Float64Array;
  readonly uInCase: Float64Array;
  readonly uRelapse: Float64Array;
  readonly uPerform: Float64Array;
  readonly uLag: Float64Array;
  readonly effort: Float64Array;
}

/** How every dispute ended in one variant, column-wise; -1 marks a date that never came. */
export interface Outcomes {
  readonly variant: Variant;
  readonly outcome: Uint8Array;
  readonly applied: Int32Array;
  readonly accepted: Int32Array;
  readonly closed: Int32Array;
  readonly deadline: Int32Array;
  readonly suspended: Uint16Array;
  readonly relapsed: Uint8Array;
  readonly enforced: Uint8Array;
  readonly officerDays: Float64Array;
}

/** The result of a run: the disputes and their outcomes in each variant. */
export interface BatchResult {
  readonly disputes: Population;
  readonly baseline: Outcomes;
  readonly reform: Outcomes;
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

/** Outcome codes of {@link Outcomes.outcome}. */
export const OUTCOMES: readonly Outcome[] = [
  'abandoned',
  'settled-before-filing',
  'mediation-document',
  'decision',
  'court',
  'petition',
];
const ABANDONED = 0;
const SETTLED = 1;
const MEDIATION_DOCUMENT = 2;
const DECISION = 3;
const COURT = 4;
const PETITION = 5;

const ACTIVITIES = {
  known: { zh: '争议发生', en: 'Dispute known' },
  mediate: { zh: '申请前调解成功', en: 'Settled before filing' },
  apply: { zh: '申请行政复议', en: 'Application' },
  accept: { zh: '受理', en: 'Acceptance' },
  close: { zh: '结案', en: 'Closure' },
  exit: { zh: '转入诉讼或信访', en: 'To court or petition' },
} as const;

/** The year the disputes arise in, and the last day the calendar (and so the model) covers. */
const YEAR_FROM = toEpochDay('2024-01-01');
const YEAR_TO = toEpochDay('2024-12-31');
const HORIZON = toEpochDay('2026-12-31');
const SPAN = HORIZON - YEAR_FROM + 2;

interface Days {
  /** Working days as epoch days, 2024-01-01..2026-12-31. */
  readonly working: Int32Array;
  /** For each epoch day from YEAR_FROM: the index of the first working day on or after it. */
  readonly nextIndex: Int32Array;
  /** How many of `working` fall in the year of the disputes. */
  readonly inYear: number;
}

let cachedDays: Days | undefined;

/** The statutory calendar's working days over the model's horizon, computed once. */
function days(): Days {
  if (cachedDays) return cachedDays;
  const list: number[] = [];
  let inYear = 0;
  for (let e = YEAR_FROM; e <= HORIZON; e++) {
    if (isWorkingDay(fromEpochDay(e))) {
      list.push(e);
      if (e <= YEAR_TO) inYear++;
    }
  }
  const working = Int32Array.from(list);
  const nextIndex = new Int32Array(SPAN);
  let j = working.length;
  for (let e = HORIZON + 1; e >= YEAR_FROM; e--) {
    while (j > 0 && (working[j - 1] as number) >= e) j--;
    nextIndex[e - YEAR_FROM] = j;
  }
  cachedDays = { working, nextIndex, inYear };
  return cachedDays;
}

/** Step deadlines by epoch day, filled on first use (0 = not yet computed). */
const stepCache = new Map<ReconsiderationStep, Int32Array>();

/** {@link reconsiderationDeadline} on epoch days, for the hot loop. */
function deadlineOf(step: ReconsiderationStep, from: number): number {
  let table = stepCache.get(step);
  if (!table) {
    table = new Int32Array(SPAN);
    stepCache.set(step, table);
  }
  const at = from - YEAR_FROM;
  if (at < 0 || at >= SPAN) return toEpochDay(reconsiderationDeadline(step, fromEpochDay(from)));
  let d = table[at] as number;
  if (d === 0) {
    d = toEpochDay(reconsiderationDeadline(step, fromEpochDay(from)));
    table[at] = d;
  }
  return d;
}

function nextWorking(e: number): number {
  const { working, nextIndex } = days();
  const i = nextIndex[Math.min(Math.max(e, YEAR_FROM), HORIZON + 1) - YEAR_FROM] as number;
  return (working[i] ?? HORIZON) as number;
}

const KINDS: readonly ActKind[] = ['warning', 'criticism', 'information-disclosure', 'other'];
/** Assumption of the population: shares of act kinds (warnings, 通报批评, disclosure, other). */
const KIND_WEIGHTS = [0.08, 0.02, 0.1, 0.8];

let cachedPopulation: { seed: number; n: number; onTheSpotShare: number; pop: Population } | undefined;

/**
 * The synthetic disputes: every draw from the `disputes` sub-stream, in one pass. They depend on
 * the seed, the count and the on-the-spot share only, so the sensitivity re-runs reuse the last
 * population.
 */
function population(n: number, onTheSpotShare: number, seed: number): Population {
  const c = cachedPopulation;
  if (c && c.seed === seed && c.n === n && c.onTheSpotShare === onTheSpotShare) return c.pop;
  const rng = RandomStream.fromSeed(seed).substream('disputes');
  const { working, inYear } = days();
  const f = () => new Float64Array(n);
  const pop: Population = {
    n,
    known: new Int32Array(n),
    kind: new Uint8Array(n),
    onTheSpot: new Uint8Array(n),
    amountFen: f(),
    summary: new Uint8Array(n),
    uRoute: f(),
    uFlag: f(),
    uMediate: f(),
    uInCase: f(),
    uRelapse: f(),
    uPerform: f(),
    uLag: f(),
    effort: f(),
  };
  for (let i = 0; i < n; i++) {
    const kind = rng.weightedIndex(KIND_WEIGHTS);
    pop.known[i] = working[rng.int(0, inYear - 1)] as number;
    pop.kind[i] = kind;
    const spot = rng.bernoulli(onTheSpotShare);
    pop.onTheSpot[i] = spot ? 1 : 0;
    // Assumption: amounts log-normal around 5,000 yuan, in whole fen.
    const fen = Math.round(rng.lognormal(Math.log(500_000), 1.2));
    pop.amountFen[i] = fen;
    pop.uRoute[i] = rng.real();
    pop.uFlag[i] = rng.real();
    pop.uMediate[i] = rng.real();
    pop.uInCase[i] = rng.real();
    pop.uRelapse[i] = rng.real();
    pop.uPerform[i] = rng.real();
    pop.uLag[i] = rng.real();
    // Assumption: a case's effort is the mean times a triangular factor on [0.5, 1, 2].
    pop.effort[i] = rng.triangular(0.5, 1, 2);
    const act = { kind: KINDS[kind] as ActKind, onTheSpot: spot, amount: Money.fromFen(fen).toString() };
    pop.summary[i] = summaryEligible(act, false) ? 1 : 0;
  }
  cachedPopulation = { seed, n, onTheSpotShare, pop };
  return pop;
}

function outcomesOf(variant: Variant, n: number): Outcomes {
  const dates = () => new Int32Array(n).fill(-1);
  return {
    variant,
    outcome: new Uint8Array(n),
    applied: dates(),
    accepted: dates(),
    closed: dates(),
    deadline: dates(),
    suspended: new Uint16Array(n),
    relapsed: new Uint8Array(n),
    enforced: new Uint8Array(n),
    officerDays: new Float64Array(n),
  };
}

/**
 * Handles every dispute in one variant. Without screening a dispute goes to review, court,
 * petition or nowhere (routeShares). With it (reform), enforcement offices flag disputes for
 * mediation before filing, and petitions are guided into review. Review: application (第二十条),
 * acceptance on the last day of review (第三十条: silence counts as acceptance), copy and answer on
 * their last days (第四十八条 / 第五十四条), in-case mediation with suspension (第三十九条) ending in
 * a 调解书 (第七十三条) or resumed review, then a first-come queue for the officers.
 */
function handleAll(pop: Population, variant: Variant, p: ReconsiderationMediationParams): Outcomes {
  const { working, nextIndex } = days();
  const n = pop.n;
  const o = outcomesOf(variant, n);
  const inCaseShare = variant === 'baseline' ? p.baselineInCaseMediation : p.reformInCaseMediation;
  const readyIdx = new Int32Array(n).fill(-1);
  const buckets = new Int32Array(working.length + 1);
  for (let i = 0; i < n; i++) {
    const known = pop.known[i] as number;
    const r = pop.uRoute[i] as number;
    let route =
      r < p.reviewShare
        ? DECISION
        : r < p.reviewShare + p.courtShare
          ? COURT
          : r < p.reviewShare + p.courtShare + p.petitionShare
            ? PETITION
            : ABANDONED;
    let from = known;
    if (variant === 'reform') {
      if ((pop.uFlag[i] as number) < p.flagShare) {
        o.officerDays[i] = p.mediationOfficerDays;
        const end = nextWorking(known + p.mediationDays);
        if ((pop.uMediate[i] as number) < p.mediationSuccess) {
          o.outcome[i] = SETTLED;
          o.closed[i] = end;
          o.relapsed[i] = (pop.uRelapse[i] as number) < p.relapseAfterMediation ? 1 : 0;
          continue;
        }
        from = end;
      }
      if (route === PETITION) route = DECISION;
    }
    if (route === COURT || route === PETITION) {
      o.outcome[i] = route;
      o.relapsed[i] = 1;
      continue;
    }
    if (route === ABANDONED) continue;
    // Assumption: the party applies after 1..2×mean working days, within the 第二十条 period.
    const lag = 1 + Math.floor((pop.uLag[i] as number) * 2 * p.applyLagWorkingDays);
    const startIdx = nextIndex[from - YEAR_FROM] as number;
    const applied = Math.min(working[startIdx + lag] ?? HORIZON, deadlineOf('apply', known));
    o.applied[i] = applied;
    const accepted = deadlineOf('acceptance-review', applied);
    o.accepted[i] = accepted;
    const summary = pop.summary[i] === 1;
    const copy = deadlineOf(summary ? 'send-copy-summary' : 'send-copy', accepted);
    // Assumption: the copy is served electronically and received the day it is sent.
    let ready = deadlineOf(summary ? 'answer-summary' : 'answer', copy);
    o.outcome[i] = DECISION;
    if ((pop.uInCase[i] as number) < inCaseShare) {
      o.suspended[i] = p.mediationDays;
      o.officerDays[i] = (o.officerDays[i] as number) + p.mediationOfficerDays;
      const end = nextWorking(ready + p.mediationDays);
      if ((pop.uMediate[i] as number) < p.mediationSuccess) {
        o.outcome[i] = MEDIATION_DOCUMENT;
        o.closed[i] = end;
        o.enforced[i] = (pop.uPerform[i] as number) < p.notPerformedShare ? 1 : 0;
        o.relapsed[i] = (pop.uRelapse[i] as number) < p.relapseAfterMediation ? 1 : 0;
        continue;
      }
      ready = end;
    }
    o.deadline[i] = deadlineOf(
      summary ? 'decide-summary' : 'decide-extended',
      accepted + (o.suspended[i] as number),
    );
    o.officerDays[i] =
      (o.officerDays[i] as number) +
      p.caseOfficerDays * (pop.effort[i] as number) * (summary ? p.summaryEffortFactor : 1);
    const idx = nextIndex[Math.min(ready, HORIZON + 1) - YEAR_FROM] as number;
    readyIdx[i] = idx;
    buckets[idx] = (buckets[idx] as number) + 1;
  }
  // Officers decide in the order cases become ready (ties by dispute): a fluid first-come queue of
  // `officers` officer-days per working day. A counting sort keeps it linear.
  let total = 0;
  for (let b = 0; b < buckets.length; b++) {
    const c = buckets[b] as number;
    buckets[b] = total;
    total += c;
  }
  const order = new Int32Array(total);
  for (let i = 0; i < n; i++) {
    const b = readyIdx[i] as number;
    if (b < 0) continue;
    order[buckets[b] as number] = i;
    buckets[b] = (buckets[b] as number) + 1;
  }
  const rate = p.officers;
  const ownEffort = (i: number) =>
    p.caseOfficerDays * (pop.effort[i] as number) * (pop.summary[i] === 1 ? p.summaryEffortFactor : 1);
  let freeAt = 0;
  for (let k = 0; k < total; k++) {
    const i = order[k] as number;
    const start = Math.max(freeAt, readyIdx[i] as number);
    freeAt = start + ownEffort(i) / rate;
    const doneIdx = Math.min(Math.ceil(freeAt), working.length - 1);
    o.closed[i] = working[doneIdx] as number;
    o.relapsed[i] = (pop.uRelapse[i] as number) < p.relapseAfterDecision ? 1 : 0;
  }
  return o;
}

const dateOr = (e: number): CivilDate | undefined => (e < 0 ? undefined : fromEpochDay(e));

/**
 * Dispute `i` of a run as an object (for samples, the event log and tests).
 * @example
 * disputeAt(result.disputes, 0).id // 'D000001'
 */
export function disputeAt(pop: Population, i: number): Dispute {
  return {
    id: `D${String(i + 1).padStart(6, '0')}`,
    knownOn: fromEpochDay(pop.known[i] as number),
    act: {
      kind: KINDS[pop.kind[i] as number] as ActKind,
      onTheSpot: pop.onTheSpot[i] === 1,
      amount: Money.fromFen(pop.amountFen[i] as number).toString(),
    },
    summaryEligible: pop.summary[i] === 1,
  };
}

/**
 * How dispute `i` was handled in one variant, as an object.
 * @example
 * handlingAt(result.disputes, result.reform, 0).variant // 'reform'
 */
export function handlingAt(pop: Population, o: Outcomes, i: number): Handling {
  const applied = dateOr(o.applied[i] as number);
  const accepted = dateOr(o.accepted[i] as number);
  const closed = dateOr(o.closed[i] as number);
  const deadline = dateOr(o.deadline[i] as number);
  return {
    dispute: disputeAt(pop, i),
    variant: o.variant,
    outcome: OUTCOMES[o.outcome[i] as number] as Outcome,
    ...(applied ? { appliedOn: applied } : {}),
    ...(accepted ? { acceptedOn: accepted } : {}),
    ...(closed ? { closedOn: closed } : {}),
    ...(deadline ? { decisionDeadline: deadline } : {}),
    suspendedDays: o.suspended[i] as number,
    relapsed: o.relapsed[i] === 1,
    enforced: o.enforced[i] === 1,
    officerDays: o.officerDays[i] as number,
  };
}

function logHandling(log: EventLog, h: Handling): void {
  const rec = log.startCase(h.variant, h.dispute.id, 'dispute', { attributes: { outcome: h.outcome } });
  rec.event('known', h.dispute.knownOn, { resource: 'party' });
  if (h.outcome === 'court' || h.outcome === 'petition')
    rec.event('exit', h.dispute.knownOn, { resource: 'party' });
  if (h.outcome === 'settled-before-filing' && h.closedOn)
    rec.event('mediate', h.closedOn, { resource: 'mediator' });
  if (h.appliedOn) rec.event('apply', h.appliedOn, { resource: 'party' });
  if (h.acceptedOn) rec.event('accept', h.acceptedOn, { resource: 'officer' });
  if (h.closedOn && h.outcome !== 'settled-before-filing')
    rec.event('close', h.closedOn, { resource: 'officer' });
}

/**
 * Runs baseline and reform on the same synthetic disputes.
 * @example
 * runBatch(parseParams(PARAMS, { disputes: 500 }), 42).baseline.outcome.length // 500
 */
export function runBatch(
  params: ReconsiderationMediationParams,
  seed: number,
  hooks: RunHooks = {},
): BatchResult {
  const disputes = population(params.disputes, params.onTheSpotShare, seed);
  const baseline = handleAll(disputes, 'baseline', params);
  hooks.onProgress?.(0.5);
  const reform = handleAll(disputes, 'reform', params);
  const log = hooks.eventLog;
  if (log) {
    log.defineActivities(ACTIVITIES);
    for (const o of [baseline, reform])
      for (let i = 0; i < disputes.n; i++) logHandling(log, handlingAt(disputes, o, i));
  }
  return { disputes, baseline, reform };
}
