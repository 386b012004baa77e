// Which part of a population one shard runs, and the random stream of each unit: a shard is a pure
// function of (params, seed, shard, shards), so it can run in any worker, process or machine.
import { describeValue } from '../describe-value';
import { ValidationError } from '../errors';
import { RandomStream } from '../random/stream';

/** One shard of a sharded run: `shard` is 0-based, below `shards`. */
export interface ShardSpec {
  readonly seed: number;
  readonly shard: number;
  readonly shards: number;
}

/** The most shards one run may be split into. */
export const MAX_SHARDS = 1_000_000;

function refuse(path: string, en: string, zh: string, value: unknown): never {
  throw ValidationError.of(
    path,
    `${en}, got ${describeValue(value)}`,
    `${zh}，实际为 ${describeValue(value)}`,
  );
}

/**
 * Checks a shard spec from an untrusted source (a job payload, CLI flags): a safe-integer `seed`,
 * `shards` from 1 to {@link MAX_SHARDS}, `shard` an integer in [0, shards).
 * @throws ValidationError naming `seed`, `shards` or `shard`.
 * @example
 * checkShardSpec({ seed: 42, shard: 2, shards: 8 }); // returns it
 * checkShardSpec({ seed: 42, shard: 8, shards: 8 }); // throws ValidationError at path 'shard'
 */
export function checkShardSpec(spec: unknown): ShardSpec {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
    refuse('spec', 'must be { seed, shard, shards }', '必须是 { seed, shard, shards }', spec);
  const { seed, shard, shards } = spec as Record<string, unknown>;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed))
    refuse('seed', 'must be a safe integer', '必须是安全整数', seed);
  if (typeof shards !== 'number' || !Number.isSafeInteger(shards) || shards < 1 || shards > MAX_SHARDS)
    refuse(
      'shards',
      `must be an integer from 1 to ${MAX_SHARDS}`,
      `必须是 1 至 ${MAX_SHARDS} 的整数`,
      shards,
    );
  if (typeof shard !== 'number' || !Number.isSafeInteger(shard) || shard < 0 || shard >= shards)
    refuse('shard', `must be an integer from 0 to ${shards - 1}`, `必须是 0 至 ${shards - 1} 的整数`, shard);
  return { seed, shard, shards };
}

/**
 * The units `[start, end)` of a shard: contiguous, balanced blocks (sizes differ by at most one),
 * computed exactly for any safe-integer unit count; together the shards cover every unit once.
 * @throws ValidationError naming `units`, or the spec's field.
 * @example
 * shardRange(10, { seed: 1, shard: 0, shards: 3 }); // { start: 0, end: 4 }
 * shardRange(10, { seed: 1, shard: 2, shards: 3 }); // { start: 7, end: 10 }
 */
export function shardRange(units: number, spec: ShardSpec): { readonly start: number; readonly end: number } {
  if (!Number.isSafeInteger(units) || units < 0)
    refuse('units', 'must be a non-negative safe integer', '必须是非负安全整数', units);
  const { shard, shards } = checkShardSpec(spec);
  const size = Math.floor(units / shards);
  const extra = units % shards;
  const start = shard * size + Math.min(shard, extra);
  return { start, end: start + size + (shard < extra ? 1 : 0) };
}

/**
 * The random streams of a population's units: unit `i` draws from the sub-stream `name/i` of the
 * seed's root stream, a function of the seed, the name and `i` alone — never of which shard, worker
 * or order it runs in.
 * @throws ConfigurationError naming `seed` for a seed that is not a safe integer.
 * @example
 * const unit = unitStreams(42, 'population');
 * unit(7).real() === unitStreams(42, 'population')(7).real(); // true, in any shard
 */
export function unitStreams(seed: number, name: string): (index: number) => RandomStream {
  const parent = RandomStream.fromSeed(seed).substream(name);
  return (index) => {
    if (!Number.isSafeInteger(index) || index < 0)
      refuse('index', 'must be a non-negative safe integer', '必须是非负安全整数', index);
    return parent.substream(String(index));
  };
}
