// The random behaviour of one overpayment case (when the taxpayer notices, answers a reminder, how
// long reviews and the treasury take), drawn once and shared by baseline and reform: common random
// numbers, so that the two processes differ only by the reform.
import type { RandomStream } from '@gd-ftz/core';

/**
 * Fixed modelling assumptions of the process timing and effort (none is published; each is a
 * plausible estimate, stated here once).
 * @example
 * PROCESS_ASSUMPTIONS.counterIntakeMinutes // 10
 */
export const PROCESS_ASSUMPTIONS = {
  /** Days to prepare the paper-era form set (《退(抵)税申请表》×3 and proof) once noticed: uniform 1–10. */
  prepDays: [1, 10],
  /** Mean days to act on a reminder: exponential. */
  responseMeanDays: 3,
  /** Working days of a manual review, uniform 5–20, never past the statutory deadline. */
  reviewWorkingDays: [5, 20],
  /** Working days from refund order (收入退还书) to money received, uniform 1–3 (treasury). */
  treasuryWorkingDays: [1, 3],
  /** Officer minutes to accept and key a paper application at the counter (baseline). */
  counterIntakeMinutes: 10,
  /** Probability that a manual review asks the taxpayer for more material. */
  supplementShare: 0.2,
  /** Taxpayer actions of a paper-era claim: check the account, fill the form, prepare proof, submit. */
  baselineActions: 4,
  /** Taxpayer actions of the pre-filled claim: confirm and submit (一次申报即可享受). */
  reformActions: 1,
} as const;

/** The draws of one overpayment case. */
export interface CaseDraws {
  /** Uniform [0,1): the taxpayer notices alone when below the baseline notice share. */
  readonly uNotice: number;
  readonly noticeDays: number;
  /** Uniform [0,1): the taxpayer acts on a reminder when below the response share. */
  readonly uRespond: number;
  readonly responseDays: number;
  readonly prepDays: number;
  readonly reviewWorkingDays: number;
  readonly treasuryWorkingDays: number;
  readonly riskFlag: boolean;
  readonly supplement: boolean;
  readonly reviewMinutes: number;
  /** Uniform [0,1): a manual review confirms a risk flag (and refuses) when below the confirmed share. */
  readonly uConfirm: number;
}

/** The scenario values the draws depend on. */
export interface BehaviourOptions {
  readonly baselineNoticeMedianDays: number;
  readonly riskFlagShare: number;
  readonly manualReviewMinutes: number;
}

/**
 * Draws one case's behaviour, always in the same order, from `rng`.
 * @example
 * const d = drawCase(RandomStream.fromSeed(1), { baselineNoticeMedianDays: 120, riskFlagShare: 0.08, manualReviewMinutes: 40 });
 */
export function drawCase(rng: RandomStream, o: BehaviourOptions): CaseDraws {
  const a = PROCESS_ASSUMPTIONS;
  const m = o.manualReviewMinutes;
  return {
    uNotice: rng.real(),
    noticeDays: Math.max(1, Math.round(rng.lognormal(Math.log(o.baselineNoticeMedianDays), 1))),
    uRespond: rng.real(),
    responseDays: Math.floor(rng.exponential(1 / a.responseMeanDays)),
    prepDays: rng.int(a.prepDays[0], a.prepDays[1]),
    reviewWorkingDays: rng.int(a.reviewWorkingDays[0], a.reviewWorkingDays[1]),
    treasuryWorkingDays: rng.int(a.treasuryWorkingDays[0], a.treasuryWorkingDays[1]),
    riskFlag: rng.bernoulli(o.riskFlagShare),
    supplement: rng.bernoulli(a.supplementShare),
    reviewMinutes: Math.round(rng.triangular(m / 2, m, 2 * m)),
    uConfirm: rng.real(),
  };
}
