// The project-approval gate of 城乡规划法 第三十七条, shared by both processes: on allocated (划拨)
// land the 建设用地规划许可证 is applied for only after the project is approved, 核准 or filed
// (备案), and a project that needs approval gets its 选址意见书 first (第三十六条). The approval
// itself is handled by the development-and-reform department, outside the one-form bundle, and
// takes the same drawn time in both processes.
import { addWorkingDays, type CivilDate, cited, type Localized, maxDate, type TraceStep } from '@gd-ftz/core';
import type { ProjectDraws } from './draws';
import { PROJECT_APPROVAL_RULE, SITING_RULE } from './law';
import type { PermitKind } from './permits';
import type { Project } from './project';

/** The permit kind the approval gate holds back (城乡规划法 第三十七条). */
export const GATED_KIND: PermitKind = 'land-use';

/** Reason a 用地规划许可 stays pending because the project was never approved. */
export const NOT_APPROVED: Localized = {
  zh: '建设项目未取得批准、核准或备案，建设用地规划许可无法申请（城乡规划法第三十七条）',
  en: 'Land-use planning permit cannot be applied for: the project was not approved, 核准 or filed (Art. 37)',
};

/**
 * The day the project is approved: requested once the 选址意见书 is issued (when the project asks
 * for one; 第三十六条) and the project code is ready, decided `draws.approval` working days later.
 * Null when the 选址意见书 was requested but never issued. Throws CalendarRangeError past the calendar.
 * @example
 * approvalOn(project, draws, '2024-03-04', '2024-04-09'); // 2024-04-09 + draws.approval working days
 */
export function approvalOn(
  project: Project,
  draws: ProjectDraws,
  codeReady: CivilDate,
  sitingIssuedOn: CivilDate | null,
): CivilDate | null {
  const sitingRequested = project.permits.includes('siting');
  if (sitingRequested && sitingIssuedOn === null) return null;
  const from = sitingRequested ? maxDate(sitingIssuedOn as CivilDate, codeReady) : codeReady;
  return addWorkingDays(from, draws.approval);
}

/**
 * The trace step of the approval gate.
 * @example
 * approvalStep('baseline', '2024-05-06', 20);
 */
export function approvalStep(prefix: string, on: CivilDate, workingDays: number): TraceStep {
  return {
    id: `${prefix}.project-approval`,
    kind: 'step',
    title: { zh: '建设项目批准、核准或备案', en: 'Project approved, 核准 or filed' },
    fired: true,
    inputs: { workingDays, gates: GATED_KIND },
    result: { approvedOn: on },
    basis: cited(PROJECT_APPROVAL_RULE, SITING_RULE),
    at: on,
  };
}
