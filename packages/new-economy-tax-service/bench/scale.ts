// The scale check, outside vitest (one process per size, CPU time, no sensitivity re-runs):
// the report's core run streamed over N firms × 12 months through the baseline, each mechanism
// alone and all four, against a same-run baseline that only generates the same firms.
//   ../../node_modules/.bin/esbuild bench/scale.ts --bundle --platform=node --format=esm \
//     --conditions=@gd-ftz/source --outfile=/tmp/scale.mjs && node --expose-gc /tmp/scale.mjs 1000000
// Heap is the highest heapUsed seen at the run's progress callbacks (every 1,000 firms), above the
// heap after a forced GC at the start. Figures: README "Scale and performance".
import { defaultParams } from '@gd-ftz/core';
import { PARAMS } from '../src/params';
import { drawFirm } from '../src/population';
import { runScenario } from '../src/simulate';

const n = Number(process.argv[2] ?? '100000');
const p = { ...defaultParams(PARAMS), firms: n };
(globalThis as { gc?: () => void }).gc?.();
const base = process.memoryUsage().heapUsed;
let peak = 0;
const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;
let t = process.cpuUsage();
for (let i = 0; i < n; i++) drawFirm(42, i, p.smallScaleShare);
const generate = cpu(process.cpuUsage(t));
t = process.cpuUsage();
const r = runScenario(p, 42, {
  onProgress: () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  },
});
const run = cpu(process.cpuUsage(t));
console.log(
  JSON.stringify({
    firms: r.totals.all.firms,
    generateCpuSeconds: generate.toFixed(1),
    runCpuSeconds: run.toFixed(1),
    ratio: (run / generate).toFixed(2),
    peakHeapMbOverBase: ((peak - base) / 1048576).toFixed(1),
  }),
);
