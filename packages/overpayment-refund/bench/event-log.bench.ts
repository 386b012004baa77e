// The cost of the event log, measured in one run: the default scenario of measure 1 without a log
// (what every caller pays) against the same run recording every overpayment's events (target: at
// most 2× the run without), and the writers on the recorded log. Ratios, never timed assertions.
import { createEventLog, toOcelJson, toXes } from '@gd-ftz/core';
import { bench, describe } from 'vitest';
import { measure } from '../src/index';

const options = { time: 3000, warmupIterations: 2 };

describe('overpayment-refund default scenario: event log off vs on', () => {
  bench(
    'log off',
    async () => {
      measure.simulate({}, { seed: 42 });
    },
    options,
  );
  bench(
    'log on (all cases kept)',
    async () => {
      measure.simulate({}, { seed: 42, eventLog: createEventLog() });
    },
    options,
  );
});

describe('writing the recorded log', () => {
  const log = createEventLog();
  measure.simulate({}, { seed: 42, eventLog: log });
  bench('OCEL 2.0 JSON', async () => {
    toOcelJson(log);
  });
  bench('XES', async () => {
    toXes(log);
  });
});
