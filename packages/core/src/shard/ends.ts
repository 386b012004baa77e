// What every sharding engine needs besides its accumulators: a schema whose population may be a
// province's, and the parameter sets of the sensitivity ends its KPIs show, so that each shard runs
// them and the report reads them back by the same key.
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import { sensitivityOf } from '../kpi';
import type { ParamsOf, ParamsSchema } from '../params-schema';

/**
 * The key of a sensitivity end's run: `driver=value`.
 * @example
 * sensitivityEndKey('lateShare', { lateShare: 0.3 }); // 'lateShare=0.3'
 */
export function sensitivityEndKey<P extends object>(driver: keyof P & string, params: P): string {
  return `${driver}=${String(params[driver])}`;
}

/**
 * The parameters of each driver's plausible low and high end, as `sensitivityOf` runs them (an end
 * the schema refuses is left out, as `sensitivityOf` leaves that KPI without a range), by
 * {@link sensitivityEndKey}. Pass the sharded schema, so that a province's population does not make
 * an end fail the browser's limit.
 * @throws ConfigurationError naming `sensitivity.<driver>` for a driver without a plausible range.
 * @example
 * sensitivityEnds(SHARD_PARAMS, params, ['lateShare']); // Map { 'lateShare=0.1' => {…}, 'lateShare=0.5' => {…} }
 */
export function sensitivityEnds<S extends ParamsSchema>(
  schema: S,
  params: ParamsOf<S>,
  drivers: readonly (keyof S & string)[],
): Map<string, ParamsOf<S>> {
  const out = new Map<string, ParamsOf<S>>();
  for (const d of drivers)
    sensitivityOf(schema, params, d, (q) => {
      out.set(sensitivityEndKey<Record<string, unknown>>(d, q as Record<string, unknown>), q);
      return { baseline: '0', reform: '0' };
    });
  return out;
}

/**
 * The schema with one numeric parameter's maximum raised: the schema of sharded runs, whose
 * population may be a province's while `simulate` keeps a browser's limit. Same parameters, same types.
 * @throws ConfigurationError naming `name` (not a numeric parameter) or `max` (not ≥ its maximum).
 * @example
 * const SHARD_PARAMS = withMaximum(PARAMS, 'population', 10_000_000);
 */
export function withMaximum<S extends ParamsSchema>(schema: S, name: keyof S & string, max: number): S {
  const spec = schema[name];
  if (!spec || (spec.kind !== 'integer' && spec.kind !== 'number'))
    throw new ConfigurationError('name', `must name a numeric parameter, got ${describeValue(name)}`);
  if (typeof max !== 'number' || !(max >= spec.max && max < Number.POSITIVE_INFINITY))
    throw new ConfigurationError('max', `must be a finite number ≥ ${spec.max}, got ${describeValue(max)}`);
  return { ...schema, [name]: { ...spec, max } };
}
