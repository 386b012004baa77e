// Invariants, each named for the rule it checks. Seeds come from FC_SEED (tooling/fast-check-setup.ts).
import {
  addMonths,
  addYears,
  type CivilDate,
  calendarCoverage,
  fromEpochDay,
  InvalidTransitionError,
  isWorkingDay,
  toEpochDay,
  ValidationError,
  workingDaysBetween,
} from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateBetweenArb, inspectionInputArb } from '../src/arbitraries';
import { addMonthsEpoch, addYearsEpoch } from '../src/dates';
import {
  applyLedgerEvent,
  createLedger,
  EQUIPMENT_KINDS,
  hazardRecheckDeadline,
  type Ledger,
  type LedgerEvent,
  nextInspectionDue,
  registrationDeadline,
  replayLedger,
  type SafetyGrade,
  verifyLedger,
} from '../src/index';

describe('nextInspectionDue', () => {
  it('property: a due date always falls after the inspection (or entry into use) it counts from', () => {
    fc.assert(
      fc.property(inspectionInputArb, (u) => {
        const due = nextInspectionDue(u);
        if (due === null) return u.safetyGrade === 5;
        return due > (u.lastInspectedOn ?? u.commissionedOn);
      }),
    );
  });

  it('property: a better grade never gives an earlier due date (grade 5: none)', () => {
    const cycleOf = (g: SafetyGrade, u: number) =>
      g === 3 ? 3 + Math.floor(u * 4) : g === 4 ? 1 + Math.floor(u * 3) : undefined;
    fc.assert(
      fc.property(
        dateBetweenArb('2014-01-01', '2020-12-31'),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom<SafetyGrade>(1, 2, 3, 4, 5),
        fc.constantFrom<SafetyGrade>(1, 2, 3, 4, 5),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (commissionedOn, after, a, b, ua, ub) => {
          fc.pre(a !== b); // within one grade the inspection body's chosen cycle decides
          const [better, worse] = a < b ? [a, b] : [b, a];
          const lastInspectedOn = fromEpochDay(toEpochDay(commissionedOn) + after);
          const due = (g: SafetyGrade, u: number) => {
            const cycleYears = cycleOf(g, u);
            return nextInspectionDue({
              kind: 'pressure-vessel',
              commissionedOn,
              lastInspectedOn,
              safetyGrade: g,
              ...(cycleYears === undefined ? {} : { cycleYears }),
            });
          };
          const dBetter = due(better, ua);
          const dWorse = due(worse, ub);
          if (dWorse === null) return true;
          return dBetter !== null && dBetter >= dWorse;
        },
      ),
    );
  });
});

describe('integer date arithmetic', () => {
  it('property: addYearsEpoch / addMonthsEpoch agree with core’s addYears / addMonths', () => {
    fc.assert(
      fc.property(
        // Beyond both ends of the month table (1900–2299) too, where the arithmetic path runs.
        fc.oneof(
          dateBetweenArb('2000-01-01', '2030-12-31'),
          dateBetweenArb('1890-01-01', '1910-12-31'),
          dateBetweenArb('2290-01-01', '2310-12-31'),
        ),
        fc.integer({ min: -240, max: 240 }),
        (date, n) => {
          const e = toEpochDay(date);
          return (
            fromEpochDay(addYearsEpoch(e, n)) === addYears(date, n) &&
            fromEpochDay(addMonthsEpoch(e, n)) === addMonths(date, n)
          );
        },
      ),
    );
  });
});

describe('statutory deadlines', () => {
  const { from, to } = calendarCoverage();
  const last = fromEpochDay(toEpochDay(to) - 60);

  it('property: the registration deadline is a working day, the first one from day 30 on', () => {
    fc.assert(
      fc.property(dateBetweenArb(from, last), (c) => {
        const deadline = registrationDeadline(c);
        const day30 = toEpochDay(c) + 30;
        if (!isWorkingDay(deadline) || toEpochDay(deadline) < day30) return false;
        for (let e = day30; e < toEpochDay(deadline); e++) if (isWorkingDay(fromEpochDay(e))) return false;
        return true;
      }),
    );
  });

  it('property: the re-check deadline is exactly 10 working days on', () => {
    fc.assert(
      fc.property(dateBetweenArb('2022-07-01', last), (reportedOn) => {
        const by = hazardRecheckDeadline(reportedOn);
        return isWorkingDay(by) && workingDaysBetween(reportedOn, by) === 10;
      }),
    );
  });
});

/** Random event scripts over three units, in date order; many events are illegal on purpose. */
const scriptArb = fc.array(
  fc.record({
    step: fc.integer({ min: 0, max: 40 }),
    unit: fc.integer({ min: 0, max: 2 }),
    type: fc.constantFrom(
      'unit-commissioned',
      'unit-registered',
      'unit-inspected',
      'self-checked',
      'hazard-found',
      'hazard-fixed',
      'hazard-rechecked',
      'supervision-visited',
      'accident-reported',
      'unit-scrapped',
    ),
    kind: fc.constantFrom(...EQUIPMENT_KINDS),
    hazard: fc.integer({ min: 0, max: 2 }),
    flag: fc.boolean(),
    grade: fc.constantFrom<SafetyGrade>(1, 2, 5),
  }),
  { maxLength: 30 },
);

type Script = typeof scriptArb extends fc.Arbitrary<infer T> ? T : never;

function eventsOf(script: Script): LedgerEvent[] {
  let day = toEpochDay('2023-01-02');
  return script.map((s) => {
    day += s.step;
    const at = fromEpochDay(day) as CivilDate;
    const unitId = `U${s.unit}`;
    const hazardId = `H${s.hazard}`;
    switch (s.type) {
      case 'unit-commissioned':
        return {
          type: s.type,
          at,
          unitId,
          userId: 'C-1',
          kind: s.kind,
          ...(s.kind === 'gas-cylinder' ? { gas: 'general' as const } : {}),
        };
      case 'unit-inspected': {
        const inspection = s.kind === 'boiler' ? 'boiler-external' : s.kind;
        return s.kind === 'pressure-vessel'
          ? {
              type: s.type,
              at,
              unitId,
              inspection,
              passed: s.flag,
              ...(s.flag ? { safetyGrade: s.grade } : {}),
            }
          : { type: s.type, at, unitId, inspection, passed: s.flag };
      }
      case 'hazard-found':
        return {
          type: s.type,
          at,
          unitId,
          hazardId,
          severity: s.flag ? 'serious' : 'general',
          foundBy: 'self-check',
        };
      case 'hazard-fixed':
        return { type: s.type, at, unitId, hazardId };
      case 'hazard-rechecked':
        return { type: s.type, at, unitId, hazardId, passed: s.flag };
      case 'supervision-visited':
        return { type: s.type, at, unitId, selection: 'random' };
      default:
        return { type: s.type, at, unitId } as LedgerEvent;
    }
  });
}

/** Applies what the ledger accepts; refused events must be refused with a typed error. */
function build(events: readonly LedgerEvent[]): Ledger {
  let l = createLedger();
  for (const e of events) {
    try {
      l = applyLedgerEvent(l, e);
    } catch (err) {
      if (!(err instanceof ValidationError || err instanceof InvalidTransitionError)) throw err;
    }
  }
  return l;
}

describe('the ledger', () => {
  it('property: replay is deterministic: the same records give the same ledger and head', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const l = build(eventsOf(script));
        const again = replayLedger(l.records);
        return (
          JSON.stringify(again) === JSON.stringify(l) && build(eventsOf(script)).head.hash === l.head.hash
        );
      }),
      { numRuns: 60 },
    );
  });

  it('property: tamper-evident: changing any record’s data breaks verification at that record', () => {
    fc.assert(
      fc.property(scriptArb, fc.nat(), (script, pick) => {
        const l = build(eventsOf(script));
        fc.pre(l.records.length > 0);
        const i = pick % l.records.length;
        const r = l.records[i] as (typeof l.records)[number];
        const tampered = { ...r, data: { ...r.data, tampered: true } };
        const records = [...l.records.slice(0, i), tampered, ...l.records.slice(i + 1)];
        const v = verifyLedger({ ...l, records });
        return !v.ok && 'firstBadSeq' in v && v.firstBadSeq === i + 1;
      }),
      { numRuns: 60 },
    );
  });

  it('property: no unit is scrapped and in use; a scrapped unit takes no further event', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const events = eventsOf(script);
        let l = createLedger();
        for (const e of events) {
          const before = l.units[e.unitId]?.status;
          try {
            l = applyLedgerEvent(l, e);
            if (before === 'scrapped') return false;
          } catch (err) {
            if (!(err instanceof ValidationError || err instanceof InvalidTransitionError)) throw err;
          }
          for (const u of Object.values(l.units)) if (u.status === 'scrapped' && u.due !== null) return false;
        }
        return verifyLedger(l).ok;
      }),
      { numRuns: 60 },
    );
  });

  it('property: applying an event never changes the ledger it was given', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const events = eventsOf(script);
        const l = build(events.slice(0, -1));
        const before = JSON.stringify(l);
        try {
          applyLedgerEvent(l, events[events.length - 1] as LedgerEvent);
        } catch {
          // refused or accepted, the input stays as it was
        }
        return JSON.stringify(l) === before;
      }),
      { numRuns: 60 },
    );
  });
});

it('checks its own arbitrary: every generated inspection input is accepted', () => {
  fc.assert(
    fc.property(inspectionInputArb, (u) => {
      expect(() => nextInspectionDue(u)).not.toThrow();
    }),
    { numRuns: 50 },
  );
});
