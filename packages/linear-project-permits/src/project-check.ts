// The check of a `Project` handed back to a public function (runBaseline, drawProject, …): the
// same rules as defineProject, plus the fields a checked project always carries, with every path
// under the argument's name (`project.segments.1.lengthM`).
import { ValidationError, type ValidationIssue } from '@gd-ftz/core';
import { PERMIT_KINDS } from './permits';
import { buildPermitGraph, type PermitGraph } from './prerequisite-graph';
import { defineProject, type Project, type ProjectInput, sumLengthM } from './project';

/** A graph without prerequisites: checks a project whose own graph is not known. */
const NO_PREREQUISITES = buildPermitGraph(Object.fromEntries(PERMIT_KINDS.map((k) => [k, []])));

/** Runs `check` and collects its ValidationError's issues into `issues`; other errors propagate. */
export function collect<T>(issues: ValidationIssue[], check: () => T): T | undefined {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    issues.push(...e.issues);
    return undefined;
  }
}

/**
 * Checks that `input` is a project as {@link defineProject} returns it, naming bad fields under
 * `path`. With a graph, the permits' prerequisites and their order are checked against it; with
 * `null` (the graph is not known) they are not. Returns `input` itself, unchanged.
 * @example
 * checkProject(defineProject(input)); // the project
 * checkProject({ ...project, segments: [] }); // throws, naming 'project.segments'
 */
export function checkProject(input: unknown, graph: PermitGraph | null, path = 'project'): Project {
  if (typeof input !== 'object' || input === null) {
    throw ValidationError.of(path, 'must be a project (see defineProject)', '必须是项目（见 defineProject）');
  }
  const raw = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const normalised = collect(issues, () => defineProject(input as ProjectInput, graph ?? NO_PREREQUISITES));
  const prefixed: ValidationIssue[] = issues.map((i) => ({ ...i, path: `${path}.${i.path}` }));
  const missing = (field: string, en: string, zh: string) =>
    prefixed.push({ path: `${path}.${field}`, message: { en, zh } });
  // defineProject defaults these; a checked project always has them.
  if (raw.split === undefined)
    missing('split', "must be 'length' or 'cross-section'", '必须按长度或横断面分段');
  if (raw.held === undefined) missing('held', 'must be an array of permit kinds', '必须是许可事项数组');
  if (Array.isArray(raw.segments)) {
    raw.segments.forEach((s: unknown, i) => {
      if (typeof s === 'object' && s !== null && (s as { label?: unknown }).label === undefined) {
        missing(`segments.${i}.label`, 'needs zh and en text', '需要中英文文字');
      }
    });
  }
  if (graph && normalised?.permits.some((k, i) => (raw.permits as readonly unknown[])[i] !== k)) {
    missing(
      'permits',
      'must be in prerequisite order (see defineProject)',
      '必须按前置关系排序（见 defineProject）',
    );
  }
  if (prefixed.length > 0) throw new ValidationError(prefixed);
  return input as Project;
}

/**
 * Total length of a project's segments in metres (cross-section parts each count their length).
 * The project is checked first (ValidationError naming `project.segments.0.lengthM`, …).
 * @example
 * totalLengthM(project); // 2000 for segments of 1200 m and 800 m
 */
export function totalLengthM(project: Project): number {
  return sumLengthM(checkProject(project, null));
}
