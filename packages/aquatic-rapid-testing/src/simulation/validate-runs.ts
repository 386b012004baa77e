// Shape checks of finished runs handed back to the reporting functions (figuresOf, kpisOf,
// seriesOf, sampleCasesOf, buildReport): a wrong argument is a ValidationError naming it, never a
// TypeError from deep inside the report.
import { ValidationError } from '@gd-ftz/core';
import type { ScenarioRuns } from '../scenario';
import type { Population, VariantRun } from './records';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * Checks that `run` looks like a {@link VariantRun} (variant, start date, horizon, samples, lots).
 * @example
 * validateRun(runs.reform, 'runs.reform');
 */
export function validateRun(run: unknown, path = 'run'): VariantRun {
  if (!isObject(run)) throw ValidationError.of(path, 'must be a finished run', '必须是已完成的模拟结果');
  if (run.variant !== 'baseline' && run.variant !== 'reform')
    throw ValidationError.of(
      `${path}.variant`,
      "must be 'baseline' or 'reform'",
      "必须是 'baseline' 或 'reform'",
    );
  if (typeof run.startDate !== 'string')
    throw ValidationError.of(`${path}.startDate`, 'must be a civil date', '必须是日期');
  if (typeof run.horizon !== 'number' || !(run.horizon > 0))
    throw ValidationError.of(`${path}.horizon`, 'must be a positive number of minutes', '必须是正的分钟数');
  for (const key of ['samples', 'lots'] as const) {
    if (!Array.isArray(run[key]))
      throw ValidationError.of(`${path}.${key}`, 'must be an array', '必须是数组');
  }
  return run as unknown as VariantRun;
}

/**
 * Checks a population handed to a reporting function has the lots its runs refer to.
 * @example
 * validatePopulationShape(runs.scenario.population, 'population');
 */
export function validatePopulationShape(population: unknown, path = 'population'): Population {
  if (!isObject(population)) throw ValidationError.of(path, 'must be an object', '必须是对象');
  for (const key of ['farms', 'lots'] as const) {
    if (!Array.isArray(population[key]))
      throw ValidationError.of(`${path}.${key}`, 'must be an array', '必须是数组');
  }
  return population as unknown as Population;
}

/**
 * Checks the result of `runScenario`: a scenario with its population and plans, and both runs.
 * @example
 * validateRuns(runScenario(defaultParams(PARAMS), 42));
 */
export function validateRuns(runs: unknown): ScenarioRuns {
  if (!isObject(runs))
    throw ValidationError.of('runs', 'must be the result of runScenario', '必须是 runScenario 的结果');
  const scenario = runs.scenario;
  if (!isObject(scenario)) throw ValidationError.of('runs.scenario', 'must be a scenario', '必须是情景');
  validatePopulationShape(scenario.population, 'runs.scenario.population');
  for (const key of ['plan', 'labPlan', 'instance'] as const) {
    if (!isObject(scenario[key]))
      throw ValidationError.of(`runs.scenario.${key}`, 'must be an object', '必须是对象');
  }
  validateRun(runs.baseline, 'runs.baseline');
  validateRun(runs.reform, 'runs.reform');
  return runs as unknown as ScenarioRuns;
}
