import type { Measure, MeasureInfo, ParamsSchema } from '@gd-ftz/core';

/**
 * What the page knows of an engine without loading it: identity, parameter schema (labels,
 * defaults, ranges, plausible ranges) and the package version. JSON only: the schema's cross-field
 * rule (a function) stays in the engine and is checked in the worker.
 */
export interface EngineDescriptor extends MeasureInfo {
  readonly params: ParamsSchema;
  readonly version: string;
}

/**
 * The descriptor of a loaded engine, as the build writes it into the page's manifest.
 * @example
 * descriptorOf(registry.bySlug('overpayment-refund')!, '0.3.0').params.population.default;
 */
export function descriptorOf(measure: Measure, version: string): EngineDescriptor {
  const { id, slug, title, leadAgencies, scope, summary, params } = measure;
  return JSON.parse(
    JSON.stringify({ id, slug, title, leadAgencies, scope, summary, params, version }),
  ) as EngineDescriptor;
}
