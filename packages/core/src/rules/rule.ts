import { isCivilDate } from '../calendar/civil-date';
import { isLocalized, type LegalBasis } from '../citation';
import { describeValue } from '../describe-value';
import { ConfigurationError, type Localized } from '../errors';
import { copyThreshold, frozenCopy } from './snapshot';
import {
  type AnyThreshold,
  type Predicate,
  THRESHOLD_OPS,
  type Threshold,
  type ThresholdMatch,
  thresholdsOf,
  whenAll,
  whenAny,
} from './threshold';

/** What `defineRule` takes. Give `when`, or `thresholds` (then `when` is built from them), or both. */
export interface RuleDefinition<F, E> {
  /** Stable id (`ITA-017`), shared by every dated version of the rule. */
  readonly id: string;
  readonly title: Localized;
  readonly basis: LegalBasis;
  /** The facts the condition reads (default: the facts of `thresholds`); traced as the rule's inputs. */
  readonly reads?: readonly (keyof F & string)[];
  readonly when?: Predicate<F>;
  /** Declarative conditions; with `when` they describe it (for why-not) and must be equivalent to it. */
  readonly thresholds?: readonly Threshold<F>[];
  /** How `thresholds` combine when `when` is omitted (default `all`). */
  readonly match?: ThresholdMatch;
  readonly effect: E;
  /** For the `priority` hit policy: higher wins (default 0). */
  readonly priority?: number;
  /** First day the version applies (`YYYY-MM-DD`, inclusive; default: always). */
  readonly validFrom?: string | undefined;
  /** First day the version no longer applies (`YYYY-MM-DD`, exclusive; default: never ends). */
  readonly validTo?: string | undefined;
}

/** A checked rule (one dated version of it). Immutable. */
export interface Rule<F, E> {
  readonly id: string;
  readonly title: Localized;
  readonly basis: LegalBasis;
  readonly reads: readonly (keyof F & string)[];
  readonly when: Predicate<F>;
  readonly thresholds: readonly Threshold<F>[];
  readonly match: ThresholdMatch;
  /** True when `when` is exactly the thresholds (then the rule set compiles them to typed-array checks). */
  readonly declarative: boolean;
  readonly effect: E;
  readonly priority: number;
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
}

function checkThreshold(t: AnyThreshold, path: string): void {
  if (typeof t !== 'object' || t === null) throw new ConfigurationError(path, 'must be an object');
  if (typeof t.fact !== 'string' || t.fact === '')
    throw new ConfigurationError(`${path}.fact`, 'must name a fact');
  if (!THRESHOLD_OPS.includes(t.op)) throw new ConfigurationError(`${path}.op`, `unknown operator "${t.op}"`);
  const v = t.value;
  if (t.op === 'in') {
    if (!Array.isArray(v) || v.length === 0)
      throw new ConfigurationError(`${path}.value`, '`in` needs a non-empty array');
    v.forEach((x, i) => {
      if (typeof x !== 'string' && !(typeof x === 'number' && Number.isFinite(x)))
        throw new ConfigurationError(`${path}.value.${i}`, 'must be a string or a finite number');
    });
    return;
  }
  if (t.op === '==' || t.op === '!=') {
    if (!['number', 'string', 'boolean'].includes(typeof v)) {
      throw new ConfigurationError(`${path}.value`, 'must be a number, string or boolean');
    }
    // A fact's number is always finite: comparing with NaN or an infinity is a mistake.
    if (typeof v === 'number' && !Number.isFinite(v))
      throw new ConfigurationError(`${path}.value`, 'must be a finite number');
    return;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new ConfigurationError(`${path}.value`, `\`${t.op}\` needs a finite number`);
  }
}

function checkBasis(basis: LegalBasis, path: string): void {
  if (basis?.kind === 'cited' && Array.isArray(basis.citations) && basis.citations.length > 0) return;
  if (basis?.kind === 'assumption' && isLocalized(basis.reason)) return;
  throw new ConfigurationError(path, 'needs citations or an assumption with a reason in zh and en');
}

/**
 * Defines one rule (or one dated version of it) and checks its definition.
 * @throws ConfigurationError for a malformed definition (empty id, bad date, threshold fact not in `reads`).
 * @example
 * const r = defineRule<Facts, 'refer'>({
 *   id: 'ITA-017',
 *   title: { zh: '近12个月违法3次以上转人工', en: 'Three or more violations in 12 months: refer' },
 *   basis: cited(invoiceMeasures.articles.art35), // @gd-ftz/statutes
 *   thresholds: [{ fact: 'violations12m', op: '>=', value: 3 }],
 *   effect: 'refer',
 * });
 */
export function defineRule<F, E>(definition: RuleDefinition<F, E>): Rule<F, E> {
  // Each field is read once (a getter cannot answer the check and the copy differently).
  const def: RuleDefinition<F, E> = { ...definition };
  const where = `rule ${typeof def.id === 'string' && def.id !== '' ? def.id : '(no id)'}`;
  if (typeof def.id !== 'string' || def.id.trim() === '')
    throw new ConfigurationError(`${where}.id`, 'must be a non-empty string');
  const title = frozenCopy(def.title, `${where}.title`);
  if (typeof title?.zh !== 'string' || typeof title?.en !== 'string') {
    throw new ConfigurationError(`${where}.title`, 'needs zh and en');
  }
  const basis = frozenCopy(def.basis, `${where}.basis`);
  checkBasis(basis, `${where}.basis`);
  if (def.priority !== undefined && !Number.isFinite(def.priority)) {
    throw new ConfigurationError(`${where}.priority`, 'must be a finite number');
  }
  for (const k of ['validFrom', 'validTo'] as const) {
    if (def[k] !== undefined && !isCivilDate(def[k]))
      throw new ConfigurationError(`${where}.${k}`, 'must be a YYYY-MM-DD date');
  }
  if (def.validFrom !== undefined && def.validTo !== undefined && def.validFrom >= def.validTo) {
    throw new ConfigurationError(`${where}.validTo`, `must be after validFrom ${def.validFrom}`);
  }
  if (def.match !== undefined && def.match !== 'all' && def.match !== 'any') {
    throw new ConfigurationError(`${where}.match`, 'must be all or any');
  }
  if (def.when !== undefined && typeof def.when !== 'function')
    throw new ConfigurationError(`${where}.when`, 'must be a function');
  const built = def.when === undefined ? undefined : thresholdsOf(def.when);
  const given = def.thresholds ?? built?.thresholds ?? [];
  if (!Array.isArray(given)) throw new ConfigurationError(`${where}.thresholds`, 'must be an array');
  // Copied and frozen before they are checked: what is checked is what runs (see snapshot.ts).
  const thresholds = Object.freeze(
    given.map((t, i) => copyThreshold(t, `${where}.thresholds.${i}`)),
  ) as readonly Threshold<F>[];
  thresholds.forEach((t, i) => {
    checkThreshold(t, `${where}.thresholds.${i}`);
  });
  if (def.when === undefined && def.thresholds === undefined) {
    throw new ConfigurationError(where, 'needs `when` or `thresholds`');
  }
  const match = def.match ?? built?.match ?? 'all';
  const declarative =
    def.when === undefined ||
    (built !== undefined && def.thresholds === undefined && def.match === undefined);
  // A declarative rule's condition is rebuilt from the frozen copies, so it cannot drift from them.
  const when = declarative ? (match === 'all' ? whenAll(thresholds) : whenAny(thresholds)) : def.when!;
  const givenReads = def.reads ?? [...new Set(thresholds.map((t) => t.fact))];
  if (!Array.isArray(givenReads))
    throw new ConfigurationError(`${where}.reads`, 'must be an array of fact names');
  const reads = Object.freeze(Array.from(givenReads as readonly unknown[]));
  reads.forEach((r, i) => {
    if (typeof r !== 'string') throw new ConfigurationError(`${where}.reads.${i}`, 'must be a fact name');
  });
  for (const t of thresholds) {
    if (!reads.includes(t.fact))
      throw new ConfigurationError(`${where}.reads`, `threshold fact "${t.fact}" is not in reads`);
  }
  const rule: Rule<F, E> = Object.freeze({
    id: def.id,
    title,
    basis,
    reads: reads as readonly (keyof F & string)[],
    when,
    thresholds,
    match,
    declarative,
    effect: def.effect,
    priority: def.priority ?? 0,
    validFrom: def.validFrom,
    validTo: def.validTo,
  });
  DEFINED.add(rule);
  return rule;
}

// The rules made by defineRule: only those (copied, checked, frozen) may enter a rule set.
const DEFINED = new WeakSet<object>();

/**
 * Whether `rule` was made by {@link defineRule} (so its data is a checked, frozen copy).
 * @example
 * isDefinedRule(defineRule({ ... })); // true
 * isDefinedRule({ ...rule }); // false
 */
export function isDefinedRule(rule: unknown): boolean {
  return typeof rule === 'object' && rule !== null && DEFINED.has(rule);
}

/**
 * Whether a rule version applies on `asOf`: `validFrom <= asOf < validTo` (ISO strings compare as dates).
 * @example
 * isInForce(rule, '2025-01-01');
 */
export function isInForce(
  rule: Pick<Rule<unknown, unknown>, 'validFrom' | 'validTo'>,
  asOf: string,
): boolean {
  if (typeof rule !== 'object' || rule === null)
    throw new ConfigurationError(
      'rule',
      `must be a rule { validFrom?, validTo? }, got ${describeValue(rule)}`,
    );
  if (typeof asOf !== 'string')
    throw new ConfigurationError('asOf', `must be a date YYYY-MM-DD, got ${describeValue(asOf)}`);
  return (
    (rule.validFrom === undefined || rule.validFrom <= asOf) &&
    (rule.validTo === undefined || asOf < rule.validTo)
  );
}

/** Throws a ConfigurationError when two versions of one rule id are in force on a common date. */
export function checkVersions<F, E>(rules: readonly Rule<F, E>[]): void {
  const byId = new Map<string, { rule: Rule<F, E>; at: number }[]>();
  rules.forEach((rule, at) => {
    const list = byId.get(rule.id) ?? [];
    for (const other of list) {
      const overlap =
        (rule.validTo === undefined ||
          other.rule.validFrom === undefined ||
          other.rule.validFrom < rule.validTo) &&
        (other.rule.validTo === undefined ||
          rule.validFrom === undefined ||
          rule.validFrom < other.rule.validTo);
      if (other.rule === rule) throw new ConfigurationError(`rules.${at}`, `rule ${rule.id} is listed twice`);
      if (overlap) {
        throw new ConfigurationError(
          `rules.${at}`,
          `duplicate rule id ${rule.id}: versions at rules.${other.at} and rules.${at} are both in force on some date`,
        );
      }
    }
    list.push({ rule, at });
    byId.set(rule.id, list);
  });
}
