// The grade from its facts (2014 第18–20条 with 2018年第8号; 2025 第16–18条): direct D first, then
// M for new firms, then the score bands, M for firms without revenue, and the not-A cap.
import { type CivilDate, cited, decimal, type Localized, type Trace, type TraceStep } from '@gd-ftz/core';
import { CITES } from './law';
import type { CreditGrade, GradeInput, RegimeId } from './model';
import { type Terms, termsAt } from './terms';
import { checkDate, checkGradeInput, Issues } from './validate';

/** How a grade was reached. */
export type GradeBasis = 'score' | 'direct' | 'kept' | 'new';

/** The result of {@link explainCreditGrade}: the grade, how it was reached, and the trace. */
export interface GradeDecision {
  readonly grade: CreditGrade;
  readonly basis: GradeBasis;
  readonly regime: RegimeId;
  readonly trace: Trace;
}

/** True when an evasion finding meets both thresholds (≥ 10万 and ≥ 10% of the tax due). */
export function evasionMeets(evaded: string, taxDue: string, t: Terms): boolean {
  const e = decimal(evaded);
  return (
    e.greaterThanOrEqualTo(t.evasionMin) && e.greaterThanOrEqualTo(decimal(taxDue).times(t.evasionShare))
  );
}

const step = (
  id: string,
  title: Localized,
  fired: boolean,
  inputs: TraceStep['inputs'],
  result: string,
  c: Parameters<typeof cited>[0],
): TraceStep => ({
  id,
  kind: 'rule',
  title,
  fired,
  inputs,
  result,
  basis: cited(c),
});

/**
 * The grade of validated facts under `t`. With `steps`, each rule that decided is traced.
 * Internal: the hot path of the re-scoring.
 */
export function gradeOf(
  input: GradeInput,
  t: Terms,
  steps?: TraceStep[],
): { grade: CreditGrade; basis: GradeBasis } {
  const r = t.regime;
  const grades = r.id === 'sat-2025-12' ? CITES.grades2025 : CITES.grades2014;
  if (input.keptD) {
    steps?.push(
      step(
        'grade.kept-d',
        { zh: '上年直接判D，保留D级', en: 'Previous direct D kept' },
        true,
        {},
        'D',
        r.id === 'sat-2025-12' ? CITES.dMeasures2025 : CITES.scoreD2020,
      ),
    );
    return { grade: 'D', basis: 'kept' };
  }
  const breaches = input.seriousBreaches ?? [];
  if (breaches.length > 0) {
    if (steps) {
      for (const code of breaches) {
        const c = r.directD[code];
        if (c)
          steps.push(
            step(
              `grade.direct-d.${code}`,
              { zh: '严重失信，直接判D', en: `Direct D: ${code}` },
              true,
              { code },
              'D',
              c,
            ),
          );
      }
    }
    return { grade: 'D', basis: 'direct' };
  }
  const ev = input.evasion;
  if (ev) {
    const meets = evasionMeets(ev.evaded, ev.taxDue, t);
    steps?.push(
      step(
        'grade.evasion',
        { zh: '偷税金额10万元以上且占应纳税总额10%以上', en: 'Evasion ≥ 100,000 and ≥ 10% of tax due' },
        meets,
        {
          evaded: ev.evaded,
          taxDue: ev.taxDue,
          minAmount: t.evasionMin.toFixed(2),
          minShare: t.evasionShare.toString(),
        },
        meets ? 'D' : 'below threshold',
        r.directD.evasion ?? CITES.directD2014,
      ),
    );
    if (meets) return { grade: 'D', basis: 'direct' };
  }
  const entity = input.entity ?? 'operating';
  if (entity === 'new') {
    steps?.push(
      step(
        'grade.new',
        { zh: '新设立经营主体适用M级', en: 'New firm: M' },
        true,
        { entity },
        'M',
        r.id === 'sat-2025-12' ? CITES.grades2025 : CITES.mGrade2018,
      ),
    );
    return { grade: 'M', basis: 'new' };
  }
  const s = input.score;
  const band: CreditGrade = s < t.cMin ? 'D' : s < t.bMin ? 'C' : s < t.aMin ? 'B' : 'A';
  steps?.push(
    step(
      'grade.band',
      { zh: '按年度评价指标得分定级', en: 'Grade by score band' },
      true,
      { score: s, aMin: t.aMin, bMin: t.bMin, cMin: t.cMin },
      band,
      grades,
    ),
  );
  if (band === 'D' || band === 'C') return { grade: band, basis: 'score' };
  if (entity === 'no-revenue' && t.mMin !== null && s >= t.mMin) {
    steps?.push(
      step(
        'grade.no-revenue-m',
        {
          zh: '评价年度内无生产经营业务收入且得分70分以上：M级',
          en: 'No operating revenue and score ≥ 70: M',
        },
        true,
        { entity, score: s },
        'M',
        r.id === 'sat-2025-12' ? CITES.grades2025 : CITES.mGrade2018,
      ),
    );
    return { grade: 'M', basis: 'score' };
  }
  if (band === 'A') {
    const notA = input.notA ?? [];
    if (notA.length > 0) {
      if (steps)
        for (const c of notA)
          steps.push(
            step(
              `grade.not-a.${c}`,
              { zh: '不能评为A级', en: `Not A: ${c}` },
              true,
              { case: c },
              'B',
              r.notA[c],
            ),
          );
      return { grade: 'B', basis: 'score' };
    }
  }
  return { grade: band, basis: 'score' };
}

function validated(input: unknown, asOf: unknown): Terms {
  const issues = new Issues();
  if (!checkDate(asOf, 'asOf', issues)) issues.throwIfAny();
  const t = termsAt(asOf as string, `${(asOf as string).slice(0, 4)}-12-31`);
  checkGradeInput(input, t.regime, t.mMin !== null, issues);
  issues.throwIfAny();
  return t;
}

/**
 * The credit grade of a firm's facts under the regime in force on `asOf`: D for a kept D, a
 * serious breach or evasion ≥ 100,000.00 and ≥ 10% of the tax due; M for a new firm; by score A ≥ 90,
 * B 70–<90, C 40–<70, D < 40 ("以上" includes the bound); M for a firm without operating revenue
 * scoring ≥ 70; a not-A case caps A at B. (2014 第18–20条, 2018年第8号; 2025 第16–18条.)
 * @throws ValidationError naming each bad field (`score`, `notA.0`, `seriousBreaches.1`,
 * `evasion.evaded`, `asOf`), also for a breach code the regime in force lacks. Nothing is mutated.
 * @example
 * creditGrade({ score: 89 }, '2025-07-01' as CivilDate) // 'B'
 * creditGrade({ score: 95, notA: ['zero-vat-months'] }, '2024-04-30' as CivilDate) // 'B'
 * creditGrade({ score: 95, evasion: { evaded: '150000.00', taxDue: '1200000.00' } }, '2024-04-30' as CivilDate) // 'D'
 */
export function creditGrade(input: GradeInput, asOf: CivilDate): CreditGrade {
  return gradeOf(input, validated(input, asOf)).grade;
}

/**
 * {@link creditGrade} with its trace: every rule that decided, citing its article.
 * @throws ValidationError as {@link creditGrade}.
 * @example
 * explainCreditGrade({ score: 69 }, '2025-07-01' as CivilDate).trace.steps.at(-1)?.basis
 */
export function explainCreditGrade(input: GradeInput, asOf: CivilDate): GradeDecision {
  const t = validated(input, asOf);
  const steps: TraceStep[] = [
    {
      id: 'grade.regime',
      kind: 'step',
      title: { zh: '适用的纳税信用管理办法', en: 'Regime in force' },
      fired: true,
      inputs: { asOf },
      result: t.regime.id,
      basis: cited(t.regime.title),
      at: asOf,
    },
  ];
  const { grade, basis } = gradeOf(input, t, steps);
  return {
    grade,
    basis,
    regime: t.regime.id,
    trace: { subject: `grade@${asOf}`, outcome: { zh: `${grade}级`, en: `Grade ${grade}` }, steps },
  };
}
