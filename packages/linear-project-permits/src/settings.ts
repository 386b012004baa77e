// The process settings: defaults and validation. Every probability here is a modelling
// assumption (the published texts give none); the README explains each.
import { parse, ValidationError, type ValidationIssue, z } from '@gd-ftz/core';
import type { ProjectDraws } from './draws';
import type { ProcessSettings } from './outcome';
import type { Project } from './project';
import { checkProject, collect } from './project-check';

const probability = z.number().min(0).max(1);

const SETTINGS_SCHEMA = z
  .object({
    incompleteProbability: probability,
    missedNoticeProbability: probability,
    reviewIssueProbability: probability,
    preConsultationCatchShare: probability,
    preConsultationWorkingDays: z.number().int().min(1).max(30),
    rejectProbability: probability,
    segmentOverhead: probability,
    perSegmentIssuance: z.boolean(),
    meetingIntervalWorkingDays: z.number().int().min(1).max(60),
  })
  .strict();

/**
 * The default settings (assumptions, see the README): materials incomplete in 35% of items; 5% of
 * notices missed; review finds a design problem in 30% of items; the reform's pre-consultation
 * (5 working days) catches 60% of those problems before filing; 2% refused; a segment's review
 * keeps 50% of the project's effort as overhead; meetings every 10 working days.
 * @example
 * runBaseline(project, draws, DEFAULT_SETTINGS);
 */
export const DEFAULT_SETTINGS: ProcessSettings = Object.freeze({
  incompleteProbability: 0.35,
  missedNoticeProbability: 0.05,
  reviewIssueProbability: 0.3,
  preConsultationCatchShare: 0.6,
  preConsultationWorkingDays: 5,
  rejectProbability: 0.02,
  segmentOverhead: 0.5,
  perSegmentIssuance: true,
  meetingIntervalWorkingDays: 10,
});

/**
 * Validates process settings, naming each bad field (`settings.rejectProbability`).
 * @example
 * checkSettings({ ...DEFAULT_SETTINGS, rejectProbability: 2 }); // throws ValidationError
 */
export function checkSettings(input: unknown): ProcessSettings {
  return parse(SETTINGS_SCHEMA, input, 'settings') as ProcessSettings;
}

const ITEM_SCHEMA = z
  .object({
    preparation: z.number().int().min(0).max(250),
    incomplete: z.number().min(0).max(1),
    noticeDelay: z.number().int().min(0).max(5),
    missedNotice: z.number().min(0).max(1),
    supplementDelay: z.number().int().min(1).max(250),
    review: z.number().int().min(0).max(250),
    reviewIssue: z.number().min(0).max(1),
    reviewIssueDays: z.number().int().min(1).max(250),
    reject: z.number().min(0).max(1),
    issueDelay: z.number().int().min(0).max(250),
    caught: z.number().min(0).max(1),
  })
  .strict();

const DRAWS_SCHEMA = z.object({
  commonPreparation: z.number().int().min(0).max(250),
  approval: z.number().int().min(0).max(250),
  items: z.record(z.string(), ITEM_SCHEMA),
});

/**
 * Validates a project's draws: the shape, the ranges, and one entry per requested permit. The
 * project is checked too (`project.segments.0.lengthM`, …); every bad field is named at once.
 * @example
 * checkDraws(project, drawProject(project, stream));
 */
export function checkDraws(project: Project, input: unknown): ProjectDraws {
  const issues: ValidationIssue[] = [];
  const checked = collect(issues, () => checkProject(project, null));
  const draws = collect(issues, () => parseDraws(checked ?? null, input));
  if (issues.length > 0) throw new ValidationError(issues);
  return draws as ProjectDraws;
}

/**
 * The draws check for a project already checked (or `null`: the shape and ranges only).
 * @example
 * parseDraws(project, drawProject(project, stream));
 */
export function parseDraws(project: Project | null, input: unknown): ProjectDraws {
  const draws = parse(DRAWS_SCHEMA, input, 'draws') as ProjectDraws;
  const missing = (project?.permits ?? []).filter((kind) => draws.items[kind] === undefined);
  if (missing.length > 0) {
    throw new ValidationError(
      missing.map((kind) => ({
        path: `draws.items.${kind}`,
        message: { en: 'missing draws for a requested permit', zh: '缺少所申请事项的抽样' },
      })),
    );
  }
  return draws;
}
