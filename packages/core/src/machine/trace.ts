// A machine as a reader sees it: each accepted transition as a trace step citing its legal basis,
// and the table as a Mermaid state diagram for the docs.
import { describeValue } from '../describe-value';
import { ConfigurationError, type Localized, ValidationError } from '../errors';
import type { TraceStep } from '../trace';
import type { Machine, MachineEvent, MachineSnapshot } from './types';

/** A machine as defineMachine returns it; anything else is a ConfigurationError naming `machine`. */
function checkMachine(machine: unknown): void {
  const m = machine as {
    table?: { initial?: unknown; states?: unknown; events?: unknown };
    allowedEvents?: unknown;
  } | null;
  const t = m?.table;
  const ok =
    typeof machine === 'object' &&
    machine !== null &&
    typeof m?.allowedEvents === 'function' &&
    typeof t === 'object' &&
    t !== null &&
    typeof t.initial === 'string' &&
    typeof t.states === 'object' &&
    t.states !== null &&
    typeof t.events === 'object' &&
    t.events !== null;
  if (!ok)
    throw new ConfigurationError(
      'machine',
      `must be a machine (defineMachine), got ${describeValue(machine)}`,
    );
}

/**
 * The snapshot's history as trace steps in core's shared format: one step per accepted transition,
 * id `<machine>.<event>`, titled with the event's label, citing the transition's basis, at the
 * event's time.
 * @example
 * machineTrace(machine, snapshot)[0]; // { id: 'demo.review.approve', kind: 'step', result: 'approved', basis, at: '2025-03-05', … }
 */
export function machineTrace<S extends string, C, E extends MachineEvent, F>(
  machine: Machine<S, C, E, F>,
  snapshot: MachineSnapshot<S, C, E>,
): TraceStep[] {
  checkMachine(machine);
  machine.allowedEvents(snapshot); // validates the snapshot
  const events = machine.table.events as Readonly<Record<string, { readonly label: Localized }>>;
  return snapshot.history.map((step) => ({
    id: `${machine.id}.${step.event.type}`,
    kind: 'step',
    title: events[step.event.type]?.label ?? { zh: step.event.type, en: step.event.type },
    fired: true,
    inputs: { from: step.from, event: step.event.type },
    result: step.to,
    basis: step.basis,
    at: step.event.at,
  }));
}

/**
 * The table as a Mermaid `stateDiagram-v2` (English labels by default): one arrow per event and
 * source and target, final states arrowing to `[*]`.
 * @example
 * machineDiagram(machine); // 'stateDiagram-v2\n  [*] --> pending\n  pending --> approved: approve\n…'
 */
export function machineDiagram<S extends string, C, E extends MachineEvent, F>(
  machine: Machine<S, C, E, F>,
  lang: keyof Localized = 'en',
): string {
  checkMachine(machine);
  if (lang !== 'zh' && lang !== 'en')
    throw ValidationError.of(
      'lang',
      `must be 'zh' or 'en', got ${describeValue(lang)}`,
      `必须是 'zh' 或 'en'，收到 ${describeValue(lang)}`,
    );
  const t = machine.table;
  const lines = ['stateDiagram-v2', `  [*] --> ${t.initial}`];
  for (const [name, s] of Object.entries(t.states) as [string, { label: Localized; final: boolean }][]) {
    lines.push(`  ${name}: ${s.label[lang]}`);
  }
  for (const [name, e] of Object.entries(t.events) as [string, { from: string[]; to: string[] }][]) {
    for (const from of e.from) for (const to of e.to) lines.push(`  ${from} --> ${to}: ${name}`);
  }
  for (const [name, s] of Object.entries(t.states) as [string, { final: boolean }][]) {
    if (s.final) lines.push(`  ${name} --> [*]`);
  }
  return lines.join('\n');
}
