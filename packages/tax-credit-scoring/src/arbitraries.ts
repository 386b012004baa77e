// fast-check arbitraries of valid inputs of @gd-ftz/tax-credit-scoring, for property tests that use
// this engine as an oracle. fast-check is a peer dependency.
import type { CivilDate } from '@gd-ftz/core';
import { paramsArbOf } from '@gd-ftz/core/arbitraries';
import fc from 'fast-check';
import type { BreachCode, CreditEvent, GradeInput, IndicatorCode, NotACase, YearMonth } from './model';
import { NOT_A_CASES } from './model';
import { lastDayOf, monthAt } from './month';
import { PARAMS, type TaxCreditScoringParams } from './params';

/**
 * Valid scenario parameters, derived from the schema (small populations, so that properties stay fast).
 * @example
 * fc.sample(paramsArb, 1)[0]?.population // 100..300
 */
export const paramsArb: fc.Arbitrary<TaxCreditScoringParams> = paramsArbOf(PARAMS, {
  population: { max: 300 },
});

/** Breach codes both regimes know: valid on every date from 2014-10-01. */
export const COMMON_BREACHES: readonly BreachCode[] = [
  'tax-violation',
  'unpaid-decision',
  'violent-refusal',
  'invoice-violation',
  'false-preference',
  'export-refund-suspended',
  'abnormal-household',
  'run-by-abnormal-responsible',
  'run-by-d-responsible',
  'other-serious',
];
const COMMON_INDICATORS: readonly IndicatorCode[] = [
  'tax-control-lost',
  'tax-control-damaged',
  'info-mismatch',
  'other-1',
  'other-3',
  'other-5',
  'other-11',
];

/** Evasion amounts as exact yuan strings, evaded ≤ tax due. */
export const evasionArb: fc.Arbitrary<{ evaded: string; taxDue: string }> = fc
  .tuple(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 50_000_000 }))
  .map(([a, b]) => {
    const evaded = Math.min(a, b);
    const due = Math.max(a, b, 1);
    const fen = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
    return { evaded: fen(evaded * 100), taxDue: fen(due * 100) };
  });

/** Grade facts valid on every date from 2018-04-01 (breach codes both regimes know). */
export const gradeInputArb: fc.Arbitrary<GradeInput> = fc.record(
  {
    score: fc.double({ min: 0, max: 100, noNaN: true }),
    entity: fc.constantFrom('operating', 'new', 'no-revenue'),
    notA: fc.uniqueArray(fc.constantFrom<NotACase>(...NOT_A_CASES)),
    seriousBreaches: fc.uniqueArray(fc.constantFrom(...COMMON_BREACHES), { maxLength: 2 }),
    evasion: evasionArb,
    keptD: fc.boolean(),
  },
  { requiredKeys: ['score'] },
);

/** Civil dates from `from` to `to` (inclusive), by day. */
export function dateArb(from: string, to: string): fc.Arbitrary<CivilDate> {
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  return fc
    .record({
      y: fc.integer({ min: y0, max: y1 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as CivilDate)
    .filter((s) => s >= from && s <= to);
}

/**
 * A firm's credit record between two month indices (year × 12 + month − 1): a registration,
 * monthly returns filed the next month, late filings, indicators, non-recurring and books
 * findings, breaches (codes both regimes know), evasion findings, repairs and April results.
 * Events are sorted by date; every date lies within the range.
 */
export function creditHistoryArb(firstMonth: number, lastMonth: number): fc.Arbitrary<CreditEvent[]> {
  const from = `${monthAt(firstMonth)}-01`;
  const to = lastDayOf(monthAt(lastMonth));
  const day = dateArb(from, to);
  const months = lastMonth - firstMonth + 1;
  const filing = fc
    .record({
      i: fc.integer({ min: 0, max: months - 2 }),
      d: fc.integer({ min: 1, max: 28 }),
      vat: fc.constantFrom('positive', 'positive', 'zero', 'negative'),
      revenue: fc.boolean(),
      reason: fc.constantFrom(undefined, 'seasonal', 'credit-carryforward'),
    })
    .map(({ i, d, vat, revenue, reason }): CreditEvent => {
      const period = monthAt(firstMonth + i) as YearMonth;
      const date = `${monthAt(firstMonth + i + 1)}-${String(d).padStart(2, '0')}` as CivilDate;
      return {
        kind: 'filing',
        date,
        period,
        vat: vat as 'positive',
        revenue,
        ...(reason && vat !== 'positive' ? { zeroReason: reason as 'seasonal' } : {}),
      };
    });
  const other: fc.Arbitrary<CreditEvent> = fc.oneof(
    fc.record({
      kind: fc.constant('late-filing' as const),
      date: day,
      tax: fc.constantFrom('vat' as const, 'cit' as const, 'social-insurance' as const),
    }),
    fc.record({
      kind: fc.constant('indicator' as const),
      date: day,
      code: fc.constantFrom(...COMMON_INDICATORS),
    }),
    fc.record({ kind: fc.constant('non-recurring' as const), date: day }),
    fc.record({ kind: fc.constant('irregular-books' as const), date: day }),
    fc.record({ kind: fc.constant('breach' as const), date: day, code: fc.constantFrom(...COMMON_BREACHES) }),
    fc.record({
      kind: fc.constant('repair' as const),
      date: day,
      code: fc.constantFrom<BreachCode | 'evasion'>(...COMMON_BREACHES, 'evasion'),
    }),
    fc.tuple(day, evasionArb).map(([date, e]): CreditEvent => ({ kind: 'evasion', date, ...e })),
  );
  const rated = fc
    .record({
      grade: fc.constantFrom('A' as const, 'B' as const, 'C' as const, 'D' as const),
      basis: fc.constantFrom('score' as const, 'direct' as const),
    })
    .map((r) => r);
  const startYear = Math.floor(firstMonth / 12);
  const endYear = Math.floor(lastMonth / 12);
  return fc
    .record({
      registered: fc.option(dateArb(`${startYear - 5}-01-01`, to), { nil: undefined }),
      filings: fc.array(filing, { maxLength: months }),
      other: fc.array(other, { maxLength: 12 }),
      results: fc.array(rated, { minLength: endYear - startYear + 1, maxLength: endYear - startYear + 1 }),
      withResults: fc.boolean(),
    })
    .map(({ registered, filings, other: rest, results, withResults }) => {
      const events: CreditEvent[] = [...filings, ...rest];
      if (registered) events.push({ kind: 'registered', date: registered });
      if (withResults) {
        results.forEach((r, n) => {
          const date = `${startYear + n}-04-30`;
          if (date >= from && date <= to)
            events.push({
              kind: 'rated',
              date: date as CivilDate,
              year: startYear + n - 1,
              grade: r.grade,
              basis: r.basis,
            });
        });
      }
      return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    });
}
