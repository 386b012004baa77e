// The case process (core's defineMachine): a path event by event, refusals as values, the
// model-based property from the table, bad input.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseMachine, startCase } from '../src/index';

describe('the case process', () => {
  it('goes filed → objection → ruled → evidence → hearing → judged → enforcement → listed', () => {
    let p = startCase('C1', '2024-03-01');
    const events = [
      { type: 'object', at: civilDate('2024-03-16') },
      { type: 'rule', at: civilDate('2024-03-31') },
      { type: 'exchange-evidence', at: civilDate('2024-05-10') },
      { type: 'hear', at: civilDate('2024-06-10') },
      { type: 'judge', at: civilDate('2024-07-01') },
      { type: 'enforce', at: civilDate('2024-08-01') },
      { type: 'list', at: civilDate('2024-10-08') },
    ] as const;
    for (const e of events) {
      const r = caseMachine.transition(p, e);
      if (!r.ok) throw new Error(r.error.reason.en);
      p = r.snapshot;
    }
    expect([p.started.state, ...p.history.map((h) => h.to)]).toEqual([
      'filed',
      'objection',
      'ruled',
      'evidence',
      'hearing',
      'judged',
      'enforcement',
      'listed',
    ]);
  });

  it('refuses, as a value, an objection after the evidence stage has begun', () => {
    const started = startCase('C1', '2024-03-01');
    const r1 = caseMachine.transition(started, { type: 'exchange-evidence', at: civilDate('2024-03-20') });
    if (!r1.ok) throw new Error('evidence refused');
    const r = caseMachine.transition(r1.snapshot, { type: 'object', at: civilDate('2024-03-21') });
    expect(r.ok ? 'accepted' : r.error.code).toBe('not-allowed');
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    fc.assert(
      machineProperty(caseMachine, {
        start: fc.constant(startCase('C1', '2024-03-01')),
        eventArbs: {},
        until: '2026-06-30',
      }),
      { numRuns: 50 },
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    expect(() => startCase('', '2024-03-01')).toThrow(ValidationError);
    try {
      startCase('C1', '2024-13-01');
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['at']);
    }
  });
});
