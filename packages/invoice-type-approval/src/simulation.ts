import {
  addDays,
  civilDate,
  createCoverage,
  createResource,
  createSimulation,
  DEFAULT_CALENDAR,
  daysBetween,
  type EventLog,
  type OpeningHours,
  RandomStream,
  type RuleCoverageEntry,
  statutoryDeadline,
  ValidationError,
  workingDayHours,
} from '@gd-ftz/core';
import { checkScenarioInput } from './check-inputs';
import { INVOICE_ACTIVITIES, logCases } from './event-log';
import { combine } from './grant';
import { lawAt } from './law-values';
import type { Application } from './model';
import type { DecisionKind } from './outcome';
import type { InvoiceTypeApprovalParams } from './params';
import { generatePopulation } from './population';
import { retrievals } from './retrieval';
import { approvalRuleSet, ruleSpecsAt } from './rules/catalog';
import { factsOf } from './to-facts';

/**
 * Office hours of the reviewing officers on working days (with 调休 make-up days).
 * Assumption: the usual 9:00–12:00 and 13:30–17:30 of a Guangdong tax office.
 * @example
 * OFFICE_HOURS[0] // { from: '09:00', to: '12:00' }
 */
export const OFFICE_HOURS = [
  { from: '09:00', to: '12:00' },
  { from: '13:30', to: '17:30' },
] as const;

/**
 * One application's path through the old and the new process. Times in minutes from the start.
 * @example
 * const [c]: readonly CaseRun[] = runScenario(defaultParams(PARAMS), 42).cases;
 * c?.reform.auto // true or false
 */
export interface CaseRun {
  readonly application: Application;
  readonly arrival: number;
  /** The rules' decision (the reform's automatic decision, or `refer`). */
  readonly engine: DecisionKind;
  readonly restricted: boolean;
  readonly routed: boolean;
  readonly dueBy: string;
  readonly baseline: {
    readonly decidedAt: number;
    readonly reviewMinutes: number;
    readonly differs: boolean;
  };
  readonly reform: {
    readonly decidedAt: number;
    readonly auto: boolean;
    /** A data source stayed down after every retry: referred although the rules could decide. */
    readonly sourceDown: boolean;
    /** Hands-on minutes: the engine's data retrieval for auto cases, plus the officer's review. */
    readonly handlingMinutes: number;
    readonly officerMinutes: number;
    readonly differs: boolean;
  };
}

/**
 * Everything the report is built from.
 * @example
 * const run: ScenarioRun = runScenario(defaultParams(PARAMS), 42);
 * run.dataSources // 13
 */
export interface ScenarioRun {
  readonly cases: readonly CaseRun[];
  readonly coverage: readonly RuleCoverageEntry[];
  readonly dataSources: number;
  readonly dateAt: (t: number) => string;
}

/** The end of `minutes` of open time starting at `t` (work pauses while closed). */
function addOpenMinutes(hours: OpeningHours, t: number, minutes: number): number {
  const start = hours.nextOpen(t);
  let hi = start + minutes;
  while (hours.openMinutesBetween(start, hi) < minutes) hi = start + (hi - start) * 2;
  let lo = start + minutes;
  for (let i = 0; i < 60 && hi - lo > 1e-6; i++) {
    const mid = (lo + hi) / 2;
    if (hours.openMinutesBetween(start, mid) < minutes) lo = mid;
    else hi = mid;
  }
  return hi;
}

function reviewMinutes(rng: RandomStream, routed: boolean, p: InvoiceTypeApprovalParams): number {
  const mode = routed ? p.reviewMinutesRouted : p.reviewMinutesImmediate;
  return rng.triangular(mode / 2, mode, mode * 2);
}

interface Queued {
  readonly index: number;
  readonly at: number;
  readonly routed: boolean;
}

// The queue must end well inside the statutory calendar: a file's end is found by doubling a
// search window (addOpenMinutes), which may look up to twice a long review's span ahead.
const CALENDAR_MARGIN_DAYS = 31;

/**
 * Refuses a scenario whose officers could not finish inside the statutory calendar (issue 32: it
 * failed mid-run with a CalendarRangeError for 2027-01-01). With c officers serving first come,
 * first served, the last decision comes at most (open minutes) last arrival + total review work /
 * c + the longest review after the start; the drawn review times give all three. Called for both
 * queues before the run reports any progress, so that the refusal comes up front.
 */
function checkFitsCalendar(
  startDate: string,
  items: readonly Queued[],
  minutes: Float64Array,
  p: InvoiceTypeApprovalParams,
): void {
  if (items.length === 0) return;
  const hours = workingDayHours(OFFICE_HOURS, createSimulation({ startDate }));
  const start = civilDate(startDate);
  const cutoff = addDays(DEFAULT_CALENDAR.to, -CALENDAR_MARGIN_DAYS);
  const available = hours.openMinutesBetween(0, daysBetween(start, cutoff) * 1440);
  let work = 0;
  let longest = 0;
  let lastArrival = 0;
  for (const q of items) {
    const m = minutes[q.index]!;
    work += m;
    longest = Math.max(longest, m);
    lastArrival = Math.max(lastArrival, q.at);
  }
  const arrivalsOpen = hours.openMinutesBetween(0, lastArrival);
  const bound = arrivalsOpen + work / p.officers + longest;
  if (bound <= available) return;
  const fit = Math.max(
    0,
    Math.floor((items.length * ((available - arrivalsOpen - longest) * p.officers)) / work),
  );
  throw ValidationError.of(
    'applications',
    `the officers' queue could run past ${cutoff} (the statutory calendar ends ${DEFAULT_CALENDAR.to}): about ${fit} applications fit with ${p.officers} officers at these review times; lower applications, or add officers`,
    `审核队列可能超出 ${cutoff}（法定日历止于 ${DEFAULT_CALENDAR.to}）：按 ${p.officers} 名审核人员和当前审核时长约可容纳 ${fit} 件；请减少申请件数或增加审核人员`,
  );
}

/**
 * Each queued file's review minutes, by index, drawn in arrival order, so that the stream does not
 * depend on queue dynamics.
 */
function reviewTimes(
  items: readonly Queued[],
  p: InvoiceTypeApprovalParams,
  rng: RandomStream,
): Float64Array {
  const minutes = new Float64Array(Math.max(0, ...items.map((q) => q.index + 1)));
  for (const q of items) minutes[q.index] = reviewMinutes(rng, q.routed, p);
  return minutes;
}

/** Runs the officer queue over `items` with their review `minutes`; returns decision and start times per index. */
function officerQueue(
  startDate: string,
  items: readonly Queued[],
  minutes: Float64Array,
  p: InvoiceTypeApprovalParams,
): { decidedAt: Float64Array; minutes: Float64Array; startedAt: Float64Array } {
  const sim = createSimulation({ startDate });
  const hours = workingDayHours(OFFICE_HOURS, sim);
  const officers = createResource(sim, { capacity: p.officers, hours, name: 'officers' });
  const n = minutes.length;
  const decidedAt = new Float64Array(n).fill(Number.NaN);
  // When the officer takes the file up (for the event log's review step).
  const startedAt = new Float64Array(n).fill(Number.NaN);
  for (const q of items) {
    const m = minutes[q.index]!;
    sim.scheduleAt(q.at, () => {
      officers.request((req) => {
        startedAt[q.index] = sim.now;
        sim.scheduleAt(addOpenMinutes(hours, sim.now, m), () => {
          officers.release(req);
          decidedAt[q.index] = sim.now;
        });
      });
    });
  }
  sim.run();
  return { decidedAt, minutes, startedAt };
}

/**
 * Runs one scenario: the same seeded population through the old process (every application
 * queues for an officer on working days and hours) and the reform (the 131 rules decide on
 * arrival, 7×24, after retrieving one data source per rule category with retries, see
 * `retrievals`; referred cases, and cases whose data source stayed down, queue for an officer). Independent sub-streams: 'population', 'baseline', 'reform'. With `log`, every
 * application's steps in both processes are recorded in it.
 * @example
 * const run = runScenario(defaultParams(PARAMS), 42);
 * @throws ValidationError naming `params.<field>` (missing, unknown or out of range, or a fetch
 * maximum below the minimum), `seed` (not a safe integer) or `onProgress` (not a function).
 */
export function runScenario(
  p: InvoiceTypeApprovalParams,
  seed: number,
  onProgress?: (fraction: number) => void,
  log?: EventLog,
): ScenarioRun {
  checkScenarioInput(p, seed, onProgress);
  log?.defineActivities(INVOICE_ACTIVITIES);
  const root = RandomStream.fromSeed(seed);
  const startDate = p.period;
  const arrivals = generatePopulation(root.substream('population'), {
    size: p.applications,
    startDate,
    days: 28,
    shareNew: p.shareNew,
    shareRisky: p.shareRisky,
  });
  const set = approvalRuleSet();
  const coverage = createCoverage(set);
  const dataSources = new Set(ruleSpecsAt(startDate).map((s) => s.category)).size;
  const engine = arrivals.map(({ application: app }) => {
    const facts = factsOf(app);
    const ev = set.evaluate(facts, { asOf: app.date });
    coverage.record(ev);
    const c = combine(facts, ev.effects);
    const L = lawAt(app.date);
    const routed = facts.reqSpecialTier > L.immediateMaxTier || facts.reqOrdinaryTier > L.immediateMaxTier;
    const limit =
      facts.isNew && !routed
        ? L.newDecisionWorkingDays
        : routed
          ? L.routedDecisionWorkingDays
          : L.decisionWorkingDays;
    return { c, routed, dueBy: statutoryDeadline(civilDate(app.date), limit, 'workingDays') };
  });
  const baseRng = root.substream('baseline');
  const refRng = root.substream('reform');
  const queued = arrivals.map((a, index) => ({ index, at: a.at, routed: engine[index]!.routed }));
  const baseMinutes = reviewTimes(queued, p, baseRng.substream('review'));
  const fetched = retrievals(seed, arrivals.length, dataSources, p);
  // Referred: by the rules, or because a data source stayed down (the rules cannot be evaluated).
  const toOfficer = (i: number) => engine[i]!.c.decision === 'refer' || fetched[i]!.down;
  const referred = arrivals
    .map((a, index) => ({ index, at: a.at + fetched[index]!.minutes, routed: engine[index]!.routed }))
    .filter((q) => toOfficer(q.index));
  const refMinutes = reviewTimes(referred, p, refRng.substream('review'));
  // Both queues are checked before the first progress report: a refusal comes up front (issue 32).
  checkFitsCalendar(startDate, queued, baseMinutes, p);
  checkFitsCalendar(startDate, referred, refMinutes, p);
  onProgress?.(0.5);
  const base = officerQueue(startDate, queued, baseMinutes, p);
  const baseErr = baseRng.substream('error');
  const baseDiffers = arrivals.map(() => baseErr.bernoulli(p.officerErrorRate));
  onProgress?.(0.75);
  const ref = officerQueue(startDate, referred, refMinutes, p);
  const refErr = refRng.substream('error');
  const cases: CaseRun[] = arrivals.map((a, i) => {
    const e = engine[i]!;
    const auto = !toOfficer(i);
    const latency = fetched[i]!.minutes;
    const officerMinutes = auto ? 0 : ref.minutes[i]!;
    return {
      application: a.application,
      arrival: a.at,
      engine: e.c.decision,
      restricted: e.c.restricted,
      routed: e.routed,
      dueBy: e.dueBy,
      baseline: { decidedAt: base.decidedAt[i]!, reviewMinutes: base.minutes[i]!, differs: baseDiffers[i]! },
      reform: {
        decidedAt: auto ? a.at + latency : ref.decidedAt[i]!,
        auto,
        sourceDown: fetched[i]!.down,
        handlingMinutes: latency + officerMinutes,
        officerMinutes,
        differs: auto ? false : refErr.bernoulli(p.officerErrorRate),
      },
    };
  });
  if (log) logCases(log, startDate, cases, base.startedAt, ref.startedAt);
  onProgress?.(0.9);
  const clock = createSimulation({ startDate });
  return { cases, coverage: coverage.entries(), dataSources, dateAt: (t) => clock.dateAt(t) };
}
