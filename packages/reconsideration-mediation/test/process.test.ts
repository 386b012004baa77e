// The dispute process (core's defineMachine): paths event by event, refusals as values, the
// model-based property from the table (no illegal state, final states never reopen), bad input.
import { type CivilDate, civilDate, ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DisputeEvent, type DisputeProcess, disputeMachine, startDispute } from '../src/index';

function run(p: DisputeProcess, events: readonly [DisputeEvent['type'], string][]): DisputeProcess {
  let s = p;
  for (const [type, at] of events) {
    const r = disputeMachine.transition(s, { type, at: civilDate(at) as CivilDate });
    if (!r.ok) throw new Error(`${type}: ${r.error.reason.en}`);
    s = r.snapshot;
  }
  return s;
}

const states = (p: DisputeProcess) => [p.started.state, ...p.history.map((h) => h.to)];

describe('the dispute process', () => {
  it('mediation first: screened → pre-filing mediation → closed', () => {
    const p = run(startDispute('D1', '2024-03-01'), [
      ['mediate', '2024-03-04'],
      ['settle-early', '2024-03-21'],
    ]);
    expect(states(p)).toEqual(['screened', 'pre-filing-mediation', 'closed']);
  });

  it('review with completion, suspension for mediation and a 调解书 that is performed', () => {
    const p = run(startDispute('D2', '2024-03-01'), [
      ['apply', '2024-03-04'],
      ['ask-completion', '2024-03-06'],
      ['supply', '2024-03-12'],
      ['deem-accepted', '2024-03-19'],
      ['go-ordinary', '2024-03-19'],
      ['send-copy', '2024-03-28'],
      ['answer', '2024-04-12'],
      ['suspend', '2024-04-15'],
      ['sign-mediation', '2024-05-06'],
      ['perform', '2024-05-20'],
      ['close', '2024-05-20'],
    ]);
    expect(p.state).toBe('closed');
    expect(p.history.every((h) => h.basis !== undefined)).toBe(true);
  });

  it('refuses, as values, a decision before acceptance and any event after closure', () => {
    const r = disputeMachine.transition(startDispute('D3', '2024-03-01'), {
      type: 'decide',
      at: civilDate('2024-03-02'),
    });
    expect(r.ok ? 'accepted' : r.error.code).toBe('not-allowed');
    const closed = run(startDispute('D4', '2024-03-01'), [['close', '2024-03-01']]);
    const again = disputeMachine.transition(closed, { type: 'apply', at: civilDate('2024-03-05') });
    expect(again.ok ? 'reopened' : again.error.code).toBe('final-state');
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    fc.assert(
      machineProperty(disputeMachine, {
        start: fc.constant(startDispute('D1', '2024-03-01')),
        eventArbs: {},
        until: '2026-06-30',
      }),
      { numRuns: 100 },
    );
  });

  it('bad input: a ValidationError naming the field', () => {
    const paths = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ValidationError ? e.paths : e;
      }
      return undefined;
    };
    // The id is checked by the machine's context schema now: the path is context.disputeId (was disputeId).
    expect(paths(() => startDispute('', '2024-03-01'))).toEqual(['context.disputeId']);
    expect(paths(() => startDispute('D1', '2024-13-01'))).toEqual(['at']);
  });
});
