// The checks at the public boundary of a process run (runBaseline, runReform): the project, its
// draws, the settings and the options, every bad field named at once before anything runs. The
// simulation itself (simulateBaseline, simulateReform) takes checked input and checks nothing.
import { ValidationError, type ValidationIssue } from '@gd-ftz/core';
import type { ProjectDraws } from './draws';
import type { ProcessSettings } from './outcome';
import { checkGraph, DEFAULT_GRAPH, type PermitGraph } from './prerequisite-graph';
import type { Project } from './project';
import { checkProject, collect } from './project-check';
import { checkSettings, parseDraws } from './settings';

/** The checked input of a run. */
export interface CheckedRun {
  readonly project: Project;
  readonly draws: ProjectDraws;
  readonly settings: ProcessSettings;
  readonly options: { readonly graph: PermitGraph; readonly trace: boolean };
}

/**
 * Checks the four arguments of a run, naming each bad field (`project.segments.0.lengthM`,
 * `draws.items.works`, `settings.rejectProbability`, `options.graph.order`, `options.trace`).
 * Nothing is changed; the draws and settings returned are checked copies.
 * @example
 * const run = checkRun(project, draws, DEFAULT_SETTINGS, {});
 * simulateBaseline(run.project, run.draws, run.settings, run.options);
 */
export function checkRun(project: unknown, draws: unknown, settings: unknown, options: unknown): CheckedRun {
  const issues: ValidationIssue[] = [];
  let graph: PermitGraph | undefined = DEFAULT_GRAPH;
  let trace = false;
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    issues.push({ path: 'options', message: { en: 'must be an object', zh: '必须是对象' } });
    graph = undefined;
  } else if (options !== undefined) {
    const o = options as Record<string, unknown>;
    if (o.graph !== undefined) graph = collect(issues, () => checkGraph(o.graph, 'options.graph'));
    if (o.trace !== undefined && typeof o.trace !== 'boolean') {
      issues.push({ path: 'options.trace', message: { en: 'must be a boolean', zh: '必须是布尔值' } });
    }
    trace = o.trace === true;
  }
  // Without a usable graph the project is still checked, except its prerequisites.
  const checked = collect(issues, () => checkProject(project, graph ?? null));
  const parsedDraws = collect(issues, () => parseDraws(checked ?? null, draws));
  const parsedSettings = collect(issues, () => checkSettings(settings));
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    project: checked as Project,
    draws: parsedDraws as ProjectDraws,
    settings: parsedSettings as ProcessSettings,
    options: { graph: graph as PermitGraph, trace },
  };
}
