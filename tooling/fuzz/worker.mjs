// The fuzz worker: imports the bundled packages, lists their callable exports, and runs one call
// at a time on the main thread's request. It never times itself: the main thread's watchdog
// terminates it when a call hangs or its heap runs out, and starts a fresh one.
import { parentPort, workerData } from 'node:worker_threads';
import { BAD_VALUES, BASE_CANDIDATES, deepFreeze } from './catalogue.mjs';

const { entries, coreFile } = workerData;
const core = await import(coreFile);
const { GdFtzError, ValidationError } = core;

/** Functions whose job is to render any value as text: their output may say "NaN" on purpose. */
const TEXT_ECHO = new Set(workerData.textEcho ?? []);

const isClass = (fn) => /^class\b/.test(Function.prototype.toString.call(fn));

function listTargets(mod, prefix) {
  const out = [];
  for (const name of Object.keys(mod).sort()) {
    const v = mod[name];
    if (typeof v === 'function') {
      out.push({ id: `${prefix}#${name}`, fn: v, self: undefined, ctor: isClass(v) });
      for (const key of Object.getOwnPropertyNames(v).sort()) {
        if (['prototype', 'length', 'name', 'caller', 'arguments'].includes(key)) continue;
        const d = Object.getOwnPropertyDescriptor(v, key);
        if (d && typeof d.value === 'function') {
          out.push({ id: `${prefix}#${name}.${key}`, fn: d.value, self: v, ctor: isClass(d.value) });
        }
      }
    } else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      // An exported object's methods (a measure's simulate, a registry's lookups).
      const keys = new Set(Object.keys(v));
      for (let p = Object.getPrototypeOf(v); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const k of Object.getOwnPropertyNames(p)) if (k !== 'constructor') keys.add(k);
      }
      for (const key of [...keys].sort()) {
        const d = Object.getOwnPropertyDescriptor(v, key) ?? findDescriptor(v, key);
        if (d && typeof d.value === 'function') {
          out.push({ id: `${prefix}#${name}.${key}`, fn: d.value, self: v, ctor: isClass(d.value) });
        }
      }
    }
  }
  return out;
}

function findDescriptor(obj, key) {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d;
  }
  return undefined;
}

const targets = [];
for (const e of entries) {
  const mod = await import(e.file);
  targets.push(...listTargets(mod, e.prefix));
}
const byId = new Map(targets.map((t) => [t.id, t]));

// ---- prototype pollution watch -------------------------------------------------------------
const WATCHED = {
  'Object.prototype': Object.prototype,
  'Array.prototype': Array.prototype,
  'Function.prototype': Function.prototype,
  'String.prototype': String.prototype,
  'Number.prototype': Number.prototype,
  'Boolean.prototype': Boolean.prototype,
  'Symbol.prototype': Symbol.prototype,
  'BigInt.prototype': BigInt.prototype,
  'Error.prototype': Error.prototype,
  'Promise.prototype': Promise.prototype,
  'Map.prototype': Map.prototype,
  'Set.prototype': Set.prototype,
  JSON,
  Math,
  globalThis,
};
function snapshot() {
  const snap = {};
  for (const [name, obj] of Object.entries(WATCHED)) {
    // Key names only for the global object: Node materialises lazy globals (crypto) on first use.
    const parts = [];
    for (const k of Reflect.ownKeys(obj)) {
      if (obj === globalThis) {
        parts.push(String(k));
        continue;
      }
      const d = Reflect.getOwnPropertyDescriptor(obj, k);
      parts.push([String(k), d && 'value' in d ? d.value : d?.get]);
    }
    snap[name] = parts;
  }
  return snap;
}
const clean = snapshot();
function pollutionOf() {
  const now = snapshot();
  for (const name of Object.keys(clean)) {
    const a = clean[name];
    const b = now[name];
    if (a.length !== b.length) return name;
    for (let i = 0; i < a.length; i++) {
      if (Array.isArray(a[i]) ? a[i][0] !== b[i][0] || a[i][1] !== b[i][1] : a[i] !== b[i]) return name;
    }
  }
  if ({}.polluted !== undefined) return 'Object.prototype.polluted';
  return undefined;
}

// ---- output checks ---------------------------------------------------------------------------
const GARBAGE_TEXT = /(?:^|[^A-Za-z])(NaN|undefined|Infinity)(?:[^A-Za-z]|$)/;
const MAX_MESSAGE = 2_000;

/** The first non-finite number or "NaN"/"undefined"/"Infinity" text reachable from `root`. */
function garbageIn(root, inputs) {
  const seen = new Set(inputs);
  const stack = [[root, '$']];
  let budget = 200_000;
  while (stack.length > 0 && budget-- > 0) {
    const [v, path] = stack.pop();
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${path} = ${v}`;
    } else if (typeof v === 'string') {
      const m = GARBAGE_TEXT.exec(v.length > 4096 ? v.slice(0, 4096) : v);
      if (m) return `${path} contains "${m[1]}"`;
    } else if (v !== null && typeof v === 'object') {
      if (seen.has(v)) continue;
      seen.add(v);
      // A value object (Money, Rate, Decimal) also shows what it prints.
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) {
        const own = Object.getOwnPropertyDescriptor(proto, 'toString');
        if (own && typeof own.value === 'function') {
          try {
            stack.push([String(v), `${path}.toString()`]);
          } catch {
            // A toString that throws is not garbage output.
          }
        }
      }
      if (v instanceof Map || v instanceof Set) {
        let i = 0;
        for (const x of v) stack.push([x, `${path}[${i++}]`]);
        continue;
      }
      for (const k of Object.keys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, k);
        if (d && 'value' in d) stack.push([d.value, `${path}.${k}`]);
      }
    }
  }
  return undefined;
}

const MUTATION = /read.only|not extensible|Cannot (?:assign|add|delete|define|redefine)|frozen/i;

function describeError(e) {
  if (e instanceof Error) return `${e.name}: ${String(e.message).slice(0, 200)}`;
  try {
    return `thrown ${typeof e}: ${String(e).slice(0, 200)}`;
  } catch {
    return `thrown ${typeof e}`;
  }
}

function classifyThrow(e) {
  if (e instanceof GdFtzError) {
    const len = typeof e.message === 'string' ? e.message.length : 0;
    if (len > MAX_MESSAGE) {
      return { kind: 'garbage', detail: `${e.name} message echoes ${len} characters` };
    }
    return { kind: 'typed', detail: e.name };
  }
  if (e instanceof TypeError && MUTATION.test(e.message)) {
    return { kind: 'mutation', detail: describeError(e) };
  }
  return { kind: 'bare-error', detail: describeError(e) };
}

function argOf(spec) {
  if (spec.bad) return deepFreeze(BAD_VALUES[spec.bad]());
  if (spec.recipe) {
    // An instance made by another export (a RandomStream, a Simulation): built fresh, not frozen,
    // because using it (drawing a number, scheduling an event) legitimately changes it.
    const t = byId.get(spec.recipe.target);
    const args = spec.recipe.args.map((i) => deepFreeze(BASE_CANDIDATES[i]()));
    return t.ctor ? Reflect.construct(t.fn, args) : Reflect.apply(t.fn, t.self, args);
  }
  return deepFreeze(BASE_CANDIDATES[spec.base]());
}

/** The class name of a result other exports may take as an argument, if it is an instance. */
function instanceName(result) {
  if (result === null || typeof result !== 'object') return undefined;
  const proto = Object.getPrototypeOf(result);
  if (proto === null || proto === Object.prototype || proto === Array.prototype) return undefined;
  const name = proto.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

async function call(msg) {
  const t = byId.get(msg.target);
  let args;
  try {
    args = msg.args.map(argOf);
  } catch (e) {
    return { kind: 'setup-failed', detail: describeError(e) };
  }
  let outcome;
  try {
    let result = t.ctor ? Reflect.construct(t.fn, args) : Reflect.apply(t.fn, t.self, args);
    if (result && typeof result.then === 'function') result = await result;
    const g = TEXT_ECHO.has(t.id) ? undefined : garbageIn(result, args);
    outcome = g ? { kind: 'garbage', detail: g } : { kind: 'ok', instance: instanceName(result) };
  } catch (e) {
    outcome = classifyThrow(e);
  }
  const polluted = pollutionOf();
  if (polluted) outcome = { kind: 'pollution', detail: polluted };
  return outcome;
}

// ---- scenarios -------------------------------------------------------------------------------
async function scenario(msg) {
  const mod = await import(msg.file);
  // CPU time, like the watchdog: the bound must not depend on how busy the machine is.
  const cpu0 = process.cpuUsage();
  const cpuMs = () => {
    const u = process.cpuUsage(cpu0);
    return Math.round((u.user + u.system) / 1000);
  };
  // A scenario the engine rejects with a ValidationError before it starts (a cross-field rule
  // such as shares adding up to more than 1) is an honest answer, not a failure: "before it
  // starts" means before its first onProgress report. Any other error, or a ValidationError
  // after progress was reported, is a mid-run failure.
  let progressed = false;
  try {
    const report = mod.measure.simulate(msg.params, {
      seed: msg.seed,
      onProgress: () => {
        progressed = true;
      },
    });
    const g = garbageIn(report, []);
    const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    const ms = cpuMs();
    return g ? { kind: 'garbage', detail: g, ms, heapMb } : { kind: 'ok', ms, heapMb };
  } catch (e) {
    if (e instanceof ValidationError && !progressed) {
      return { kind: 'rejected', detail: describeError(e), ms: cpuMs() };
    }
    return { kind: 'scenario-error', detail: describeError(e), ms: cpuMs() };
  }
}

parentPort.on('message', async (msg) => {
  if (msg.type === 'list') {
    parentPort.postMessage({
      type: 'targets',
      list: targets.map((t) => ({ id: t.id, arity: t.fn.length, optional: hasOptional(t.fn), ctor: t.ctor })),
      schemas: await schemasOf(msg.engines ?? []),
    });
  } else if (msg.type === 'call') {
    parentPort.postMessage({ type: 'outcome', seq: msg.seq, ...(await call(msg)) });
  } else if (msg.type === 'scenario') {
    parentPort.postMessage({ type: 'outcome', seq: msg.seq, ...(await scenario(msg)) });
  }
});

/** Whether a function declares parameters `length` does not count (defaults, rest): `(a, o = {})`. */
function hasOptional(fn) {
  const src = Function.prototype.toString.call(fn);
  const head = src.slice(0, src.indexOf(')') + 1);
  return head.includes('=') || head.includes('...');
}

async function schemasOf(engines) {
  const out = {};
  for (const e of engines) {
    const mod = await import(e.file);
    out[e.name] = JSON.parse(JSON.stringify(mod.measure.params));
  }
  return out;
}

parentPort.postMessage({ type: 'ready' });
