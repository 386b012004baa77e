// machineCommands: the model-based property holds for a correct machine, and catches machines that
// break each promise (time running backwards, allowedEvents out of line with the table, a mutated
// snapshot, a refusal for the wrong reason).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CivilDate,
  ConfigurationError,
  defineMachine,
  type Machine,
  type MachineTypes,
  ValidationError,
} from '../src/index';
import { machineCommands, machineModelRun, machineProperty } from '../src/testing/index';
import { draft, type LicenceContext, type LicenceEvent, licence, type NoticeEffect } from './machine-toy';

type S = typeof licence extends Machine<infer X, LicenceContext, LicenceEvent, NoticeEffect> ? X : never;
type M = Machine<S, LicenceContext, LicenceEvent, NoticeEffect>;

const eventArbs = {
  'notify-incomplete': fc.record({
    missing: fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 2 }),
  }),
  decide: fc.record({ granted: fc.boolean() }),
};
// the toy's guard reads the statutory calendar: keep every event inside its covered years
const options = {
  eventArbs,
  origin: '2024-09-27',
  until: '2026-06-30',
  start: fc.constantFrom(draft('A'), draft('B')),
};

/** The message of the first failure fast-check finds for `machine`, or null when none. */
function failureOf(machine: M): string | null {
  const out = fc.check(machineProperty(machine, options), { numRuns: 200 });
  return out.failed ? String((out.errorInstance as Error).message) : null;
}

describe('a correct machine passes', () => {
  it('property: the licence machine keeps every promise of its table', () => {
    let submitted = 0;
    fc.assert(
      machineProperty(licence, {
        ...options,
        check: (_, e, r) => {
          // an engine invariant on top of the table's: a notice never comes after the 5-day period
          if (r.ok && e.type === 'notify-incomplete') {
            const by = _.context.noticeBy as CivilDate;
            expect(e.at <= by).toBe(true);
          }
          if (r.ok && e.type === 'submit') submitted += 1;
        },
      }),
    );
    expect(submitted).toBeGreaterThan(0);
  });
  it('runs commands from a given snapshot with machineModelRun', () => {
    const start = licence.apply(draft(), { type: 'submit', at: '2024-03-01' as CivilDate });
    fc.assert(
      fc.property(machineCommands(licence, options), (cmds) => machineModelRun(licence, start, cmds)),
      { numRuns: 50 },
    );
  });
  it('names a bad start snapshot before running', () => {
    expect(() => machineModelRun(licence, { ...draft(), state: 'lost' } as never, [])).toThrow(
      ValidationError,
    );
  });
});

describe('a broken machine is caught', () => {
  it('one that lets time run backwards', () => {
    const broken: M = { ...licence, transition: (s, e) => licence.transition({ ...s, at: null }, e) };
    expect(failureOf(broken)).toMatch(/before the last one|refused with/);
  });
  it('one whose allowedEvents lists every event', () => {
    const all = Object.keys(licence.table.events) as LicenceEvent['type'][];
    const broken: M = { ...licence, allowedEvents: () => all };
    expect(failureOf(broken)).toMatch(/allowedEvents differs/);
  });
  it('one that accepts events in a final state', () => {
    const broken: M = {
      ...licence,
      transition: (s, e) =>
        licence.isFinal(s) && e.type === 'withdraw'
          ? licence.transition({ ...s, state: 'submitted' }, e)
          : licence.transition(s, e),
    };
    expect(failureOf(broken)).toMatch(/final state/);
  });
  it('one whose update changes the snapshot it was given', () => {
    type Ev = { type: 'tick'; at: string } | { type: 'stop'; at: string };
    const label = { zh: '计', en: 'Tick' };
    const basis = licence.table.events.submit.basis;
    const counter = defineMachine({
      id: 'core-test.counter',
      initial: 'running',
      types: {} as MachineTypes<{ n: number }, Ev>,
      states: { running: { label }, stopped: { label, final: true } },
      events: {
        tick: {
          from: ['running'],
          to: 'running',
          label,
          basis,
          assign: (c) => {
            (c as { n: number }).n += 1; // the bug: changes the context in place
            return c;
          },
        },
        stop: { from: ['running'], to: 'stopped', label, basis },
      },
    });
    const out = fc.check(
      machineProperty(counter, {
        eventArbs: {},
        start: fc.constant(null).map(() => counter.start({ n: 0 }, '2024-03-01')),
      }),
    );
    expect(out.failed && String((out.errorInstance as Error).message)).toMatch(/was changed/);
  });
  it('one that blocks an unguarded event', () => {
    const broken: M = {
      ...licence,
      transition: (s, e) => {
        const r = licence.transition(s, e);
        if (!r.ok || e.type !== 'accept') return r;
        const reason = { zh: '拒绝', en: 'refused' };
        const allowed = licence.allowedEvents(s);
        return {
          ok: false,
          error: {
            code: 'blocked',
            guard: 'x',
            machine: licence.id,
            state: s.state,
            event: e.type,
            reason,
            allowed,
          },
        };
      },
    };
    expect(failureOf(broken)).toMatch(/has no guard but was blocked/);
  });
});

describe('eventArbs left out (regression: a TypeError reading `undefined[type]`)', () => {
  type Ev = { type: 'tick'; at: string } | { type: 'stop'; at: string };
  const label = { zh: '计', en: 'Tick' };
  const basis = licence.table.events.submit.basis;
  // No event has a payload, so the table alone says every event's shape.
  const ticker = defineMachine({
    id: 'core-test.ticker',
    initial: 'running',
    types: {} as MachineTypes<{ n: number }, Ev>,
    states: { running: { label }, stopped: { label, final: true } },
    events: {
      tick: { from: ['running'], to: 'running', label, basis, assign: (c) => ({ n: c.n + 1 }) },
      stop: { from: ['running'], to: 'stopped', label, basis },
    },
  });

  it('property: a payload-less machine runs without eventArbs, events and all', () => {
    let ticks = 0;
    fc.assert(
      machineProperty(ticker, {
        start: fc.constant(null).map(() => ticker.start({ n: 0 }, '2024-03-01')),
        check: (_, e, r) => {
          if (r.ok && e.type === 'tick') ticks += 1;
        },
      }),
      { numRuns: 30 },
    );
    // Accepted ticks prove events were generated and applied, not just that nothing threw.
    expect(ticks).toBeGreaterThan(0);
  });

  it('names the event whose payload has no arbitrary, with a ConfigurationError', () => {
    let error: unknown;
    try {
      machineProperty(licence, { start: fc.constant(draft('A')), origin: '2024-09-27' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    // The toy's first event with a payload in table order.
    expect((error as ConfigurationError).path).toBe('eventArbs.notify-incomplete');
  });
});
