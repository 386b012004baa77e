// defineMachine: a table-driven state machine whose `transition(snapshot, event)` is pure and
// returns a Result, in the manner of XState's pure transition. Bad input (not a snapshot of this
// machine, an unknown event type, a malformed `at` or payload) throws ValidationError; a refused
// event (wrong state, final state, time running backwards, a guard) is a value.

import type { LegalBasis } from '../citation';
import { describeValue } from '../describe-value';
import { ConfigurationError, InvalidTransitionError, ValidationError } from '../errors';
import { parse } from '../validation';
import { checkContext } from './check-context';
import { checkDefinition } from './check-definition';
import { checkAt } from './clock';
import type {
  Blocked,
  EventSpec,
  Guard,
  Machine,
  MachineDefinition,
  MachineEvent,
  MachineSnapshot,
  MachineStep,
  MachineTable,
  MachineView,
  TransitionRefusal,
  TransitionResult,
} from './types';

type AnySpec = EventSpec<string, unknown, MachineEvent, unknown>;
type AnySnapshot = MachineSnapshot<string, unknown, MachineEvent>;

function isObject(v: unknown): v is { readonly [k: string]: unknown } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(path: string, en: string, zh: string): never {
  throw ValidationError.of(path, en, zh);
}

/**
 * Defines a state machine from its table. Checks the definition at once and throws
 * ConfigurationError naming the bad path: a name that is not kebab-case, an unknown state in
 * `initial`/`from`/`to`/`targets`, a final state that accepts events, a non-final state that accepts
 * none, a state unreachable from `initial`, an unknown field, a missing label or legal basis.
 * @example
 * type Ev = { type: 'approve'; at: string } | { type: 'reject'; at: string; reason: string };
 * const review = defineMachine({
 *   id: 'demo.review',
 *   initial: 'pending',
 *   types: {} as MachineTypes<{ officer: string }, Ev>,
 *   context: z.object({ officer: z.string().min(1) }), // start({ officer: '' }) names context.officer
 *   states: {
 *     pending: { label: { zh: '待审', en: 'Pending' } },
 *     approved: { label: { zh: '通过', en: 'Approved' }, final: true },
 *     rejected: { label: { zh: '不予通过', en: 'Rejected' }, final: true },
 *   },
 *   events: {
 *     approve: { from: ['pending'], to: 'approved', label: { zh: '批准', en: 'Approve' }, basis: cited(LAWS.administrativeLicensing) },
 *     reject: { from: ['pending'], to: 'rejected', label: { zh: '驳回', en: 'Reject' }, basis: cited(LAWS.administrativeLicensing),
 *       payload: z.object({ reason: z.string().min(1) }) },
 *   },
 * });
 * const r = review.transition(review.start({ officer: 'A' }, '2025-03-04'), { type: 'approve', at: '2025-03-05' });
 * r.ok && r.snapshot.state; // 'approved'
 */
export function defineMachine<S extends string, C, E extends MachineEvent, F = never>(
  definition: MachineDefinition<S, C, E, F>,
): Machine<S, C, E, F> {
  const table = checkDefinition(definition) as MachineTable<S, E['type']>;
  const { id, clock } = table;
  const specs = definition.events as unknown as Readonly<Record<string, AnySpec>>;
  const machineGuard = definition.guard as Guard<string, unknown, MachineEvent> | undefined;
  const eventTypes = Object.keys(specs);
  const contextSchema = definition.context;
  // The walk first (non-finite numbers, bigints… anywhere), then the engine's own schema.
  const checkContextOf = (context: unknown, path: string): void => {
    checkContext(context, path);
    if (contextSchema) parse(contextSchema, context, path);
  };

  function checkSnapshot(snapshot: unknown, path: string): asserts snapshot is AnySnapshot {
    if (!isObject(snapshot)) bad(path, `must be a snapshot of machine ${id}`, `必须是状态机 ${id} 的快照`);
    if (snapshot.machine !== id) {
      bad(`${path}.machine`, `must be ${describeValue(id)}`, `必须是 ${describeValue(id)}`);
    }
    if (typeof snapshot.state !== 'string' || !Object.hasOwn(table.states, snapshot.state)) {
      bad(`${path}.state`, `must be a state of machine ${id}`, `必须是状态机 ${id} 的状态`);
    }
    if (snapshot.at !== null) checkAt(snapshot.at, clock, `${path}.at`);
    if (!isObject(snapshot.started)) bad(`${path}.started`, 'must be { state, at }', '必须是 { state, at }');
    if (!Array.isArray(snapshot.history)) bad(`${path}.history`, 'must be an array', '必须是数组');
  }

  function checkEvent(event: unknown): asserts event is MachineEvent {
    if (!isObject(event)) bad('event', 'must be an event { type, at, … }', '必须是事件 { type, at, … }');
    const type = event.type;
    if (typeof type !== 'string' || !Object.hasOwn(specs, type)) {
      bad(
        'event.type',
        `must be one of ${eventTypes.join(', ')}, got ${describeValue(type)}`,
        `必须是 ${eventTypes.join('、')} 之一`,
      );
    }
    checkAt(event.at, clock, 'event.at');
    const payload = specs[type]?.payload;
    if (payload) parse(payload, event, 'event');
  }

  function refusal(
    s: AnySnapshot,
    type: string,
    code: TransitionRefusal['code'],
    reason: TransitionRefusal['reason'],
    blocked?: Blocked,
  ): TransitionResult<S, C, E, F> {
    const error: TransitionRefusal = {
      code,
      machine: id,
      state: s.state,
      event: type,
      reason,
      allowed:
        (table.states as Readonly<Record<string, { events: readonly string[] }>>)[s.state]?.events ?? [],
      ...(blocked ? { guard: blocked.code } : {}),
      ...(blocked?.basis ? { basis: blocked.basis } : {}),
    };
    return { ok: false, error: Object.freeze(error) } as TransitionResult<S, C, E, F>;
  }

  function transition(snapshot: AnySnapshot, event: MachineEvent): TransitionResult<S, C, E, F> {
    checkSnapshot(snapshot, 'snapshot');
    checkEvent(event);
    const { state, at } = snapshot;
    const spec = specs[event.type] as AnySpec;
    if (table.states[state as S].final) {
      return refusal(snapshot, event.type, 'final-state', {
        zh: `${state} 是终结状态，不再接受任何事件`,
        en: `${state} is final and accepts no event`,
      });
    }
    if (!spec.from.includes(state)) {
      return refusal(snapshot, event.type, 'not-allowed', {
        zh: `状态 ${state} 不接受事件 ${event.type}`,
        en: `${state} does not accept ${event.type}`,
      });
    }
    if (at !== null && event.at < at) {
      return refusal(snapshot, event.type, 'time-reversed', {
        zh: `时间不能倒流：${event.at} 早于 ${at}`,
        en: `time runs forward: ${event.at} is before ${at}`,
      });
    }
    const view: MachineView<string, unknown> = { state, context: snapshot.context, at };
    const blocked = machineGuard?.(view, event) ?? spec.guard?.(view, event);
    if (blocked !== undefined) return refusal(snapshot, event.type, 'blocked', blocked.reason, blocked);
    const to = typeof spec.to === 'function' ? spec.to(snapshot.context, event) : spec.to;
    if (typeof spec.to === 'function' && !spec.targets?.includes(to)) {
      throw new ConfigurationError(
        `events.${event.type}.to`,
        `returned ${describeValue(to)}, which is not among its targets`,
      );
    }
    const basis: LegalBasis = spec.basisOf ? spec.basisOf(snapshot.context, event, to) : spec.basis;
    const effects = Object.freeze(spec.effect ? [...spec.effect(snapshot.context, event, to)] : []);
    const context = spec.assign ? spec.assign(snapshot.context, event, to) : snapshot.context;
    const step: MachineStep<string, MachineEvent> = Object.freeze({ from: state, to, event, basis });
    const next: AnySnapshot = Object.freeze({
      machine: id,
      state: to,
      context,
      at: event.at,
      started: snapshot.started,
      history: Object.freeze([...snapshot.history, step]),
    });
    return { ok: true, snapshot: next, step, effects } as unknown as TransitionResult<S, C, E, F>;
  }

  function snapshotOf(state: string, context: unknown, at: string | null): AnySnapshot {
    return Object.freeze({
      machine: id,
      state,
      context,
      at,
      started: Object.freeze({ state, at }),
      history: Object.freeze([]),
    });
  }

  const machine: Machine<string, unknown, MachineEvent, unknown> = {
    id,
    table,
    start(context, at) {
      if (at !== undefined) checkAt(at, clock, 'at');
      checkContextOf(context, 'context');
      return snapshotOf(table.initial, context, at ?? null);
    },
    restore(view) {
      if (!isObject(view)) bad('view', 'must be { state, context, at }', '必须是 { state, context, at }');
      if (typeof view.state !== 'string' || !Object.hasOwn(table.states, view.state)) {
        bad('view.state', `must be a state of machine ${id}`, `必须是状态机 ${id} 的状态`);
      }
      if (view.at !== null) checkAt(view.at, clock, 'view.at');
      checkContextOf(view.context, 'view.context');
      return snapshotOf(view.state, view.context, view.at);
    },
    transition,
    apply(snapshot, event) {
      const r = transition(snapshot, event);
      if (!r.ok) throw new InvalidTransitionError(r.error.state, r.error.event, r.error.reason.en);
      return r.snapshot;
    },
    allowedEvents(snapshot) {
      checkSnapshot(snapshot, 'snapshot');
      return table.states[snapshot.state as S].events;
    },
    isFinal(snapshotOrState) {
      if (typeof snapshotOrState === 'string') {
        if (!Object.hasOwn(table.states, snapshotOrState)) {
          bad('state', `must be a state of machine ${id}`, `必须是状态机 ${id} 的状态`);
        }
        return table.states[snapshotOrState as S].final;
      }
      checkSnapshot(snapshotOrState, 'snapshot');
      return table.states[snapshotOrState.state as S].final;
    },
  };
  return Object.freeze(machine) as unknown as Machine<S, C, E, F>;
}
