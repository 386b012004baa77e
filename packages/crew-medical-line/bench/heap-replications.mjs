// Memory across replications: one process per replication count, so the peaks do not mix.
//   node --expose-gc bench/heap-replications.mjs 1000   (after the build)
// Prints the peak resident set, the live heap after the run (the replication summaries only) and
// the CPU time. Flat means the peak does not grow with the number of replications: each
// replication's world and results are dropped (or reused) before the next one is drawn.
import { simulateReplications } from '../dist/index.js';

const replications = Number(process.argv[2] ?? 100);
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
const r = simulateReplications({ casesPerYear: 300, portAreas: 10 }, 42, replications);
const cpu = process.cpuUsage(cpu0);
globalThis.gc?.();
console.log(
  JSON.stringify({
    replications,
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    casesPerCpuSecond: Math.round((3000 * replications * 1e6) / (cpu.user + cpu.system)),
    liveHeapGrowthMB: Number(((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(2)),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
    reformAdviceMedianMean: Number(r.reformAdviceMedian.mean.toFixed(3)),
  }),
);
