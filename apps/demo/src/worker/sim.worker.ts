/// <reference lib="webworker" />

import { loaders } from 'virtual:gd-ftz/loaders';
import {
  compareDirectlyFollows,
  createEventLog,
  type EventLog,
  type Measure,
  toEventCsv,
  toOcelJson,
  toXes,
  ValidationError,
} from '@gd-ftz/core';
import { Cancelled, type JobControl, runReplications, runTornado } from './jobs';
import type { LogFileRequest, OverviewItem, WorkerMessage, WorkerRequest, WorkerResult } from './protocol';

// One long-lived worker: engines run here, off the page's thread, each imported the first time
// it is asked for (its own chunk), then kept.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerMessage) => scope.postMessage(m);

/** Cases a demo log keeps (the rest are counted): enough for every default scenario. */
const DEMO_MAX_CASES = 20_000;

const engines = new Map<string, Promise<Measure>>();
function engine(slug: string): Promise<Measure> {
  let p = engines.get(slug);
  if (!p) {
    const load = loaders[slug];
    if (!load) return Promise.reject(new Error(`unknown measure ${slug}`));
    p = load();
    engines.set(slug, p);
  }
  return p;
}

// The newest request wins: a run, tornado or overview supersedes the one before it.
let current = 0;
const cancelledIds = new Set<number>();

// The last run's log stays here, so a download writes it without running again.
let last: { log: EventLog; stem: string } | undefined;

function control(id: number): JobControl {
  let lastProgress = 0;
  return {
    onProgress: (fraction) => {
      const now = performance.now();
      if (now - lastProgress > 50 || fraction >= 1) {
        lastProgress = now;
        post({ id, type: 'progress', fraction });
      }
    },
    cancelled: () => current !== id || cancelledIds.has(id),
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}

async function job(m: Exclude<WorkerRequest, { kind: 'cancel' | 'log-file' }>): Promise<WorkerResult> {
  const c = control(m.id);
  if (m.kind === 'run') {
    const e = await engine(m.slug);
    const started = performance.now();
    const log = m.withLog ? createEventLog({ maxCases: DEMO_MAX_CASES }) : undefined;
    const run = await runReplications(e, m.params, m.seed, m.replications, c, log ? { eventLog: log } : {});
    const ms = performance.now() - started;
    if (!log) return { kind: 'run', run, ms };
    last = { log, stem: `gd-ftz-${m.slug}-seed${m.seed}-events` };
    return { kind: 'run', run, ms, processMap: { ...compareDirectlyFollows(log), summary: log.summary() } };
  }
  if (m.kind === 'tornado') {
    return { kind: 'tornado', tornado: await runTornado(await engine(m.slug), m.params, m.seed, c) };
  }
  const items: OverviewItem[] = [];
  for (const [i, slug] of m.slugs.entries()) {
    await c.pause();
    if (c.cancelled()) throw new Cancelled();
    items.push({ slug, report: (await engine(slug)).simulateUnknown({}, { seed: m.seed }) });
    c.onProgress((i + 1) / m.slugs.length);
  }
  return { kind: 'overview', items };
}

function file({ id, format, lang }: LogFileRequest): void {
  if (!last) {
    post({ id, type: 'error', message: 'no event log: run with the process map first' });
    return;
  }
  const { log, stem } = last;
  const content =
    format === 'ocel'
      ? toOcelJson(log, { names: lang })
      : format === 'xes'
        ? toXes(log, { names: lang })
        : `\uFEFF${toEventCsv(log, { names: lang })}`;
  const [ext, mime] =
    format === 'ocel'
      ? ['ocel.json', 'application/json']
      : format === 'xes'
        ? ['xes', 'application/xml']
        : ['csv', 'text/csv;charset=utf-8'];
  post({ id, type: 'done', result: { kind: 'file', name: `${stem}.${ext}`, mime, content } });
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const m = event.data;
  if (m.kind === 'cancel') {
    cancelledIds.add(m.id);
    return;
  }
  if (m.kind === 'log-file') {
    file(m);
    return;
  }
  current = m.id;
  job(m)
    .then((result) => post({ id: m.id, type: 'done', result }))
    .catch((e: unknown) => {
      if (e instanceof Cancelled) post({ id: m.id, type: 'cancelled' });
      else if (e instanceof ValidationError)
        post({ id: m.id, type: 'error', message: e.message, issues: e.issues });
      else post({ id: m.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
    })
    .finally(() => cancelledIds.delete(m.id));
};
