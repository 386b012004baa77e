// Sample cases of a run with their full traces: how one firm's serious breach reached each view,
// and the rules that graded it, each step citing its article or marked as an assumption.
import {
  assumption,
  type CivilDate,
  cited,
  type Localized,
  type SampleCase,
  type TraceStep,
} from '@gd-ftz/core';
import { inputOfState } from './dynamic';
import type { CaseSeen, FirmRun } from './firm-run';
import { explainCreditGrade } from './grade';
import { CITES } from './law';
import { lastDayOf, monthAt, monthIndex } from './month';
import type { TaxCreditScoringParams } from './params';
import type { Scenario } from './population';
import { regimeFor } from './regimes';

function caseStep(c: CaseSeen): TraceStep {
  const item = regimeFor(c.date).directD[c.code as 'evasion'];
  return {
    id: 'case.occurs',
    kind: 'step',
    title: { zh: `发生直接判D情形（${c.code}）`, en: `Direct-D case occurs (${c.code})` },
    fired: true,
    inputs: { code: c.code, external: c.external },
    result: 'D',
    basis: item ? cited(item) : cited(CITES.directD2025),
    at: c.date,
  };
}

function arrival(
  c: CaseSeen,
  on: CivilDate,
  view: 'baseline' | 'reform',
  p: TaxCreditScoringParams,
): TraceStep {
  const linked = view === 'reform' && c.external && on < c.baseline;
  const why = !c.external
    ? { zh: '税务记录当日在案', en: 'Tax records are on file the day they are made.' }
    : linked
      ? {
          zh: `经数据联通到达：外部记录联通覆盖率 ${p.linkCoverage}，延迟中位数 ${p.linkDelayDays} 天（假设）`,
          en: `Linked external record: ${p.linkCoverage} of them arrive through the link, median ${p.linkDelayDays} days after the event (assumptions).`,
        }
      : {
          zh: `外部记录每年交换一次，于次年 ${p.exchangeMonth} 月到达（假设）`,
          en: `External records of a year reach the tax authority once, in month ${p.exchangeMonth} of the next year (assumption).`,
        };
  return {
    id: 'case.on-record',
    kind: 'step',
    title: { zh: '记载在案（何时记载何时评价）', en: 'On record (evaluated when recorded)' },
    fired: true,
    inputs: { source: c.external ? 'external' : 'tax', linked },
    result: on,
    basis: assumption(why, CITES.record2025, CITES.seed),
    at: on,
  };
}

function firstNotAB(grades: readonly string[], from: number): number {
  for (let j = from; j < grades.length; j++) if (grades[j] !== 'A' && grades[j] !== 'B') return j;
  return -1;
}

function sampleOf(
  run: FirmRun,
  c: CaseSeen,
  sc: Scenario,
  p: TaxCreditScoringParams,
  n: number,
): SampleCase[] {
  const j0 = monthIndex(c.date) - sc.useFirst + 1;
  const out: SampleCase[] = [];
  // Baseline: the April grade, then the adjustment once the case is on record.
  const jb = firstNotAB(run.baseline, j0);
  const baseSteps: TraceStep[] = [
    ...run.rated.baseline.trace.steps,
    caseStep(c),
    arrival(c, c.baseline, 'baseline', p),
  ];
  if (jb >= 0) {
    baseSteps.push({
      id: 'grade.adjusted',
      kind: 'step',
      title: { zh: '动态调整为D级', en: 'Grade adjusted to D' },
      fired: true,
      inputs: { adjustDays: p.adjustDays },
      result: run.baseline[jb] as string,
      basis: assumption(
        {
          zh: `直接判D情形记载在案 ${p.adjustDays} 天后调整级别（假设：条文未规定期限）`,
          en: `The grade is lowered ${p.adjustDays} days after the case is on record (assumption; the article sets no period).`,
        },
        CITES.adjust2014,
      ),
      at: lastDayOf(monthAt(sc.useFirst + jb - 1)),
    });
  }
  const outcome = (g: number, grades: readonly string[]): Localized =>
    g >= 0
      ? {
          zh: `${monthAt(sc.useFirst + g - 1)} 起失去A/B级便利（${grades[g]}级）`,
          en: `Loses A/B facilitation from ${monthAt(sc.useFirst + g - 1)} (grade ${grades[g]})`,
        }
      : { zh: '期末仍享A/B级便利', en: 'Still A/B at the horizon' };
  out.push({
    id: `${run.firm.id}-baseline-${n}`,
    variant: 'baseline',
    title: { zh: `${run.firm.id}：年度评价与动态调整`, en: `${run.firm.id}: annual grade and adjustment` },
    summary: outcome(jb, run.baseline),
    trace: { subject: run.firm.id, outcome: outcome(jb, run.baseline), steps: baseSteps },
  });
  // Reform: the month the re-scoring sees the case.
  const jr = firstNotAB(run.reform, j0);
  const reformSteps: TraceStep[] = [caseStep(c), arrival(c, c.reform, 'reform', p)];
  const state = jr >= 1 ? run.reformStates[jr - 1] : undefined;
  if (state) {
    const { input, asOf } = inputOfState(state);
    reformSteps.push(...explainCreditGrade(input, asOf).trace.steps.map((s) => ({ ...s, at: s.at ?? asOf })));
  }
  out.push({
    id: `${run.firm.id}-reform-${n}`,
    variant: 'reform',
    title: { zh: `${run.firm.id}：按月动态评价`, en: `${run.firm.id}: monthly re-scoring` },
    summary: outcome(jr, run.reform),
    trace: { subject: run.firm.id, outcome: outcome(jr, run.reform), steps: reformSteps },
  });
  return out;
}

/**
 * Sample cases with full traces: for each kept firm, its first serious breach in the year of use,
 * as the baseline and as the reform handled it.
 * @example
 * samplesOf(result, params).map((s) => s.variant) // ['baseline', 'reform', …]
 */
export function samplesOf(runs: readonly FirmRun[], sc: Scenario, p: TaxCreditScoringParams): SampleCase[] {
  const out: SampleCase[] = [];
  runs.forEach((run, n) => {
    const c = run.cases.find((k) => monthIndex(k.date) > sc.useFirst && monthIndex(k.date) <= sc.last);
    if (c) out.push(...sampleOf(run, c, sc, p, n));
  });
  return out;
}
