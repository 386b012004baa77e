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
  /** Working days a late manual review runs past the statutory deadline: uniform 1–10. */
  lateWorkingDays: [1, 10],
  /** Median days until the authority finds an overpayment itself (审核, 评估): lognormal, σ = 1. */
  authorityFindMedianDays: 180,
} as const;

/**
 * The taxpayer's steps a case can take, the five the issue names; a case's actions are the steps
 * its simulated path went through (see `cases.ts`), not a constant.
 * - `notice`: finds the overpayment in the account alone (baseline own claim; a reminder or the
 *   authority's notice is not the taxpayer's act);
 * - `login`: goes to the tax office (baseline) or logs in to the e-tax bureau (reform);
 * - `form`: fills in the 《退(抵)税申请表》 (baseline) or confirms the pre-filled one (reform);
 * - `documents`: brings the proof (every paper-era claim) or types a bank account (reform, none on file);
 * - `follow-up`: supplies more material when a manual review asks.
 * @example
 * TAXPAYER_STEPS.login.en // 'Visit the tax office or log in to the e-tax bureau'
 */
export const TAXPAYER_STEPS = {
  notice: { zh: '自行发现多缴', en: 'Find the overpayment alone' },
  login: { zh: '到办税服务厅或登录电子税务局', en: 'Visit the tax office or log in to the e-tax bureau' },
  form: { zh: '填写或确认《退(抵)税申请表》', en: 'Fill in or confirm the refund application form' },
  documents: { zh: '提供证明材料或银行账户', en: 'Provide proof or bank details' },
  'follow-up': { zh: '按审核要求补充资料', en: 'Supply more material on request' },
} as const;
/** One of the keys of {@link TAXPAYER_STEPS}. */
export type TaxpayerStep = keyof typeof TAXPAYER_STEPS;

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
  /** Uniform [0,1): a manual review overruns the statutory deadline when below the late share. */
  readonly uLate: number;
  readonly lateWorkingDays: number;
  /** Uniform [0,1): the authority finds the overpayment itself when below the authority share. */
  readonly uAuthority: number;
  readonly authorityFindDays: number;
}

/** The draws added with the late-review and authority-found routes, from their own stream. */
export type RouteDraws = Pick<CaseDraws, 'uLate' | 'lateWorkingDays' | 'uAuthority' | 'authorityFindDays'>;

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
export function drawCase(rng: RandomStream, o: BehaviourOptions): Omit<CaseDraws, keyof RouteDraws> {
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

/**
 * Draws one case's late-review and authority-found draws from `rng`, a stream of their own, so
 * that adding these routes left every earlier draw of a seed unchanged.
 * @example
 * const r = drawRoutes(RandomStream.fromSeed(1));
 */
export function drawRoutes(rng: RandomStream): RouteDraws {
  const a = PROCESS_ASSUMPTIONS;
  return {
    uLate: rng.real(),
    lateWorkingDays: rng.int(a.lateWorkingDays[0], a.lateWorkingDays[1]),
    uAuthority: rng.real(),
    authorityFindDays: Math.max(1, Math.round(rng.lognormal(Math.log(a.authorityFindMedianDays), 1))),
  };
}
