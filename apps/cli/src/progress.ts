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

/**
 * A rate for people: whole units from 10/s up, two significant digits below (an engine whose unit
 * is a district does well under one per second; rounding would print 0).
 * @example
 * unitsPerSecond(1234.6); // '1235'
 * unitsPerSecond(0.4567); // '0.46'
 */
export function unitsPerSecond(rate: number): string {
  if (!(rate > 0) || !Number.isFinite(rate)) return '0';
  return rate >= 10 ? String(Math.round(rate)) : String(Number(rate.toPrecision(2)));
}

/** A progress bar on a terminal, plain lines otherwise. */
export function progressReporter(io: CliIo): ProgressReporter {
  const started = io.now();
  const rate = (done: number) => done / Math.max(0.001, (io.now() - started) / 1000);
  const speed = (done: number) => unitsPerSecond(rate(done));
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
        const payload = { speed: speed(p.unitsDone), shardsDone: p.shardsDone, shards: p.shards };
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
          `${unitsPerSecond(r)} units/s, ETA ${Math.round(eta)} s, shards ${p.shardsDone}/${p.shards}\n`,
      );
    },
    stop() {},
  };
}
