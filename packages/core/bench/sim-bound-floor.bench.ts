// Issue #14, fifth pass: the kernel's event dispatch plus the least state and statistics a
// Resource keeps, written by hand with nothing else (see mm8-models.ts), against the minimal
// hand-written heap loop on the M/M/8 of sim.bench.ts. Per second of CPU time (see cpu-clock.ts).

import { bench, describe } from 'vitest';
import { cpuNow } from './cpu-clock';
import { featureFloor, HOURS, minimalLoop } from './mm8-models';

const served = [minimalLoop(1), featureFloor(1)];
if (served[0] !== served[1]) throw new Error(`the models disagree on customers served: ${served}`);
console.log(`M/M/8, ${HOURS} simulated hours: both models serve ${served[0]} customers per iteration`);

let seed = 1;
const options = { time: 3000, warmupIterations: 2, now: cpuNow };
describe(`M/M/8 ${HOURS} h, the kernel's dispatch + the least a Resource keeps`, () => {
  bench('minimal hand-written heap loop (baseline)', () => void minimalLoop(seed++), options);
  bench(
    'kernel dispatch + least state and statistics of a Resource',
    () => void featureFloor(seed++),
    options,
  );
});
