import { parseParams, RandomStream, ValidationError, type ValidationIssue } from '@gd-ftz/core';
import { PARAMS } from './params';
import { checkDecidedDate } from './tiers';

// Input checks of the scenario functions (generatePopulation, runScenario, buildReport): each
// collects every bad field with its path and throws one ValidationError before anything is drawn
// or built. Internal: not exported from the package.

function issue(path: string, en: string, zh: string): ValidationIssue {
  return { path, message: { en, zh } };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function intIn(v: unknown, min: number, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function shareOk(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
}

function dateIssue(v: unknown, path: string): ValidationIssue[] {
  try {
    checkDecidedDate(v, path);
    return [];
  } catch (e) {
    if (e instanceof ValidationError) return [...e.issues];
    throw e;
  }
}

/**
 * Checks the stream and options of `generatePopulation`.
 * @throws ValidationError naming `rng` or `options.<field>`.
 * @example
 * checkPopulationInput(RandomStream.fromSeed(1), { size: 10, startDate: '2025-03-03', days: 28, shareNew: 0.25, shareRisky: 0.1 });
 */
export function checkPopulationInput(rng: unknown, o: unknown): void {
  const issues: ValidationIssue[] = [];
  if (!(rng instanceof RandomStream))
    issues.push(issue('rng', 'must be a RandomStream', '须为 RandomStream'));
  if (!isPlainObject(o)) {
    issues.push(issue('options', 'must be an object', '须为对象'));
    throw new ValidationError(issues);
  }
  if (!intIn(o.size, 0, 1_000_000)) {
    issues.push(issue('options.size', 'must be an integer 0–1000000', '须为 0–1000000 的整数'));
  }
  issues.push(...dateIssue(o.startDate, 'options.startDate'));
  if (!intIn(o.days, 1, 366))
    issues.push(issue('options.days', 'must be an integer 1–366', '须为 1–366 的整数'));
  for (const k of ['shareNew', 'shareRisky'] as const) {
    if (!shareOk(o[k]))
      issues.push(issue(`options.${k}`, 'must be a number in [0, 1]', '须为 0 到 1 之间的数'));
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Checks scenario parameters against {@link PARAMS} (every field present and in range, no unknown
 * field, and the schema's rule fetch minimum ≤ maximum), the seed and the progress callback.
 * @throws ValidationError naming `params.<field>`, `seed` or `onProgress`.
 * @example
 * checkScenarioInput(defaultParams(PARAMS), 42);
 */
export function checkScenarioInput(p: unknown, seed: unknown, onProgress?: unknown): void {
  const issues: ValidationIssue[] = [];
  if (!isPlainObject(p)) {
    issues.push(issue('params', 'must be an object', '须为对象'));
  } else {
    for (const name of Object.keys(PARAMS)) {
      if (p[name] === undefined) issues.push(issue(`params.${name}`, 'is required', '不能为空'));
    }
    try {
      parseParams(PARAMS, p);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      issues.push(...e.issues.map((i) => ({ ...i, path: `params.${i.path}` })));
    }
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    issues.push(issue('seed', 'must be a safe integer', '须为安全整数'));
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    issues.push(issue('onProgress', 'must be a function or absent', '须为函数或省略'));
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Checks the run given to `buildReport`: the shape `runScenario` returns.
 * @throws ValidationError naming `run` or `run.<field>`.
 * @example
 * checkRunInput(runScenario(params, 42));
 */
export function checkRunInput(run: unknown): void {
  if (!isPlainObject(run)) throw ValidationError.of('run', 'must be a ScenarioRun', '须为 ScenarioRun');
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(run.cases)) issues.push(issue('run.cases', 'must be an array', '须为数组'));
  if (!Array.isArray(run.coverage)) issues.push(issue('run.coverage', 'must be an array', '须为数组'));
  if (!intIn(run.dataSources, 0, 1000)) {
    issues.push(issue('run.dataSources', 'must be an integer 0–1000', '须为 0–1000 的整数'));
  }
  if (typeof run.dateAt !== 'function') issues.push(issue('run.dateAt', 'must be a function', '须为函数'));
  if (issues.length > 0) throw new ValidationError(issues);
}
