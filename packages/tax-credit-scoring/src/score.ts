// The annual evaluation: a calendar year's records as known on the as-of date, scored and graded
// under the regime in force that day (2014 第15–20条 / 2025 第12–18条).
import { type CivilDate, cited, type TraceStep } from '@gd-ftz/core';
import { evasionMeets, gradeOf } from './grade';
import type { CreditEvent, Deduction, ScoreResult } from './model';
import { windowOf } from './record';
import { termsAt } from './terms';
import { checkDate, checkEvents, Issues } from './validate';
import { scoreWindow } from './window';

/**
 * The annual evaluation of `year` on `asOf`: the records of that calendar year known by then
 * (何时记载何时评价, 2025 第12条), the start score (100 / 93 from 2025-07-01 / 90), the deductions
 * (late filing 5 per tax per time until 2025-06-30, 5 per month after; indicators 1/3/5/11; 11 more
 * after a score-based D), the grade facts (new / no revenue, not-A cases, open direct-D cases, the
 * previous year's result) and the grade, with a trace citing each article.
 * @throws ValidationError naming each bad field (`year`, `asOf`, `events.3.code`, …), also for a
 * breach code or indicator the regime in force on `asOf` lacks (in a record known by then; later
 * records are only shape-checked). Nothing is mutated.
 * @example
 * const events = [
 *   { kind: 'late-filing', date: '2024-03-16', tax: 'vat' },
 *   { kind: 'late-filing', date: '2024-03-16', tax: 'cit' },
 * ] as const;
 * annualScore(events, 2024, '2025-04-30' as CivilDate).deductions // 10 points: 5 + 5 (2014 regime)
 */
export function annualScore(events: readonly CreditEvent[], year: number, asOf: CivilDate): ScoreResult {
  const issues = new Issues();
  const yearOk = typeof year === 'number' && Number.isSafeInteger(year) && year >= 2014 && year <= 9998;
  if (!yearOk) issues.add('year', 'must be an integer year from 2014', '必须是2014年及以后的整数年份');
  const dateOk = checkDate(asOf, 'asOf', issues);
  if (dateOk && yearOk && asOf < `${year}-01-01`) {
    issues.add(
      'asOf',
      `must not be before the evaluated year (${year}-01-01)`,
      `不得早于评价年度（${year}-01-01）`,
    );
  }
  issues.throwIfAny();
  const t = termsAt(asOf, `${year}-12-31`);
  checkEvents(events, t.regime, issues, undefined, 'events', asOf);
  issues.throwIfAny();
  const view = windowOf(events, year * 12 + 11, asOf, year - 1);
  const deductions: Deduction[] = [];
  const steps: TraceStep[] = [
    {
      id: 'score.regime',
      kind: 'step',
      title: { zh: '适用的纳税信用管理办法', en: 'Regime in force' },
      fired: true,
      inputs: { year, asOf },
      result: t.regime.id,
      basis: cited(t.regime.title),
      at: asOf,
    },
  ];
  const scored = scoreWindow(
    view,
    t,
    (c) => evasionMeets(c.evaded as string, c.taxDue as string, t),
    deductions,
    steps,
  );
  const { grade, basis } = gradeOf(scored.input, t, steps);
  return {
    year,
    asOf,
    regime: t.regime.id,
    start: scored.start,
    deductions,
    score: scored.score,
    input: scored.input,
    grade,
    basis,
    trace: {
      subject: `annual-${year}@${asOf}`,
      outcome: {
        zh: `${year}年度 ${grade}级（${scored.score}分）`,
        en: `${year}: grade ${grade} (${scored.score} points)`,
      },
      steps,
    },
  };
}
