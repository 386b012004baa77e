// Model-based tests of any machine made with defineMachine, from its table alone: fast-check
// generates sequences of events (each type with its payload arbitrary and a step of the clock),
// runs them with fc.modelRun against a model that knows only the table (states, sources, targets,
// final states), and checks after every event that:
// - the machine never reaches a state the table does not name, nor one the event cannot lead to;
// - a final state accepts no event (refusal `final-state`);
// - the allowed events are exactly the table's: an event outside them is refused `not-allowed`,
//   an event inside them is accepted or refused only by time or by a guard, with its reason;
// - time is monotone: an event before the last one is refused `time-reversed`, and an accepted
//   event sets the snapshot's time;
// - history grows by exactly the accepted step, every step cites a legal basis, and the snapshot
//   passed in is never changed.

// Core by name, not by path: the built test kit then shares core's classes (instanceof works).
import {
  addDays,
  addMinutes,
  type CivilDate,
  ConfigurationError,
  type EventPayload,
  formatDateTime,
  type Machine,
  type MachineEvent,
  type MachineSnapshot,
  parseDateTime,
  type TransitionResult,
} from '@gd-ftz/core';
import fc from 'fast-check';

/**
 * Payload arbitraries by event type: required for each event that has fields beyond `type` and
 * `at`, optional (default `{}`) for the others.
 * @example
 * const arbs: PayloadArbs<Ev> = { reject: fc.record({ reason: fc.string() }) };
 */
export type PayloadArbs<E extends MachineEvent> = {
  readonly [K in E['type'] as keyof EventPayload<Extract<E, { type: K }>> extends never
    ? never
    : K]: fc.Arbitrary<EventPayload<Extract<E, { type: K }>>>;
} & {
  readonly [K in E['type'] as keyof EventPayload<Extract<E, { type: K }>> extends never
    ? K
    : never]?: fc.Arbitrary<EventPayload<Extract<E, { type: K }>>>;
};

/**
 * How `machineCommands` makes events.
 * @example
 * const options: MachineCommandsOptions<S, C, Ev> = { eventArbs: { reject: fc.record({ reason: fc.string() }) }, gap: fc.integer({ min: -3, max: 400 }) };
 */
export interface MachineCommandsOptions<S extends string, C, E extends MachineEvent, F = never> {
  /**
   * Payload arbitraries by event type. May be left out when no event of the table declares a
   * payload (every event then gets `{}`); an event with a payload and no arbitrary is a
   * ConfigurationError naming `eventArbs.<type>`.
   */
  readonly eventArbs?: PayloadArbs<E>;
  /**
   * Steps of the clock from the case's last event to the next one: days on a `date` clock, minutes
   * on a `date-time` clock. Negative steps probe time running backwards. Default -2..30.
   */
  readonly gap?: fc.Arbitrary<number>;
  /** The time the first event counts from when the snapshot has none yet (started without `at`). */
  readonly origin?: string;
  /** The latest time an event is made at (for calendars with a covered range). */
  readonly until?: string;
  /** Longest event sequence; default 25. */
  readonly maxCommands?: number;
  /** An invariant of the engine, checked after every event (throw to fail). */
  readonly check?: (before: MachineSnapshot<S, C, E>, event: E, result: TransitionResult<S, C, E, F>) => void;
}

/**
 * What the model knows: the state and time the table predicts, and how many steps were taken.
 * @example
 * const model: MachineModel = { state: 'drafted', at: null, steps: 0 };
 */
export interface MachineModel {
  state: string;
  at: string | null;
  steps: number;
}

/**
 * The system under test: the current snapshot.
 * @example
 * const real: MachineReal<S, C, Ev> = { snapshot: machine.start(ctx) };
 */
export interface MachineReal<S extends string, C, E extends MachineEvent> {
  snapshot: MachineSnapshot<S, C, E>;
}

/**
 * A generated command: one event type, its payload, the clock step and whether it is a probe (run
 * even when the table does not allow it, to check the refusal).
 */
type Cmd<S extends string, C, E extends MachineEvent> = fc.Command<MachineModel, MachineReal<S, C, E>>;

interface TableRow {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly guarded: boolean;
}

function fail(machine: string, command: string, message: string): never {
  throw new Error(`machine ${machine}, after ${command}: ${message}`);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function isBasis(b: unknown): boolean {
  const v = b as { kind?: unknown; citations?: unknown[]; reason?: unknown } | null;
  if (typeof v !== 'object' || v === null) return false;
  if (v.kind === 'cited') return Array.isArray(v.citations) && v.citations.length > 0;
  return v.kind === 'assumption' && v.reason !== undefined;
}

class EventCommand<S extends string, C, E extends MachineEvent, F> implements Cmd<S, C, E> {
  constructor(
    readonly machine: Machine<S, C, E, F>,
    readonly type: E['type'],
    readonly payload: object,
    readonly gap: number,
    readonly probe: boolean,
    readonly options: MachineCommandsOptions<S, C, E, F>,
  ) {}

  private row(): TableRow {
    return (this.machine.table.events as Readonly<Record<string, TableRow>>)[this.type] as TableRow;
  }

  private allowedIn(state: string): readonly string[] {
    const states = this.machine.table.states as Readonly<Record<string, { events: readonly string[] }>>;
    return states[state]?.events ?? [];
  }

  private isFinal(state: string): boolean {
    const states = this.machine.table.states as Readonly<Record<string, { final: boolean }>>;
    return states[state]?.final === true;
  }

  check(m: Readonly<MachineModel>): boolean {
    return this.probe || (!this.isFinal(m.state) && this.row().from.includes(m.state));
  }

  private timeOf(base: string | null): string {
    const from = base ?? this.options.origin;
    if (from === undefined) {
      throw new ConfigurationError('origin', 'the snapshot has no time yet: give machineCommands an origin');
    }
    let at =
      this.machine.table.clock === 'date'
        ? addDays(from as CivilDate, this.gap)
        : formatDateTime(addMinutes(parseDateTime(from), this.gap));
    if (this.options.until !== undefined && at > this.options.until) at = this.options.until;
    return at;
  }

  run(m: MachineModel, r: MachineReal<S, C, E>): void {
    const id = this.machine.id;
    const cmd = this.toString();
    const before = r.snapshot;
    const frozen = JSON.stringify(before);
    if (before.state !== m.state)
      fail(id, cmd, `the snapshot is in ${before.state}, the model in ${m.state}`);
    const allowed = this.allowedIn(m.state);
    if (!sameList(this.machine.allowedEvents(before), allowed)) {
      fail(id, cmd, `allowedEvents differs from the table's events of ${m.state}`);
    }
    const event = { type: this.type, at: this.timeOf(m.at), ...this.payload } as E;
    const result = this.machine.transition(before, event);
    const late = m.at !== null && event.at < m.at;
    if (result.ok) {
      if (this.isFinal(m.state)) fail(id, cmd, `the final state ${m.state} accepted ${this.type}`);
      if (!allowed.includes(this.type)) fail(id, cmd, `${m.state} accepted ${this.type}, not in the table`);
      if (late) fail(id, cmd, `accepted an event at ${event.at}, before the last one at ${m.at}`);
      const next = result.snapshot;
      if (!this.row().to.includes(next.state))
        fail(id, cmd, `${this.type} led to ${next.state}, not a target`);
      if (next.at !== event.at) fail(id, cmd, `the snapshot's time is ${next.at}, the event's ${event.at}`);
      const step = next.history[next.history.length - 1];
      if (next.history.length !== before.history.length + 1 || step !== result.step) {
        fail(id, cmd, 'the history did not grow by exactly the step taken');
      }
      if (step.from !== m.state || step.to !== next.state || step.event !== event) {
        fail(id, cmd, 'the step does not record its source, target and event');
      }
      if (!isBasis(step.basis)) fail(id, cmd, 'the step has no legal basis');
      if (!Object.isFrozen(next) || !Object.isFrozen(next.history))
        fail(id, cmd, 'the snapshot is not frozen');
      if (!Array.isArray(result.effects)) fail(id, cmd, 'effects is not an array');
      const final = this.machine.isFinal(next);
      if (final !== this.isFinal(next.state) || (final && this.machine.allowedEvents(next).length > 0)) {
        fail(id, cmd, `${next.state} is final in the table but not at run time, or accepts events`);
      }
    } else {
      const e = result.error;
      const expected = this.isFinal(m.state)
        ? 'final-state'
        : !allowed.includes(this.type)
          ? 'not-allowed'
          : late
            ? 'time-reversed'
            : 'blocked';
      if (e.code !== expected) fail(id, cmd, `refused with ${e.code}, the table says ${expected}`);
      if (expected === 'blocked' && !(this.machine.table.guarded || this.row().guarded)) {
        fail(id, cmd, `${this.type} has no guard but was blocked`);
      }
      if (expected === 'blocked' && (typeof e.guard !== 'string' || e.guard === '')) {
        fail(id, cmd, 'a blocked event does not name its guard');
      }
      if (e.state !== m.state || e.event !== this.type || !sameList(e.allowed, allowed)) {
        fail(id, cmd, 'the refusal does not name the state, the event and the allowed events');
      }
      if (!e.reason.zh || !e.reason.en) fail(id, cmd, 'the refusal has no reason in zh and en');
    }
    if (JSON.stringify(before) !== frozen) fail(id, cmd, 'the snapshot passed in was changed');
    this.options.check?.(before, event, result);
    if (result.ok) {
      m.state = result.snapshot.state;
      m.at = result.snapshot.at;
      m.steps += 1;
      r.snapshot = result.snapshot;
    }
  }

  toString(): string {
    const gap = this.gap >= 0 ? `+${this.gap}` : String(this.gap);
    const payload = Object.keys(this.payload).length > 0 ? ` ${JSON.stringify(this.payload)}` : '';
    return `${this.type}${gap}${this.probe ? '(probe)' : ''}${payload}`;
  }
}

/**
 * fast-check commands for a machine: one command kind per event type of the table, with its
 * payload arbitrary and a clock step; about one command in four is a probe that runs even when
 * the table does not allow it. Run them with {@link machineModelRun} or use {@link machineProperty}.
 * @example
 * fc.assert(fc.property(machineCommands(machine, { eventArbs }), (cmds) => machineModelRun(machine, start, cmds)));
 */
export function machineCommands<S extends string, C, E extends MachineEvent, F>(
  machine: Machine<S, C, E, F>,
  options: MachineCommandsOptions<S, C, E, F>,
): fc.Arbitrary<Iterable<Cmd<S, C, E>>> {
  const gap = options.gap ?? fc.integer({ min: -2, max: 30 });
  // Left out, the arbitraries default to none: payload-less events need none (a TypeError here
  // before: `undefined[type]`).
  const arbs = (options.eventArbs ?? {}) as Readonly<Record<string, fc.Arbitrary<object> | undefined>>;
  const types = Object.keys(machine.table.events) as E['type'][];
  for (const type of types) {
    if (machine.table.events[type].payload && arbs[type] === undefined) {
      throw new ConfigurationError(`eventArbs.${type}`, 'the event has a payload: give its arbitrary');
    }
  }
  const kinds = types.map((type) =>
    fc
      .record({
        payload: arbs[type] ?? fc.constant({}),
        gap,
        probe: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
      })
      .map(({ payload, gap: g, probe }) => new EventCommand(machine, type, payload, g, probe, options)),
  );
  return fc.commands(kinds, { maxCommands: options.maxCommands ?? 25 });
}

/**
 * Runs generated commands from a start snapshot (fc.modelRun), the model starting where the
 * snapshot is.
 * @example
 * machineModelRun(machine, machine.start(ctx, '2024-03-01'), cmds);
 */
export function machineModelRun<S extends string, C, E extends MachineEvent, F>(
  machine: Machine<S, C, E, F>,
  start: MachineSnapshot<S, C, E>,
  commands: Iterable<Cmd<S, C, E>>,
): void {
  machine.allowedEvents(start); // a bad start snapshot fails here, by name, not inside a command
  fc.modelRun(
    () => ({
      model: { state: start.state, at: start.at, steps: start.history.length },
      real: { snapshot: start },
    }),
    commands,
  );
}

/**
 * The whole model-based property of a machine: start snapshots from `start`, event sequences from
 * the table. Pass it to `fc.assert`.
 * @example
 * fc.assert(machineProperty(licence, { start: fc.constant(licence.start(ctx)), eventArbs, origin: '2024-03-01' }));
 */
export function machineProperty<S extends string, C, E extends MachineEvent, F>(
  machine: Machine<S, C, E, F>,
  options: MachineCommandsOptions<S, C, E, F> & { readonly start: fc.Arbitrary<MachineSnapshot<S, C, E>> },
): fc.IPropertyWithHooks<[MachineSnapshot<S, C, E>, Iterable<Cmd<S, C, E>>]> {
  return fc.property(options.start, machineCommands(machine, options), (start, cmds) =>
    machineModelRun(machine, start, cmds),
  );
}
