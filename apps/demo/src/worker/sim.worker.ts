/// <reference lib="webworker" />
import {
  compareDirectlyFollows,
  createEventLog,
  type EventLog,
  toEventCsv,
  toOcelJson,
  toXes,
  ValidationError,
} from '@gd-ftz/core';
import { registry } from '@gd-ftz/engines';
import type { LogFileRequest, RunRequest, WorkerMessage, WorkerRequest } from './protocol';

// Engines run here, off the page's thread, so the page never freezes during a long run.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);

/** Cases a demo log keeps (the rest are counted): enough for every default scenario. */
const DEMO_MAX_CASES = 20_000;

// The last run's log stays here, so a download writes it without running again.
let last: { log: EventLog; stem: string } | undefined;

function run({ id, slug, params, seed, withLog }: RunRequest): void {
  const engine = registry.bySlug(slug);
  if (!engine) {
    post({ id, type: 'error', message: `unknown measure ${slug}` });
    return;
  }
  const started = performance.now();
  let lastProgress = 0;
  const log = withLog ? createEventLog({ maxCases: DEMO_MAX_CASES }) : undefined;
  try {
    const report = engine.simulateUnknown(params, {
      seed,
      ...(log ? { eventLog: log } : {}),
      onProgress: (fraction) => {
        const now = performance.now();
        if (now - lastProgress > 100) {
          lastProgress = now;
          post({ id, type: 'progress', fraction });
        }
      },
    });
    const ms = performance.now() - started;
    if (log) {
      last = { log, stem: `gd-ftz-${slug}-seed${seed}-events` };
      post({
        id,
        type: 'done',
        report,
        ms,
        processMap: { ...compareDirectlyFollows(log), summary: log.summary() },
      });
    } else {
      post({ id, type: 'done', report, ms });
    }
  } catch (e) {
    if (e instanceof ValidationError) post({ id, type: 'error', message: e.message, issues: e.issues });
    else post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

function file({ id, format, lang }: LogFileRequest): void {
  if (!last) {
    post({ id, type: 'error', message: 'no event log: run with the process map first' });
    return;
  }
  const { log, stem } = last;
  if (format === 'ocel') {
    post({
      id,
      type: 'file',
      name: `${stem}.ocel.json`,
      mime: 'application/json',
      content: toOcelJson(log, { names: lang }),
    });
  } else if (format === 'xes') {
    post({
      id,
      type: 'file',
      name: `${stem}.xes`,
      mime: 'application/xml',
      content: toXes(log, { names: lang }),
    });
  } else {
    post({
      id,
      type: 'file',
      name: `${stem}.csv`,
      mime: 'text/csv;charset=utf-8',
      content: `\uFEFF${toEventCsv(log, { names: lang })}`,
    });
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  if (m.kind === 'log-file') file(m);
  else run(m);
};
