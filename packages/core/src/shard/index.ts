// Public surface of core/shard: explicit named re-exports only.
export type { Accumulator, Histogram, MinMax } from './accumulators';
export {
  addDecimal,
  countAccumulator,
  decimalSumAccumulator,
  histogramAccumulator,
  histogramCount,
  histogramOf,
  keyedAccumulator,
  minMaxAccumulator,
  minMaxWith,
  recordAccumulator,
} from './accumulators';
export { sensitivityEndKey, sensitivityEnds, withMaximum } from './ends';
export type { ShardContext, ShardedMeasureDefinition, ShardingMeasure, ShardResult } from './measure';
export { defineShardedMeasure, isShardingMeasure } from './measure';
export type { ShardSpec } from './spec';
export { checkShardSpec, MAX_SHARDS, shardRange, unitStreams } from './spec';
