// Properties named for the rule they check. The seed comes from FC_SEED (tooling/fast-check-setup.ts).
import { type CivilDate, fromEpochDay, isParameterInForce, toEpochDay } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditHistoryArb, dateArb, gradeInputArb } from '../src/arbitraries';
import { evasionMeets } from '../src/grade';
import {
  annualScore,
  CREDIT_GRADES,
  type CreditEvent,
  type CreditGrade,
  creditGrade,
  type DynamicState,
  initialState,
  PARAMETERS,
  regimeAt,
  rescoreMonth,
} from '../src/index';
import { lastDayOf, monthAt, monthIndex } from '../src/month';
import { windowOf } from '../src/record';
import { termsAt } from '../src/terms';
import { scoreWindow } from '../src/window';

const rank = (g: CreditGrade) => CREDIT_GRADES.indexOf(g); // 0 = A (best) … 4 = D
const asOfArb = dateArb('2019-01-01', '2026-12-31');

describe('monotonicity (2014 第18–20条 / 2025 第16–18条)', () => {
  it('property: a higher score never worsens the grade', () => {
    fc.assert(
      fc.property(
        gradeInputArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        asOfArb,
        (input, other, asOf) => {
          const hi = Math.max(input.score, other);
          const lo = Math.min(input.score, other);
          return (
            rank(creditGrade({ ...input, score: hi }, asOf)) <=
            rank(creditGrade({ ...input, score: lo }, asOf))
          );
        },
      ),
    );
  });
  it('property: a not-A case or a breach never betters the grade', () => {
    fc.assert(
      fc.property(
        gradeInputArb,
        fc.constantFrom('under-3-years', 'd-last-year', 'zero-vat-months', 'irregular-books'),
        fc.constantFrom('abnormal-household', 'run-by-d-responsible'),
        asOfArb,
        (input, c, b, asOf) => {
          const g = rank(creditGrade(input, asOf));
          const withNotA = rank(creditGrade({ ...input, notA: [...(input.notA ?? []), c] }, asOf));
          const withBreach = creditGrade(
            { ...input, seriousBreaches: [...(input.seriousBreaches ?? []), b] },
            asOf,
          );
          return withNotA >= g && withBreach === 'D';
        },
      ),
    );
  });
});

describe('one regime on every date of 2019–2026 (Catala-style sweep)', () => {
  it('each date has exactly one regime, 2014年第40号 to 2025-06-30 and 2025年第12号 after, and every legal number is in force', () => {
    const params = Object.values(PARAMETERS);
    const seen = new Map<string, number>();
    for (let day = toEpochDay('2019-01-01'); day <= toEpochDay('2026-12-31'); day++) {
      const date = fromEpochDay(day);
      const id = regimeAt(date).id;
      seen.set(id, (seen.get(id) ?? 0) + 1);
      expect(id).toBe(date < '2025-07-01' ? 'sat-2014-40' : 'sat-2025-12');
      for (const p of params) expect(isParameterInForce(p, date)).toBe(true);
    }
    // 2019-01-01..2025-06-30 = 2373 days; 2025-07-01..2026-12-31 = 549 days
    expect(Object.fromEntries(seen)).toEqual({ 'sat-2014-40': 2373, 'sat-2025-12': 549 });
  });
});

/** The grade the rules give the full record of the 12 months ending at `month`, built at once. */
function batchGrade(events: readonly CreditEvent[], month: number): CreditGrade {
  const asOf = lastDayOf(monthAt(month));
  const t = termsAt(asOf, `${asOf.slice(0, 4)}-12-31`);
  const view = windowOf(events, month, asOf);
  const { input } = scoreWindow(view, t, (c) => evasionMeets(c.evaded as string, c.taxDue as string, t));
  return creditGrade(input, asOf);
}

function rescoreByDate(events: readonly CreditEvent[], first: number, last: number): DynamicState[] {
  let s = initialState(monthAt(first - 1));
  const out: DynamicState[] = [];
  for (let m = first; m <= last; m++) {
    // Records dated before the first month arrive with it.
    s = rescoreMonth(
      s,
      events.filter((e) => Math.max(monthIndex(e.date), first) === m),
      monthAt(m),
    );
    out.push(s);
  }
  return out;
}

describe('dynamic re-scoring (何时记载何时评价, 2025 第12条)', () => {
  const first = 2024 * 12; // 2024-01
  const last = 2026 * 12 + 5; // 2026-06: the 2025-07-01 switch inside
  it('property: with full linkage and no delay, the monthly class is creditGrade of the full record', () => {
    fc.assert(
      fc.property(creditHistoryArb(first, last), (events) => {
        const states = rescoreByDate(events, first, last);
        states.forEach((s, i) => {
          expect(s.grade).toBe(batchGrade(events, first + i));
        });
      }),
      { numRuns: 60 },
    );
  });
  it('property: in December the monthly class is the annual grade of that year', () => {
    fc.assert(
      fc.property(creditHistoryArb(first, last), (events) => {
        const states = rescoreByDate(events, first, last);
        for (const year of [2024, 2025]) {
          const dec = states[year * 12 + 11 - first] as DynamicState;
          expect(dec.grade).toBe(annualScore(events, year, `${year}-12-31` as CivilDate).grade);
        }
      }),
      { numRuns: 60 },
    );
  });
  it('property: re-scoring is deterministic and never mutates its inputs', () => {
    fc.assert(
      fc.property(creditHistoryArb(first, first + 14), (events) => {
        const frozen = JSON.stringify(events);
        const a = rescoreByDate(events, first, first + 14);
        const b = rescoreByDate(events, first, first + 14);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(JSON.stringify(events)).toBe(frozen);
      }),
      { numRuns: 30 },
    );
  });
});
