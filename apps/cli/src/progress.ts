// Progress of a run over worker threads: a bar with units/s and ETA on a terminal (cli-progress),
// a plain line at every tenth of the run otherwise (logs, CI, pipes).
import { Presets, SingleBar } from 'cli-progress';
import type { CliIo } from './io';
import type { ShardProgress } from './shard-runner';

/** What the runner's progress callback drives. */
export interface ProgressReporter {
  update(p: ShardProgress): void;
  stop(): void;
}

/** A progress bar on a terminal, plain lines otherwise. */
export function progressReporter(io: CliIo): ProgressReporter {
  const started = io.now();
  const rate = (done: number) => done / Math.max(0.001, (io.now() - started) / 1000);
  if (io.interactive) {
    const bar = new SingleBar(
      {
        format:
          '[{bar}] {percentage}% | {value}/{total} units | {speed} units/s | ETA {eta_formatted} | shards {shardsDone}/{shards}',
        stream: process.stderr,
        etaBuffer: 50,
        hideCursor: true,
      },
      Presets.legacy,
    );
    let started_ = false;
    let stopped = false;
    return {
      update(p) {
        const payload = { speed: Math.round(rate(p.unitsDone)), shardsDone: p.shardsDone, shards: p.shards };
        if (!started_) {
          bar.start(p.units, p.unitsDone, payload);
          started_ = true;
        } else bar.update(p.unitsDone, payload);
      },
      stop() {
        if (started_ && !stopped) bar.stop();
        stopped = true;
      },
    };
  }
  let nextTenth = 1;
  return {
    update(p) {
      if (p.units === 0 || p.unitsDone < (p.units * nextTenth) / 10) return;
      while (p.unitsDone >= (p.units * nextTenth) / 10) nextTenth++;
      const r = rate(p.unitsDone);
      const eta = r > 0 ? (p.units - p.unitsDone) / r : 0;
      io.err(
        `gd-ftz: ${p.unitsDone}/${p.units} units (${Math.floor((p.unitsDone / p.units) * 100)}%), ` +
          `${Math.round(r)} units/s, ETA ${Math.round(eta)} s, shards ${p.shardsDone}/${p.shards}\n`,
      );
    },
    stop() {},
  };
}
