// defineMachine checks its definition when the module loads: each mistake is a ConfigurationError
// naming the path of the bad entry.
import { describe, expect, it } from 'vitest';
import { assumption, ConfigurationError, defineMachine, type MachineTypes } from '../src/index';

type Ev = { type: 'close'; at: string } | { type: 'reopen'; at: string };
const label = { zh: '标签', en: 'Label' };
const basis = assumption({ zh: '示例状态机', en: 'toy machine' });

/** A valid two-state definition; each test breaks one thing. */
function good(): Record<string, unknown> {
  return {
    id: 'core-test.door',
    initial: 'open',
    types: {} as MachineTypes<null, Ev>,
    states: { open: { label }, closed: { label }, sealed: { label, final: true } },
    events: {
      close: { from: ['open'], to: 'closed', label, basis },
      reopen: { from: ['closed'], to: (_: unknown) => 'open', targets: ['open', 'sealed'], label, basis },
    },
  };
}

function configPath(def: Record<string, unknown>): string {
  try {
    defineMachine(def as never);
  } catch (e) {
    if (e instanceof ConfigurationError) return e.path;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

const withEvent = (name: string, spec: unknown) => {
  const d = good();
  return { ...d, events: { ...(d.events as object), [name]: spec } };
};
const withState = (name: string, spec: unknown) => {
  const d = good();
  return { ...d, states: { ...(d.states as object), [name]: spec } };
};

describe('a good definition', () => {
  it('defines a machine whose table lists each state with the events it accepts', () => {
    const m = defineMachine(good() as never);
    expect(Object.keys(m.table.states)).toEqual(['open', 'closed', 'sealed']);
    expect(
      (m.table.states as Readonly<Record<string, { events: readonly string[] }>>).closed?.events,
    ).toEqual(['reopen']);
  });
});

describe('bad definitions throw ConfigurationError naming the path', () => {
  it.each([
    ['an id that is not kebab-case', { ...good(), id: 'Door Machine' }, 'id'],
    ['an unknown clock', { ...good(), clock: 'hour' }, 'clock'],
    ['a missing types carrier', { ...good(), types: undefined }, 'types'],
    ['an unknown initial state', { ...good(), initial: 'ajar' }, 'initial'],
    ['a state name in camelCase', withState('halfOpen', { label }), 'states.halfOpen'],
    ['a state without zh/en label', withState('ajar', { label: { zh: '半开' } }), 'states.ajar.label'],
    [
      'an event name in SCREAMING_CASE',
      withEvent('CLOSE_NOW', { from: ['open'], to: 'closed', label, basis }),
      'events.CLOSE_NOW',
    ],
    [
      'an unknown state in from',
      withEvent('lock', { from: ['ajar'], to: 'closed', label, basis }),
      'events.lock.from.0',
    ],
    ['an empty from', withEvent('lock', { from: [], to: 'closed', label, basis }), 'events.lock.from'],
    [
      'an unknown state in to',
      withEvent('lock', { from: ['open'], to: 'locked', label, basis }),
      'events.lock.to',
    ],
    [
      'an unknown state in targets',
      withEvent('lock', { from: ['open'], to: () => 'closed', targets: ['locked'], label, basis }),
      'events.lock.targets.0',
    ],
    [
      'a function to without targets',
      withEvent('lock', { from: ['open'], to: () => 'closed', label, basis }),
      'events.lock.targets',
    ],
    [
      'an event leaving a final state',
      withEvent('lock', { from: ['sealed'], to: 'closed', label, basis }),
      'events.lock.from',
    ],
    [
      'an event without a legal basis',
      withEvent('lock', { from: ['open'], to: 'closed', label }),
      'events.lock.basis',
    ],
    [
      'a basis that is a bare string',
      withEvent('lock', { from: ['open'], to: 'closed', label, basis: '第三十二条' }),
      'events.lock.basis',
    ],
    [
      'a misspelt field',
      withEvent('lock', { from: ['open'], to: 'closed', label, basis, gaurd: () => undefined }),
      'events.lock.gaurd',
    ],
    [
      'a guard that is not a function',
      withEvent('lock', { from: ['open'], to: 'closed', label, basis, guard: true }),
      'events.lock.guard',
    ],
    [
      'a payload that is not a zod schema',
      withEvent('lock', { from: ['open'], to: 'closed', label, basis, payload: {} }),
      'events.lock.payload',
    ],
    ['a non-final state with no event', withState('stuck', { label }), 'states.stuck'],
    [
      'a state unreachable from the initial state',
      (() => {
        const d = withState('attic', { label });
        return {
          ...d,
          events: { ...(good().events as object), leave: { from: ['attic'], to: 'open', label, basis } },
        };
      })(),
      'states.attic',
    ],
  ])('%s', (_, def, path) => {
    expect(configPath(def as Record<string, unknown>)).toBe(path);
  });

  it('a function `to` returning a state outside its targets is a ConfigurationError when it happens', () => {
    const d = good();
    const m = defineMachine({
      ...d,
      events: {
        ...(d.events as object),
        close: { from: ['open'], to: () => 'sealed', targets: ['closed'], label, basis },
      },
    } as never) as unknown as {
      start(c: null, at: string): unknown;
      transition(s: unknown, e: unknown): unknown;
    };
    expect(() => m.transition(m.start(null, '2025-01-01'), { type: 'close', at: '2025-01-02' })).toThrow(
      ConfigurationError,
    );
  });
});
