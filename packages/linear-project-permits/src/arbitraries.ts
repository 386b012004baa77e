// fast-check arbitraries of valid inputs of @gd-ftz/linear-project-permits, for property tests that
// use this engine as an oracle. fast-check is a peer dependency.
import { type CivilDate, civilDate } from '@gd-ftz/core';
import { paramsArbOf, workingDayArb } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import { DRAW_RANGES, type ItemDraws, type ProjectDraws } from './draws';
import type { ProcessSettings } from './outcome';
import { type LinearProjectPermitsParams, PARAMS } from './params';
import { type PermitKind, permitSpec } from './permits';
import type { Project, ProjectInput } from './project';

/**
 * Valid scenario parameters, derived from the schema (small portfolios, to keep tests fast).
 * @example
 * fc.assert(fc.property(paramsArb, (p) => measure.simulate(p, { seed: 1 }).kpis.length > 0));
 */
export const paramsArb: fc.Arbitrary<LinearProjectPermitsParams> = paramsArbOf(PARAMS, {
  projects: { max: 12 },
});

/**
 * Valid process settings over their whole ranges.
 * @example
 * fc.assert(fc.property(settingsArb, (s) => checkSettings(s) !== undefined));
 */
export const settingsArb: fc.Arbitrary<ProcessSettings> = fc.record({
  incompleteProbability: fc.double({ min: 0, max: 1, noNaN: true }),
  missedNoticeProbability: fc.double({ min: 0, max: 1, noNaN: true }),
  reviewIssueProbability: fc.double({ min: 0, max: 1, noNaN: true }),
  preConsultationCatchShare: fc.double({ min: 0, max: 1, noNaN: true }),
  preConsultationWorkingDays: fc.integer({ min: 1, max: 30 }),
  rejectProbability: fc.double({ min: 0, max: 0.5, noNaN: true }),
  segmentOverhead: fc.double({ min: 0, max: 1, noNaN: true }),
  perSegmentIssuance: fc.boolean(),
  meetingIntervalWorkingDays: fc.integer({ min: 1, max: 60 }),
});

const FIRST = civilDate('2024-01-02');
const LAST = civilDate('2025-06-30');

/**
 * A valid project input: 1–6 segments (or 3 cross-section parts of a road), the default permit
 * set with one EIA tier and one 水保 route, starting on a working day in 2024 – mid-2025.
 * @example
 * fc.assert(fc.property(projectInputArb, (p) => defineProject(p).segments.length >= 1));
 */
export const projectInputArb: fc.Arbitrary<ProjectInput> = fc
  .record({
    type: fc.constantFrom('road', 'pipeline', 'cable', 'rail' as const),
    crossSection: fc.boolean(),
    startDate: workingDayArb({ from: FIRST, to: LAST }),
    lengths: fc.array(fc.integer({ min: 1, max: 8000 }), { minLength: 1, maxLength: 6 }),
    eia: fc.constantFrom<PermitKind>('eia-report', 'eia-form', 'eia-registration'),
    swc: fc.constantFrom<PermitKind>('swc-approval', 'swc-filing'),
  })
  .map(({ type, crossSection, startDate, lengths, eia, swc }) => {
    const cross = type === 'road' && crossSection;
    return {
      id: 'P-arb',
      type,
      split: cross ? ('cross-section' as const) : ('length' as const),
      startDate: startDate as CivilDate,
      segments: (cross ? [lengths[0] ?? 1, lengths[0] ?? 1, lengths[0] ?? 1] : lengths).map((lengthM, i) => ({
        id: `S${i + 1}`,
        lengthM,
      })),
      permits: ['siting', 'land-use', 'works', eia, swc],
    };
  });

/**
 * Valid draws of one permit kind, inside the ranges `drawProject` uses.
 * @example
 * fc.sample(itemDrawsArb('works'), 1);
 */
export function itemDrawsArb(kind: PermitKind): fc.Arbitrary<ItemDraws> {
  const spec = permitSpec(kind);
  const u = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
  const between = (r: { min: number; max: number }) => fc.integer({ min: r.min, max: r.max });
  return fc.record({
    preparation: between(spec.preparation),
    incomplete: u,
    noticeDelay: between(DRAW_RANGES.noticeDelay),
    missedNotice: u,
    supplementDelay: between(DRAW_RANGES.supplementDelay),
    review: between(spec.review),
    reviewIssue: u,
    reviewIssueDays: between(DRAW_RANGES.reviewIssueDays),
    reject: u,
    issueDelay: between(DRAW_RANGES.issueDelay),
    caught: u,
  });
}

/**
 * Valid draws for a checked project: one entry per requested permit.
 * @example
 * fc.assert(fc.property(projectDrawsArb(project), (d) => d.commonPreparation >= 2));
 */
export function projectDrawsArb(project: Project): fc.Arbitrary<ProjectDraws> {
  const items: Partial<Record<PermitKind, fc.Arbitrary<ItemDraws>>> = {};
  for (const k of project.permits) items[k] = itemDrawsArb(k);
  return fc.record({
    commonPreparation: fc.integer(DRAW_RANGES.commonPreparation),
    approval: fc.integer({ min: DRAW_RANGES.approval.min, max: DRAW_RANGES.approval.max }),
    items: fc.record(items as Record<PermitKind, fc.Arbitrary<ItemDraws>>) as fc.Arbitrary<
      ProjectDraws['items']
    >,
  });
}
