// The domain functions case by case: MLC provision boundaries, triage, planResponse's worked cases
// (boat time, the make-up working day), and bad input to each.
import { civilDate, parseDateTime, toEpochMinutes, ValidationError } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { type MedicalCase, mlcMinimumMedicalProvision, planResponse, type Ship, triage } from '../src/index';

const asOf = civilDate('2024-06-30');
const ship: Ship = {
  imo: 'IMO 9074729',
  flag: 'PA',
  international: true,
  position: 'anchorage',
  distanceNm: 6,
  personsOnBoard: 22,
  ordinaryVoyageHours: 240,
};
const caseOf = (over: Partial<MedicalCase['event']>, s: Partial<Ship> = {}): MedicalCase => ({
  id: 'M1',
  ship: { ...ship, ...s },
  crew: { idKind: 'passport', id: 'P1234567' },
  event: { severity: 'critical', infectious: false, onset: parseDateTime('2024-09-27T18:00'), ...over },
});

function pathsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e instanceof ValidationError ? e.paths : e;
  }
  return 'no error';
}

describe('mlcMinimumMedicalProvision (MLC 2006 Std A4.1 4(b)–(c))', () => {
  const p = (personsOnBoard: number, international: boolean, ordinaryVoyageHours: number) =>
    mlcMinimumMedicalProvision({ personsOnBoard, international, ordinaryVoyageHours }, asOf);
  it('100 persons, international, 73 h → doctor (100 ≥ 100 and 73 > 72)', () => {
    expect(p(100, true, 73)).toBe('doctor');
  });
  it('99 persons → not (99 < 100); 72 h → not ("more than three days"); domestic → not', () => {
    expect(p(99, true, 73)).toBe('medical-care-or-first-aid');
    expect(p(100, true, 72)).toBe('medical-care-or-first-aid');
    expect(p(3000, false, 500)).toBe('medical-care-or-first-aid');
  });
  it('is not in force before 2016-11-12', () => {
    expect(() =>
      mlcMinimumMedicalProvision(
        { personsOnBoard: 200, international: true, ordinaryVoyageHours: 100 },
        civilDate('2016-11-11'),
      ),
    ).toThrow();
    expect(
      mlcMinimumMedicalProvision(
        { personsOnBoard: 200, international: true, ordinaryVoyageHours: 100 },
        civilDate('2016-11-12'),
      ),
    ).toBe('doctor');
  });
  it('bad input: fractional persons, negative hours, bad date; input not mutated', () => {
    const s = Object.freeze({ personsOnBoard: 100.5, international: true, ordinaryVoyageHours: 80 });
    expect(pathsOf(() => mlcMinimumMedicalProvision(s, asOf))).toEqual(['ship.personsOnBoard']);
    expect(s.personsOnBoard).toBe(100.5);
    expect(
      pathsOf(() =>
        mlcMinimumMedicalProvision(
          { personsOnBoard: 100, international: true, ordinaryVoyageHours: -1 },
          asOf,
        ),
      ),
    ).toEqual(['ship.ordinaryVoyageHours']);
    expect(
      pathsOf(() =>
        mlcMinimumMedicalProvision(
          { personsOnBoard: 100, international: 'yes' as never, ordinaryVoyageHours: 1 },
          asOf,
        ),
      ),
    ).toEqual(['ship.international']);
    expect(
      pathsOf(() =>
        mlcMinimumMedicalProvision(
          { personsOnBoard: 100, international: true, ordinaryVoyageHours: 1 },
          '2024-02-30' as never,
        ),
      ),
    ).toEqual(['asOf']);
  });
});

describe('triage (marked assumption rules)', () => {
  const t = (severity: 'critical' | 'serious' | 'minor', s: Partial<Ship> = {}, infectious = false) =>
    triage({ severity, infectious, onset: parseDateTime('2024-09-27T18:00') }, { ...ship, ...s });
  it('critical → evacuate by boat; at berth without a boat', () => {
    expect([t('critical').disposition, t('critical').needsBoat]).toEqual(['evacuate', true]);
    expect(t('critical', { position: 'berth', distanceNm: 0 }).needsBoat).toBe(false);
  });
  it('serious: anchorage or > 30 nm underway → evacuate; ≤ 30 nm underway or berth → land', () => {
    expect(t('serious').disposition).toBe('evacuate');
    expect(t('serious', { position: 'underway', distanceNm: 31 }).disposition).toBe('evacuate');
    expect(t('serious', { position: 'underway', distanceNm: 30 }).disposition).toBe('land-at-next-berth');
    expect(t('serious', { position: 'berth', distanceNm: 0 }).disposition).toBe('land-at-next-berth');
  });
  it('minor → treat on board; infectious → isolate (第四十条), basis is a marked assumption', () => {
    const d = t('minor', {}, true);
    expect([d.disposition, d.isolate, d.basis.kind]).toEqual(['treat-on-board', true, 'assumption']);
  });
  it('bad input: bad IMO, unknown severity, negative distance; input not mutated', () => {
    const e = Object.freeze({
      severity: 'minor' as const,
      infectious: false,
      onset: parseDateTime('2024-09-27T18:00'),
    });
    expect(pathsOf(() => triage(e, { ...ship, imo: 'IMO 9074728' }))).toEqual(['ship.imo']);
    expect(pathsOf(() => triage({ ...e, severity: 'grave' as never }, ship))).toEqual(['event.severity']);
    expect(pathsOf(() => triage(e, { ...ship, distanceNm: -2 }))).toEqual(['ship.distanceNm']);
    expect(
      pathsOf(() => triage({ ...e, onset: { date: '2024-09-27', minute: 1440 } as never }, ship)),
    ).toEqual(['event.onset']);
    expect(e.severity).toBe('minor');
  });
});

const mins = (a: { start: { date: string; minute: number } }, b: { end: { date: string; minute: number } }) =>
  toEpochMinutes(b.end as never) - toEpochMinutes(a.start as never);

describe('planResponse: worked cases', () => {
  it('anchorage 6 nm out, boat at 20 kn: 6 ÷ 20 × 60 = 18 min each way', () => {
    const plan = planResponse(caseOf({}), 'reform', parseDateTime('2024-09-27T18:00'));
    const boat = plan.steps.find((s) => s.kind === 'boat');
    if (!boat) throw new Error('no boat step');
    // boat away = ready 20 + out 18 + transfer 15 + back 18 = 71 minutes
    expect(mins(boat, boat)).toBe(20 + 18 + 15 + 18);
    // reform: 3 min to reach the line, the doctor advises on answering → 3 minutes; one call
    expect([plan.minutesToAdvice, plan.calls, plan.remoteGuidance]).toEqual([3, 1, true]);
  });

  it('baseline minor case at 18:00 on Fri 2024-09-27, office-hours clinic: seen on Sun 2024-09-29, a make-up working day', () => {
    const c = caseOf({ severity: 'minor' }, { position: 'berth', distanceNm: 0 });
    const plan = planResponse(c, 'baseline', parseDateTime('2024-09-27T18:00'));
    const clinic = plan.steps.find((s) => s.kind === 'clinic');
    // Sat 09-28 is a day off; Sun 09-29 is a make-up working day (National Day 2024), clinic 08:00–17:00:
    // border 08:00–08:30, customs 08:45–09:15, off the ship 09:30, drive 30 → seen 10:00 Sunday.
    expect(clinic?.end).toEqual({ date: '2024-09-29', minute: 10 * 60 });
    expect(plan.outcome).toBe('seen-at-clinic');
    // calls: agent, clinic, border, customs = 4; the reform: 1, treated on board under guidance.
    expect(plan.calls).toBe(4);
    const reform = planResponse(c, 'reform', parseDateTime('2024-09-27T18:00'));
    expect([reform.calls, reform.outcome, reform.minutesToAdvice]).toEqual([1, 'treated-on-board', 3]);
  });

  it('baseline critical at anchorage: 12395, calls in turn; reform: parallel alerts reach hospital sooner', () => {
    const c = caseOf({});
    const b = planResponse(c, 'baseline', parseDateTime('2024-09-27T18:00'));
    const r = planResponse(c, 'reform', parseDateTime('2024-09-27T18:00'));
    // baseline: 12395 at 18:15, decision 18:35; border 18:50–19:20, customs 19:35–20:05, ambulance called
    // 20:05 + 15 + 25 = 20:45; boat 18:35 + 71 = 19:46; ashore 20:05; hospital 20:45 + 30 = 21:15 → 195 min
    expect(b.minutesToCare).toBe(195);
    // reform: line 18:03, decision 18:18, clearances and boat from 18:18 → ashore max(19:29, 18:48) = 19:29,
    // ambulance 18:43, hospital 19:29 + 30 = 19:59 → 119 min
    expect(r.minutesToCare).toBe(119);
    expect([b.calls, r.calls]).toEqual([4, 1]);
  });

  it('no step starts before the steps it waits for', () => {
    for (const regime of ['baseline', 'reform'] as const) {
      for (const severity of ['critical', 'serious', 'minor'] as const) {
        const plan = planResponse(caseOf({ severity }), regime, parseDateTime('2024-09-27T18:00'));
        for (const s of plan.steps) {
          for (const k of s.after) {
            const pred = plan.steps.find((x) => x.kind === k);
            if (pred) expect(toEpochMinutes(s.start)).toBeGreaterThanOrEqual(toEpochMinutes(pred.end));
          }
        }
      }
    }
  });

  it('bad input: bad regime, at before the onset, bad duration, bad crew id; nothing mutated', () => {
    const c = Object.freeze(caseOf({}));
    const at = parseDateTime('2024-09-27T18:00');
    expect(pathsOf(() => planResponse(c, 'later' as never, at))).toEqual(['regime']);
    expect(pathsOf(() => planResponse(c, 'reform', parseDateTime('2024-09-27T17:00')))).toEqual(['at']);
    expect(pathsOf(() => planResponse(c, 'reform', at, { durations: { clearanceMinutes: -5 } }))).toEqual([
      'options.durations.clearanceMinutes',
    ]);
    expect(
      pathsOf(() =>
        planResponse({ ...c, crew: { idKind: 'resident-id', id: '110101199003070000' } }, 'reform', at),
      ),
    ).toEqual(['c.crew.id']);
    expect(
      pathsOf(() => planResponse({ ...c, ship: { ...c.ship, personsOnBoard: 2.5 } }, 'reform', at)),
    ).toEqual(['c.ship.personsOnBoard']);
    expect(c.ship.distanceNm).toBe(6);
  });
});
