// The event-log part of the engine contract, as a pure check that returns its findings (no test
// runner inside, so any runner can assert on the list): a run with logging on emits at least one
// event per simulated case, never goes back in time within a case, labels every activity in zh and
// en, and reports exactly what the same run without a log reports.
import { createEventLog, type EventLog, type Measure, type Variant } from '@gd-ftz/core';

/** Options of {@link eventLogContractFindings}. */
export interface EventLogContractOptions {
  readonly seed?: number;
  readonly params?: Record<string, unknown>;
  /** Case limit of the log (default: large enough that nothing is dropped in small scenarios). */
  readonly maxCases?: number;
  /**
   * The number of cases the run simulated per variant, when the engine's report states it; each
   * must appear in the log with at least one event (unless the case limit dropped it).
   */
  readonly expectedCases?: (report: ReturnType<Measure['simulate']>) => Readonly<Record<Variant, number>>;
}

/** What the check found, and the log it ran (for further assertions). */
export interface EventLogContractResult {
  readonly findings: readonly string[];
  readonly log: EventLog;
}

const VARIANTS: readonly Variant[] = ['baseline', 'reform'];

/**
 * Runs `measure` with and without an event log and lists every breach of the event-log contract
 * (an empty list when it holds).
 * @example
 * const { findings } = eventLogContractFindings(measure, { seed: 42, params: { population: 200 } });
 * expect(findings).toEqual([]);
 */
export function eventLogContractFindings(
  measure: Measure,
  options: EventLogContractOptions = {},
): EventLogContractResult {
  const seed = options.seed ?? 42;
  const params = options.params ?? {};
  const log = createEventLog({ maxCases: options.maxCases ?? 1_000_000 });
  const withLog = measure.simulateUnknown(params, { seed, eventLog: log });
  const without = measure.simulateUnknown(params, { seed });
  const findings: string[] = [];
  if (JSON.stringify(withLog) !== JSON.stringify(without)) {
    findings.push('the report with an event log differs from the report without one');
  }
  const summary = log.summary();
  for (const v of VARIANTS) {
    if (summary.cases[v] === 0) findings.push(`no ${v} case was logged`);
  }
  if (options.expectedCases) {
    const expected = options.expectedCases(without);
    for (const v of VARIANTS) {
      const logged = summary.cases[v] + summary.droppedCases[v];
      if (logged !== expected[v]) {
        findings.push(`${v}: the report states ${expected[v]} cases, the log has ${logged}`);
      }
    }
  }
  for (const a of log.activities()) {
    if (!a.label.zh.trim() || !a.label.en.trim()) findings.push(`activity ${a.id} lacks a zh or en label`);
  }
  for (const c of log.cases()) {
    if (c.events.length === 0) findings.push(`${c.variant} case ${c.id} has no event`);
    for (let i = 1; i < c.events.length; i++) {
      const prev = c.events[i - 1];
      const e = c.events[i];
      if (prev && e && e.time < prev.time) {
        findings.push(
          `${c.variant} case ${c.id}: ${e.activity} (event ${i}) is earlier than ${prev.activity}`,
        );
        break;
      }
    }
    for (const e of c.events) {
      const a = log.activity(e.activity);
      if (!a) findings.push(`${c.variant} case ${c.id}: activity ${e.activity} is not registered`);
    }
    if (findings.length > 50) break;
  }
  return { findings, log };
}
