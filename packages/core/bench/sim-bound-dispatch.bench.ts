// Issue #14, fifth pass: the kernel's event dispatch alone against the minimal hand-written heap
// loop, on the M/M/8 of sim.bench.ts (see mm8-models.ts). The queue is kept by hand in the
// callbacks, so this row does the loop's own work through createSimulation/schedule/run and no
// Resource: its ratio to the loop is an upper bound of what any Resource on this dispatch can
// reach. Per second of CPU time (see cpu-clock.ts).

import { bench, describe } from 'vitest';
import { cpuNow } from './cpu-clock';
import { dispatchOnly, HOURS, minimalLoop } from './mm8-models';

const served = [minimalLoop(1), dispatchOnly(1)];
if (served[0] !== served[1]) throw new Error(`the models disagree on customers served: ${served}`);
console.log(`M/M/8, ${HOURS} simulated hours: both models serve ${served[0]} customers per iteration`);

let seed = 1;
const options = { time: 3000, warmupIterations: 2, now: cpuNow };
describe(`M/M/8 ${HOURS} h, the kernel's dispatch alone`, () => {
  bench('minimal hand-written heap loop (baseline)', () => void minimalLoop(seed++), options);
  bench('kernel dispatch, queue kept by hand (no Resource)', () => void dispatchOnly(seed++), options);
});
