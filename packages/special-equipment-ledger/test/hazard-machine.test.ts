// The hazard's process, from its table: worked transitions and the model-based property that no
// event sequence leaves the table, runs time backwards or skips the Order 57 re-check.
import { type CivilDate, civilDate, workingDaysBetween } from '@gd-ftz/core';
import { machineProperty } from '@gd-ftz/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hazardMachine } from '../src/hazard-machine';

const d = (s: string): CivilDate => civilDate(s);

describe('a hazard, worked by hand', () => {
  it('a serious hazard fixed on 2024-09-27 waits for the re-check by 2024-10-16 (Order 57 Art. 29)', () => {
    const open = hazardMachine.start({ severity: 'serious' }, d('2024-09-27'));
    const r = hazardMachine.transition(open, { type: 'report-fix', at: d('2024-09-27') });
    expect(r.ok && r.snapshot.state).toBe('fixed');
    expect(r.ok && r.snapshot.context).toEqual({
      severity: 'serious',
      fixedOn: '2024-09-27',
      recheckBy: '2024-10-16',
    });
  });
  it('a general hazard closes when fixed; before Order 57 a serious one did too', () => {
    const general = hazardMachine.start({ severity: 'general' }, d('2024-01-05'));
    const r1 = hazardMachine.transition(general, { type: 'report-fix', at: d('2024-01-09') });
    expect(r1.ok && r1.snapshot.state).toBe('closed');
    const early = hazardMachine.start({ severity: 'serious' }, d('2022-06-01'));
    const r2 = hazardMachine.transition(early, { type: 'report-fix', at: d('2022-06-30') });
    expect(r2.ok && r2.snapshot.state).toBe('closed');
  });
  it('a failed re-check reopens it; a closed hazard takes no event', () => {
    const s = hazardMachine.start({ severity: 'serious' }, d('2024-03-01'));
    const fixed = hazardMachine.transition(s, { type: 'report-fix', at: d('2024-03-04') });
    if (!fixed.ok) throw new Error('expected the fix');
    const failed = hazardMachine.transition(fixed.snapshot, {
      type: 'recheck',
      at: d('2024-03-12'),
      passed: false,
    });
    expect(failed.ok && failed.snapshot).toMatchObject({
      state: 'open',
      context: { severity: 'serious', recheckedOn: '2024-03-12' },
    });
    const passed = hazardMachine.transition(fixed.snapshot, {
      type: 'recheck',
      at: d('2024-03-12'),
      passed: true,
    });
    if (!passed.ok) throw new Error('expected the re-check');
    const again = hazardMachine.transition(passed.snapshot, { type: 'report-fix', at: d('2024-03-13') });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.error.code).toBe('final-state');
  });
});

describe('property: the hazard machine never reaches an illegal state (model-based, from the table)', () => {
  it('any event sequence keeps the table, forward time and the re-check deadline', () => {
    fc.assert(
      machineProperty(hazardMachine, {
        start: fc.constantFrom(
          hazardMachine.start({ severity: 'serious' }, d('2022-03-10')),
          hazardMachine.start({ severity: 'general' }, d('2023-05-10')),
          hazardMachine.start({ severity: 'serious' }, d('2024-09-20')),
        ),
        eventArbs: { recheck: fc.record({ passed: fc.boolean() }) },
        gap: fc.integer({ min: -3, max: 60 }),
        until: '2026-06-30',
        check: (before, e, r) => {
          if (!r.ok) {
            // Only an open hazard is fixed, only a fixed one re-checked.
            if (r.error.code === 'not-allowed') {
              expect(before.state).toBe(e.type === 'report-fix' ? 'fixed' : 'open');
            }
            return;
          }
          const next = r.snapshot;
          if (e.type === 'report-fix') {
            const recheck = before.context.severity === 'serious' && e.at >= '2022-07-01';
            expect(next.state).toBe(recheck ? 'fixed' : 'closed');
            if (recheck) expect(workingDaysBetween(e.at, next.context.recheckBy as CivilDate)).toBe(10);
          } else {
            expect(before.state).toBe('fixed');
            expect(next.state).toBe(e.passed ? 'closed' : 'open');
          }
        },
      }),
      { numRuns: 60 },
    );
  });
});
