// The application process (core's defineMachine): a path event by event, refusals as values,
// the model-based property from the table, bad input.
import { civilDate, ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationMachine } from '../src/index';

const start = () => applicationMachine.start({ applicationId: 'A1' }, '2024-03-01');

describe('the application process', () => {
  it('goes received → supplement-requested → received → accepted → approved', () => {
    let p = start();
    const events = [
      { type: 'request-supplement', at: civilDate('2024-03-01') },
      { type: 'supplement', at: civilDate('2024-03-08') },
      { type: 'accept', at: civilDate('2024-03-08') },
      { type: 'approve', at: civilDate('2024-03-15') },
    ] as const;
    for (const e of events) {
      const r = applicationMachine.transition(p, e);
      if (!r.ok) throw new Error(r.error.reason.en);
      p = r.snapshot;
    }
    expect([p.started.state, ...p.history.map((h) => h.to)]).toEqual([
      'received',
      'supplement-requested',
      'received',
      'accepted',
      'approved',
    ]);
  });

  it('refuses, as a value, an approval before acceptance', () => {
    const r = applicationMachine.transition(start(), { type: 'approve', at: civilDate('2024-03-02') });
    expect(r.ok ? 'accepted' : r.error.code).toBe('not-allowed');
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    fc.assert(
      machineProperty(applicationMachine, {
        start: fc.constant(start()),
        eventArbs: { refuse: fc.record({ reason: fc.constantFrom('not eligible', 'incomplete') }) },
        until: '2026-06-30',
      }),
      { numRuns: 50 },
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    const paths = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return 'no error';
    };
    expect(paths(() => applicationMachine.start({ applicationId: ' ' }, '2024-03-01'))).toEqual([
      'context.applicationId',
    ]);
    expect(paths(() => applicationMachine.start({ applicationId: 'A1' }, '2024-13-01'))).toEqual(['at']);
    expect(
      paths(() =>
        applicationMachine.transition(start(), { type: 'refuse', at: civilDate('2024-03-02'), reason: '' }),
      ),
    ).toEqual(['event.reason']);
  });
});
