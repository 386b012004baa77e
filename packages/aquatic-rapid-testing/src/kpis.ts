// The KPIs of one variant's year, from its records (never asserted): turnaround of routine and
// urgent tests, contaminated lots stopped before sale, volume reaching the market, false
// positives sent to confirmation, utilization, coverage, and where 监督抽查 came from.
import { daysBetween, percentStat, Tally } from '@gd-ftz/core';
import type { Population, SampleRecord, VariantRun } from './simulation/records';
import { validatePopulationShape, validateRun } from './simulation/validate-runs';

/**
 * The measured figures of one variant (display numbers; counts are exact integers). A median or
 * p95 of a variant without any such result is 0, with its `n` 0.
 */
export interface VariantFigures {
  readonly routineHours: { readonly median: number; readonly p95: number; readonly n: number };
  readonly urgentHours: { readonly median: number; readonly p95: number; readonly n: number };
  /**
   * Urgent requests with a result within {@link URGENT_ANSWER_MINUTES} of the call, out of every
   * urgent request of the year: one still without a result at the horizon counts as not answered.
   */
  readonly urgentWithinHour: { readonly hits: number; readonly n: number };
  readonly contaminatedLots: number;
  readonly contaminatedStopped: number;
  readonly contaminatedKgToMarket: number;
  readonly falsePositivesConfirmed: number;
  readonly supervisionSamples: number;
  /** 监督抽查 samples whose chain of follow-ups does not start at a failed 风险监测 result. */
  readonly supervisionIndependent: number;
  readonly penaltyCases: number;
  readonly pending: number;
  /** Objections whose re-test report was signed by its due day (and all objections). */
  readonly retestsOnTime: { readonly hits: number; readonly n: number };
}

const HOUR = 60;

/**
 * The KPI's reading of the seed's 第一时间响应 (answer urgent requests at once): a result within
 * 60 minutes of the farmer's call. Not a legal limit: the KPI definition (assumption).
 * @example
 * URGENT_ANSWER_MINUTES; // 60
 */
export const URGENT_ANSWER_MINUTES = 60;

function isRoutine(s: SampleRecord): boolean {
  return s.regime !== 'urgent';
}

/**
 * Measures one variant's run.
 * @example
 * figuresOf(runs.baseline, runs.scenario.population).urgentWithinHour;
 */
export function figuresOf(run: VariantRun, population: Population): VariantFigures {
  validateRun(run);
  validatePopulationShape(population);
  const routine = new Tally();
  const urgent = new Tally();
  let within = 0;
  let urgentRequests = 0;
  let falsePositives = 0;
  let supervision = 0;
  let independent = 0;
  let penalties = 0;
  let pending = 0;
  let onTime = 0;
  let objections = 0;
  const byId = run.samples;
  for (const s of run.samples) {
    if (s.status === 'pending') pending++;
    if (!isRoutine(s)) urgentRequests++;
    if (!Number.isNaN(s.resultAt)) {
      if (isRoutine(s)) routine.add((s.resultAt - s.takenAt) / HOUR);
      else {
        // Compare minutes, not divided hours, so that exactly 60 min counts as within the hour.
        const minutes = s.resultAt - s.requestedAt;
        urgent.add(minutes / HOUR);
        if (minutes <= URGENT_ANSWER_MINUTES) within++;
      }
    }
    const lot = population.lots[s.lot];
    if (s.method === 'rapid' && s.positive && lot && lot.failMask === 0) falsePositives++;
    if (s.regime === 'supervision' || s.regime === 'follow-up') {
      supervision++;
      // Follow the chain of follow-ups back to the sample that started it.
      let root = s;
      while (root.triggeredBy >= 0 && byId[root.triggeredBy]) root = byId[root.triggeredBy] as SampleRecord;
      if (root.regime !== 'monitoring') independent++;
    }
    if (!Number.isNaN(s.penaltyAt)) penalties++;
    const c = s.confirmation;
    if (c?.objected && c.reportDue) {
      objections++;
      const dueEnd = (daysBetween(run.startDate, c.reportDue) + 1) * 1440;
      if (!Number.isNaN(c.resultAt) && c.resultAt <= dueEnd) onTime++;
    }
  }
  let contaminated = 0;
  let stopped = 0;
  let kgToMarket = 0;
  population.lots.forEach((lot, i) => {
    if (lot.failMask === 0) return;
    contaminated++;
    const state = run.lots[i];
    const held = state !== undefined && state.holdAt < lot.saleAt && Number.isNaN(state.releasedAt);
    if (held) stopped++;
    else kgToMarket += lot.volumeKg;
  });
  const q = (t: Tally, p: number) => (t.count > 0 ? t.quantile(p) : 0);
  return {
    routineHours: { median: q(routine, 0.5), p95: q(routine, 0.95), n: routine.count },
    urgentHours: { median: q(urgent, 0.5), p95: q(urgent, 0.95), n: urgent.count },
    urgentWithinHour: { hits: within, n: urgentRequests },
    contaminatedLots: contaminated,
    contaminatedStopped: stopped,
    contaminatedKgToMarket: kgToMarket,
    falsePositivesConfirmed: falsePositives,
    supervisionSamples: supervision,
    supervisionIndependent: independent,
    penaltyCases: penalties,
    pending,
    retestsOnTime: { hits: onTime, n: objections },
  };
}

/**
 * A percentage `hits / n × 100` to one decimal, exact (decimal, half-up); '0.0' when n is 0.
 * @example
 * percent(1, 3); // '33.3'
 */
export function percent(hits: number, n: number): string {
  return percentStat(hits, n, { digits: 1, empty: 0 });
}
