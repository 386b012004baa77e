// The staff plans of a scenario: the windows before the reform, and where they go after it.
import type { ZeroWindowServiceParams } from './params';
import { redeploy, type StaffPlan } from './staff';

/** The shares of window staff a scenario redeploys (the back office takes the rest). */
type PlanInputs = Pick<
  ZeroWindowServiceParams,
  'windowStaff' | 'backOfficeStaff' | 'shareCloud' | 'shareLounge' | 'staffReduction'
>;

/**
 * The plan before the reform: windows and a back office.
 * @example
 * baselinePlanOf(p) // { windows: 6, cloud: 0, lounge: 0, backOffice: 2 }
 */
export function baselinePlanOf(p: PlanInputs): StaffPlan {
  return { windows: p.windowStaff, cloud: 0, lounge: 0, backOffice: p.backOfficeStaff };
}

/**
 * The plan after the reform: the window posts kept (all, unless `staffReduction` > 0) moved to
 * cloud seats, the lounge and the back office.
 * @example
 * reformPlanOf(p) // { windows: 0, cloud: 2, lounge: 3, backOffice: 3 } with the defaults
 */
export function reformPlanOf(p: PlanInputs): StaffPlan {
  const cut = Math.round(p.windowStaff * p.staffReduction);
  const lounge = p.shareLounge;
  const cloud = Math.min(p.shareCloud, 1 - lounge);
  return redeploy(
    { ...baselinePlanOf(p), windows: p.windowStaff - cut },
    { cloud, lounge, backOffice: Math.max(0, 1 - cloud - lounge) },
  );
}
