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
  if (params === null || typeof params !== 'object')
    throw new ConfigurationError('params', `must be a parameters object, got ${describeValue(params)}`);
  if (typeof driver !== 'string' || !Object.hasOwn(params, driver))
    throw new ConfigurationError('driver', `must name a parameter, got ${describeValue(driver)}`);
  const value: unknown = params[driver];
  if (!(typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value)))
    throw new ConfigurationError(
      `params.${driver}`,
      `must be a finite number, a string or a boolean, got ${describeValue(value)}`,
    );
  return `${driver}=${String(value)}`;
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
  if (!Array.isArray(drivers))
    throw new ConfigurationError(
      'drivers',
      `must be an array of parameter names, got ${describeValue(drivers)}`,
    );
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
  if (schema === null || typeof schema !== 'object')
    throw new ConfigurationError('schema', `must be a parameter schema, got ${describeValue(schema)}`);
  const spec = typeof name === 'string' && Object.hasOwn(schema, name) ? schema[name] : undefined;
  if (!spec || (spec.kind !== 'integer' && spec.kind !== 'number'))
    throw new ConfigurationError('name', `must name a numeric parameter, got ${describeValue(name)}`);
  if (typeof max !== 'number' || !(max >= spec.max && max < Number.POSITIVE_INFINITY))
    throw new ConfigurationError('max', `must be a finite number ≥ ${spec.max}, got ${describeValue(max)}`);
  return { ...schema, [name]: { ...spec, max } };
}
