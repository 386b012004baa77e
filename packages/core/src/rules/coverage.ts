import { describeValue } from '../describe-value';
import { ConfigurationError, ValidationError } from '../errors';
import type { RuleCoverageEntry } from '../report';
import type { Rule } from './rule';
import type { Evaluation, RuleSet } from './rule-set';

/** Rule coverage accumulated over many evaluations, per rule id (all dated versions together). */
export interface Coverage<F, E> {
  readonly ruleSet: RuleSet<F, E>;
  /** Counts one evaluation of this rule set. Cheap: two counter increments per rule in force. */
  record(result: Evaluation<F, E>): void;
  /** Evaluations recorded so far. */
  readonly runs: number;
  /** One entry per rule id, in rule-set order. */
  entries(): RuleCoverageEntry[];
}

/**
 * Starts accumulating rule coverage for a rule set.
 * @example
 * const cov = createCoverage(set);
 * for (const f of fixtures) cov.record(set.evaluate(f, { asOf: '2025-01-01' }));
 * cov.entries(); // [{ ruleId: 'ITA-001', fired: 12, evaluated: 40 }, ...]
 */
export function createCoverage<F, E>(ruleSet: RuleSet<F, E>): Coverage<F, E> {
  const rs = ruleSet as { rules?: unknown; ids?: unknown } | null | undefined;
  if (typeof ruleSet !== 'object' || ruleSet === null || !Array.isArray(rs?.rules) || !Array.isArray(rs.ids))
    throw new ConfigurationError(
      'ruleSet',
      `must be a rule set (defineRuleSet), got ${describeValue(ruleSet)}`,
    );
  const slot = new Map<Rule<F, E>, number>();
  for (const r of ruleSet.rules) slot.set(r, ruleSet.ids.indexOf(r.id));
  const evaluated = new Float64Array(ruleSet.ids.length);
  const fired = new Float64Array(ruleSet.ids.length);
  let runs = 0;
  return {
    ruleSet,
    get runs() {
      return runs;
    },
    record(result) {
      for (const r of result.evaluated) {
        const s = slot.get(r);
        if (s === undefined) {
          throw ValidationError.of(
            'result',
            `rule ${r.id} does not belong to rule set ${ruleSet.id}`,
            '结果不属于该规则集',
          );
        }
        evaluated[s]!++;
      }
      for (const r of result.fired) fired[slot.get(r)!]!++;
      runs++;
    },
    entries() {
      return ruleSet.ids.map((ruleId, s) => ({ ruleId, fired: fired[s]!, evaluated: evaluated[s]! }));
    },
  };
}

/**
 * Test helper: throws a ConfigurationError listing every rule that never fired, and every rule
 * that never was skipped (evaluated without firing), over the recorded fixtures.
 * @example
 * assertFullCoverage(cov); // in an engine's test, after recording its fixture set
 */
export function assertFullCoverage(coverage: Pick<Coverage<unknown, unknown>, 'entries'>): void {
  if (typeof (coverage as { entries?: unknown } | null | undefined)?.entries !== 'function')
    throw new ConfigurationError(
      'coverage',
      `must be a coverage (createCoverage), got ${describeValue(coverage)}`,
    );
  const entries: unknown = coverage.entries();
  const ok =
    Array.isArray(entries) &&
    entries.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.ruleId === 'string' &&
        Number.isFinite(e.fired) &&
        Number.isFinite(e.evaluated),
    );
  if (!ok)
    throw new ConfigurationError(
      'coverage.entries',
      `must return [{ ruleId, fired, evaluated }], got ${describeValue(entries)}`,
    );
  const list = entries as readonly RuleCoverageEntry[];
  const neverFired = list.filter((e) => e.fired === 0).map((e) => e.ruleId);
  const neverSkipped = list.filter((e) => e.evaluated - e.fired === 0).map((e) => e.ruleId);
  if (neverFired.length === 0 && neverSkipped.length === 0) return;
  const parts = [
    neverFired.length > 0 ? `never fired: ${neverFired.join(', ')}` : '',
    neverSkipped.length > 0 ? `never skipped: ${neverSkipped.join(', ')}` : '',
  ].filter(Boolean);
  throw new ConfigurationError('coverage', `incomplete rule coverage (${parts.join('; ')})`);
}
