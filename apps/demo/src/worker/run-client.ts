import type { ParamValue } from '@gd-ftz/core';
import type { LogFormat, WorkerMessage, WorkerRequest, WorkerResult } from './protocol';

/** Rejection of a request that was cancelled or superseded by a newer one. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

type Pending = {
  resolve: (r: WorkerResult) => void;
  reject: (e: Error) => void;
  onProgress: (f: number) => void;
};

/**
 * The page's handle on one long-lived Web Worker, created on first use. A new run, tornado or
 * overview supersedes the one before it (the worker stops it between two replications).
 */
export class SimulationClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private active = 0;

  private get w(): Worker {
    if (!this.worker) {
      const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data);
      worker.onerror = (e) => {
        for (const p of this.pending.values()) p.reject(new Error(e.message));
        this.pending.clear();
      };
      this.worker = worker;
    }
    return this.worker;
  }

  private receive(m: WorkerMessage): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.onProgress(m.fraction);
      return;
    }
    this.pending.delete(m.id);
    if (m.type === 'done') p.resolve(m.result);
    else if (m.type === 'cancelled') p.reject(new CancelledError());
    else p.reject(Object.assign(new Error(m.message), { issues: m.issues }));
  }

  private send<K extends WorkerResult['kind']>(
    message: WorkerRequest,
    onProgress: (f: number) => void = () => {},
  ): Promise<Extract<WorkerResult, { kind: K }>> {
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve: resolve as (r: WorkerResult) => void, reject, onProgress });
      this.w.postMessage(message);
    });
  }

  /** Runs a scenario over `replications` seeds; supersedes any job still going. */
  run(
    slug: string,
    params: Record<string, ParamValue>,
    seed: number,
    replications: number,
    onProgress: (fraction: number) => void,
    withLog = false,
  ) {
    this.active = this.nextId++;
    return this.send<'run'>(
      { kind: 'run', id: this.active, slug, params, seed, replications, withLog },
      onProgress,
    );
  }

  /** Every KPI's tornado over the engine's assumption parameters. */
  tornado(
    slug: string,
    params: Record<string, ParamValue>,
    seed: number,
    onProgress: (fraction: number) => void,
  ) {
    this.active = this.nextId++;
    return this.send<'tornado'>({ kind: 'tornado', id: this.active, slug, params, seed }, onProgress);
  }

  /** Each listed engine's default scenario. */
  overview(slugs: readonly string[], seed: number, onProgress: (fraction: number) => void) {
    this.active = this.nextId++;
    return this.send<'overview'>({ kind: 'overview', id: this.active, slugs, seed }, onProgress);
  }

  /** Cancels the job going on, if any: its promise rejects with a CancelledError. */
  cancel(): void {
    if (this.worker && this.pending.has(this.active)) this.w.postMessage({ kind: 'cancel', id: this.active });
  }

  /** The last run's event log as a file (the run must have asked for the log). */
  logFile(format: LogFormat, lang: 'zh' | 'en') {
    return this.send<'file'>({ kind: 'log-file', id: this.nextId++, format, lang }).then((r) => ({
      name: r.name,
      type: r.mime,
      content: r.content,
    }));
  }
}

/** The one client of the page. */
export const client = new SimulationClient();
