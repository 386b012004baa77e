// The firm's chain (core's defineMachine): a path event by event, a refusal as a value, and the
// model-based property that no event sequence reaches an illegal state.
import { civilDate } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firmChainMachine } from '../src/index';

describe('the chain', () => {
  it('lands, meets, onboards, files, is flagged, reminded and corrects', () => {
    let p = firmChainMachine.start({ firmId: 'F1' }, civilDate('2025-03-03'));
    const events = [
      { type: 'hold-joint-meeting', at: civilDate('2025-03-10') },
      { type: 'onboard', at: civilDate('2025-03-12') },
      { type: 'file-first-return', at: civilDate('2025-04-15') },
      { type: 'signal-risk', at: civilDate('2025-06-02') },
      { type: 'remind', at: civilDate('2025-06-02') },
      { type: 'correct', at: civilDate('2025-06-10') },
    ] as const;
    for (const e of events) {
      const r = firmChainMachine.transition(p, e);
      if (!r.ok) throw new Error(r.error.reason.en);
      p = r.snapshot;
    }
    expect(p.history.map((h) => h.to)).toEqual([
      'ruled',
      'onboarded',
      'operating',
      'flagged',
      'reminded',
      'operating',
    ]);
  });

  it('refuses, as a value, a first return before onboarding', () => {
    const r = firmChainMachine.transition(firmChainMachine.start({ firmId: 'F1' }, civilDate('2025-03-03')), {
      type: 'file-first-return',
      at: civilDate('2025-03-04'),
    });
    expect(r.ok ? 'accepted' : r.error.code).toBe('not-allowed');
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    fc.assert(
      machineProperty(firmChainMachine, {
        start: fc.constant(firmChainMachine.start({ firmId: 'F1' }, civilDate('2025-03-03'))),
        eventArbs: { 'close-case': fc.record({ penalised: fc.boolean() }) },
        until: '2026-06-30',
      }),
      { numRuns: 50 },
    );
  });
});
