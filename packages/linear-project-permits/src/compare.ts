// The checked, case-by-case entry point: one project through the old process and the reform, on
// the same draws, without the portfolio simulation.
import { RandomStream, ValidationError } from '@gd-ftz/core';
import { simulateBaseline } from './baseline';
import { drawsFor, type ProjectDraws } from './draws';
import type { ProcessSettings, ProjectOutcome } from './outcome';
import { buildPermitGraph, type PrerequisiteOverrides } from './prerequisite-graph';
import { defineProject, type ProjectInput } from './project';
import { simulateReform } from './reform';
import { checkSettings, DEFAULT_SETTINGS, parseDraws } from './settings';

/**
 * Options of {@link compareProject}.
 * @example
 * const options: CompareOptions = { seed: 7, settings: { rejectProbability: 0.05 } };
 * compareProject(input, options);
 */
export interface CompareOptions {
  /** Seed of the project's draws (used when `draws` is not given). */
  readonly seed?: number;
  /** Explicit draws, e.g. from a property test. */
  readonly draws?: ProjectDraws;
  /** Overrides of the default settings. */
  readonly settings?: Partial<ProcessSettings>;
  /** Custom prerequisites (checked: unknown kinds and cycles are a ValidationError). */
  readonly graph?: PrerequisiteOverrides;
  /** Record trace steps. */
  readonly trace?: boolean;
}

/**
 * Both processes on one project.
 * @example
 * const { baseline, reform }: ProjectComparison = compareProject(input, { seed: 7 });
 * reform.permits.length === baseline.permits.length // true
 */
export interface ProjectComparison {
  readonly baseline: ProjectOutcome;
  readonly reform: ProjectOutcome;
  readonly draws: ProjectDraws;
}

/**
 * Runs one project through the old process and the reform on the same draws. Every input is
 * checked first (ValidationError naming the field: `segments.0.lengthM`, `graph.siting`,
 * `settings.rejectProbability`, `seed`); nothing is mutated.
 * @example
 * const { baseline, reform } = compareProject({
 *   id: 'P1', type: 'road', startDate: '2024-09-30',
 *   segments: [{ id: 'A', lengthM: 1200 }, { id: 'B', lengthM: 800 }],
 *   permits: ['siting', 'land-use', 'works', 'eia-form', 'swc-approval'],
 * }, { seed: 7 });
 * reform.applications; // 1
 */
export function compareProject(input: ProjectInput, options: CompareOptions = {}): ProjectComparison {
  if (typeof options !== 'object' || options === null) {
    throw ValidationError.of('options', 'must be an object', '必须是对象');
  }
  if (options.trace !== undefined && typeof options.trace !== 'boolean') {
    throw ValidationError.of('trace', 'must be a boolean', '必须是布尔值');
  }
  const graph = buildPermitGraph(options.graph ?? {});
  const project = defineProject(input, graph);
  const settings = checkSettings({ ...DEFAULT_SETTINGS, ...(options.settings ?? {}) });
  let draws: ProjectDraws;
  if (options.draws !== undefined) draws = parseDraws(project, options.draws);
  else {
    const seed = options.seed ?? 0;
    if (!Number.isSafeInteger(seed))
      throw ValidationError.of('seed', 'must be a safe integer', '必须是安全整数');
    draws = drawsFor(project, RandomStream.fromSeed(seed).substream(project.id));
  }
  const run = { graph, trace: options.trace === true };
  return {
    baseline: simulateBaseline(project, draws, settings, run),
    reform: simulateReform(project, draws, settings, run),
    draws,
  };
}
