// The return process (core's defineMachine): a path event by event, refusals as values, the
// model-based property from the table, bad input.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { returnMachine, startReturn } from '../src/index';

describe('the return process', () => {
  it('goes requested → received → sorted → restocked, each step cited', () => {
    let p = startReturn('L1', civilDate('2024-09-20'));
    const events = [
      { type: 'receive', at: civilDate('2024-09-25') },
      { type: 'sort', at: civilDate('2024-09-26') },
      { type: 'declare-restock', at: civilDate('2024-09-26') },
    ] as const;
    for (const e of events) {
      const r = returnMachine.transition(p, e);
      if (!r.ok) throw new Error(r.error.reason.en);
      p = r.snapshot;
    }
    expect([p.started.state, ...p.history.map((h) => h.to)]).toEqual([
      'requested',
      'received',
      'sorted',
      'restocked',
    ]);
    expect(returnMachine.table.states.sorted.events).toEqual([
      'declare-restock',
      'ship-out',
      'destroy',
      'lapse',
    ]);
  });

  it('refuses, as a value, a restock before sorting', () => {
    const r = returnMachine.transition(startReturn('L1', civilDate('2024-09-20')), {
      type: 'declare-restock',
      at: civilDate('2024-09-21'),
    });
    expect(r.ok ? 'accepted' : r.error.code).toBe('not-allowed');
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    fc.assert(
      machineProperty(returnMachine, {
        start: fc.constant(startReturn('L1', civilDate('2024-09-20'))),
        eventArbs: {},
        until: '2025-06-30',
      }),
      { numRuns: 50 },
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    expect(() => startReturn('', civilDate('2024-09-20'))).toThrow(ValidationError);
    try {
      startReturn('L1', '2024-13-01' as never);
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['at']);
    }
  });
});
