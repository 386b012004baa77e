// Peak memory per appointment at 100,000 and 1,000,000 appointments, one process per size so the
// peaks do not mix:  node --expose-gc bench/heap-scale.mjs 100000  (after the build).
// Prints appointments, wall and CPU seconds, peak RSS and heap after the run, per appointment.
import { simulateProvinceYear } from '../dist/index.js';

const n = Number(process.argv[2] ?? 100_000);
globalThis.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const r = simulateProvinceYear({ appointments: n }, 42);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const rssPeak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    appointments: r.appointments,
    ships: r.ships,
    wallSeconds: Number(wall.toFixed(1)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    peakRssMB: Math.round(rssPeak / 1e6),
    peakRssBytesPerAppointment: Math.round(rssPeak / n),
    heapGrowthMB: Math.round((process.memoryUsage().heapUsed - heap0) / 1e6),
    caughtBeforeSailing: [r.baseline.caughtBeforeSailing, r.reform.caughtBeforeSailing],
  }),
);
