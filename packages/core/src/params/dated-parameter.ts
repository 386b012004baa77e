import { isCivilDate } from '../calendar/civil-date';
import type { Citation } from '../citation';
import { ConfigurationError, type Localized, ValidationError } from '../errors';
import { type Decimal, decimalFromString } from '../money/decimal';

/** What values a parameter holds: any decimal (rates, amounts, ratios) or integers (day counts). */
export type ParameterKind = 'decimal' | 'integer';

/**
 * One step of a parameter's history: from `from` (an ISO date, inclusive) the parameter has
 * `value` (a decimal string), until the next entry's `from`. `value: null` means repealed from
 * that date. `source` cites the law that set it.
 */
export interface ParameterEntry {
  readonly from: string;
  readonly value: string | null;
  readonly source: Citation;
  /** What changed on this date, in both languages (e.g. `2012-07-06 adjustment`). */
  readonly note?: Localized;
}

/** The input of {@link defineParameter}. */
export interface ParameterDefinition {
  /** A stable identifier, e.g. `taxCollection.lateFeeDailyRate`. */
  readonly name: string;
  readonly label: Localized;
  readonly unit?: Localized;
  /** `decimal` unless stated. */
  readonly kind?: ParameterKind;
  /** In strictly increasing order of `from`. */
  readonly entries: readonly ParameterEntry[];
  /** Set when the value is a modelling assumption rather than law: the one-line reason, zh and en. */
  readonly assumption?: Localized;
}

/**
 * The dates a parameter's history covers: from its first entry (inclusive) until its final
 * repeal (exclusive), or `null` when the last entry is still in force. Repealed spans inside the
 * range are covered by their repeal entries (and have no value).
 */
export interface ParameterRange {
  readonly from: string;
  readonly until: string | null;
}

/** A named, dated, cited value history, built by {@link defineParameter}. Immutable. */
export interface DatedParameter {
  readonly name: string;
  readonly label: Localized;
  readonly unit?: Localized;
  readonly kind: ParameterKind;
  readonly entries: readonly ParameterEntry[];
  readonly assumption?: Localized;
  readonly range: ParameterRange;
}

/** The entry in force on a date, as `entryAt` returns it: for traces and reports. */
export interface EntryInForce {
  readonly parameter: string;
  readonly from: string;
  /** The next entry's `from` (exclusive), or null when open-ended. */
  readonly until: string | null;
  readonly value: string;
  readonly decimal: Decimal;
  readonly source: Citation;
  readonly note?: Localized;
}

/** The parsed form of a parameter, made once by {@link defineParameter}. Internal. */
export interface Compiled {
  readonly froms: readonly string[];
  readonly values: readonly (Decimal | null)[];
}

const compiled = new WeakMap<DatedParameter, Compiled>();

/** The parsed form of a parameter made by {@link defineParameter}, or undefined. Internal. */
export function compiledOf(param: unknown): Compiled | undefined {
  return typeof param === 'object' && param !== null ? compiled.get(param as DatedParameter) : undefined;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function checkLocalized(value: unknown, path: string): Localized {
  const v = value as Partial<Localized> | null | undefined;
  if (typeof v !== 'object' || v === null || !nonEmptyString(v.zh) || !nonEmptyString(v.en)) {
    throw new ConfigurationError(path, 'must have non-empty zh and en texts');
  }
  return Object.freeze({ zh: v.zh, en: v.en });
}

function checkCitation(value: unknown, path: string): Citation {
  if (typeof value !== 'object' || value === null) throw new ConfigurationError(path, 'must be a Citation');
  const c = value as Record<string, unknown>;
  const law = checkLocalized(c.law, `${path}.law`);
  const out: { -readonly [K in keyof Citation]: Citation[K] } = { law };
  for (const key of ['article', 'docNo', 'url', 'quote'] as const) {
    const field = c[key];
    if (field === undefined) continue;
    if (typeof field !== 'string') throw new ConfigurationError(`${path}.${key}`, 'must be a string');
    out[key] = field;
  }
  if (c.note !== undefined) out.note = checkLocalized(c.note, `${path}.note`);
  return Object.freeze(out);
}

function parseValue(value: unknown, kind: ParameterKind, path: string): Decimal {
  let d: Decimal;
  try {
    d = decimalFromString(value, path);
  } catch (e) {
    if (e instanceof ValidationError) {
      throw new ConfigurationError(path, e.issues[0]?.message.en ?? 'must be a decimal string');
    }
    throw e;
  }
  if (kind === 'integer' && !(d.isInteger() && d.abs().lte(Number.MAX_SAFE_INTEGER))) {
    throw new ConfigurationError(
      path,
      `must be a safe integer for an integer parameter, got '${String(value)}'`,
    );
  }
  return d;
}

function checkEntry(raw: unknown, i: number, kind: ParameterKind, prefix: string, previous?: ParameterEntry) {
  const path = `${prefix}.entries.${i}`;
  if (typeof raw !== 'object' || raw === null) throw new ConfigurationError(path, 'must be an entry object');
  const e = raw as Record<string, unknown>;
  if (!isCivilDate(e.from))
    throw new ConfigurationError(`${path}.from`, 'must be a real date written YYYY-MM-DD');
  if (previous && e.from <= previous.from) {
    throw new ConfigurationError(
      `${path}.from`,
      e.from === previous.from
        ? `duplicates the previous entry's date ${previous.from}`
        : `must come after the previous entry's ${previous.from} (entries must be in increasing date order)`,
    );
  }
  let decimal: Decimal | null = null;
  if (e.value === null) {
    if (!previous) throw new ConfigurationError(`${path}.value`, 'the first entry cannot be a repeal (null)');
    if (previous.value === null)
      throw new ConfigurationError(`${path}.value`, 'repeals an already repealed value');
  } else {
    decimal = parseValue(e.value, kind, `${path}.value`);
  }
  const source = checkCitation(e.source, `${path}.source`);
  const note = e.note === undefined ? undefined : checkLocalized(e.note, `${path}.note`);
  const entry: ParameterEntry = Object.freeze({
    from: e.from,
    value: e.value as string | null,
    source,
    ...(note === undefined ? {} : { note }),
  });
  return { entry, decimal };
}

/**
 * Declares a dated parameter: a named value history whose entries each cite their legal source.
 * Entries must be in strictly increasing order of `from` (real ISO dates), values plain decimal
 * strings (integers for `kind: 'integer'`), `null` for a repeal. Values are parsed once, here.
 * Any mistake is a ConfigurationError naming the path (`<name>.entries.<i>.<field>`).
 * @example
 * const lateFeeDailyRate = defineParameter({
 *   name: 'taxCollection.lateFeeDailyRate',
 *   label: { zh: '滞纳金日加收比例', en: 'Daily late-payment surcharge rate' },
 *   entries: [{ from: '2001-05-01', value: '0.0005', source: taxCollection.articles.art32 }], // @gd-ftz/statutes
 * });
 * valueAt(lateFeeDailyRate, '2024-06-30').toString() // '0.0005' (see lookup.ts)
 */
export function defineParameter(definition: ParameterDefinition): DatedParameter {
  if (typeof definition !== 'object' || definition === null) {
    throw new ConfigurationError('parameter', 'must be a parameter definition object');
  }
  const d = definition as Partial<Record<keyof ParameterDefinition, unknown>>;
  if (!nonEmptyString(d.name)) throw new ConfigurationError('name', 'must be a non-empty string');
  const name = d.name;
  const label = checkLocalized(d.label, `${name}.label`);
  const unit = d.unit === undefined ? undefined : checkLocalized(d.unit, `${name}.unit`);
  const kind = d.kind ?? 'decimal';
  if (kind !== 'decimal' && kind !== 'integer') {
    throw new ConfigurationError(`${name}.kind`, "must be 'decimal' or 'integer'");
  }
  const assumption =
    d.assumption === undefined ? undefined : checkLocalized(d.assumption, `${name}.assumption`);
  if (!Array.isArray(d.entries) || d.entries.length === 0) {
    throw new ConfigurationError(`${name}.entries`, 'must be a non-empty array');
  }
  const entries: ParameterEntry[] = [];
  const values: (Decimal | null)[] = [];
  d.entries.forEach((raw: unknown, i: number) => {
    const { entry, decimal } = checkEntry(raw, i, kind, name, entries[i - 1]);
    entries.push(entry);
    values.push(decimal);
  });
  const first = entries[0] as ParameterEntry;
  const last = entries[entries.length - 1] as ParameterEntry;
  const param: DatedParameter = Object.freeze({
    name,
    label,
    ...(unit === undefined ? {} : { unit }),
    kind,
    entries: Object.freeze(entries),
    ...(assumption === undefined ? {} : { assumption }),
    range: Object.freeze({ from: first.from, until: last.value === null ? last.from : null }),
  });
  compiled.set(param, { froms: entries.map((e) => e.from), values });
  return param;
}
