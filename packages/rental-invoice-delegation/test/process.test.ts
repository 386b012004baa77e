// The authorisation (core's defineMachine, used directly): the paths of the issue, refusals as
// values with their guard codes, the model-based property from the table, bad input.
import { addDays, civilDate, ValidationError } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuthEvent, type Authorisation, authorisationMachine, authorisationRequest } from '../src/index';
import { LESSEE, LESSOR, request } from './fixtures';

const run = (a: Authorisation, ...events: AuthEvent[]) => {
  let s = a;
  for (const e of events) {
    const r = authorisationMachine.transition(s, e);
    if (!r.ok) throw new Error(`${e.type}: ${r.error.reason.en}`);
    s = r.snapshot;
  }
  return s;
};
const d = (s: string) => civilDate(s);
const period = (from: string, to: string) => ({ from: d(from), to: d(to) });

describe('the authorisation', () => {
  it('按年: lasts a year from applying (the corresponding day, an assumption), then expires', () => {
    const ctx = request('annual');
    expect(ctx.lastDay).toBe('2025-03-01');
    const start = authorisationMachine.start(ctx, ctx.appliedOn);
    const active = run(
      start,
      { type: 'confirm', at: d('2024-03-02'), faceCheck: 'passed' },
      { type: 'issue', at: d('2024-03-05'), period: period('2024-03-01', '2024-03-31') },
      { type: 'issue', at: d('2024-04-02'), period: period('2024-04-01', '2024-04-30') },
    );
    expect([active.state, active.context.invoices]).toEqual(['active', 2]);
    // 2025-03-01 is still inside; an invoice on 2025-03-02 is refused, and the year expires.
    const late = authorisationMachine.transition(active, {
      type: 'issue',
      at: d('2025-03-02'),
      period: period('2025-02-01', '2025-02-28'),
    });
    expect(late.ok ? 'issued' : late.error.guard).toBe('expired');
    const early = authorisationMachine.transition(active, { type: 'expire', at: d('2025-03-01') });
    expect(early.ok ? 'expired' : early.error.guard).toBe('not-due');
    expect(run(active, { type: 'expire', at: d('2025-03-02') }).state).toBe('expired');
  });

  it('按次: one invoice, then used; a second invoice is refused', () => {
    const ctx = request('per-invoice');
    expect(ctx.lastDay).toBeNull();
    const used = run(
      authorisationMachine.start(ctx, ctx.appliedOn),
      { type: 'confirm', at: d('2024-03-01'), faceCheck: 'passed' },
      { type: 'issue', at: d('2024-03-01'), period: period('2024-03-01', '2024-03-31') },
    );
    expect(used.state).toBe('used');
    const again = authorisationMachine.transition(used, {
      type: 'issue',
      at: d('2024-04-01'),
      period: period('2024-04-01', '2024-04-30'),
    });
    expect(again.ok ? 'issued' : again.error.code).toBe('final-state');
  });

  it('requested → declined | lapsed; a failed face check confirms nothing; only the lessor revokes', () => {
    const start = authorisationMachine.start(request('annual'), '2024-03-01');
    expect(run(start, { type: 'decline', at: d('2024-03-02') }).state).toBe('declined');
    expect(run(start, { type: 'lapse', at: d('2024-03-31') }).state).toBe('lapsed');
    const face = authorisationMachine.transition(start, {
      type: 'confirm',
      at: d('2024-03-01'),
      faceCheck: 'failed',
    });
    expect(face.ok ? 'active' : face.error.guard).toBe('face-check-failed');
    const active = run(start, { type: 'confirm', at: d('2024-03-01'), faceCheck: 'passed' });
    const byLessee = authorisationMachine.transition(active, {
      type: 'revoke',
      at: d('2024-05-01'),
      by: 'lessee',
    });
    expect(byLessee.ok ? 'revoked' : byLessee.error.guard).toBe('lessor-only');
    expect(run(active, { type: 'revoke', at: d('2024-05-01'), by: 'lessor' }).state).toBe('revoked');
  });

  it('asks the outside world, as data, to watch the expiry and record each invoiced period', () => {
    const start = authorisationMachine.start(request('annual'), '2024-03-01');
    const r = authorisationMachine.transition(start, {
      type: 'confirm',
      at: d('2024-03-01'),
      faceCheck: 'passed',
    });
    expect(r.ok && r.effects).toEqual([
      { type: 'notify-agent', state: 'active' },
      { type: 'watch-expiry', lastDay: '2025-03-01' },
    ]);
  });

  it('property: any event sequence keeps the table, forward time and cited steps (model-based)', () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays(d('2024-03-01'), n));
    fc.assert(
      machineProperty(authorisationMachine, {
        start: fc.constantFrom('annual' as const, 'per-invoice' as const).map((t) => {
          const ctx = request(t);
          return authorisationMachine.start(ctx, ctx.appliedOn);
        }),
        eventArbs: {
          confirm: fc.record({ faceCheck: fc.constantFrom('passed' as const, 'failed' as const) }),
          issue: fc.record({ period: day.map((x) => ({ from: x, to: x })) }),
          revoke: fc.record({ by: fc.constantFrom('lessor' as const, 'lessee' as const, 'agent' as const) }),
        },
        until: '2026-06-30',
      }),
      { numRuns: 60 },
    );
  });
});

describe('bad input', () => {
  const paths = (input: unknown) => {
    const copy = structuredClone(input);
    try {
      authorisationRequest(input as Parameters<typeof authorisationRequest>[0]);
    } catch (e) {
      expect(input).toEqual(copy);
      if (e instanceof ValidationError) return e.paths;
      throw e;
    }
    return undefined;
  };
  const good = { ...request('annual') } as Record<string, unknown>;
  it('names the field: a bad ID, a bad phone, no property key, the agent being the lessor', () => {
    expect(
      paths({ ...good, lessor: { name: '张三', phone: '13800000000', idNumber: '110105194912310021' } }),
    ).toEqual(['lessor.idNumber']);
    expect(
      paths({ ...good, agent: { name: '李四', phone: '12', idNumber: LESSEE, role: 'lessee' } }),
    ).toEqual(['agent.phone']);
    expect(paths({ ...good, property: {} })).toEqual(['property']);
    expect(
      paths({ ...good, agent: { name: '李四', phone: '13900000000', idNumber: LESSOR, role: 'agent' } }),
    ).toEqual(['agent.idNumber']);
    expect(paths({ ...good, appliedOn: '2024-02-30' })).toEqual(['appliedOn']);
  });
  it('refuses an event with a bad payload, naming it', () => {
    const start = authorisationMachine.start(request('annual'), '2024-03-01');
    expect(() =>
      authorisationMachine.transition(start, {
        type: 'confirm',
        at: d('2024-03-01'),
        faceCheck: 'maybe' as 'passed',
      }),
    ).toThrow(ValidationError);
  });
});
