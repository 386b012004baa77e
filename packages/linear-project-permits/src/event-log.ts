// The cases of a run as event-log entries: each project is a case (object type `project`); each
// application step is an activity of the department that handles it ("自然资源主管部门：受理"), so
// the process map shows the old one-after-another chain and the reform's parallel handling. Every
// event names its application (and, on issue, the certificate) as OCEL objects.
import type { CivilDate, EventLog, Localized } from '@gd-ftz/core';
import type { ApplicationEvent } from './application-states';
import type { ProjectOutcome } from './outcome';
import { type PermitFamily, type PermitKind, specOf } from './permits';
import type { Project } from './project';

type Step = ApplicationEvent['type'];
type Department = 'natural-resources' | 'ecology' | 'water';

const DEPARTMENTS: Record<Department, Localized> = {
  'natural-resources': { zh: '自然资源主管部门', en: 'Natural resources' },
  ecology: { zh: '生态环境主管部门', en: 'Ecology and environment' },
  water: { zh: '水行政主管部门', en: 'Water' },
};

const OF_FAMILY: Record<PermitFamily, Department> = {
  siting: 'natural-resources',
  'land-use': 'natural-resources',
  works: 'natural-resources',
  eia: 'ecology',
  swc: 'water',
};

const STEPS: Record<Step, Localized> = {
  submit: { zh: '提交申请', en: 'application submitted' },
  'notify-incomplete': { zh: '一次性告知补正', en: 'incompleteness notified' },
  'notice-period-lapses': { zh: '逾期未告知视为受理', en: 'deemed accepted' },
  supplement: { zh: '补正材料', en: 'materials supplemented' },
  accept: { zh: '受理', en: 'accepted' },
  'start-review': { zh: '开始审查', en: 'review started' },
  'suspend-clock': { zh: '期限中止', en: 'clock stopped' },
  extend: { zh: '延长审查期限', en: 'period extended' },
  approve: { zh: '准予许可', en: 'approved' },
  reject: { zh: '不予许可', en: 'refused' },
  issue: { zh: '发证/备案', en: 'certificate issued / filed' },
};

/**
 * The activities of this engine's log: every step of every department, `<department>.<step>`.
 * @example
 * PERMIT_ACTIVITIES['water.accept'].zh; // '水行政主管部门：受理'
 */
export const PERMIT_ACTIVITIES: Readonly<Record<string, Localized>> = Object.fromEntries(
  (Object.keys(DEPARTMENTS) as Department[]).flatMap((d) =>
    (Object.keys(STEPS) as Step[]).map((s) => [
      `${d}.${s}`,
      {
        zh: `${DEPARTMENTS[d].zh}：${STEPS[s].zh}`,
        en: `${DEPARTMENTS[d].en}: ${STEPS[s].en}`,
      },
    ]),
  ),
);

function departmentOf(kind: PermitKind): Department {
  return OF_FAMILY[specOf(kind).family];
}

/**
 * Records one project's applications in one variant, in date order (steps of parallel
 * applications on the same day keep the order the process ran them in).
 * @example
 * if (log) logProject(log, project, simulateReform(project, draws, settings));
 */
export function logProject(log: EventLog, project: Project, outcome: ProjectOutcome): void {
  const steps: { on: CivilDate; n: number; run: () => void }[] = [];
  const rec = log.startCase(outcome.variant, project.id, 'project', {
    attributes: { type: project.type, segments: project.segments.length, applications: outcome.applications },
  });
  for (const r of outcome.records) {
    const department = departmentOf(r.kind);
    const application = {
      id: `${project.id}/${r.id}`,
      type: 'application',
      qualifier: 'item',
      attributes: { permit: r.kind, form: r.form, segment: r.segment ?? 'whole' },
    };
    for (const h of r.history) {
      const on = h.event.at as CivilDate;
      const objects =
        h.event.type === 'issue'
          ? [application, { id: `${application.id}/certificate`, type: 'certificate', qualifier: 'issued' }]
          : [application];
      steps.push({
        on,
        n: steps.length,
        run: () =>
          rec.event(`${department}.${h.event.type}`, on, {
            resource: department,
            objects,
            attributes: { permit: r.kind },
          }),
      });
    }
  }
  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.n - b.n));
  for (const s of steps) s.run();
}
