// One run of measure 11: a synthetic population drawn once from a named sub-stream of the
// seed, handled the old way (baseline) and the reform way on the same draws. Internal: not exported
// from src/index.ts. Template: replace the handling with the measure's real process.
import {
  addWorkingDays,
  type CivilDate,
  civilDate,
  daysBetween,
  type EventLog,
  integerAt,
  RandomStream,
  type Variant,
} from '@gd-ftz/core';
import { administrativeLicensing } from '@gd-ftz/statutes';
import { decisionDeadline } from './deadline';
import type { Application, Handling } from './model';
import type { DigitalSpaceAuthorizationParams } from './params';

/** The result of a run: every application's handling in each variant. */
export interface BatchResult {
  readonly applications: readonly Application[];
  readonly baseline: readonly Handling[];
  readonly reform: readonly Handling[];
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

/** The activities of this engine's event log, registered once per log. */
const ACTIVITIES = {
  receive: { zh: '收到申请', en: 'Application received' },
  'request-supplement': { zh: '一次告知补正', en: 'Supplement requested' },
  supplement: { zh: '申请人补正材料', en: 'Supplement received' },
  decide: { zh: '作出决定', en: 'Decision made' },
} as const;

/** The first working day of the simulated year. */
const YEAR_START = civilDate('2024-01-02');
const WORKING_DAYS_PER_YEAR = 240;

/** The working days of the simulated year, computed once per run. */
function workingDays(): CivilDate[] {
  const days = [YEAR_START];
  for (let i = 1; i < WORKING_DAYS_PER_YEAR; i++) days.push(addWorkingDays(days[i - 1] as CivilDate, 1));
  return days;
}

/** The synthetic applications: every draw from the `applications` sub-stream, in one pass. */
function population(params: DigitalSpaceAuthorizationParams, seed: number): Application[] {
  const rng = RandomStream.fromSeed(seed).substream('applications');
  const days = workingDays();
  const out: Application[] = [];
  for (let i = 0; i < params.applications; i++) {
    out.push({
      id: `A${String(i + 1).padStart(6, '0')}`,
      receivedOn: days[i % days.length] as CivilDate,
      complete: !rng.bernoulli(params.incompleteShare),
      // Assumption of the template: review minutes triangular on [20, 40, 90].
      reviewMinutes: Math.round(rng.triangular(20, 40, 90)),
    });
  }
  return out;
}

/**
 * Baseline: the applicant comes to the counter; an incomplete file is noticed within the statutory
 * notice period (第三十二条: 五日内一次告知) and brought back in person. Reform: an online pre-check
 * flags the gaps at once, the file is completed online, and the promised period applies.
 */
function handle(a: Application, variant: Variant, params: DigitalSpaceAuthorizationParams): Handling {
  const noticeDays = integerAt(administrativeLicensing.params.incompletenessNoticeWorkingDays, a.receivedOn);
  let supplementRequestedOn: CivilDate | undefined;
  let supplementedOn: CivilDate | undefined;
  if (!a.complete) {
    supplementRequestedOn = variant === 'baseline' ? addWorkingDays(a.receivedOn, noticeDays) : a.receivedOn;
    supplementedOn = addWorkingDays(supplementRequestedOn, params.supplementWorkingDays);
  }
  const acceptedOn = supplementedOn ?? a.receivedOn;
  // The template decides on the last day of the period; a real engine draws the office's pace.
  const decidedOn = decisionDeadline(acceptedOn, variant);
  const recheck = variant === 'baseline' && !a.complete ? Math.round(a.reviewMinutes / 2) : 0;
  return {
    application: a,
    variant,
    ...(supplementRequestedOn === undefined ? {} : { supplementRequestedOn }),
    ...(supplementedOn === undefined ? {} : { supplementedOn }),
    acceptedOn,
    decidedOn,
    days: daysBetween(a.receivedOn, decidedOn),
    counterVisits: variant === 'baseline' ? (a.complete ? 1 : 2) : 0,
    officerMinutes: a.reviewMinutes + recheck,
  };
}

/** Records one handling in the event log (called only when a log was given). */
function logHandling(log: EventLog, h: Handling): void {
  const a = h.application;
  const rec = log.startCase(h.variant, a.id, 'application', { attributes: { complete: a.complete } });
  const channel = h.variant === 'baseline' ? 'counter' : 'online';
  rec.event('receive', a.receivedOn, { resource: channel });
  if (h.supplementRequestedOn !== undefined && h.supplementedOn !== undefined) {
    rec.event('request-supplement', h.supplementRequestedOn, {
      resource: h.variant === 'baseline' ? 'officer' : 'system',
    });
    rec.event('supplement', h.supplementedOn, { resource: channel });
  }
  rec.event('decide', h.decidedOn, { resource: 'officer' });
}

/**
 * Runs baseline and reform on the same synthetic population.
 * @example
 * runBatch({ applications: 100, incompleteShare: 0.3, supplementWorkingDays: 5 }, 42).baseline.length // 100
 */
export function runBatch(
  params: DigitalSpaceAuthorizationParams,
  seed: number,
  hooks: RunHooks = {},
): BatchResult {
  const applications = population(params, seed);
  const log = hooks.eventLog;
  if (log) log.defineActivities(ACTIVITIES);
  const run = (variant: Variant) =>
    applications.map((a) => {
      const h = handle(a, variant, params);
      if (log) logHandling(log, h);
      return h;
    });
  const baseline = run('baseline');
  hooks.onProgress?.(0.5);
  const reform = run('reform');
  return { applications, baseline, reform };
}
