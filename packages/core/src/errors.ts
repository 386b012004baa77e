/**
 * The error classes of the whole project. Every error a gd-ftz package throws is one of these,
 * with a stable `code` that callers can switch on; business outcomes (rejected, referred, lapsed)
 * are never errors but values.
 */

import { describeValue } from './describe-value';

/** Longest error message kept; a longer one (an echoed 1 MB input) is cut, saying how long it was. */
const MAX_MESSAGE = 1_000;

/** A message part as text: strings as given, anything else (a Symbol, a BigInt) described safely. */
function text(part: unknown): string {
  return typeof part === 'string' ? part : describeValue(part);
}

function capped(message: string): string {
  return message.length > MAX_MESSAGE
    ? `${message.slice(0, MAX_MESSAGE)}… (message cut, ${message.length} characters)`
    : message;
}

/** Bilingual text; every message shown to a person exists in both languages. */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/** Stable error codes; never renamed once published. */
export const ERROR_CODES = {
  validation: 'GDFTZ_VALIDATION',
  calendarRange: 'GDFTZ_CALENDAR_RANGE',
  parameterNotInForce: 'GDFTZ_PARAMETER_NOT_IN_FORCE',
  configuration: 'GDFTZ_CONFIGURATION',
  invalidTransition: 'GDFTZ_INVALID_TRANSITION',
  unknownFact: 'GDFTZ_UNKNOWN_FACT',
  codegen: 'GDFTZ_CODEGEN',
  shardFailed: 'GDFTZ_SHARD_FAILED',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/**
 * Base class of every gd-ftz error.
 * @example
 * try { run() } catch (e) { if (e instanceof GdFtzError && e.code === 'GDFTZ_VALIDATION') ... }
 */
export class GdFtzError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(capped(text(message)), options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** One problem with one field of an input. `path` is dotted (`params.population`, `items.3.amount`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: Localized;
}

/**
 * Bad input to a public function: every offending field is listed with its path and a message in
 * Chinese and English. Thrown before anything is changed, so a caller's state is never half-applied.
 * @example
 * new ValidationError([{ path: 'amount', message: { zh: '必须是字符串', en: 'must be a string' } }])
 */
export class ValidationError extends GdFtzError {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    // Built defensively: the issues may come from a caller, and the message must never throw.
    const list: readonly ValidationIssue[] = Array.isArray(issues) ? issues : [];
    const head = list
      .slice(0, 5)
      .map((i) => `${text(i?.path) || '(root)'}: ${text(i?.message?.en)}`)
      .join('; ');
    const more = list.length > 5 ? ` (+${list.length - 5} more)` : '';
    super(ERROR_CODES.validation, `Invalid input: ${head}${more}`);
    this.issues = list;
  }

  /** The paths of every bad field, for assertions and form highlighting. */
  get paths(): string[] {
    return this.issues.map((i) => i.path);
  }

  /** A single-issue error, the common case for hand-written checks. */
  static of(path: string, en: string, zh: string): ValidationError {
    return new ValidationError([{ path, message: { zh, en } }]);
  }
}

/** A date outside the days governed by the calendar's State Council notices. Never guessed. */
export class CalendarRangeError extends GdFtzError {
  readonly date: string;
  readonly covered: { readonly from: string; readonly to: string };
  constructor(date: string, covered: { from: string; to: string }) {
    super(
      ERROR_CODES.calendarRange,
      `${text(date)} is outside the statutory calendar's covered range ${text(covered?.from)}..${text(covered?.to)}; add that year's State Council notice to a calendar first (calendar.withYear)`,
    );
    this.date = date;
    this.covered = covered;
  }
}

/** A dated parameter asked for a date before its first entry or after its repeal. */
export class ParameterNotInForceError extends GdFtzError {
  readonly parameter: string;
  readonly date: string;
  constructor(parameter: string, date: string, why: string) {
    super(
      ERROR_CODES.parameterNotInForce,
      `Parameter "${text(parameter)}" has no value in force on ${text(date)}: ${text(why)}`,
    );
    this.parameter = parameter;
    this.date = date;
  }
}

/** A programming or configuration mistake (duplicate rule id, bad descriptor, negative capacity). */
export class ConfigurationError extends GdFtzError {
  readonly path: string;
  constructor(path: string, message: string) {
    super(ERROR_CODES.configuration, `${text(path)}: ${text(message)}`);
    this.path = path;
  }
}

/**
 * One shard of a sharded run failed (in a worker thread, a process or a job): names the measure,
 * the seed and the shard, so that it can be replayed alone with `measure.runShard`.
 * @example
 * throw new ShardFailedError({ measure: 'overpayment-refund', seed: 42, shard: 3, shards: 16 }, 'out of memory');
 */
export class ShardFailedError extends GdFtzError {
  readonly measure: string;
  readonly seed: number;
  readonly shard: number;
  readonly shards: number;
  constructor(
    at: { readonly measure: string; readonly seed: number; readonly shard: number; readonly shards: number },
    detail: string,
    options?: { cause?: unknown },
  ) {
    const o = at !== null && typeof at === 'object' ? at : { measure: '', seed: 0, shard: 0, shards: 0 };
    super(
      ERROR_CODES.shardFailed,
      `shard ${text(o.shard)} of ${text(o.shards)} of ${text(o.measure)} (seed ${text(o.seed)}) failed: ${text(detail)}. ` +
        `Replay it alone: measure.runShard(params, { seed: ${text(o.seed)}, shard: ${text(o.shard)}, shards: ${text(o.shards)} })`,
      options,
    );
    this.measure = o.measure;
    this.seed = o.seed;
    this.shard = o.shard;
    this.shards = o.shards;
  }
}

/** A state machine was asked for a transition its current state does not allow. */
export class InvalidTransitionError extends GdFtzError {
  readonly from: string;
  readonly event: string;
  constructor(from: string, event: string, detail = '') {
    super(
      ERROR_CODES.invalidTransition,
      `Event "${text(event)}" is not allowed in state "${text(from)}"${detail ? `: ${text(detail)}` : ''}`,
    );
    this.from = from;
    this.event = event;
  }
}

/** A rule read a fact the rule set does not declare. */
export class UnknownFactError extends GdFtzError {
  readonly fact: string;
  constructor(fact: string, where: string) {
    super(ERROR_CODES.unknownFact, `Unknown fact "${text(fact)}" in ${text(where)}`);
    this.fact = fact;
  }
}

/**
 * Code generation produced source that does not compile, or was handed a value it must not
 * emit. Always a bug of core (the rule data was validated and frozen before generation), never
 * bad input: it is thrown rather than hidden behind the interpreter, which would mask it. The
 * original error, if any, is the `cause`.
 * @example
 * try { ruleSet.evaluate(facts, { asOf }) } catch (e) { if (e instanceof CodegenError) report(e.cause) }
 */
export class CodegenError extends GdFtzError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(
      ERROR_CODES.codegen,
      `Rule code generation failed (a bug of @gd-ftz/core): ${text(message)}`,
      options,
    );
  }
}
