// The life of one hazard as a table-driven state machine (core's defineMachine): found open; the
// user reports it fixed (整改报告); a serious one then waits for the regulator's re-check within 10
// working days (SAMR Order 57 第二十九条), which closes it or reopens it. The ledger applies its
// `hazard-fixed` and `hazard-rechecked` events through this table.
import { type CivilDate, cited, defineMachine, type Localized, type MachineTypes, z } from '@gd-ftz/core';
import { hazardRecheckDeadline } from './deadlines';
import { CITES, ORDER_57_FROM } from './law';
import type { HazardSeverity } from './model';

/** What a hazard's process carries besides its state. */
export interface HazardContext {
  readonly severity: HazardSeverity;
  readonly fixedOn?: CivilDate;
  readonly recheckBy?: CivilDate;
  readonly recheckedOn?: CivilDate;
}

/** What can happen to a hazard once found; `at` is the civil date. */
export type HazardEvent =
  | { readonly type: 'report-fix'; readonly at: CivilDate }
  | { readonly type: 'recheck'; readonly at: CivilDate; readonly passed: boolean };

const label = (zh: string, en: string): Localized => ({ zh, en });

/** A serious hazard fixed once Order 57 is in force waits for the regulator's re-check. */
function needsRecheck(c: HazardContext, at: CivilDate): boolean {
  return c.severity === 'serious' && at >= ORDER_57_FROM;
}

/**
 * The hazard's process as a table.
 * @example
 * hazardMachine.table.states.fixed.events // ['recheck']
 */
export const hazardMachine = defineMachine({
  id: 'special-equipment-ledger.hazard',
  initial: 'open',
  types: {} as MachineTypes<HazardContext, HazardEvent>,
  states: {
    open: { label: label('隐患未整改', 'Hazard open') },
    fixed: { label: label('已整改，待复查', 'Fixed, awaiting the re-check') },
    closed: { label: label('隐患已消除', 'Hazard closed'), final: true },
  },
  events: {
    'report-fix': {
      from: ['open'],
      to: (c, e) => (needsRecheck(c, e.at) ? 'fixed' : 'closed'),
      targets: ['fixed', 'closed'],
      label: label('报告整改完成', 'Report the fix'),
      basis: cited(CITES.faultCheck, CITES.recheck),
      assign: (c, e) =>
        needsRecheck(c, e.at)
          ? { ...c, fixedOn: e.at, recheckBy: hazardRecheckDeadline(e.at) }
          : { ...c, fixedOn: e.at },
    },
    recheck: {
      from: ['fixed'],
      to: (_, e) => (e.passed ? 'closed' : 'open'),
      targets: ['closed', 'open'],
      label: label('监管部门复查', 'Regulator re-checks'),
      basis: cited(CITES.recheck),
      payload: z.object({ passed: z.boolean() }),
      assign: (c, e) => {
        if (e.passed) return { ...c, recheckedOn: e.at };
        const { fixedOn: _f, recheckBy: _r, ...open } = c;
        return { ...open, recheckedOn: e.at };
      },
    },
  },
});
