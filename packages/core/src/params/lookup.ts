import { isCivilDate } from '../calendar/civil-date';
import type { LegalBasis } from '../citation';
import { ConfigurationError, ParameterNotInForceError, ValidationError } from '../errors';
import type { Decimal } from '../money/decimal';
import {
  type Compiled,
  compiledOf,
  type DatedParameter,
  type EntryInForce,
  type ParameterEntry,
} from './dated-parameter';

// Queries of dated parameters: the value, entry and legal basis in force on a date.

function checked(param: DatedParameter, date: string): Compiled {
  const c = compiledOf(param);
  if (!c) {
    throw ValidationError.of(
      'param',
      'must be a parameter made by defineParameter',
      '必须是 defineParameter 定义的参数',
    );
  }
  if (!isCivilDate(date)) {
    throw ValidationError.of(
      'date',
      'must be a real date written YYYY-MM-DD',
      '必须是 YYYY-MM-DD 格式的有效日期',
    );
  }
  return c;
}

/** The index of the last entry whose `from` is on or before `date` (ISO dates sort as text), or -1. */
function coveringIndex(c: Compiled, date: string): number {
  let lo = 0;
  let hi = c.froms.length - 1;
  let index = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((c.froms[mid] as string) <= date) {
      index = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return index;
}

function lookup(param: DatedParameter, date: string): { index: number; c: Compiled } {
  const c = checked(param, date);
  const index = coveringIndex(c, date);
  if (index < 0) {
    throw new ParameterNotInForceError(param.name, date, `its first entry applies from ${c.froms[0]}`);
  }
  if (c.values[index] === null) {
    throw new ParameterNotInForceError(param.name, date, `repealed from ${c.froms[index]}`);
  }
  return { index, c };
}

/**
 * Whether the parameter has a value on `date`: false before its first entry and in repealed
 * spans (where {@link valueAt} would throw ParameterNotInForceError).
 * @example
 * isParameterInForce(lateFeeDailyRate, '1990-01-01') // false
 */
export function isParameterInForce(param: DatedParameter, date: string): boolean {
  const c = checked(param, date);
  const index = coveringIndex(c, date);
  return index >= 0 && c.values[index] !== null;
}

/**
 * The entry in force on `date` with its parsed value, span and source, for traces. Throws
 * ParameterNotInForceError before the first entry and in a repealed span.
 * @example
 * entryAt(lateFeeDailyRate, '2024-06-30').source.article // '第三十二条'
 */
export function entryAt(param: DatedParameter, date: string): EntryInForce {
  const { index, c } = lookup(param, date);
  const entry = param.entries[index] as ParameterEntry;
  return Object.freeze({
    parameter: param.name,
    from: entry.from,
    until: c.froms[index + 1] ?? null,
    value: entry.value as string,
    decimal: c.values[index] as Decimal,
    source: entry.source,
    ...(entry.note === undefined ? {} : { note: entry.note }),
  });
}

/**
 * The value in force on `date` (ISO `YYYY-MM-DD`). Throws ParameterNotInForceError before the
 * first entry and in a repealed span; ValidationError for a malformed date.
 * @example
 * Rate.fromDecimal(valueAt(lateFeeDailyRate, '2024-06-30')) // 0.05% per day
 */
export function valueAt(param: DatedParameter, date: string): Decimal {
  const { index, c } = lookup(param, date);
  return c.values[index] as Decimal;
}

/**
 * The value in force on `date` of an integer parameter (day counts, limits), as a number.
 * A ConfigurationError for a `decimal` parameter.
 * @example
 * integerAt(refundDays, '2024-06-30') // 10
 */
export function integerAt(param: DatedParameter, date: string): number {
  const value = valueAt(param, date);
  if (param.kind !== 'integer') {
    throw new ConfigurationError(`${param.name}.kind`, 'integerAt needs a parameter of kind integer');
  }
  return value.toNumber(); // allow-float: an integer parameter (a day count or a limit), exact as a JS number
}

/**
 * The legal basis of the value in force on `date`: its citation, or an assumption with its
 * reason (and the citation as context) for parameters marked as assumptions.
 * @example
 * legalBasisAt(lateFeeDailyRate, '2024-06-30').kind // 'cited'
 */
export function legalBasisAt(param: DatedParameter, date: string): LegalBasis {
  const { source } = entryAt(param, date);
  return param.assumption === undefined
    ? { kind: 'cited', citations: [source] }
    : { kind: 'assumption', reason: param.assumption, citations: [source] };
}
