// A province-year of 20,000 ships (assumed volume: the fact pack gives none) and 1,000,000 ships
// streamed, each beside its same-run baseline: drawing the same ships alone (case generation, no
// handling, no tallies). The full runs import the built package by name; the generator is internal,
// so the baseline imports it from src (same code, transpiled by vitest). Ratios, never assertions.
import { defaultParams } from '@gd-ftz/core';
import { PARAMS, simulateProvinceYear } from '@gd-ftz/ship-certificate-bundle';
import { bench, describe } from 'vitest';
import { drawCase, shipStreams } from '../src/population';

const once = { iterations: 1, warmupIterations: 0, time: 0 } as const;
const params = defaultParams(PARAMS);

function generate(n: number): number {
  const streamOf = shipStreams(42);
  let items = 0;
  for (let i = 0; i < n; i++) items += drawCase(streamOf(i), i, params).items.length;
  return items;
}

describe('province-year: 20,000 ships', () => {
  bench(
    'case generation alone (baseline)',
    () => {
      generate(20_000);
    },
    { time: 1000, warmupIterations: 1 },
  );
  bench(
    'full run: both variants, tallied',
    () => {
      simulateProvinceYear({ ships: 20_000 }, 42);
    },
    { time: 1000, warmupIterations: 1 },
  );
});

describe('1,000,000 ships streamed', () => {
  bench(
    'case generation alone (baseline)',
    () => {
      generate(1_000_000);
    },
    once,
  );
  bench(
    'full run: both variants, tallied',
    () => {
      simulateProvinceYear({ ships: 1_000_000 }, 42);
    },
    once,
  );
});
