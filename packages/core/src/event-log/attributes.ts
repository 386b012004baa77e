// What the writers share: attribute typing (the four scalar types OCEL 2.0 and XES both know),
// exact text of values, names that every format accepts, and the writers' common options.
import { describeValue } from '../describe-value';
import { ConfigurationError } from '../errors';
import { Money } from '../money/money';
import type { Variant } from '../report';
import type { EventLog, LogAttributes, LogAttributeValue, LogCase } from './types';

/** The scalar types of an attribute, as OCEL 2.0 names them (XES: string, int, float, boolean). */
export type LogAttributeType = 'string' | 'integer' | 'float' | 'boolean';

/** Options every writer accepts. */
export interface LogWriteOptions {
  /** Write only this variant; without it both are written, each case carrying its variant. */
  readonly variant?: Variant;
  /** How activities are named in the file: stable id, English or Chinese label (default `en`). */
  readonly names?: 'id' | 'en' | 'zh';
  /** The log's name (XES `concept:name`). */
  readonly name?: string;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Throws unless `name` is usable as an attribute key in every format (an XML Name without a colon). */
export function checkAttributeName(name: string, path: string): void {
  if (!NAME_RE.test(name)) {
    throw new ConfigurationError(path, `attribute name "${name}" must match ${String(NAME_RE)}`);
  }
}

/** The type of one value. */
export function attributeType(value: LogAttributeValue, path: string): LogAttributeType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (value instanceof Money) return 'float';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new ConfigurationError(path, 'a number attribute must be finite');
    return Number.isSafeInteger(value) ? 'integer' : 'float';
  }
  throw new ConfigurationError(path, 'must be a string, number, boolean or Money');
}

/** The exact text of a value (Money keeps its decimal digits). */
export function attributeText(value: LogAttributeValue): string {
  return typeof value === 'string' ? value : String(value);
}

/**
 * Merges the types seen for one attribute name: integer and float make float; anything else mixed
 * makes string (the text is always exact, so nothing is lost).
 */
export function mergeType(a: LogAttributeType | undefined, b: LogAttributeType): LogAttributeType {
  if (a === undefined || a === b) return b;
  if ((a === 'integer' && b === 'float') || (a === 'float' && b === 'integer')) return 'float';
  return 'string';
}

/** Collects name → type over a set of attribute maps, checking the names. */
export function collectTypes(
  into: Map<string, LogAttributeType>,
  attributes: LogAttributes | undefined,
  path: string,
): void {
  if (!attributes) return;
  for (const [name, value] of Object.entries(attributes)) {
    const known = into.get(name);
    if (known === undefined) checkAttributeName(name, `${path}.${name}`);
    into.set(name, mergeType(known, attributeType(value, `${path}.${name}`)));
  }
}

/** The cases a writer writes, and the name it gives an activity. */
/**
 * Checks that `log` is an event log (an object with `cases`, `activity`, `activities` and
 * `summary` methods, as createEventLog returns); throws ConfigurationError naming `log`.
 * @example
 * checkEventLog(createEventLog()); // passes
 */
export function checkEventLog(log: unknown): asserts log is EventLog {
  const l = log as Partial<Record<keyof EventLog, unknown>> | null | undefined;
  const ok =
    typeof log === 'object' &&
    log !== null &&
    typeof l?.cases === 'function' &&
    typeof l.activity === 'function' &&
    typeof l.activities === 'function' &&
    typeof l.summary === 'function';
  if (!ok)
    throw new ConfigurationError('log', `must be an event log (createEventLog), got ${describeValue(log)}`);
}

export function selection(
  log: EventLog,
  options: LogWriteOptions,
): { cases: readonly LogCase[]; both: boolean; nameOf: (activity: string) => string } {
  checkEventLog(log);
  const names = options.names ?? 'en';
  if (names !== 'id' && names !== 'en' && names !== 'zh') {
    throw new ConfigurationError('options.names', "must be 'id', 'en' or 'zh'");
  }
  const v = options.variant;
  if (v !== undefined && v !== 'baseline' && v !== 'reform') {
    throw new ConfigurationError('options.variant', "must be 'baseline' or 'reform'");
  }
  const nameOf = (activity: string): string => {
    const a = log.activity(activity);
    if (!a) throw new ConfigurationError('activity', `activity "${activity}" is not registered`);
    return names === 'id' ? a.id : a.label[names];
  };
  return { cases: log.cases(v), both: v === undefined, nameOf };
}
