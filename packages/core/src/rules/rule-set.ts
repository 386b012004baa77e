import { isCivilDate } from '../calendar/civil-date';
import { ConfigurationError, type Localized, UnknownFactError, ValidationError } from '../errors';
import { optionsObject } from '../options-object';
import type { TraceStep } from '../trace';
import { type CompiledRule, compileRule, type FactLayout, layoutOf } from './compile';
import { defineFacts, type FactSchema, type FactsOf, validateFacts } from './facts';
import { type Conflict, decideChecked, HIT_POLICIES, type HitPolicy } from './hit-policy';
import { buildPlan, type Plan } from './plan';
import { checkVersions, isDefinedRule, isInForce, type Rule } from './rule';
import { copyFactSchema, frozenCopy } from './snapshot';
import {
  type Change,
  whyNot as explainWhyNot,
  whatWouldChange as searchChanges,
  type WhyNot,
} from './why-not';

/** What `createRuleSet` takes. */
export interface RuleSetDefinition<S extends FactSchema, E> {
  readonly id: string;
  readonly title?: Localized;
  readonly facts: S;
  /** Rules in evaluation order; dated versions of one id may appear several times. */
  readonly rules: readonly Rule<FactsOf<S>, E>[];
  readonly hitPolicy: HitPolicy;
  /** For `collect`: turns the fired effects into one decision (e.g. the most severe). */
  readonly aggregate?: (effects: readonly E[]) => E | undefined;
}

/** Options of an evaluation. */
export interface EvaluateOptions {
  /** The civil date (`YYYY-MM-DD`) whose rule versions apply. */
  readonly asOf: string;
  /** Build a trace step for every rule in force (default false: a separate, allocation-free path). */
  readonly trace?: boolean;
}

/** The outcome of one evaluation. Arrays are in rule order. */
export interface Evaluation<F, E> {
  readonly asOf: string;
  /** Every rule version in force on `asOf` (all were evaluated). Shared between evaluations. */
  readonly evaluated: readonly Rule<F, E>[];
  readonly fired: readonly Rule<F, E>[];
  readonly effects: readonly E[];
  /** The decision under the hit policy; undefined when nothing matched or on a conflict. */
  readonly decision: E | undefined;
  /** Set when the `unique` or `any` policy was violated. */
  readonly conflict: Conflict | undefined;
  /** One `rule` step per rule in force, when `trace: true` was asked. */
  readonly trace: readonly TraceStep[] | undefined;
}

/**
 * How a rule set runs: `generated` code (one function per span of dates, built with
 * `new Function`) or the `interpreted` typed-array program, where a CSP forbids eval.
 */
export type RuleSetEngine = 'generated' | 'interpreted';

/** A compiled, immutable rule set. Evaluation is synchronous and pure (not re-entrant from inside a `when`). */
export interface RuleSet<F, E> {
  readonly id: string;
  /**
   * Which path evaluates this set in this environment: `generated` unless code generation is
   * forbidden (then `interpreted`, with the same results). Asking compiles every span's plan.
   * @example
   * approvalRuleSet().engine; // 'generated' in Node and in a browser without a strict CSP
   */
  readonly engine: RuleSetEngine;
  readonly title: Localized | undefined;
  readonly facts: FactSchema;
  readonly hitPolicy: HitPolicy;
  /** Every rule version, in definition order. */
  readonly rules: readonly Rule<F, E>[];
  /** The distinct rule ids, in order of first appearance. */
  readonly ids: readonly string[];
  /** The dates on which the set of rules in force changes, ascending. */
  readonly changeDates: readonly string[];
  evaluate(facts: F, options: EvaluateOptions): Evaluation<F, E>;
  /** The rule versions in force on `asOf`, in order. */
  inForce(asOf: string): readonly Rule<F, E>[];
  /** Throws a ValidationError naming every missing or ill-typed fact. */
  validate(facts: unknown): asserts facts is F;
  /** Runs every hand-written `when` on guarded facts: reading a fact outside `reads` throws UnknownFactError. */
  checkReads(facts: F, options: { readonly asOf: string }): void;
  whyNot(facts: F, ruleId: string, options: { readonly asOf: string }): WhyNot<F>;
  whatWouldChange(
    facts: F,
    target: (result: Evaluation<F, E>) => boolean,
    options: { readonly asOf: string },
  ): readonly Change<F>[];
}

class CompiledRuleSet<F, E> implements RuleSet<F, E> {
  readonly ids: readonly string[];
  readonly changeDates: readonly string[];
  readonly title: Localized | undefined;
  private readonly layout: FactLayout;
  private readonly compiled: ReadonlyMap<Rule<F, E>, CompiledRule<F>>;
  private readonly plans: (Plan<F, E> | undefined)[];
  private readonly hits: Int32Array;
  private lastAsOf = '';
  private lastPlan: Plan<F, E> | undefined;

  constructor(
    readonly id: string,
    title: Localized | undefined,
    readonly facts: FactSchema,
    readonly rules: readonly Rule<F, E>[],
    readonly hitPolicy: HitPolicy,
    private readonly aggregate: ((effects: readonly E[]) => E | undefined) | undefined,
  ) {
    this.title = title;
    this.layout = layoutOf(facts);
    checkVersions(rules);
    this.compiled = new Map(rules.map((r, i) => [r, compileRule(r, this.layout, `rules.${i} (${r.id})`)]));
    this.ids = [...new Set(rules.map((r) => r.id))];
    const dates = new Set<string>();
    for (const r of rules) {
      if (r.validFrom !== undefined) dates.add(r.validFrom);
      if (r.validTo !== undefined) dates.add(r.validTo);
    }
    this.changeDates = [...dates].sort();
    this.plans = new Array(this.changeDates.length + 1).fill(undefined);
    this.hits = new Int32Array(rules.length);
  }

  private plan(asOf: string): Plan<F, E> {
    if (asOf === this.lastAsOf && this.lastPlan !== undefined) return this.lastPlan;
    if (!isCivilDate(asOf))
      throw ValidationError.of('options.asOf', 'must be a YYYY-MM-DD date', '应为 YYYY-MM-DD 日期');
    const dates = this.changeDates;
    let p = 0;
    while (p < dates.length && dates[p]! <= asOf) p++;
    const plan = this.planOf(p, asOf);
    this.lastAsOf = asOf;
    this.lastPlan = plan;
    return plan;
  }

  /** The plan of the `p`-th span between change dates (`asOf` is any day of that span). */
  private planOf(p: number, asOf: string): Plan<F, E> {
    // Private to TypeScript only; from JavaScript a junk span index would index `plans` by its text.
    if (!(Number.isSafeInteger(p) && p >= 0 && p < this.plans.length))
      throw ValidationError.of(
        'p',
        'must be the index of a span between change dates',
        '应为变更日期区间的序号',
      );
    let plan = this.plans[p];
    if (plan === undefined) {
      const rules = this.rules.filter((r) => isInForce(r, asOf));
      plan = buildPlan(
        rules,
        rules.map((r) => this.compiled.get(r)!),
        this.layout,
      );
      this.plans[p] = plan;
    }
    return plan;
  }

  get engine(): RuleSetEngine {
    // Every span's plan is built (they are cached for evaluation anyway): one interpreted plan,
    // e.g. after a CSP refusal, means some evaluations do not run generated code.
    const starts = ['0000-01-01', ...this.changeDates];
    const all = starts.every((d, p) => this.planOf(p, d).generated);
    return all ? 'generated' : 'interpreted';
  }

  validate(facts: unknown): asserts facts is F {
    validateFacts(this.facts, facts);
  }

  inForce(asOf: string): readonly Rule<F, E>[] {
    return this.plan(asOf).rules;
  }

  evaluate(facts: F, options: EvaluateOptions): Evaluation<F, E> {
    if (typeof options !== 'object' || options === null) {
      throw ValidationError.of('options', 'needs { asOf }', '需要 { asOf }');
    }
    const plan = this.plan(optionsObject(options).asOf as string);
    const hits = this.hits;
    const count = plan.run(facts, hits);
    if (count < 0) {
      this.validate(facts);
      throw ValidationError.of('facts', 'do not fit the fact schema', '与事实声明不符');
    }
    const fired = new Array<Rule<F, E>>(count);
    const effects = new Array<E>(count);
    const { rules, effects: all } = plan;
    for (let j = 0; j < count; j++) {
      const k = hits[j]!;
      fired[j] = rules[k]!;
      effects[j] = all[k]!;
    }
    const trace: readonly TraceStep[] | undefined =
      options.trace === true ? plan.trace(facts, hits, count, options.asOf) : undefined;
    const { decision, conflict } = decideChecked(this.hitPolicy, fired, effects, this.aggregate);
    return { asOf: options.asOf, evaluated: rules, fired, effects, decision, conflict, trace };
  }

  checkReads(facts: F, options: { readonly asOf: string }): void {
    this.validate(facts);
    for (const rule of this.plan(optionsObject(options).asOf as string).rules) {
      if (rule.declarative) continue;
      const allowed = new Set<string>(rule.reads);
      const guarded = new Proxy(facts as object, {
        get(target, prop, receiver) {
          if (typeof prop === 'string' && !allowed.has(prop)) {
            throw new UnknownFactError(prop, `rule ${rule.id} (read but not declared in reads)`);
          }
          return Reflect.get(target, prop, receiver);
        },
      });
      rule.when(guarded as F);
    }
  }

  whyNot(facts: F, ruleId: string, options: { readonly asOf: string }): WhyNot<F> {
    const plan = this.plan(optionsObject(options).asOf as string);
    this.validate(facts);
    if (!this.ids.includes(ruleId)) {
      throw ValidationError.of(
        'ruleId',
        `no rule "${ruleId}" in rule set ${this.id}`,
        `规则集中没有规则“${ruleId}”`,
      );
    }
    return explainWhyNot(
      this.facts,
      plan.rules.find((r) => r.id === ruleId),
      facts,
      ruleId,
    );
  }

  whatWouldChange(
    facts: F,
    target: (result: Evaluation<F, E>) => boolean,
    options: { readonly asOf: string },
  ): readonly Change<F>[] {
    this.validate(facts);
    return searchChanges(this.facts, this.plan(optionsObject(options).asOf as string).rules, facts, (f) =>
      target(this.evaluate(f, { asOf: options.asOf })),
    );
  }
}

/**
 * Compiles a rule set once: checks unique ids (dated versions of one id must not overlap), that
 * every rule reads declared facts and that thresholds fit their facts' kinds and domains.
 * @throws ConfigurationError (duplicate id, overlapping versions, bad threshold), UnknownFactError.
 * @example
 * const set = createRuleSet({ id: 'invoice-approval', facts, rules, hitPolicy: 'first' });
 * const r = set.evaluate({ creditGrade: 'A', violations12m: 0 }, { asOf: '2025-03-01', trace: true });
 * r.decision; r.trace; // the decision, and one TraceStep per rule in force
 */
export function createRuleSet<S extends FactSchema, E>(
  definition: RuleSetDefinition<S, E>,
): RuleSet<FactsOf<S>, E> {
  // Read once, copied and frozen (see snapshot.ts): the caller's objects never reach generated code.
  const def: RuleSetDefinition<S, E> = { ...definition };
  if (typeof def.id !== 'string' || def.id === '')
    throw new ConfigurationError('id', 'must be a non-empty string');
  if (!HIT_POLICIES.includes(def.hitPolicy)) {
    throw new ConfigurationError('hitPolicy', `must be one of ${HIT_POLICIES.join(', ')}`);
  }
  if (!Array.isArray(def.rules)) throw new ConfigurationError('rules', 'must be an array of rules');
  if (def.aggregate !== undefined && def.hitPolicy !== 'collect') {
    throw new ConfigurationError('aggregate', 'only the collect hit policy aggregates');
  }
  const facts = defineFacts(copyFactSchema(def.facts));
  const rules = Object.freeze(Array.from(def.rules));
  rules.forEach((r, i) => {
    if (!isDefinedRule(r)) throw new ConfigurationError(`rules.${i}`, 'must be a rule made by defineRule');
  });
  return new CompiledRuleSet<FactsOf<S>, E>(
    def.id,
    frozenCopy(def.title, 'title'),
    facts,
    rules,
    def.hitPolicy,
    def.aggregate,
  );
}
