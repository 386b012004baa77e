// The appointment process (core's defineMachine): paths event by event, refusals as values, the
// model-based property from the table, no sign-off before sign-on, bad input.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AppointmentEvent, appointmentMachine, startAppointment, tryTransition } from '../src/index';

const run = (events: readonly AppointmentEvent[]) => {
  let p = startAppointment('C1', 'IMO 9074729', '2024-03-01');
  for (const e of events) {
    const r = tryTransition(p, e);
    if (!r.ok) return r.error.code;
    p = r.snapshot;
  }
  return [p.started.state, ...p.history.map((h) => h.to)];
};

describe('the appointment process', () => {
  it('reform path: signed on → recorded from the port report → at sea → signed off', () => {
    expect(
      run([
        { type: 'record', at: civilDate('2024-03-01'), channel: 'port-report' },
        { type: 'sail', at: civilDate('2024-03-01') },
        { type: 'sign-off', at: civilDate('2024-07-01') },
      ]),
    ).toEqual(['signed-on', 'recorded', 'at-sea', 'signed-off']);
  });

  it('baseline path: sails before the office opens, recorded late, removed by an on-site check', () => {
    expect(
      run([
        { type: 'sail-unrecorded', at: civilDate('2024-03-02') },
        { type: 'record-late', at: civilDate('2024-03-05'), channel: 'counter' },
        { type: 'remove', at: civilDate('2024-04-10') },
      ]),
    ).toEqual(['signed-on', 'at-sea-unrecorded', 'at-sea', 'removed']);
  });

  it('refuses, as values, a sailing after refusal and a sign-off before the sign-on', () => {
    expect(
      run([
        { type: 'refuse', at: civilDate('2024-03-01') },
        { type: 'sail', at: civilDate('2024-03-01') },
      ]),
    ).toBe('final-state');
    const early = tryTransition(startAppointment('C1', 'S1', '2024-03-01'), {
      type: 'sign-off',
      at: civilDate('2024-02-29'),
    });
    expect(early.ok ? 'signed off' : early.error.code).toBe('time-reversed');
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    const channel = fc.record({
      channel: fc.constantFrom('counter', 'port-report', 'online', 'office-fallback' as const),
    });
    fc.assert(
      machineProperty(appointmentMachine, {
        start: fc.constant(startAppointment('C1', 'S1', '2024-03-01')),
        eventArbs: { record: channel, 'record-late': channel },
        until: '2026-06-30',
      }),
      { numRuns: 50 },
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    const paths = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return 'no error';
    };
    expect(paths(() => startAppointment('', 'S1', '2024-03-01'))).toEqual(['appointmentId']);
    expect(paths(() => startAppointment('C1', ' ', '2024-03-01'))).toEqual(['shipId']);
    expect(paths(() => startAppointment('C1', 'S1', '2024-13-01'))).toEqual(['at']);
  });
});
