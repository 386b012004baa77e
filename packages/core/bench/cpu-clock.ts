// The clock of core's benches: this process's CPU time (user + system, all its threads), in
// milliseconds, given to tinybench as `now`. On the shared 2-core machine (load 2 to 25) a
// wall-clock iteration of ~0.3 ms often includes time slices spent waiting for a core, so the mean
// — vitest's hz — moved by a factor of 2.5 between runs of unchanged code; CPU time counts only
// the work done. It includes the garbage collector's and the optimising compiler's helper threads,
// so a figure is, if anything, conservative; on a quiet machine both clocks agree within a few %.
// process.cpuUsage() costs about 1 µs per call, so iterations are kept at 0.3 ms or more.

/** Milliseconds of CPU time used by this process so far. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
