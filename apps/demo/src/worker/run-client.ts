import type { ParamValue, ScenarioReport } from '@gd-ftz/core';
import type { LogFormat, ProcessMapData, WorkerMessage, WorkerRequest } from './protocol';

/** Runs scenarios in one long-lived Web Worker; a new run supersedes the previous one. */
export class SimulationClient {
  private worker: Worker | undefined;
  private nextId = 1;

  run(
    slug: string,
    params: Record<string, ParamValue>,
    seed: number,
    onProgress: (fraction: number) => void,
    withLog = false,
  ): Promise<{ report: ScenarioReport; ms: number; processMap?: ProcessMapData }> {
    // A run still going is abandoned by restarting the worker: the newest request wins.
    if (this.worker) this.worker.terminate();
    const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    return this.request(
      worker,
      { kind: 'run', id: this.nextId++, slug, params, seed, withLog },
      onProgress,
    ).then((m) => {
      if (m.type !== 'done') throw new Error('unexpected worker answer');
      return { report: m.report, ms: m.ms, ...(m.processMap ? { processMap: m.processMap } : {}) };
    });
  }

  /** The last run's event log as a file (the run must have asked for the log). */
  logFile(format: LogFormat, lang: 'zh' | 'en'): Promise<{ name: string; type: string; content: string }> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('no run yet'));
    return this.request(worker, { kind: 'log-file', id: this.nextId++, format, lang }, () => {}).then((m) => {
      if (m.type !== 'file') throw new Error('unexpected worker answer');
      return { name: m.name, type: m.mime, content: m.content };
    });
  }

  private request(
    worker: Worker,
    message: WorkerRequest,
    onProgress: (fraction: number) => void,
  ): Promise<Extract<WorkerMessage, { type: 'done' | 'file' }>> {
    return new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const m = event.data;
        if (m.id !== message.id) return;
        if (m.type === 'progress') onProgress(m.fraction);
        else if (m.type === 'error') reject(Object.assign(new Error(m.message), { issues: m.issues }));
        else resolve(m);
      };
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(message);
    });
  }
}
