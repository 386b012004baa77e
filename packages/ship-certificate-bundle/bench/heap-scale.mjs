// Live heap after a streamed run at 100,000 and 1,000,000 ships, one process per size so the
// peaks do not mix:  node --expose-gc bench/heap-scale.mjs 100000  (after the build).
import { simulateProvinceYear } from '../dist/index.js';

const n = Number(process.argv[2] ?? 100_000);
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const r = simulateProvinceYear({ ships: n }, 42);
const wall = (performance.now() - t0) / 1000;
globalThis.gc?.();
console.log(
  JSON.stringify({
    ships: r.ships,
    wallSeconds: Number(wall.toFixed(2)),
    shipsPerSecond: Math.round(n / wall),
    liveHeapGrowthMB: Number(((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(1)),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
    reformSingleSubmissionShare: Number((r.reform.singleSubmissionShips / n).toFixed(4)),
  }),
);
