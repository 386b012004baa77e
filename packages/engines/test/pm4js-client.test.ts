// A real process-mining client reads our logs: pm4js (the JavaScript process-mining library by
// PM4Py's author, on npm) imports each engine's XES with its XesImporter and discovers the
// directly-follows graph with FrequencyDfgDiscovery; activities, start/end activities and every
// edge count must equal core's own directlyFollowsGraph of the same log.
//
// How pm4js is loaded in Node: it is CommonJS whose modules publish their classes on `global` (the
// XES importer also installs xmldom's DOMParser there). `createRequire` loads, from this ESM test,
// exactly the modules the check uses (core, event log, log statistics, XES importer, DFG object and
// discovery) by their paths in the package; its entry `init.js` loads ~100 modules, some of which
// keep the test worker from exiting. pm4js's globals include its own `Event` class, which shadows
// Node's, so every global it set or replaced is restored after the tests.
import { createRequire } from 'node:module';
import { directlyFollowsGraph, type EventLog, toXes } from '@gd-ftz/core';
import { eventLogContractFindings } from '@gd-ftz/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { registry } from '../src/index';
import { SMALL_SCENARIOS } from './small-scenarios';

interface Pm4jsDfg {
  activities: Record<string, number>;
  startActivities: Record<string, number>;
  endActivities: Record<string, number>;
  pathsFrequency: Record<string, number>;
}
interface Pm4js {
  XesImporter: { apply(xml: string): { traces: { events: unknown[] }[] } };
  FrequencyDfgDiscovery: { apply(log: unknown, activityKey?: string): Pm4jsDfg };
}

const g = globalThis as Record<string, unknown>;
const before = new Map(Object.getOwnPropertyNames(g).map((k) => [k, g[k]] as const));
const load = createRequire(import.meta.url);
for (const m of [
  'pm4js.js',
  'objects/log/log.js',
  'statistics/log/general.js',
  'objects/log/importer/xes/importer.js',
  'objects/dfg/frequency/obj.js',
  'algo/discovery/dfg/algorithm.js',
]) {
  load(`pm4js/pm4js/${m}`);
}
const pm4js = globalThis as unknown as Pm4js;
afterAll(() => {
  for (const k of Object.getOwnPropertyNames(g)) {
    if (!before.has(k)) delete g[k];
    else if (!Object.is(g[k], before.get(k))) g[k] = before.get(k);
  }
});

const PARAMS = SMALL_SCENARIOS;

/** Our graph in pm4js's shape, activities named by their English labels as the XES names them. */
function ours(log: EventLog, variant: 'baseline' | 'reform'): Pm4jsDfg {
  const g = directlyFollowsGraph(log, variant);
  const name = (id: string) => log.activity(id)?.label.en ?? id;
  const out: Pm4jsDfg = { activities: {}, startActivities: {}, endActivities: {}, pathsFrequency: {} };
  for (const a of g.activities) {
    out.activities[name(a.id)] = a.events;
    if (a.starts > 0) out.startActivities[name(a.id)] = a.starts;
    if (a.ends > 0) out.endActivities[name(a.id)] = a.ends;
  }
  for (const e of g.edges) out.pathsFrequency[`${name(e.from)},${name(e.to)}`] = e.count;
  return out;
}

describe.each(registry.all.map((m) => [m.slug, m] as const))('pm4js reads the %s log', (slug, measure) => {
  const { log } = eventLogContractFindings(measure, { seed: 42, params: PARAMS[slug] ?? {} });
  for (const variant of ['baseline', 'reform'] as const) {
    it(`${variant}: same traces, activities, start/end activities and edge counts`, () => {
      const imported = pm4js.XesImporter.apply(toXes(log, { variant }));
      expect(imported.traces.length).toBe(log.summary().cases[variant]);
      const theirs = pm4js.FrequencyDfgDiscovery.apply(imported, 'concept:name');
      const mine = ours(log, variant);
      expect(Object.keys(mine.pathsFrequency).length).toBeGreaterThan(0);
      expect({ ...theirs.activities }).toEqual(mine.activities);
      expect({ ...theirs.startActivities }).toEqual(mine.startActivities);
      expect({ ...theirs.endActivities }).toEqual(mine.endActivities);
      expect({ ...theirs.pathsFrequency }).toEqual(mine.pathsFrequency);
    });
  }
});
