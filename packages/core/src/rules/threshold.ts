import { describeValue } from '../describe-value';
import { ConfigurationError, ValidationError } from '../errors';
import type { FactValue } from './facts';

/** The comparison of a threshold. `in` takes an array of allowed values. */
export type ThresholdOp = '<' | '<=' | '>' | '>=' | '==' | '!=' | 'in';

/** Every threshold operator, in a stable order. */
export const THRESHOLD_OPS: readonly ThresholdOp[] = ['<', '<=', '>', '>=', '==', '!=', 'in'];

/**
 * A declarative condition on one fact (`violations12m >= 3`, `creditGrade in [C, D]`). Rules
 * built from thresholds need no hand-written closure, are compiled to fast typed-array checks,
 * and can say why they did not fire and which nearest value would make them fire.
 * @example
 * const t: Threshold<Facts> = { fact: 'violations12m', op: '>=', value: 3 };
 */
export interface Threshold<F = Record<string, FactValue>> {
  readonly fact: keyof F & string;
  readonly op: ThresholdOp;
  readonly value: FactValue | readonly (string | number)[];
}

/** A threshold on any fact, whatever the facts type. */
export interface AnyThreshold {
  readonly fact: string;
  readonly op: ThresholdOp;
  readonly value: FactValue | readonly (string | number)[];
}

/** A condition over typed facts. */
export type Predicate<F> = (facts: F) => boolean;

/** How the thresholds of a rule combine. */
export type ThresholdMatch = 'all' | 'any';

/** Marks predicates built by whenAll/whenAny so a rule set can compile them. */
export const THRESHOLDS = Symbol('gd-ftz.rules.thresholds');

/** A predicate built from thresholds, carrying them for compilation and why-not. */
export interface ThresholdPredicate<F> extends Predicate<F> {
  readonly [THRESHOLDS]: { readonly match: ThresholdMatch; readonly thresholds: readonly Threshold<F>[] };
}

/**
 * Whether one fact value satisfies one threshold.
 * @example
 * testThreshold({ fact: 'n', op: '>=', value: 3 }, 4); // true
 */
export function testThreshold(t: AnyThreshold, value: unknown): boolean {
  checkThreshold(t);
  return testChecked(t, value);
}

/** A threshold's shape at the public boundary (rule sets check theirs once, when defined). */
function checkThreshold(t: unknown): asserts t is AnyThreshold {
  const r = t as { fact?: unknown; op?: unknown; value?: unknown } | null;
  if (typeof t !== 'object' || t === null || Array.isArray(t))
    throw new ConfigurationError('threshold', `must be { fact, op, value }, got ${describeValue(t)}`);
  if (typeof r?.fact !== 'string')
    throw new ConfigurationError('threshold.fact', `must be a string, got ${describeValue(r?.fact)}`);
  if (!THRESHOLD_OPS.includes(r.op as ThresholdOp))
    throw new ConfigurationError(
      'threshold.op',
      `must be one of ${THRESHOLD_OPS.join(' ')}, got ${describeValue(r.op)}`,
    );
  const ok = (v: unknown) =>
    typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
  const good = r.op === 'in' ? Array.isArray(r.value) && r.value.every(ok) : ok(r.value);
  if (!good)
    throw new ConfigurationError(
      'threshold.value',
      `must be a finite number, string or boolean (an array of them for 'in'), got ${describeValue(r.value)}`,
    );
}

/** testThreshold without the shape check: the compiled predicates' inner loop. */
export function testChecked(t: AnyThreshold, value: unknown): boolean {
  const c = t.value;
  switch (t.op) {
    case '<':
      return (value as number) < (c as number);
    case '<=':
      return (value as number) <= (c as number);
    case '>':
      return (value as number) > (c as number);
    case '>=':
      return (value as number) >= (c as number);
    case '==':
      return value === c;
    case '!=':
      return value !== c;
    case 'in':
      return (c as readonly unknown[]).includes(value);
  }
}

/**
 * A readable form of a threshold.
 * @example
 * formatThreshold({ fact: 'grade', op: 'in', value: ['C', 'D'] }); // 'grade in [C, D]'
 */
export function formatThreshold(t: AnyThreshold): string {
  checkThreshold(t);
  const v = Array.isArray(t.value) ? `[${t.value.join(', ')}]` : String(t.value);
  return `${String(t.fact)} ${t.op} ${v}`;
}

/** Checks the thresholds once, when the predicate is built, so evaluating it stays unchecked (hot). */
function checkThresholds(thresholds: unknown): void {
  if (!Array.isArray(thresholds)) {
    throw ValidationError.of(
      'thresholds',
      `must be an array of thresholds, got ${describeValue(thresholds)}`,
      `必须是阈值数组，收到 ${describeValue(thresholds)}`,
    );
  }
  thresholds.forEach((t: unknown, i) => {
    const at = `thresholds.${String(i)}`;
    if (typeof t !== 'object' || t === null) {
      throw ValidationError.of(
        at,
        'must be a threshold { fact, op, value }',
        '必须是阈值对象 { fact, op, value }',
      );
    }
    const { fact, op, value } = t as Record<string, unknown>;
    if (typeof fact !== 'string' || fact.length === 0) {
      throw ValidationError.of(`${at}.fact`, 'must be a fact name', '必须是事实名称');
    }
    if (!(THRESHOLD_OPS as readonly unknown[]).includes(op)) {
      throw ValidationError.of(
        `${at}.op`,
        `must be one of < <= > >= == != in, got ${describeValue(op)}`,
        `必须是 < <= > >= == != in 之一，收到 ${describeValue(op)}`,
      );
    }
    if (op === 'in' ? !Array.isArray(value) : typeof value === 'number' && !Number.isFinite(value)) {
      throw ValidationError.of(
        `${at}.value`,
        op === 'in' ? 'must be an array of values' : 'must be a finite number',
        op === 'in' ? '必须是取值数组' : '必须是有限数值',
      );
    }
  });
}

function build<F>(match: ThresholdMatch, thresholds: readonly Threshold<F>[]): ThresholdPredicate<F> {
  checkThresholds(thresholds);
  const ts = thresholds.slice();
  const pred =
    match === 'all'
      ? (f: F) => {
          for (const t of ts) if (!testChecked(t, (f as Record<string, unknown>)[t.fact])) return false;
          return true;
        }
      : (f: F) => {
          for (const t of ts) if (testChecked(t, (f as Record<string, unknown>)[t.fact])) return true;
          return false;
        };
  return Object.assign(pred, { [THRESHOLDS]: { match, thresholds: ts } }) as ThresholdPredicate<F>;
}

/**
 * A condition that holds when every threshold holds (an empty list always holds).
 * @example
 * defineRule<Facts, Effect>({ ..., reads: ['violations12m'], when: whenAll([{ fact: 'violations12m', op: '>=', value: 3 }]) });
 */
export function whenAll<F>(thresholds: readonly Threshold<F>[]): ThresholdPredicate<F> {
  return build('all', thresholds);
}

/**
 * A condition that holds when at least one threshold holds (an empty list never holds).
 * @example
 * whenAny<Facts>([{ fact: 'creditGrade', op: '==', value: 'D' }, { fact: 'violations12m', op: '>', value: 5 }]);
 */
export function whenAny<F>(thresholds: readonly Threshold<F>[]): ThresholdPredicate<F> {
  return build('any', thresholds);
}

/**
 * The thresholds a predicate was built from, if it was built by whenAll/whenAny.
 * @example
 * thresholdsOf(whenAll([{ fact: 'n', op: '>', value: 1 }])); // { match: 'all', thresholds: [...] }
 */
export function thresholdsOf<F>(
  pred: Predicate<F>,
): { readonly match: ThresholdMatch; readonly thresholds: readonly Threshold<F>[] } | undefined {
  if (typeof pred !== 'function' && (typeof pred !== 'object' || pred === null))
    throw new ConfigurationError('pred', `must be a predicate function, got ${describeValue(pred)}`);
  return (pred as Partial<ThresholdPredicate<F>>)[THRESHOLDS];
}
