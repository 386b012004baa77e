// The checks of outcomes handed back to the public report functions (portfolioKpis,
// timelineBars, …): the shape of a ProjectOutcome and of its permit results, with every bad field
// named under the argument's name (`outcomes.3.records.0.history.2.event.at`).
import { isCivilDate, parse, z } from '@gd-ftz/core';
import { ALLOWED_EVENTS } from './application-machine';
import type { PermitResult, ProjectOutcome } from './outcome';
import { PERMIT_KINDS } from './permits';

const date = z.string().refine(isCivilDate, 'must be a date YYYY-MM-DD');
const localized = z.object({ zh: z.string(), en: z.string() });
const kind = z.enum(PERMIT_KINDS);
const count = z.number().int().min(0);
const STATUSES = Object.keys(ALLOWED_EVENTS) as [string, ...string[]];
const EVENT_TYPES = [...new Set(Object.values(ALLOWED_EVENTS).flat())] as [string, ...string[]];

const PERMIT_RESULT = z.object({
  kind,
  segment: z.string().nullable(),
  outcome: z.discriminatedUnion('status', [
    z.object({ status: z.literal('issued'), on: date }),
    z.object({ status: z.literal('rejected'), on: date, reason: localized }),
    z.object({ status: z.literal('pending'), reason: localized }),
  ]),
});

const RECORD = z.object({
  id: z.string(),
  kind,
  segment: z.string().nullable(),
  form: z.string(),
  transferred: z.boolean(),
  history: z.array(
    z.object({ event: z.object({ type: z.enum(EVENT_TYPES), at: date }), status: z.enum(STATUSES) }),
  ),
  final: z.object({ status: z.enum(STATUSES) }),
  revised: z.boolean(),
});

const OUTCOME = z.object({
  projectId: z.string(),
  variant: z.enum(['baseline', 'reform']),
  startDate: date,
  applications: count,
  submissions: count,
  commonCopies: count,
  officerTouches: count,
  touches: z.object({ intake: count, decision: count, meetings: count }),
  records: z.array(RECORD),
  permits: z.array(PERMIT_RESULT),
  segments: z.array(z.object({ segment: z.string(), readyOn: date.nullable(), blockers: z.array(kind) })),
  firstPermitOn: date.nullable(),
  firstSegmentReadyOn: date.nullable(),
  allPermitsOn: date.nullable(),
  insideLimits: z.boolean(),
  approvedOn: date.nullable(),
  allocationDecisions: z.array(z.object({ segment: z.string().nullable(), on: date })),
  steps: z.array(z.object({ id: z.string() })),
});

/**
 * Checks one project outcome (as runBaseline and runReform return it), naming bad fields under
 * `path`. Returns `input` itself, unchanged.
 * @example
 * checkOutcome(runReform(project, draws, DEFAULT_SETTINGS), 'outcome');
 */
export function checkOutcome(input: unknown, path: string): ProjectOutcome {
  parse(OUTCOME, input, path);
  return input as ProjectOutcome;
}

/**
 * Checks an array of project outcomes, naming bad fields under `path` (`baseline.2.startDate`).
 * @example
 * checkOutcomes(outcomes, 'baseline');
 */
export function checkOutcomes(input: unknown, path: string): readonly ProjectOutcome[] {
  parse(z.array(OUTCOME), input, path);
  return input as readonly ProjectOutcome[];
}

/**
 * Checks an array of permit results, naming bad fields under `path` (`permits.0.outcome.on`).
 * @example
 * checkPermitResults(outcome.permits, 'permits');
 */
export function checkPermitResults(input: unknown, path: string): readonly PermitResult[] {
  parse(z.array(PERMIT_RESULT), input, path);
  return input as readonly PermitResult[];
}
