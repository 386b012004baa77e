// The ledger, worked by hand: one pressure vessel's life from entry into use to scrapping, each
// state checked against the article that sets it.
import {
  type CivilDate,
  civilDate,
  GENESIS_HASH,
  InvalidTransitionError,
  ValidationError,
} from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import {
  applyLedgerEvent,
  createLedger,
  type Ledger,
  type LedgerEvent,
  replayLedger,
  verifyLedger,
} from '../src/index';

const d = (s: string): CivilDate => civilDate(s);
const apply = (l: Ledger, ...events: LedgerEvent[]) => events.reduce(applyLedgerEvent, l);
const PV = 'PV-0001';

function vesselLife(): Ledger {
  return apply(
    createLedger(),
    { type: 'unit-commissioned', at: d('2024-09-05'), unitId: PV, userId: 'U-1', kind: 'pressure-vessel' },
    { type: 'unit-registered', at: d('2024-09-20'), unitId: PV },
    { type: 'self-checked', at: d('2024-09-27'), unitId: PV },
    {
      type: 'hazard-found',
      at: d('2024-09-27'),
      unitId: PV,
      hazardId: 'H1',
      severity: 'serious',
      foundBy: 'self-check',
    },
    { type: 'hazard-fixed', at: d('2024-09-27'), unitId: PV, hazardId: 'H1' },
  );
}

describe('a pressure vessel in the ledger', () => {
  it('enters with its registration deadline (Art. 33) and first due date (3 years)', () => {
    const l = apply(createLedger(), {
      type: 'unit-commissioned',
      at: d('2024-09-05'),
      unitId: PV,
      userId: 'U-1',
      kind: 'pressure-vessel',
    });
    const u = l.units[PV];
    expect(u?.registrationDeadline).toBe('2024-10-08'); // day 30 = 10-05 in 国庆 → 10-08
    expect(u?.due).toBe('2027-09-05'); // first inspection within 3 years
    expect(u?.category).toBe('pressure-vessel');
    expect(u?.status).toBe('in-use');
    expect(l.head.seq).toBe(1);
    expect(l.records[0]?.prevHash).toBe(GENESIS_HASH);
    expect(l.records[0]?.actor).toBe('U-1');
  });

  it('a serious hazard fixed waits for the re-check within 10 working days (Order 57 Art. 29)', () => {
    const h = vesselLife().units[PV]?.hazards[0];
    expect(h?.state).toBe('fixed');
    expect(h?.recheckBy).toBe('2024-10-16'); // see the law examples: across 国庆 with make-up days
  });

  it('a passed re-check closes the hazard; a failed one reopens it', () => {
    const closed = applyLedgerEvent(vesselLife(), {
      type: 'hazard-rechecked',
      at: d('2024-10-10'),
      unitId: PV,
      hazardId: 'H1',
      passed: true,
    });
    expect(closed.units[PV]?.hazards[0]?.state).toBe('closed');
    const reopened = applyLedgerEvent(vesselLife(), {
      type: 'hazard-rechecked',
      at: d('2024-10-10'),
      unitId: PV,
      hazardId: 'H1',
      passed: false,
    });
    expect(reopened.units[PV]?.hazards[0]).toMatchObject({ state: 'open', recheckedOn: '2024-10-10' });
    expect(reopened.units[PV]?.hazards[0]?.fixedOn).toBeUndefined();
  });

  it('an inspection at grade 3 with a 4-year cycle moves the due date; grade 5 stops the unit', () => {
    const l = apply(vesselLife(), {
      type: 'unit-inspected',
      at: d('2025-08-28'),
      unitId: PV,
      inspection: 'pressure-vessel',
      passed: true,
      safetyGrade: 3,
      cycleYears: 4,
    });
    expect(l.units[PV]?.due).toBe('2029-08-28'); // 2025-08-28 + 4 years
    const stopped = applyLedgerEvent(l, {
      type: 'unit-inspected',
      at: d('2026-01-05'),
      unitId: PV,
      inspection: 'pressure-vessel',
      passed: true,
      safetyGrade: 5,
    });
    expect(stopped.units[PV]).toMatchObject({ due: null, status: 'out-of-service', safetyGrade: 5 });
  });

  it('a failed inspection takes the unit out of service and keeps the old due date (Art. 40)', () => {
    const l = applyLedgerEvent(vesselLife(), {
      type: 'unit-inspected',
      at: d('2025-01-10'),
      unitId: PV,
      inspection: 'pressure-vessel',
      passed: false,
    });
    expect(l.units[PV]).toMatchObject({ status: 'out-of-service', due: '2027-09-05' });
  });

  it('a boiler keeps two schedules: the due date is the earlier one', () => {
    const l = apply(
      createLedger(),
      { type: 'unit-commissioned', at: d('2023-07-03'), unitId: 'B-1', userId: 'U-2', kind: 'boiler' },
      {
        type: 'unit-inspected',
        at: d('2024-06-20'),
        unitId: 'B-1',
        inspection: 'boiler-external',
        passed: true,
      },
    );
    // external 2024-06-20 + 1 = 2025-06-20; internal never done: 2023-07-03 + 1 = 2024-07-03
    expect(l.units['B-1']?.due).toBe('2024-07-03');
    const both = applyLedgerEvent(l, {
      type: 'unit-inspected',
      at: d('2024-06-21'),
      unitId: 'B-1',
      inspection: 'boiler-internal',
      passed: true,
    });
    expect(both.units['B-1']?.due).toBe('2025-06-20'); // internal 2026-06-21, external 2025-06-20
  });

  it('a unit in use before the calendar’s years is kept without a guessed registration deadline', () => {
    const l = apply(createLedger(), {
      type: 'unit-commissioned',
      at: d('2016-05-10'),
      unitId: 'E-9',
      userId: 'U-3',
      kind: 'elevator',
    });
    expect(l.units['E-9']?.registrationDeadline).toBeUndefined();
    expect(l.units['E-9']?.due).toBe('2017-05-10');
  });

  it('scrapping is final (Art. 48): nothing may follow', () => {
    const l = applyLedgerEvent(vesselLife(), { type: 'unit-scrapped', at: d('2025-02-01'), unitId: PV });
    expect(l.units[PV]).toMatchObject({ status: 'scrapped', due: null });
    expect(() => applyLedgerEvent(l, { type: 'self-checked', at: d('2025-02-02'), unitId: PV })).toThrow(
      InvalidTransitionError,
    );
  });

  it('a second registration and fixing a closed hazard are illegal transitions', () => {
    const l = vesselLife();
    expect(() => applyLedgerEvent(l, { type: 'unit-registered', at: d('2024-10-01'), unitId: PV })).toThrow(
      InvalidTransitionError,
    );
    expect(() =>
      applyLedgerEvent(l, { type: 'hazard-fixed', at: d('2024-10-01'), unitId: PV, hazardId: 'H1' }),
    ).toThrow(InvalidTransitionError);
  });

  it('the log is append-only in time: an event before the last record is refused', () => {
    try {
      applyLedgerEvent(vesselLife(), { type: 'self-checked', at: d('2024-09-26'), unitId: PV });
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['event.at']);
    }
  });

  it('replays from its records and verifies; an edited unit or record shows', () => {
    const l = vesselLife();
    expect(replayLedger(l.records)).toEqual(l);
    expect(verifyLedger(l)).toEqual({ ok: true });
    const editedUnit = {
      ...l,
      units: { ...l.units, [PV]: { ...(l.units[PV] as object), due: '2030-01-01' } },
    };
    expect(verifyLedger(editedUnit as unknown as Ledger)).toMatchObject({ ok: false, reason: 'units' });
    const r2 = l.records[1] as (typeof l.records)[number];
    const editedRecord = {
      ...l,
      records: [l.records[0], { ...r2, at: '2024-09-19' }, ...l.records.slice(2)],
    };
    expect(verifyLedger(editedRecord as unknown as Ledger)).toMatchObject({
      ok: false,
      firstBadSeq: 2,
      reason: 'hash',
    });
  });
});
