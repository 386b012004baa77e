#!/usr/bin/env node
// The fuzz suite (issue #32): every callable export of every published package, called with a
// catalogue of bad values per argument in a worker with a watchdog; then every engine's scenario
// schema at its limits under a time and heap bound. Fails on a failure not in known-defects.json
// and on a known defect that no longer fails (the list only shrinks). See README.md.
//
//   node tooling/fuzz/run.mjs            the long run (`pnpm fuzz`)
//   node tooling/fuzz/run.mjs --short    the CI run (`pnpm fuzz:ci`): a seeded sample, same checks
//   options: --seed=N (default 1), --only=<substring of a function id>, --json=<file>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { BAD_VALUES, BASE_CANDIDATES } from './catalogue.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const argv = process.argv.slice(2);
const flag = (name) =>
  argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=');
const SHORT = argv.includes('--short');
// --no-skip: run the known hangs and known-failing scenarios the short run otherwise skips.
const SKIP_KNOWN = SHORT && !argv.includes('--no-skip');
const SEED = Number(flag('seed') ?? 1);
const ONLY = flag('only');
const JSON_OUT = flag('json');
const config = JSON.parse(readFileSync(join(here, 'config.json'), 'utf8'));
const known = JSON.parse(readFileSync(join(here, 'known-defects.json'), 'utf8'));
const MODE = SHORT ? config.short : config.long;

// ---- seeded choice (mulberry32): the same seed picks the same sample ------------------------
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);

// ---- 1. the published packages and their entry points, bundled from source -----------------
const entries = [];
const engines = [];
const entryPoints = {};
for (const dir of readdirSync(join(root, 'packages')).sort()) {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  } catch {
    continue;
  }
  if (pkg.private) continue;
  for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target !== 'object' || !target['@gd-ftz/source']) continue;
    if (config.excludeSubpaths.includes(sub)) continue;
    const out = `${dir}${sub === '.' ? '' : `__${sub.slice(2)}`}`;
    entryPoints[out] = join(root, 'packages', dir, target['@gd-ftz/source']);
    const prefix = `${pkg.name}${sub === '.' ? '' : sub.slice(1)}`;
    entries.push({ prefix, out });
    if (sub === '.' && pkg['gd-ftz']?.engine) engines.push({ name: pkg.name, out });
  }
}
const outdir = join(here, '.build');
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true, // one copy of core shared by every engine: `instanceof GdFtzError` holds
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['@gd-ftz/source'],
  logLevel: 'error',
  outExtension: { '.js': '.mjs' },
});
const fileOf = (out) => pathToFileURL(join(outdir, `${out}.mjs`)).href;
for (const e of entries) e.file = fileOf(e.out);
for (const e of engines) e.file = fileOf(e.out);
const coreFile = entries.find((e) => e.prefix === '@gd-ftz/core').file;

// ---- 2. a worker with a watchdog ---------------------------------------------------------------
class Runner {
  constructor(heapMb) {
    this.heapMb = heapMb;
    this.worker = undefined;
    this.seq = 0;
    this.restarts = 0;
  }
  async start() {
    this.worker = new Worker(join(here, 'worker.mjs'), {
      workerData: { entries, coreFile, textEcho: config.textEcho },
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      stdout: true,
      stderr: true,
    });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    await this.#next(60_000); // importing the bundles
  }
  async stop() {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
  /**
   * The next message of the worker, or a hang. The watchdog counts CPU time (the main thread idles
   * while the worker runs, so the process's CPU time is the worker's), not wall time: on a shared
   * machine a call can wait minutes for a core without being slow. A call that sleeps without
   * using CPU (a promise that never settles) is caught by the wall-time cap.
   */
  #next(cpuMs) {
    const w = this.worker;
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const wallCapMs = Math.max(cpuMs * config.wallCapFactor, config.wallCapMinMs);
    return new Promise((resolve) => {
      const done = (value) => {
        clearInterval(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(value);
      };
      const onMessage = (m) => done(m);
      const onError = (e) =>
        done({ kind: 'crash', detail: `${e.code ?? e.name}: ${String(e.message).slice(0, 120)}` });
      const onExit = (code) => done({ kind: 'crash', detail: `worker exited with code ${code}` });
      const timer = setInterval(() => {
        const used = process.cpuUsage(cpu0);
        const usedMs = (used.user + used.system) / 1000;
        const wallMs = performance.now() - wall0;
        if (usedMs > cpuMs) done({ kind: 'hang', detail: `still running after ${cpuMs} ms of CPU time` });
        else if (wallMs > wallCapMs)
          done({ kind: 'hang', detail: `no answer within ${Math.round(wallMs)} ms` });
      }, 100);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
    });
  }
  /** Sends one request; on a hang or a crash the worker is replaced before the next request. */
  async ask(msg, timeoutMs) {
    if (!this.worker) await this.start();
    this.worker.postMessage({ ...msg, seq: ++this.seq });
    const m = await this.#next(timeoutMs);
    if (m.kind === 'hang' || m.kind === 'crash' || m.kind === 'pollution') {
      this.restarts++;
      await this.stop();
    }
    return m;
  }
}

const started = performance.now();
const runner = new Runner(config.callHeapMb);
const listing = await runner.ask({ type: 'list', engines }, 120_000);
if (listing.type !== 'targets') {
  console.error('fuzz: the worker could not list the exports:', listing);
  process.exit(2);
}
const onlyParts = ONLY ? ONLY.split(',') : [];
const picked = (id) => onlyParts.length === 0 || onlyParts.some((p) => id.includes(p));
const targets = listing.list.filter((t) => picked(t.id));

// ---- 3. calls ----------------------------------------------------------------------------------
const failures = [];
const counts = { calls: 0, probes: 0, typed: 0, ok: 0 };
const KINDS = ['bare-error', 'garbage', 'hang', 'crash', 'mutation', 'pollution'];
for (const k of KINDS) counts[k] = 0;
let skippedCalls = 0;
const exercised = new Set(); // "function|argument" pairs this run tried

function record(fn, arg, m) {
  exercised.add(`${fn}|${arg}`);
  if (m.kind === 'ok' || m.kind === 'typed') {
    counts[m.kind]++;
    return;
  }
  counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  failures.push({ function: fn, argument: arg, kind: m.kind, detail: m.detail });
}

function probeTuples(n) {
  const c = BASE_CANDIDATES.length;
  const tuples = [];
  if (n === 1) for (let a = 0; a < c; a++) tuples.push([a]);
  else {
    for (let a = 0; a < c; a++) for (let b = 0; b < c; b++) tuples.push([a, b, ...Array(n - 2).fill(0)]);
    tuples.sort((x, y) => x[0] + x[1] - (y[0] + y[1]));
  }
  return tuples;
}

const badNames = Object.keys(BAD_VALUES);
const recipes = new Map(); // class name → { target, args }: how to make an instance of it
const timeOf = new Map(); // function → milliseconds spent on it, for --times
// A measure's simulate runs a whole scenario (the defaults, when an argument is left out): it gets
// the scenario bound, not the bound of a single call.
const cpuBoundOf = (id) => (/#measure\.simulate/.test(id) ? config.scenarioCpuMs : MODE.callCpuMs);

async function probe(t, tuples) {
  for (const tuple of tuples) {
    const label = `base:${tuple.map((a) => a.base ?? a.recipe?.name).join(',')}`;
    if (SKIP_KNOWN && knownAs(t.id, label, ['hang', 'crash'])) {
      skippedCalls++;
      continue;
    }
    const m = await runner.ask({ type: 'call', target: t.id, args: tuple }, cpuBoundOf(t.id));
    counts.calls++;
    counts.probes++;
    if (m.kind === 'hang' || m.kind === 'crash' || m.kind === 'pollution') {
      record(t.id, label, m);
      continue;
    }
    if (m.kind === 'ok' || m.kind === 'garbage') {
      if (m.instance && !recipes.has(m.instance) && tuple.every((a) => a.base !== undefined)) {
        recipes.set(m.instance, { target: t.id, args: tuple.map((a) => a.base), name: m.instance });
      }
      return tuple;
    }
  }
  return undefined;
}

function knownAs(fn, arg, kinds) {
  return known.defects.some((d) => d.function === fn && kinds.includes(d.kind) && d.arguments.includes(arg));
}

// Pass 1: a base from the plain candidates; the instances found become candidates of pass 2.
const bases = new Map();
// The declared parameters, plus one when the function has defaulted or rest parameters (an
// options object `length` does not count); at least one.
const arityOf = (t) => Math.min(Math.max(t.arity + (t.optional ? 1 : 0), 1), config.maxArguments);
for (const t of targets) {
  const t0 = performance.now();
  const tuples = probeTuples(arityOf(t))
    .slice(0, config.maxProbes)
    .map((tuple) => tuple.map((i) => ({ base: i })));
  bases.set(t.id, await probe(t, tuples));
  timeOf.set(t.id, performance.now() - t0);
}
// Pass 2: functions that took none of the plain values get an instance made by another export
// (a RandomStream for poissonDraw, a Simulation for createStore) in one argument.
for (const t of targets) {
  if (bases.get(t.id)) continue;
  const t0 = performance.now();
  const n = arityOf(t);
  const tuples = [];
  // Every instance in every position before the other arguments change (undefined, 1, {seed: 1}).
  for (const other of [0, 3, 1]) {
    for (let p = 0; p < n; p++) {
      for (const r of recipes.values()) {
        if (r.target === t.id) continue;
        const tuple = Array.from({ length: n }, () => ({ base: other }));
        tuple[p] = { recipe: r };
        tuples.push(tuple);
      }
    }
  }
  bases.set(t.id, await probe(t, tuples.slice(0, config.maxInstanceProbes)));
  timeOf.set(t.id, (timeOf.get(t.id) ?? 0) + performance.now() - t0);
}

// A measure's options (its second argument) are parsed by core's defineMeasure, the same code for
// every engine, and every accepted value runs a whole default scenario: the short run tries them
// through the first engine only, the long run through every engine.
const scenarioRunner = (id) => /#measure\.simulate/.test(id);
const firstEngine = targets.find((t) => scenarioRunner(t.id))?.id.split('#')[0];
const argumentsOf = (t, n) =>
  !MODE.measureOptionsEveryEngine && scenarioRunner(t.id) && t.id.split('#')[0] !== firstEngine ? 1 : n;
for (const t of targets) {
  const t0 = performance.now();
  const n = arityOf(t);
  const base = bases.get(t.id) ?? Array.from({ length: n }, () => ({ base: 0 }));
  for (let p = 0; p < argumentsOf(t, n); p++) {
    for (const bad of badNames) {
      if (MODE.sample < 1 && random() >= MODE.sample && !(p === 0 && MODE.firstArgumentInFull)) continue;
      const arg = `${p}:${bad}`;
      // The short run does not wait out a known hang; the long run still does (and finds it stale).
      if (SKIP_KNOWN && knownAs(t.id, arg, ['hang', 'crash'])) {
        skippedCalls++;
        continue;
      }
      const args = [...base];
      args[p] = { bad };
      const m = await runner.ask({ type: 'call', target: t.id, args }, cpuBoundOf(t.id));
      counts.calls++;
      if (m.kind === 'setup-failed') continue;
      record(t.id, arg, m);
    }
  }
  timeOf.set(t.id, (timeOf.get(t.id) ?? 0) + performance.now() - t0);
}
await runner.stop();
const callSeconds = (performance.now() - started) / 1000;

// ---- 4. scenario schemas at their limits -------------------------------------------------------
const scenarioCounts = { scenarios: 0, ok: 0, rejected: 0 };
const scenarioTimes = [];
let skippedScenarios = 0;
function extremes(spec) {
  switch (spec.kind) {
    case 'integer':
    case 'number':
    case 'decimal':
      return [spec.min, spec.max];
    case 'boolean':
      return [false, true];
    case 'enum':
      return [spec.options[0].value, spec.options[spec.options.length - 1].value];
    default:
      return [];
  }
}
for (const e of engines) {
  if (!picked(`${e.name}#measure.simulate`)) continue;
  const schema = listing.schemas[e.name];
  const names = Object.keys(schema);
  const plan = [];
  const at = (side) =>
    Object.fromEntries(names.map((k) => [k, extremes(schema[k])[side]]).filter(([, v]) => v !== undefined));
  // all-max is the costliest scenario an engine allows (seconds of CPU each): the long run's.
  if (MODE.limits.includes('all-max')) plan.push(['all-max', at(1)]);
  if (MODE.limits.includes('all-min')) plan.push(['all-min', at(0)]);
  const singles = [];
  for (const k of names) {
    const [lo, hi] = extremes(schema[k]);
    if (lo !== undefined) singles.push([`${k}=min`, { [k]: lo }], [`${k}=max`, { [k]: hi }]);
  }
  for (const s of singles) if (MODE.scenarioSample >= 1 || random() < MODE.scenarioSample) plan.push(s);
  for (let i = 0; i < MODE.corners; i++) {
    const bits = names.map(() => (random() < 0.5 ? 0 : 1));
    const params = Object.fromEntries(
      names.map((k, j) => [k, extremes(schema[k])[bits[j]]]).filter(([, v]) => v !== undefined),
    );
    plan.push([`corner:${bits.join('')}`, params]);
  }
  for (const [label, params] of plan) {
    // The short run does not spend a scenario's whole time bound on a known defect; the long run
    // (`pnpm fuzz`) still runs it and reports the entry stale once it passes.
    const fnId = `${e.name}#measure.simulate`;
    if (
      SKIP_KNOWN &&
      known.defects.some((d) => d.function === fnId && d.arguments.includes(`scenario:${label}`))
    ) {
      skippedScenarios++;
      continue;
    }
    // A fresh worker per scenario: the heap bound applies to that scenario alone.
    const r = new Runner(config.scenarioHeapMb);
    const m = await r.ask(
      { type: 'scenario', file: e.file, params, seed: SEED },
      config.scenarioCpuMs + 2_000,
    );
    await r.stop();
    scenarioCounts.scenarios++;
    counts.calls++;
    const fn = `${e.name}#measure.simulate`;
    const arg = `scenario:${label}`;
    if (m.ms !== undefined) scenarioTimes.push([`${e.name} ${label}`, m.ms, m.heapMb]);
    if (m.kind === 'ok' && m.ms > config.scenarioCpuMs) {
      record(fn, arg, {
        kind: 'hang',
        detail: `took ${m.ms} ms of CPU time (bound ${config.scenarioCpuMs} ms)`,
      });
    } else if (m.kind === 'rejected') {
      // Rejected up front with a typed ValidationError (see README "What fails"): not a failure.
      scenarioCounts.rejected++;
      record(fn, arg, { kind: 'ok' });
    } else if (m.kind === 'scenario-error') {
      record(fn, arg, { kind: 'bare-error', detail: `an allowed scenario failed: ${m.detail}` });
    } else {
      if (m.kind === 'ok') scenarioCounts.ok++;
      record(fn, arg, m.kind === 'ok' ? { kind: 'ok' } : m);
    }
  }
}
const totalSeconds = (performance.now() - started) / 1000;

// ---- 5. the allowlist: every failure listed, every listed failure still failing ----------------
// One entry per function and failure kind, with the argument classes that fail that way; an
// argument listed that no longer fails is stale (judged only where this run made that call).
const entryOf = (f) => known.defects.find((e) => e.function === f.function && e.kind === f.kind);
const listed = (f) => entryOf(f)?.arguments.includes(f.argument) ?? false;
const unexpected = failures.filter((f) => !listed(f));
const allowlisted = failures.length - unexpected.length;
const stale = [];
for (const e of known.defects) {
  for (const a of e.arguments) {
    if (!exercised.has(`${e.function}|${a}`)) continue;
    if (!failures.some((f) => f.function === e.function && f.kind === e.kind && f.argument === a)) {
      stale.push({ function: e.function, argument: a, kind: e.kind, item: e.item });
    }
  }
}
const allowlistSize = known.defects.reduce((n, e) => n + e.arguments.length, 0);
if (argv.includes('--relabel')) {
  // Re-derives every entry's item from itemOf (after itemOf learns a new item).
  for (const e of known.defects)
    e.item = itemOf({ function: e.function, kind: e.kind, argument: e.arguments[0] ?? '' });
}
if (argv.includes('--rebaseline')) {
  // Rewrites the list from this run's failures. Review the diff: it may only shrink, except when a
  // defect of the high/medium items is newly found (give it its item).
  const groups = new Map();
  for (const f of failures) {
    const key = `${f.function}|${f.kind}`;
    if (!groups.has(key)) {
      groups.set(key, {
        function: f.function,
        kind: f.kind,
        item: entryOf(f)?.item ?? itemOf(f),
        arguments: [],
      });
    }
    groups.get(key).arguments.push(f.argument);
  }
  // Arguments this run did not try (skipped known hangs, long-run scenarios) keep their entries.
  for (const e of known.defects) {
    for (const a of e.arguments) {
      if (exercised.has(`${e.function}|${a}`)) continue;
      const key = `${e.function}|${e.kind}`;
      if (!groups.has(key)) groups.set(key, { ...e, arguments: [] });
      if (!groups.get(key).arguments.includes(a)) groups.get(key).arguments.push(a);
    }
  }
  const defects = [...groups.values()].sort((a, b) => (a.function + a.kind < b.function + b.kind ? -1 : 1));
  writeFileSync(join(here, 'known-defects.json'), `${JSON.stringify({ ...known, defects }, null, 2)}\n`);
  console.log(`known-defects.json rewritten: ${defects.length} entries, ${failures.length} argument classes`);
}

/** The issue #32 item a new failure most likely belongs to (a first guess for --rebaseline). */
function itemOf(f) {
  const fn = f.function.split('#')[1] ?? '';
  if (f.argument.startsWith('scenario:'))
    return 'high: allowed scenario values exhaust memory or run for minutes';
  if (/settleRefund|readLedger/.test(fn)) return 'high: settleRefund books amounts that do not add up';
  if (/^(createRuleSet|compileRules)|codegen/i.test(fn)) return 'high: code injection through rule data';
  if (f.kind === 'hang' || f.kind === 'crash')
    return 'medium: hangs and out-of-memory on unbounded arguments';
  if (/checkDecisionTable/.test(fn))
    return 'medium: checkDecisionTable is exponential (its input check goes with the rewrite)';
  if (/audit|canonical/i.test(fn)) return 'medium: audit log';
  if (/^(Money|Rate)\b|kpiChange|allocate/.test(fn)) return 'medium: money magnitudes';
  if (/^(Simulation|createSimulation)\b/.test(fn)) return 'medium: Simulation#cancel and overflowing delays';
  return 'summary: a bare error or garbage output #32 does not itemise (follow-up)';
}

// ---- 6. closing figures ---------------------------------------------------------------------------
const fns = new Set(targets.map((t) => t.id)).size;
console.log(`\nfuzz (${SHORT ? 'short' : 'long'} run, seed ${SEED})`);
console.log(
  `  functions ${fns}, calls ${counts.calls} (probes ${counts.probes}, scenarios ${scenarioCounts.scenarios} (rejected up front ${scenarioCounts.rejected}), known-failing scenarios skipped ${skippedScenarios}, known hangs skipped ${skippedCalls}), instance recipes ${recipes.size}, worker restarts ${runner.restarts}`,
);
console.log(`  typed errors ${counts.typed}, accepted ${counts.ok}`);
console.log(
  `  bare errors ${counts['bare-error']}, garbage outputs ${counts.garbage}, hangs ${counts.hang}, crashes ${counts.crash}, mutations ${counts.mutation}, pollutions ${counts.pollution}`,
);
console.log(
  `  failures ${failures.length}: allowlisted ${allowlisted} (known-defects.json: ${known.defects.length} entries, ${allowlistSize} argument classes), unexpected ${unexpected.length}, stale entries ${stale.length}`,
);
console.log(`  time: calls ${callSeconds.toFixed(1)} s, total ${totalSeconds.toFixed(1)} s`);
if (argv.includes('--times')) {
  const slow = [...timeOf].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [id, ms] of slow) console.log(`    ${id}: ${Math.round(ms)} ms`);
}
if (argv.includes('--times'))
  for (const [n, ms, mb] of scenarioTimes) console.log(`    ${n}: ${ms} ms, heap ${mb ?? '?'} MB`);
if (JSON_OUT)
  writeFileSync(
    JSON_OUT,
    `${JSON.stringify({ counts, failures, unexpected, stale, scenarioTimes }, null, 2)}\n`,
  );

const show = (list, head) => {
  if (list.length === 0) return;
  console.log(`\n${head}`);
  for (const f of list.slice(0, 60)) {
    console.log(
      `  ${f.function}  ${f.argument}  ${f.kind}${f.detail ? `  (${f.detail})` : ''}${f.item ? `  [${f.item}]` : ''}`,
    );
  }
  if (list.length > 60) console.log(`  … and ${list.length - 60} more (--json=<file> lists all)`);
};
show(
  unexpected,
  'Unexpected failures (fix them; a defect of issue #32 high/medium goes in tooling/fuzz/known-defects.json):',
);
show(stale, 'Known defects that no longer fail (delete them from tooling/fuzz/known-defects.json):');
process.exit(unexpected.length > 0 || stale.length > 0 ? 1 : 0);
