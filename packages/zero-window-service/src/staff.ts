// Staff plans and the reform's redeployment of window headcount.
import { describeValue, ValidationError, type ValidationIssue } from '@gd-ftz/core';

/** Headcount by post. */
export interface StaffPlan {
  readonly windows: number;
  readonly cloud: number;
  readonly lounge: number;
  readonly backOffice: number;
}

/** Where the window headcount goes under the reform: shares summing to 1. */
export interface RedeployShares {
  readonly cloud: number;
  readonly lounge: number;
  readonly backOffice: number;
}

const POSTS = ['windows', 'cloud', 'lounge', 'backOffice'] as const;
const TARGETS = ['cloud', 'lounge', 'backOffice'] as const;
/** Tolerance of the share sum (the shares come from decimal form fields). */
const SUM_TOLERANCE = 1e-9;

function issue(path: string, en: string, zh: string): ValidationIssue {
  return { path, message: { en, zh } };
}

/**
 * Moves every window post to cloud seats, the lounge and the back office by `shares`, rounding by
 * largest remainder (ties: cloud, lounge, back office) so that headcount is conserved exactly.
 * @throws ValidationError naming `plan.<post>` (not an integer ≥ 0) or `shares.<post>` / `shares`
 * (not in [0, 1], or not summing to 1).
 * @example
 * redeploy({ windows: 10, cloud: 0, lounge: 0, backOffice: 2 }, { cloud: 0.5, lounge: 0.3, backOffice: 0.2 })
 * // { windows: 0, cloud: 5, lounge: 3, backOffice: 4 }
 */
export function redeploy(plan: StaffPlan, shares: RedeployShares): StaffPlan {
  const issues: ValidationIssue[] = [];
  if (plan === null || typeof plan !== 'object')
    issues.push(issue('plan', 'must be an object', '必须是对象'));
  if (shares === null || typeof shares !== 'object')
    issues.push(issue('shares', 'must be an object', '必须是对象'));
  if (issues.length > 0) throw new ValidationError(issues);
  for (const post of POSTS) {
    const v: unknown = plan[post];
    if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) {
      issues.push(issue(`plan.${post}`, `must be an integer ≥ 0, got ${describeValue(v)}`, '必须是非负整数'));
    }
  }
  let sum = 0;
  for (const post of TARGETS) {
    const v: unknown = shares[post];
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) {
      issues.push(
        issue(`shares.${post}`, `must be a number in [0, 1], got ${describeValue(v)}`, '必须在 0 到 1 之间'),
      );
    } else sum += v;
  }
  if (issues.length === 0 && Math.abs(sum - 1) > SUM_TOLERANCE) {
    issues.push(issue('shares', `must sum to 1, got ${String(sum)}`, `之和必须为 1，实际为 ${String(sum)}`));
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const moved = plan.windows;
  const exact = TARGETS.map((p) => moved * shares[p]);
  const whole = exact.map(Math.floor);
  let left = moved - whole.reduce((a, b) => a + b, 0);
  const order = [0, 1, 2].sort((a, b) => exact[b]! - whole[b]! - (exact[a]! - whole[a]!) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    whole[i]! += 1;
    left--;
  }
  return {
    windows: 0,
    cloud: plan.cloud + whole[0]!,
    lounge: plan.lounge + whole[1]!,
    backOffice: plan.backOffice + whole[2]!,
  };
}
