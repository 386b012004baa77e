/// <reference lib="webworker" />
import { ValidationError } from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';
import type { RunRequest, WorkerMessage } from './protocol';

// Engines run here, off the page's thread, so the page never freezes during a long run.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, slug, params, seed } = event.data;
  const engine = registry.bySlug(slug);
  if (!engine) {
    post({ id, type: 'error', message: `unknown measure ${slug}` });
    return;
  }
  const started = performance.now();
  let last = 0;
  try {
    const report = engine.simulateUnknown(params, {
      seed,
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - last > 100) {
          last = now;
          post({ id, type: 'progress', fraction });
        }
      },
    });
    post({ id, type: 'done', report, ms: performance.now() - started });
  } catch (e) {
    if (e instanceof ValidationError) post({ id, type: 'error', message: e.message, issues: e.issues });
    else post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
