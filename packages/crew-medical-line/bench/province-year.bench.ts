// A province year (3,000 cases in 10 port areas, assumed) × replications, both regimes, against the
// same-run baseline: core's kernel alone, scheduling the same number of events (5 per case and
// regime: call, desk, boat request, boat back, finish) at the same kind of times with empty
// handlers. Imported by name (the built dist/). Ratios, never timed assertions.
import { createSimulation, RandomStream } from '@gd-ftz/core';
import { simulateReplications } from '@gd-ftz/crew-medical-line';
import { bench, describe } from 'vitest';

const REPLICATIONS = Number(process.env.BENCH_REPLICATIONS ?? 100);
const params = { casesPerYear: 300, portAreas: 10 };
const once = { iterations: 1, warmupIterations: 0, time: 0 } as const;
const noop = () => {};

function kernelOnly(replications: number): void {
  const year = 366 * 1440;
  for (let r = 0; r < replications; r++) {
    const rng = RandomStream.fromSeed(42).substream(`replication-${r}`);
    for (let regime = 0; regime < 2; regime++) {
      const sim = createSimulation({ startDate: '2024-01-01' });
      for (let i = 0; i < 3000; i++) {
        const t = rng.real() * year;
        for (let k = 0; k < 5; k++) sim.scheduleAt(t + k * 30, noop);
      }
      sim.run();
    }
  }
}

describe(`province year: 3,000 cases × ${REPLICATIONS} replications`, () => {
  bench('kernel only, empty handlers (baseline)', () => kernelOnly(REPLICATIONS), once);
  bench(
    'crew-medical-line, both regimes, with 95% CIs',
    () => {
      simulateReplications(params, 42, REPLICATIONS);
    },
    once,
  );
});
