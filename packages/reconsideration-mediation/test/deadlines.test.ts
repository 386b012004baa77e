// The statutory deadlines: worked examples from the law and the 2024/2025 calendars, every step
// over 2024–2026, properties, bad input.
import {
  type CivilDate,
  fromEpochDay,
  isWorkingDay,
  ParameterNotInForceError,
  toEpochDay,
  ValidationError,
} from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECONSIDERATION_STEPS,
  type ReconsiderationStep,
  reconsiderationDeadline,
  reconsiderationDeadlines,
} from '../src/index';

const FIRST = toEpochDay('2024-01-01');
const LAST = toEpochDay('2026-09-30'); // leaves room for the longest period (60 + 30 days) on the calendar
const dayArb = fc.integer({ min: FIRST, max: LAST }).map((d) => fromEpochDay(d) as CivilDate);
const earlyDayArb = fc
  .integer({ min: FIRST, max: toEpochDay('2026-06-30') })
  .map((d) => fromEpochDay(d) as CivilDate);
const stepArb = fc.constantFrom(...RECONSIDERATION_STEPS);

function paths(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e instanceof ValidationError ? e.paths : e;
  }
  return undefined;
}

describe('reconsiderationDeadline: hand-checked', () => {
  it('apply: knew 2024-08-02 → 2024-10-08 (day 60 is 国庆 10-01)', () => {
    // 第二十条 60 days, natural days (民事诉讼法 第八十五条: start day not counted): Aug 3..31 = 29,
    // Sep = 30 → 59 on 09-30, day 60 = 10-01 (国庆, off 10-01..10-07) → next working day 10-08.
    expect(reconsiderationDeadline('apply', '2024-08-02')).toBe('2024-10-08');
  });

  it('acceptance review: received Fri 2024-09-27 → 2024-10-10 (make-up Sunday 09-29 counts)', () => {
    // 第三十条 5 days = working days (第八十八条): Sat 09-28 off; Sun 09-29 make-up day = 1, Mon 09-30 = 2,
    // 10-01..10-07 off, 10-08 = 3, 10-09 = 4, 10-10 = 5.
    expect(reconsiderationDeadline('acceptance-review', '2024-09-27')).toBe('2024-10-10');
  });

  it('decide: accepted 2025-03-10 → 2025-05-09; extended → 2025-06-09', () => {
    // 第六十二条 60 days: Mar 11..31 = 21, Apr = 30 → 51, May 1..9 = 60 → Fri 05-09 (a working day:
    // the 劳动节 break is 05-01..05-05). Extension ≤ 30 days from 05-09 (assumption: from the moved
    // deadline): May 10..31 = 22, Jun 1..8 = 30 → Sun 06-08, a day off → Mon 06-09.
    expect(reconsiderationDeadline('decide', '2025-03-10')).toBe('2025-05-09');
    expect(reconsiderationDeadline('decide-extended', '2025-03-10')).toBe('2025-06-09');
  });

  it('ordinary and summary copy, answer and decision', () => {
    // 第四十八条 7 working days from Mon 2024-03-04: 03-05..03-08 = 4, 03-11..03-13 = 7 → 03-13;
    // answer 10 working days from 03-13: 03-14, 03-15, 03-18..03-22, 03-25..03-27 → 03-27.
    expect(reconsiderationDeadline('send-copy', '2024-03-04')).toBe('2024-03-13');
    expect(reconsiderationDeadline('answer', '2024-03-13')).toBe('2024-03-27');
    // 第五十四条 3 and 5 working days: 03-05..03-07 → 03-07; 03-08, 03-11..03-14 → 03-14.
    expect(reconsiderationDeadline('send-copy-summary', '2024-03-04')).toBe('2024-03-07');
    expect(reconsiderationDeadline('answer-summary', '2024-03-07')).toBe('2024-03-14');
    // 第六十二条 summary 30 days from 03-04: Mar 5..31 = 27, Apr 1..3 = 30 → 04-03 (a working day;
    // 清明 is 04-04..04-06).
    expect(reconsiderationDeadline('decide-summary', '2024-03-04')).toBe('2024-04-03');
    // 第三十四条 15 days from 03-04 → 03-19 (Tuesday).
    expect(reconsiderationDeadline('sue-after', '2024-03-04')).toBe('2024-03-19');
    // 第三十一条 5 and 10, 第三十二条 5 working days.
    expect(reconsiderationDeadline('completion-notice', '2024-03-04')).toBe('2024-03-11');
    expect(reconsiderationDeadline('completion-supply', '2024-03-04')).toBe('2024-03-18');
    expect(reconsiderationDeadline('forward', '2024-03-04')).toBe('2024-03-11');
  });
});

describe('reconsiderationDeadline: every step over 2024–2026', () => {
  it('lands on a working day after `from`, for every day of 2024-01-01..2026-09-30', () => {
    for (const step of RECONSIDERATION_STEPS) {
      let previous = '';
      for (let e = FIRST; e <= LAST; e++) {
        const from = fromEpochDay(e);
        const d = reconsiderationDeadline(step, from);
        if (!isWorkingDay(d) || d <= from || d < previous) throw new Error(`${step} from ${from}: ${d}`);
        previous = d;
      }
    }
    // The last day checked: 60 days from 2026-09-30 = Sun 11-29 → Mon 11-30; + 30 = Wed 12-30.
    expect(reconsiderationDeadline('decide-extended', '2026-09-30')).toBe('2026-12-30');
  });
});

describe('reconsiderationDeadline: properties', () => {
  it('no deadline on a day off; monotone in `from`', () => {
    fc.assert(
      fc.property(stepArb, dayArb, dayArb, (step, a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(isWorkingDay(reconsiderationDeadline(step, x))).toBe(true);
        expect(reconsiderationDeadline(step, x) <= reconsiderationDeadline(step, y)).toBe(true);
      }),
    );
  });

  it('the extended decision deadline is never before the plain one', () => {
    fc.assert(
      fc.property(dayArb, (d) => {
        expect(reconsiderationDeadline('decide', d) < reconsiderationDeadline('decide-extended', d)).toBe(
          true,
        );
      }),
    );
  });
});

describe('reconsiderationDeadlines', () => {
  it('lists every deadline the known dates fix, with its article', () => {
    const s = reconsiderationDeadlines({
      knewOn: '2024-08-02',
      receivedOn: '2024-09-27',
      acceptedOn: '2025-03-10',
      copyReceivedOn: '2025-03-12',
    });
    expect(s.map((e) => [e.step, e.deadline])).toEqual([
      ['apply', '2024-10-08'],
      ['acceptance-review', '2024-10-10'],
      ['completion-notice', '2024-10-10'],
      ['send-copy', '2025-03-19'], // 7 working days from Mon 03-10: 03-11..03-14, 03-17..03-19
      ['answer', '2025-03-26'], // 10 working days from 03-12: 03-13, 03-14, 03-17..21, 03-24..26
      ['decide', '2025-05-09'],
      ['decide-extended', '2025-06-09'],
    ]);
    const decide = s.find((e) => e.step === 'decide');
    expect(decide?.basis.kind === 'cited' && decide.basis.citations.map((c) => c.article)).toEqual([
      '第六十二条',
      '第八十五条',
    ]);
  });

  it('caps the application at one year when the party was not told of the right (第二十条)', () => {
    // Knew 2024-03-04, learned of the right 2025-02-20: 60 days → 2025-04-21, but the cap is one year
    // from 2024-03-04: 2025-03-04 (a Tuesday).
    const s = reconsiderationDeadlines({
      knewOn: '2024-03-04',
      notified: false,
      learnedOfRightOn: '2025-02-20',
    });
    expect(s[0]?.deadline).toBe('2025-03-04');
  });

  it('moves the decision on by the suspended days (assumption), never earlier', () => {
    // Suspended 20 days: 60 + 20 days from 2025-03-10 = 2025-05-29 (a Thursday).
    const s = reconsiderationDeadlines({ knewOn: '2025-01-02', acceptedOn: '2025-03-10', suspendedDays: 20 });
    const decide = s.find((e) => e.step === 'decide');
    expect([decide?.deadline, decide?.basis.kind]).toEqual(['2025-05-29', 'assumption']);
    fc.assert(
      fc.property(earlyDayArb, fc.integer({ min: 0, max: 60 }), (d, k) => {
        const of = (days: number) =>
          reconsiderationDeadlines({ knewOn: d, acceptedOn: d, suspendedDays: days }).find(
            (e) => e.step === 'decide',
          )?.deadline ?? '';
        expect(of(k) >= of(0)).toBe(true);
      }),
    );
  });

  it('uses the summary periods for a summary case', () => {
    const s = reconsiderationDeadlines({ knewOn: '2024-03-01', acceptedOn: '2024-03-04', summary: true });
    expect(s.map((e) => e.step)).toEqual(['apply', 'send-copy-summary', 'decide-summary']);
  });
});

describe('bad input', () => {
  it('names the field and mutates nothing', () => {
    expect(paths(() => reconsiderationDeadline('later' as ReconsiderationStep, '2024-03-04'))).toEqual([
      'step',
    ]);
    expect(paths(() => reconsiderationDeadline('apply', '2024-02-30'))).toEqual(['from']);
    expect(paths(() => reconsiderationDeadline('apply', '2031-01-02'))).toEqual(['from']);
    expect(paths(() => reconsiderationDeadline('apply', 20240304 as unknown as string))).toEqual(['from']);
    const c = Object.freeze({ knewOn: '2024-03-04', acceptedOn: '2024-13-01' });
    expect(paths(() => reconsiderationDeadlines(c))).toEqual(['c.acceptedOn']);
    expect(c).toEqual({ knewOn: '2024-03-04', acceptedOn: '2024-13-01' });
    expect(paths(() => reconsiderationDeadlines({ knewOn: '2024-03-04', suspendedDays: -1 }))).toEqual([
      'c.suspendedDays',
    ]);
    expect(paths(() => reconsiderationDeadlines(null as never))).toEqual(['c']);
    expect(paths(() => reconsiderationDeadlines({ knewOn: 'x' }))).toEqual(['c.knewOn']);
  });

  it('refuses a day before the 2023 revision was in force', () => {
    expect(() => reconsiderationDeadline('apply', '2023-12-29')).toThrow(ParameterNotInForceError);
  });
});
