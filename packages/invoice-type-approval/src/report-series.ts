import { type Series, UNITS } from '@gd-ftz/core';
import type { CaseRun, ScenarioRun } from './simulation';

const BUCKETS: readonly [number, string][] = [
  [2, '≤2 min'],
  [60, '2 min–1 h'],
  [480, '1–8 h'],
  [1440, '8–24 h'],
  [4320, '1–3 d'],
  [10080, '3–7 d'],
  [Number.POSITIVE_INFINITY, '>7 d'],
];

function histogram(minutes: readonly number[]): [string, number][] {
  const counts = BUCKETS.map(([, label]) => [label, 0] as [string, number]);
  for (const m of minutes) {
    const k = BUCKETS.findIndex(([hi]) => m <= hi);
    counts[k]![1]++;
  }
  return counts;
}

/**
 * The report's two charts: the distribution of time from filing to decision (before/after), and
 * the route and outcome of every application.
 * @example
 * buildSeries(runScenario(params, 42)).map((s) => s.id) // ['time-to-decision', 'outcomes']
 */
export function buildSeries(run: ScenarioRun): Series[] {
  const cs = run.cases;
  const auto = cs.filter((c) => c.reform.auto);
  const referred = cs.filter((c) => !c.reform.auto);
  const n = cs.length;
  const wait = (c: CaseRun, v: 'baseline' | 'reform') => c[v].decidedAt - c.arrival;
  return [
    {
      id: 'time-to-decision',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '申请至决定时长分布', en: 'Time from filing to decision' },
      x: { label: { zh: '时长', en: 'Duration' } },
      y: { label: { zh: '件数', en: 'Cases' }, unit: UNITS.count },
      lines: [
        {
          variant: 'baseline',
          label: { zh: '改革前', en: 'Before' },
          points: histogram(cs.map((c) => wait(c, 'baseline'))),
        },
        {
          variant: 'reform',
          label: { zh: '改革后', en: 'After' },
          points: histogram(cs.map((c) => wait(c, 'reform'))),
        },
      ],
    },
    {
      id: 'outcomes',
      kind: 'xy',
      chart: 'bar',
      title: { zh: '办理方式与结论', en: 'Route and outcome' },
      x: { label: { zh: '结论', en: 'Outcome' } },
      y: { label: { zh: '件数', en: 'Cases' }, unit: UNITS.count },
      lines: [
        {
          variant: 'baseline',
          label: { zh: '改革前（全部人工）', en: 'Before (all by officers)' },
          points: [['officer', n]],
        },
        {
          variant: 'reform',
          label: { zh: '改革后', en: 'After' },
          points: [
            ['auto-approve', auto.filter((c) => c.engine === 'approve' && !c.restricted).length],
            ['auto-approve-restricted', auto.filter((c) => c.engine === 'approve' && c.restricted).length],
            ['auto-reject', auto.filter((c) => c.engine === 'reject').length],
            ['auto-not-applicable', auto.filter((c) => c.engine === 'not-applicable').length],
            ['refer', referred.length],
          ],
        },
      ],
    },
  ];
}
