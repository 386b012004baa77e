// The shapes of a table-driven state machine: its definition (states, events, guards, effects,
// the legal basis of every transition), its immutable snapshots, and the values `transition`
// returns. Time is data: every event carries `at`, a civil date or date-time; no wall clock.
import type { LegalBasis } from '../citation';
import type { Localized } from '../errors';
import type { Result } from '../result';
import type { z } from '../validation';

/**
 * What `at` holds in a machine's events: a civil date `YYYY-MM-DD` (the default; deadlines in days)
 * or a civil date-time `YYYY-MM-DDTHH:mm` (processes timed within a day). One grain per machine.
 * @example
 * const clock: MachineClock = 'date-time';
 */
export type MachineClock = 'date' | 'date-time';

/**
 * The least every event is: a kebab-case `type` and the moment `at` it happens. Engines declare
 * their events as a discriminated union of objects extending this.
 * @example
 * type Ev = { type: 'submit'; at: CivilDate } | { type: 'reject'; at: CivilDate; reason: Localized };
 */
export interface MachineEvent {
  readonly type: string;
  readonly at: string;
}

/**
 * The fields of an event other than `type` and `at`.
 * @example
 * type P = EventPayload<{ type: 'reject'; at: string; reason: string }>; // { reason: string }
 */
export type EventPayload<E extends MachineEvent> = Omit<E, 'type' | 'at'>;

/**
 * What a guard sees: the current state, the context and the time of the last event (`null` when
 * the machine was started without a time and nothing has happened yet).
 * @example
 * const view: MachineView<'open' | 'closed', { limit: number }> = { state: 'open', context: { limit: 3 }, at: null };
 */
export interface MachineView<S extends string, C> {
  readonly state: S;
  readonly context: C;
  readonly at: string | null;
}

/**
 * One accepted transition: from where to where, on which event, under which legal basis. A trace
 * step renders it and cites the basis.
 * @example
 * snapshot.history[0]; // { from: 'detected', to: 'reminded', event: { type: 'remind', at: '2022-03-10' }, basis }
 */
export interface MachineStep<S extends string, E extends MachineEvent> {
  readonly from: S;
  readonly to: S;
  readonly event: E;
  readonly basis: LegalBasis;
}

/**
 * The immutable state of one case: where it is, its context, the time of its last event, where and
 * when it started, and every transition since. JSON-serialisable when the context and events are.
 * @example
 * const s = machine.start({ limit: 3 }, '2025-03-04'); // s.state === machine.table.initial, s.history = []
 */
export interface MachineSnapshot<S extends string, C, E extends MachineEvent> extends MachineView<S, C> {
  /** The id of the machine that made it; a snapshot of another machine is refused as bad input. */
  readonly machine: string;
  readonly started: { readonly state: S; readonly at: string | null };
  readonly history: readonly MachineStep<S, E>[];
}

/**
 * A guard's answer when an event may not happen now: a stable kebab-case code, the reason in zh and
 * en, and the legal basis of the rule that blocks it (for "why not" answers).
 * @example
 * const late: Blocked = { code: 'window-closed', reason: { zh: '期限已过', en: 'the window has closed' } };
 */
export interface Blocked {
  readonly code: string;
  readonly reason: Localized;
  readonly basis?: LegalBasis;
}

/**
 * Why a transition was refused: the state is final; the table has no such event from the state;
 * the event is earlier than the snapshot's last event (time never runs backwards); or a guard
 * blocked it.
 * @example
 * if (!r.ok && r.error.code === 'blocked') r.error.guard; // 'window-closed'
 */
export type RefusalCode = 'final-state' | 'not-allowed' | 'time-reversed' | 'blocked';

/**
 * A refused transition, as a value: the code, the reason in zh and en, and the events the state
 * does accept (`allowed`), so a UI can offer them and a trace can say "why not".
 * @example
 * { code: 'not-allowed', machine: 'demo', state: 'closed', event: 'open', reason, allowed: ['archive'] }
 */
export interface TransitionRefusal<S extends string = string, T extends string = string> {
  readonly code: RefusalCode;
  readonly machine: string;
  readonly state: S;
  readonly event: T;
  readonly reason: Localized;
  /** The event types the table accepts in `state` (empty in a final state). */
  readonly allowed: readonly T[];
  /** The guard's code when `code` is `blocked`. */
  readonly guard?: string;
  /** The legal basis of the blocking rule, when the guard gave one. */
  readonly basis?: LegalBasis;
}

/**
 * What `transition` returns: the next snapshot, the step it took and the effects it asks for; or
 * the refusal.
 * @example
 * const r = machine.transition(s, { type: 'close', at: '2025-03-05' });
 * if (r.ok) r.snapshot.state; else r.error.reason.en;
 */
export type TransitionResult<S extends string, C, E extends MachineEvent, F> = Result<
  {
    readonly snapshot: MachineSnapshot<S, C, E>;
    readonly step: MachineStep<S, E>;
    readonly effects: readonly F[];
  },
  TransitionRefusal<S, E['type']>
>;

/**
 * A state of the definition: its label in zh and en, and whether it is final (accepts no event).
 * @example
 * const closed: StateSpec = { label: { zh: '已办结', en: 'Closed' }, final: true };
 */
export interface StateSpec {
  readonly label: Localized;
  readonly final?: boolean;
}

/**
 * A guard: `undefined` when the event may happen now, a {@link Blocked} value when it may not.
 * Pure; reads the snapshot's view and the event only.
 * @example
 * const onWorkingDay: Guard<'open', unknown, MachineEvent> = (_, e) => isWorkingDay(e.at) ? undefined : { code: 'day-off', reason };
 */
export type Guard<S extends string, C, E extends MachineEvent> = (
  view: MachineView<S, C>,
  event: E,
) => Blocked | undefined;

interface EventSpecCommon<S extends string, C, E extends MachineEvent, F> {
  /** The states that accept the event. */
  readonly from: readonly [S, ...S[]];
  readonly label: Localized;
  /** The legal basis of the transition in general: shown in the table, the docs and the trace. */
  readonly basis: LegalBasis;
  /** A more precise basis for one case (a dated parameter in force at `event.at`, a per-kind article). */
  readonly basisOf?: (context: C, event: E, to: S) => LegalBasis;
  /** The schema of the event's fields other than `type` and `at`; bad fields are a ValidationError. */
  readonly payload?: z.ZodType<EventPayload<E>>;
  readonly guard?: Guard<S, C, E>;
  /** The next context (pure: return a new object, never change `context`). */
  readonly assign?: (context: C, event: E, to: S) => C;
  /** What the transition asks the outside world to do, as data (a notice to send, a deadline to watch). */
  readonly effect?: (context: C, event: E, to: S) => readonly F[];
}

/**
 * One event of the definition: where it may happen (`from`), where it leads (`to`: a state, or a
 * function of the context and event with every possible result listed in `targets`), its guard,
 * context update, effects, label and legal basis.
 * @example
 * const close: EventSpec<'open' | 'closed', Ctx, { type: 'close'; at: string }, never> = {
 *   from: ['open'], to: 'closed', label: { zh: '办结', en: 'Close' }, basis: cited(LAWS.administrativeLicensing),
 * };
 */
export type EventSpec<S extends string, C, E extends MachineEvent, F> = EventSpecCommon<S, C, E, F> &
  (
    | { readonly to: S; readonly targets?: undefined }
    | { readonly to: (context: C, event: E) => S; readonly targets: readonly [S, ...S[]] }
  );

/**
 * The type carrier of a definition: write `types: {} as MachineTypes<Ctx, Ev>` (or with effects
 * `MachineTypes<Ctx, Ev, Fx>`); it is never read at run time.
 * @example
 * defineMachine({ id: 'demo', types: {} as MachineTypes<{ n: number }, Ev>, ... });
 */
export interface MachineTypes<C, E extends MachineEvent, F = never> {
  readonly context: C;
  readonly events: E;
  readonly effects?: F;
}

/**
 * What `defineMachine` takes. State names and event types are kebab-case; every event type of `E`
 * has exactly one entry in `events`.
 * @example
 * defineMachine({ id: 'demo', initial: 'open', types: {} as MachineTypes<Ctx, Ev>, states: { ... }, events: { ... } });
 */
export interface MachineDefinition<S extends string, C, E extends MachineEvent, F> {
  /** Kebab-case, dot-separated segments allowed (`overpayment-refund.process`). */
  readonly id: string;
  readonly initial: NoInfer<S>;
  /** The grain of `at`; `date` when omitted. */
  readonly clock?: MachineClock;
  readonly types: MachineTypes<C, E, F>;
  /**
   * The schema of the context (zod, like an event's `payload`): `start` and `restore` validate
   * against it, so bad input is a ValidationError naming the field (`context.lineId`,
   * `view.context.lineId`) and engines need no wrappers that re-check it. The context is kept as
   * given (not the schema's parsed copy).
   */
  readonly context?: z.ZodType<NoInfer<C>>;
  readonly states: { readonly [K in S]: StateSpec };
  // NoInfer: the event and effect types come from `types` only; inferring them from the callbacks
  // would widen an effect's literal `type` to string.
  readonly events: NoInfer<{
    readonly [T in E['type']]: EventSpec<S, C, Extract<E, { type: T }>, F>;
  }>;
  /** A guard every event passes first (events only on working days, say). */
  readonly guard?: Guard<NoInfer<S>, NoInfer<C>, NoInfer<E>>;
}

/**
 * The machine as data, for docs, diagrams and model-based tests: each state with its label, whether
 * it is final and the events it accepts; each event with its sources, possible targets and basis.
 * @example
 * machine.table.states.open.events; // ['close']
 */
export interface MachineTable<S extends string, T extends string> {
  readonly id: string;
  readonly initial: S;
  readonly clock: MachineClock;
  /** Whether a machine-wide guard applies to every event. */
  readonly guarded: boolean;
  readonly states: {
    readonly [K in S]: { readonly label: Localized; readonly final: boolean; readonly events: readonly T[] };
  };
  readonly events: {
    readonly [K in T]: {
      readonly label: Localized;
      readonly from: readonly S[];
      readonly to: readonly S[];
      readonly basis: LegalBasis;
      readonly guarded: boolean;
      readonly payload: boolean;
    };
  };
}

/**
 * A defined machine: its table, and pure functions over snapshots. The functions do not use `this`;
 * they may be passed around on their own.
 * @example
 * const s1 = machine.start(ctx, '2025-03-04');
 * const r = machine.transition(s1, { type: 'close', at: '2025-03-05' });
 */
export interface Machine<S extends string, C, E extends MachineEvent, F = never> {
  readonly id: string;
  readonly table: MachineTable<S, E['type']>;
  /**
   * A new case in the initial state. `at` is the start time; omit it when the first event sets
   * the clock. @throws ValidationError naming `at`, or `context.<field>` when the definition's
   * `context` schema refuses it.
   */
  start(context: C, at?: string): MachineSnapshot<S, C, E>;
  /**
   * A snapshot of a case held elsewhere (a stored record, a domain object): its state, context and
   * the time of its last event, with an empty history. @throws ValidationError naming `view.<field>`
   * (`view.context.<field>` when the definition's `context` schema refuses the context).
   */
  restore(view: MachineView<S, C>): MachineSnapshot<S, C, E>;
  /**
   * The pure transition: the next snapshot, or a refusal value. Never mutates its arguments.
   * @throws ValidationError naming `snapshot…` or `event…` when they are not a snapshot of this
   * machine or an event of its table (unknown type, bad `at`, bad payload field).
   */
  transition(snapshot: MachineSnapshot<S, C, E>, event: E): TransitionResult<S, C, E, F>;
  /** `transition` for callers who prefer an exception: a refusal throws InvalidTransitionError. */
  apply(snapshot: MachineSnapshot<S, C, E>, event: E): MachineSnapshot<S, C, E>;
  /** The event types the table accepts in the snapshot's state (guards and time aside). */
  allowedEvents(snapshot: MachineSnapshot<S, C, E>): readonly E['type'][];
  /** Whether the snapshot (or a state name) is final. */
  isFinal(snapshotOrState: MachineSnapshot<S, C, E> | S): boolean;
}
