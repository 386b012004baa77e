import type { ParamValue, ScenarioReport } from '@gd-ftz/core';
import type { WorkerMessage } from './protocol';

/** Runs scenarios in one long-lived Web Worker; a new run supersedes the previous one. */
export class SimulationClient {
  private worker: Worker | undefined;
  private nextId = 1;

  run(
    slug: string,
    params: Record<string, ParamValue>,
    seed: number,
    onProgress: (fraction: number) => void,
  ): Promise<{ report: ScenarioReport; ms: number }> {
    // A run still going is abandoned by restarting the worker: the newest request wins.
    if (this.worker) this.worker.terminate();
    const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const m = event.data;
        if (m.id !== id) return;
        if (m.type === 'progress') onProgress(m.fraction);
        else if (m.type === 'done') resolve({ report: m.report, ms: m.ms });
        else reject(Object.assign(new Error(m.message), { issues: m.issues }));
      };
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage({ id, slug, params, seed });
    });
  }
}
