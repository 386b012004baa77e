// Cost of RandomStream draws against pure-rand's uniformFloat64 on pure-rand's xoroshiro128+ (the
// same algorithm as core's generator; 53 random bits per real, taken from its two outputs
// differently), 100,000 draws per iteration.

import { RandomStream } from '@gd-ftz/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bench, describe } from 'vitest';

const N = 100_000;
const stream = RandomStream.fromSeed(1);
const bare = xoroshiro128plus(1);
// Results go to a shared object so that the draws cannot be optimised away.
const out = { sink: 0 };

describe(`${N} draws`, () => {
  bench('pure-rand uniformFloat64 (baseline)', () => {
    for (let i = 0; i < N; i++) out.sink += uniformFloat64(bare);
  });
  bench('RandomStream.real', () => {
    for (let i = 0; i < N; i++) out.sink += stream.real();
  });
  bench('RandomStream.exponential', () => {
    for (let i = 0; i < N; i++) out.sink += stream.exponential(0.125);
  });
  bench('RandomStream.normal', () => {
    for (let i = 0; i < N; i++) out.sink += stream.normal(0, 1);
  });
  bench('RandomStream.poisson(4)', () => {
    for (let i = 0; i < N; i++) out.sink += stream.poisson(4);
  });
  bench('RandomStream.poisson(250) (PTRS)', () => {
    for (let i = 0; i < N; i++) out.sink += stream.poisson(250);
  });
  bench('RandomStream.int(1, 6)', () => {
    for (let i = 0; i < N; i++) out.sink += stream.int(1, 6);
  });
});
