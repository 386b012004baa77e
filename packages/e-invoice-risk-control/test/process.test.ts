// The alert process (core's defineMachine): a path event by event, refusals as values, the
// model-based property from the table, bad input.
import { ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertMachine } from '../src/index';

const start = () => alertMachine.start({ taxpayerId: 'T1', signal: 'top-out' }, '2024-05-06T10:00');

describe('the alert process', () => {
  it('goes raised → queued → suspended → referred', () => {
    let c = start();
    for (const e of [
      { type: 'queue', at: '2024-05-06T10:00' },
      { type: 'suspend', at: '2024-05-06T11:30' },
      { type: 'refer', at: '2024-05-31T17:00' },
    ] as const) {
      const r = alertMachine.transition(c, e);
      if (!r.ok) throw new Error(r.error.reason.en);
      c = r.snapshot;
    }
    expect([c.started.state, ...c.history.map((h) => h.to)]).toEqual([
      'raised',
      'queued',
      'suspended',
      'referred',
    ]);
  });

  it('refuses, as values, a clearance before queueing and time running backwards', () => {
    const early = alertMachine.transition(start(), { type: 'clear', at: '2024-05-06T11:00' });
    expect(early.ok ? 'cleared' : early.error.code).toBe('not-allowed');
    const back = alertMachine.transition(start(), { type: 'queue', at: '2024-05-06T09:00' });
    expect(back.ok).toBe(false);
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    fc.assert(
      machineProperty(alertMachine, {
        start: fc.constant(start()),
        until: '2024-12-31T18:00',
      }),
      { numRuns: 50 },
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    expect(() => alertMachine.start({ taxpayerId: 'T1', signal: 'top-out' }, '2024-05-06')).toThrow(
      ValidationError,
    );
    // A malformed time on an event is bad input (a ValidationError), not a refusal; the snapshot stays.
    const s = start();
    const before = JSON.stringify(s);
    let error: unknown;
    try {
      alertMachine.transition(s, { type: 'queue', at: '2024-05-06 10:00' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(s)).toBe(before);
  });
});
