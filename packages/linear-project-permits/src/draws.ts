// The random draws of one project, made once and shared by the baseline and the reform (common
// random numbers): both processes see the same builder, the same materials and the same reviews,
// and differ only by how the process treats them.
import { type RandomStream, ValidationError, type ValidationIssue } from '@gd-ftz/core';
import { type PermitKind, specOf } from './permits';
import type { Project } from './project';
import { checkProject, collect } from './project-check';

/** The draws of one requested permit. Uniforms are in [0, 1); durations are whole working days. */
export interface ItemDraws {
  /** Working days to prepare the item-specific materials. */
  readonly preparation: number;
  /** Compared with the incompleteness probability of the process. */
  readonly incomplete: number;
  /** Working days (0–5) the window takes to check the materials; 0 = on the spot. */
  readonly noticeDelay: number;
  /** Compared with the probability that no notice is given in time (deemed acceptance). */
  readonly missedNotice: number;
  /** Working days the builder needs to supplement. */
  readonly supplementDelay: number;
  /** Working days of substantive review of the whole project. */
  readonly review: number;
  /** Compared with the probability that review finds a problem needing revision. */
  readonly reviewIssue: number;
  /** Working days a revision adds. */
  readonly reviewIssueDays: number;
  /** Compared with the refusal probability. */
  readonly reject: number;
  /** Working days from the decision to the certificate. */
  readonly issueDelay: number;
  /**
   * Compared with the share of problems the reform's pre-consultation catches before filing
   * (`preConsultationCatchShare`): below it, this item's problem (incomplete materials, a design
   * problem) is found and fixed before the form is handed in.
   */
  readonly caught: number;
}

/** The draws of a project. */
export interface ProjectDraws {
  /** Working days to assemble one set of common materials. */
  readonly commonPreparation: number;
  /**
   * Working days the project's approval (批准/核准/备案, 城乡规划法 第三十七条) takes at the
   * development-and-reform department, from the request to the decision; the same in both processes.
   */
  readonly approval: number;
  readonly items: Readonly<Partial<Record<PermitKind, ItemDraws>>>;
}

/** Ranges of the draws (working days): modelling assumptions, documented in the README. */
export const DRAW_RANGES = {
  commonPreparation: { min: 2, max: 5 },
  noticeDelay: { min: 0, max: 5 },
  supplementDelay: { min: 3, mode: 5, max: 15 },
  reviewIssueDays: { min: 5, mode: 8, max: 20 },
  issueDelay: { min: 1, mode: 2, max: 12 },
  /** 批准/核准/备案 of the project: no published figure for municipal projects (assumption). */
  approval: { min: 5, mode: 15, max: 40 },
} as const;

const tri = (s: RandomStream, r: { min: number; mode: number; max: number }): number =>
  r.max === r.min ? r.min : Math.round(s.triangular(r.min, r.mode, r.max));

/**
 * Draws a project's randomness from `stream`, one named sub-stream per permit kind, so that a
 * kind's draws do not depend on which other kinds the project requests. The project and stream
 * are checked first (ValidationError naming `project.…` and `stream`).
 * @example
 * const draws = drawProject(project, RandomStream.fromSeed(7).substream(project.id));
 */
export function drawProject(project: Project, stream: RandomStream): ProjectDraws {
  const issues: ValidationIssue[] = [];
  collect(issues, () => checkProject(project, null));
  if (typeof stream?.substream !== 'function') {
    issues.push({ path: 'stream', message: { en: 'must be a RandomStream', zh: '必须是 RandomStream' } });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return drawsFor(project, stream);
}

/**
 * {@link drawProject} for a checked project and stream (the simulation's inner loop): checks nothing.
 * @example
 * const draws = drawsFor(project, RandomStream.fromSeed(7).substream(project.id));
 */
export function drawsFor(project: Project, stream: RandomStream): ProjectDraws {
  const common = stream.substream('common');
  const items: Partial<Record<PermitKind, ItemDraws>> = {};
  for (const kind of project.permits) {
    const s = stream.substream(kind);
    const spec = specOf(kind);
    items[kind] = {
      preparation: tri(s, spec.preparation),
      incomplete: s.real(),
      noticeDelay: s.int(DRAW_RANGES.noticeDelay.min, DRAW_RANGES.noticeDelay.max),
      missedNotice: s.real(),
      supplementDelay: tri(s, DRAW_RANGES.supplementDelay),
      review: tri(s, spec.review),
      reviewIssue: s.real(),
      reviewIssueDays: tri(s, DRAW_RANGES.reviewIssueDays),
      reject: s.real(),
      issueDelay: tri(s, DRAW_RANGES.issueDelay),
      // Its own sub-stream: adding the draw leaves every earlier draw of the kind unchanged.
      caught: s.substream('pre-consultation').real(),
    };
  }
  return {
    commonPreparation: common.int(DRAW_RANGES.commonPreparation.min, DRAW_RANGES.commonPreparation.max),
    approval: tri(stream.substream('project-approval'), DRAW_RANGES.approval),
    items,
  };
}
