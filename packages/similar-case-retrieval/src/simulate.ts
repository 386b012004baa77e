// One run of measure 16: the prepared corpus, cases and searches, decided the old way (baseline) and
// the reform way on the same draws, with the event log. Internal: not exported from src/index.ts.
import { addDays, type EventLog, type Variant } from '@gd-ftz/core';
import { type Decision, decide } from './decide';
import type { SimilarCaseRetrievalParams } from './params';
import { type Prepared, prepare } from './prepare';

/** The result of a run. */
export interface BatchResult {
  readonly prep: Prepared;
  readonly baseline: readonly Decision[];
  readonly reform: readonly Decision[];
}

/** What a run reports to, both optional. */
export interface RunHooks {
  readonly onProgress?: ((fraction: number) => void) | undefined;
  readonly eventLog?: EventLog | undefined;
}

const ACTIVITIES = {
  file: { zh: '立案', en: 'Case filed' },
  search: { zh: '类案检索', en: 'Similar-case search' },
  'link-check': { zh: '关联案件核查', en: 'Related-case check' },
  report: { zh: '制作类案检索报告', en: 'Search report filed' },
  judge: { zh: '作出裁判', en: 'Judgment' },
} as const;

/** Days from filing to judgment in the log (the model does not time the trial). */
const TRIAL_DAYS = 60;

function logDecision(log: EventLog, prep: Prepared, d: Decision): void {
  const c = prep.cases[d.index];
  if (!c) return;
  const on = c.doc.decidedOn;
  const rec = log.startCase(d.variant, c.doc.id, 'case', {
    attributes: { court: c.doc.court.id, art2: d.art2, rule: d.rule, source: d.source },
  });
  rec.event('file', addDays(on, -TRIAL_DAYS), { resource: 'registry' });
  if (d.search !== 'none') rec.event('search', on, { resource: 'judge', attributes: { method: d.search } });
  if (d.linkChecked) rec.event('link-check', on, { resource: 'judge' });
  if (d.search === 'full') rec.event('report', on, { resource: 'judge' });
  rec.event('judge', on, { resource: 'judge' });
}

/**
 * Runs baseline and reform on the same prepared cases (pass `prep` to reuse one: the sensitivity
 * runs change only the behavioural shares, never the corpus or the searches).
 * @example
 * runBatch(params, 42).reform.length; // params.newCases
 */
export function runBatch(
  params: SimilarCaseRetrievalParams,
  seed: number,
  hooks: RunHooks = {},
  prepared?: Prepared,
): BatchResult {
  const prep = prepared ?? prepare(params, seed);
  hooks.onProgress?.(0.6);
  const log = hooks.eventLog;
  if (log) log.defineActivities(ACTIVITIES);
  const run = (variant: Variant) => {
    const ds = decide(prep, params, variant, seed);
    if (log) for (const d of ds) logDecision(log, prep, d);
    return ds;
  };
  const baseline = run('baseline');
  const reform = run('reform');
  hooks.onProgress?.(0.7);
  return { prep, baseline, reform };
}
