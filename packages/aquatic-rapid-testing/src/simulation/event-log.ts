// The cases of a run as event-log entries: each sale lot that was sampled is a case (object type
// `lot`, related to its `farm`); its events come from every sample taken of it (request, sampling,
// rapid test or laboratory analysis, result, objection, confirmatory re-test, report) and from the
// lot's hold, release and penalty. Times are the year's minutes as Beijing civil time.
import { type EventLog, simLogTime } from '@gd-ftz/core';
import type { Population, SampleRecord, VariantRun } from './records';

/** The activities of this engine's log, registered once per log. */
export const AQUATIC_ACTIVITIES = {
  'urgent-request': { zh: '养殖户申请快检', en: 'Farmer requests a test' },
  sample: { zh: '抽样', en: 'Sample taken' },
  'lab-receive': { zh: '样品送达实验室', en: 'Sample received at the laboratory' },
  'rapid-test': { zh: '快速检测', en: 'Rapid test started' },
  'rapid-result': { zh: '快检结果', en: 'Rapid test result' },
  'lab-test': { zh: '实验室检测', en: 'Laboratory analysis started' },
  'lab-report': { zh: '实验室检测报告', en: 'Laboratory report' },
  hold: { zh: '暂停上市销售', en: 'Lot held from sale' },
  objection: { zh: '提出异议申请复检', en: 'Objection lodged' },
  'retest-receive': { zh: '复检样品送达实验室', en: 'Re-test sample received' },
  retest: { zh: '实验室复检/确证检测', en: 'Confirmatory re-test started' },
  'retest-report': { zh: '复检/确证检测报告', en: 'Re-test report' },
  release: { zh: '解除暂停销售', en: 'Hold lifted' },
  penalty: { zh: '立案查处', en: 'Penalty case opened' },
} as const;

type Activity = keyof typeof AQUATIC_ACTIVITIES;

interface Step {
  readonly t: number;
  readonly n: number;
  readonly activity: Activity;
  readonly resource: string;
  readonly sample?: SampleRecord;
  readonly attributes?: Readonly<Record<string, string | boolean>>;
}

function siteOf(s: SampleRecord): string {
  return s.site < 0 ? 'central-lab' : `tp${s.site}`;
}

/** The laboratory or test point an event happens at, as an OCEL object. */
function placeOf(resource: string, prefix: string): { id: string; type: string; qualifier: string }[] {
  if (resource === 'central-lab')
    return [{ id: `${prefix}${resource}`, type: 'lab', qualifier: 'tested-at' }];
  if (resource.startsWith('tp'))
    return [{ id: `${prefix}${resource}`, type: 'test-point', qualifier: 'tested-at' }];
  return [];
}

function stepsOf(s: SampleRecord, push: (step: Omit<Step, 'n'>) => void): void {
  const tester = s.regime === 'urgent' ? 'technician' : 'inspector';
  if (s.regime === 'urgent')
    push({ t: s.requestedAt, activity: 'urgent-request', resource: 'farmer', sample: s });
  push({ t: s.takenAt, activity: 'sample', resource: tester, sample: s });
  if (s.method === 'laboratory') {
    push({ t: s.arrivedAt, activity: 'lab-receive', resource: 'central-lab', sample: s });
    push({ t: s.startedAt, activity: 'lab-test', resource: 'central-lab', sample: s });
    if (s.positive !== null) {
      push({
        t: s.resultAt,
        activity: 'lab-report',
        resource: 'central-lab',
        sample: s,
        attributes: { positive: s.positive },
      });
    }
  } else {
    // An urgent test starts on the farm once the technician arrives (takenAt).
    push({
      t: s.regime === 'urgent' ? s.takenAt : s.startedAt,
      activity: 'rapid-test',
      resource: siteOf(s),
      sample: s,
    });
    if (s.positive !== null) {
      push({
        t: s.resultAt,
        activity: 'rapid-result',
        resource: siteOf(s),
        sample: s,
        attributes: { positive: s.positive },
      });
    }
  }
  const c = s.confirmation;
  if (c) {
    if (c.objected) push({ t: c.objectedAt, activity: 'objection', resource: 'farmer', sample: s });
    push({ t: c.arrivedAt, activity: 'retest-receive', resource: 'central-lab', sample: s });
    push({ t: c.startedAt, activity: 'retest', resource: 'central-lab', sample: s });
    if (c.positive !== null) {
      push({
        t: c.resultAt,
        activity: 'retest-report',
        resource: 'central-lab',
        sample: s,
        attributes: { positive: c.positive },
      });
    }
  }
  push({ t: s.penaltyAt, activity: 'penalty', resource: 'market-regulator', sample: s });
}

/**
 * Records every sampled lot of one variant's year, in time order within each lot. `prefix` sets a
 * district's ids apart (lots, farms and samples are numbered within their district).
 * @example
 * if (log) logRun(log, scenario.population, runs.reform);
 */
export function logRun(log: EventLog, population: Population, run: VariantRun, prefix = ''): void {
  const byLot = new Map<number, SampleRecord[]>();
  for (const s of run.samples) {
    const list = byLot.get(s.lot);
    if (list) list.push(s);
    else byLot.set(s.lot, [s]);
  }
  const at = (t: number) => simLogTime(run.startDate, t);
  for (const [lot, samples] of [...byLot.entries()].sort(([a], [b]) => a - b)) {
    const farm = population.farms[population.lots[lot]?.farm ?? -1];
    const steps: Step[] = [];
    const push = (step: Omit<Step, 'n'>) => {
      // NaN marks a step that never happened (or came after the horizon).
      if (Number.isFinite(step.t) && step.t >= 0) steps.push({ ...step, n: steps.length });
    };
    for (const s of samples) stepsOf(s, push);
    const state = run.lots[lot];
    if (state) {
      push({ t: state.holdAt, activity: 'hold', resource: 'market-regulator' });
      push({ t: state.releasedAt, activity: 'release', resource: 'market-regulator' });
    }
    steps.sort((a, b) => a.t - b.t || a.n - b.n);
    const rec = log.startCase(run.variant, `${prefix}L${lot}`, 'lot', {
      objects: farm ? [{ id: `${prefix}${farm.id}`, type: 'farm', qualifier: 'harvested-at' }] : [],
    });
    for (const step of steps) {
      const s = step.sample;
      rec.event(step.activity, at(step.t), {
        resource: step.resource,
        ...(s
          ? {
              objects: [
                { id: `${prefix}S${s.id}`, type: 'sample', qualifier: s.regime },
                ...placeOf(step.resource, prefix),
              ],
            }
          : {}),
        attributes: s ? { regime: s.regime, method: s.method, ...step.attributes } : { ...step.attributes },
      });
    }
  }
}
