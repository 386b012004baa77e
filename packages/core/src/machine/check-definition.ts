// Definition-time checks of a machine: a bad name, an unknown state, a final state with outgoing
// events, a dead end or an unreachable state is a ConfigurationError when the module loads, not a
// surprise in the middle of a simulation. Also builds the table (the machine as data).
import { describeValue } from '../describe-value';
import { ConfigurationError, type Localized } from '../errors';
import type { MachineClock, MachineTable } from './types';

/** kebab-case: lower-case words of letters and digits joined by single hyphens. */
export const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** A machine id: kebab-case segments joined by dots (`overpayment-refund.process`). */
const MACHINE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*$/;

const DEFINITION_KEYS = new Set(['id', 'initial', 'clock', 'types', 'context', 'states', 'events', 'guard']);
const STATE_KEYS = new Set(['label', 'final']);
const EVENT_KEYS = new Set([
  'from',
  'to',
  'targets',
  'label',
  'basis',
  'basisOf',
  'payload',
  'guard',
  'assign',
  'effect',
]);
const FUNCTION_KEYS = ['basisOf', 'guard', 'assign', 'effect'] as const;

type Loose = { readonly [k: string]: unknown };

function isObject(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLocalized(v: unknown): v is Localized {
  return isObject(v) && typeof v.zh === 'string' && v.zh !== '' && typeof v.en === 'string' && v.en !== '';
}

/** A LegalBasis: cited with at least one citation, or an assumption with its reason (text or zh/en). */
function isBasis(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.kind === 'cited') return Array.isArray(v.citations) && v.citations.length > 0;
  if (v.kind === 'assumption')
    return (typeof v.reason === 'string' && v.reason !== '') || isLocalized(v.reason);
  return false;
}

function fail(path: string, message: string): never {
  throw new ConfigurationError(path, message);
}

function noUnknownKeys(v: Loose, known: ReadonlySet<string>, path: string): void {
  for (const k of Object.keys(v)) {
    if (!known.has(k)) fail(`${path}.${k}`, `unknown field; expected one of ${[...known].join(', ')}`);
  }
}

function checkStates(states: unknown): { names: string[]; final: Set<string> } {
  if (!isObject(states) || Object.keys(states).length === 0) fail('states', 'must name at least one state');
  const final = new Set<string>();
  for (const [name, spec] of Object.entries(states)) {
    const path = `states.${name}`;
    if (!KEBAB.test(name)) fail(path, 'a state name must be kebab-case (`manual-review`)');
    if (!isObject(spec)) fail(path, 'must be { label, final? }');
    noUnknownKeys(spec, STATE_KEYS, path);
    if (!isLocalized(spec.label)) fail(`${path}.label`, 'must be { zh, en } with both texts');
    if (spec.final !== undefined && typeof spec.final !== 'boolean')
      fail(`${path}.final`, 'must be a boolean');
    if (spec.final === true) final.add(name);
  }
  return { names: Object.keys(states), final };
}

function stateList(v: unknown, path: string, known: ReadonlySet<string>): string[] {
  if (!Array.isArray(v) || v.length === 0) fail(path, 'must list at least one state');
  v.forEach((s, i) => {
    if (typeof s !== 'string' || !known.has(s)) fail(`${path}.${i}`, `unknown state ${describeValue(s)}`);
  });
  if (new Set(v).size !== v.length) fail(path, 'lists a state twice');
  return v as string[];
}

interface EventRow {
  readonly label: Localized;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly basis: unknown;
  readonly guarded: boolean;
  readonly payload: boolean;
}

function checkEvent(name: string, spec: unknown, known: ReadonlySet<string>, final: ReadonlySet<string>) {
  const path = `events.${name}`;
  if (!KEBAB.test(name)) fail(path, 'an event name must be kebab-case (`issue-order`)');
  if (!isObject(spec)) fail(path, 'must be { from, to, label, basis, … }');
  noUnknownKeys(spec, EVENT_KEYS, path);
  const from = stateList(spec.from, `${path}.from`, known);
  for (const s of from) if (final.has(s)) fail(`${path}.from`, `the final state ${s} accepts no event`);
  let to: string[];
  if (typeof spec.to === 'function') {
    to = stateList(spec.targets, `${path}.targets`, known);
  } else {
    if (typeof spec.to !== 'string' || !known.has(spec.to)) {
      fail(`${path}.to`, `unknown state ${describeValue(spec.to)}`);
    }
    if (spec.targets !== undefined) fail(`${path}.targets`, 'only a function `to` lists its targets');
    to = [spec.to];
  }
  if (!isLocalized(spec.label)) fail(`${path}.label`, 'must be { zh, en } with both texts');
  if (!isBasis(spec.basis)) fail(`${path}.basis`, 'must be a LegalBasis (cited(...) or assumption(...))');
  for (const k of FUNCTION_KEYS) {
    if (spec[k] !== undefined && typeof spec[k] !== 'function') fail(`${path}.${k}`, 'must be a function');
  }
  const payload = spec.payload;
  if (payload !== undefined && (!isObject(payload) || typeof payload.safeParse !== 'function')) {
    fail(`${path}.payload`, 'must be a zod schema');
  }
  const row: EventRow = {
    label: spec.label,
    from,
    to,
    basis: spec.basis,
    guarded: spec.guard !== undefined,
    payload: payload !== undefined,
  };
  return row;
}

/** States reachable from `initial` through the events' targets. */
function reachable(initial: string, rows: Readonly<Record<string, EventRow>>): Set<string> {
  const seen = new Set([initial]);
  const queue = [initial];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const row of Object.values(rows)) {
      if (!row.from.includes(s)) continue;
      for (const t of row.to) {
        if (!seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
      }
    }
  }
  return seen;
}

/**
 * Checks a definition and returns its table; throws ConfigurationError naming the first bad path.
 * @example
 * checkDefinition(def).states.open.events; // ['close']
 */
export function checkDefinition(def: unknown): MachineTable<string, string> {
  if (!isObject(def)) fail('definition', 'must be an object');
  noUnknownKeys(def, DEFINITION_KEYS, 'definition');
  if (typeof def.id !== 'string' || !MACHINE_ID.test(def.id)) {
    fail('id', 'must be kebab-case, dot-separated segments allowed (`overpayment-refund.process`)');
  }
  const clock = (def.clock ?? 'date') as MachineClock;
  if (clock !== 'date' && clock !== 'date-time') fail('clock', "must be 'date' or 'date-time'");
  if (!isObject(def.types)) fail('types', 'must be `{} as MachineTypes<Context, Event>`');
  if (def.guard !== undefined && typeof def.guard !== 'function') fail('guard', 'must be a function');
  if (def.context !== undefined && (!isObject(def.context) || typeof def.context.safeParse !== 'function')) {
    fail('context', 'must be a zod schema');
  }
  const { names, final } = checkStates(def.states);
  const known = new Set(names);
  if (typeof def.initial !== 'string' || !known.has(def.initial)) {
    fail('initial', `unknown state ${describeValue(def.initial)}`);
  }
  if (!isObject(def.events) || Object.keys(def.events).length === 0) {
    fail('events', 'must name at least one event');
  }
  const rows: Record<string, EventRow> = {};
  for (const [name, spec] of Object.entries(def.events)) rows[name] = checkEvent(name, spec, known, final);
  const states: Record<string, { label: Localized; final: boolean; events: readonly string[] }> = {};
  for (const name of names) {
    const events = Object.keys(rows).filter((e) => rows[e]?.from.includes(name));
    if (!final.has(name) && events.length === 0) {
      fail(`states.${name}`, 'accepts no event but is not final: mark it `final: true` or add an event');
    }
    const spec = (def.states as Loose)[name] as { label: Localized };
    states[name] = Object.freeze({
      label: spec.label,
      final: final.has(name),
      events: Object.freeze(events),
    });
  }
  const seen = reachable(def.initial, rows);
  for (const name of names) {
    if (!seen.has(name)) fail(`states.${name}`, `is not reachable from the initial state ${def.initial}`);
  }
  const events = Object.fromEntries(
    Object.entries(rows).map(([k, r]) => [
      k,
      Object.freeze({ ...r, from: Object.freeze([...r.from]), to: Object.freeze([...r.to]) }),
    ]),
  );
  return Object.freeze({
    id: def.id,
    initial: def.initial,
    clock,
    guarded: def.guard !== undefined,
    states: Object.freeze(states),
    events: Object.freeze(events),
  }) as MachineTable<string, string>;
}
