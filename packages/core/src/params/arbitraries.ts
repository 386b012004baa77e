// fast-check arbitraries of core/params values.
import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../calendar/civil-date';
import type { Localized } from '../errors';
import {
  type DatedParameter,
  defineParameter,
  type ParameterDefinition,
  type ParameterEntry,
  type ParameterKind,
} from './dated-parameter';

/**
 * Valid ISO dates between `from` and `to` (inclusive; default 2000-01-01..2040-12-31).
 * @example
 * fc.assert(fc.property(parameterDateArb(), (d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
 */
export function parameterDateArb(options: { from?: string; to?: string } = {}): fc.Arbitrary<string> {
  const min = toEpochDay(options.from ?? '2000-01-01', 'from');
  const max = toEpochDay(options.to ?? '2040-12-31', 'to');
  return fc.integer({ min, max }).map((e): string => fromEpochDay(e));
}

/** The law every generated entry cites: generated parameters are test data, not law. */
const GENERATED_SOURCE: Localized = { zh: '生成的测试法规', en: 'Generated test law' };

function valueArb(kind: ParameterKind): fc.Arbitrary<string> {
  if (kind === 'integer') return fc.integer({ min: 0, max: 1000 }).map(String);
  return fc
    .bigInt({ min: 0n, max: 10_000_000n })
    .map((n) => `${n / 10_000n}.${(n % 10_000n).toString().padStart(4, '0')}`);
}

/** Options of the parameter arbitraries: value kind, most entries, and the window of entry dates. */
export interface ParameterArbOptions {
  readonly kind?: ParameterKind;
  /** Default 6. */
  readonly maxEntries?: number;
  /** First possible entry date, default 2000-01-01. */
  readonly from?: string;
  /** Last possible entry date, default 2040-12-31. */
  readonly to?: string;
}

/**
 * Valid definitions for `defineParameter`: 1..`maxEntries` (default 6) entries on distinct,
 * increasing dates within `from`..`to` (default 2000–2040), each with a cited source; later entries may repeal (`null`)
 * but never twice in a row, and the first never does.
 * @example
 * fc.assert(fc.property(parameterDefinitionArb(), (d) => defineParameter(d).entries.length === d.entries.length));
 */
export function parameterDefinitionArb(options: ParameterArbOptions = {}): fc.Arbitrary<ParameterDefinition> {
  const kindArb = options.kind
    ? fc.constant(options.kind)
    : fc.constantFrom<ParameterKind>('decimal', 'integer');
  return kindArb.chain((kind) =>
    fc
      .tuple(
        fc.uniqueArray(
          parameterDateArb({ from: options.from ?? '2000-01-01', to: options.to ?? '2040-12-31' }),
          { minLength: 1, maxLength: options.maxEntries ?? 6 },
        ),
        fc.array(fc.option(valueArb(kind), { freq: 4, nil: null }), {
          minLength: options.maxEntries ?? 6,
          maxLength: options.maxEntries ?? 6,
        }),
      )
      .map(([dates, values]) => {
        const sorted = [...dates].sort();
        const entries: ParameterEntry[] = [];
        sorted.forEach((from, i) => {
          const previous = entries[i - 1];
          const drawn = values[i] ?? null;
          // The first entry enacts, and a repeal is never repeated: fall back to a value there.
          const value =
            drawn === null && (previous === undefined || previous.value === null) ? String(i + 1) : drawn;
          entries.push({ from, value, source: { law: GENERATED_SOURCE, article: `第${i + 1}条` } });
        });
        return {
          name: `generated.${kind}`,
          label: { zh: '生成的参数', en: 'Generated parameter' },
          kind,
          entries,
        };
      }),
  );
}

/**
 * Dated parameters built from {@link parameterDefinitionArb}.
 * @example
 * fc.assert(fc.property(datedParameterArb(), (p) => p.range.from === p.entries[0]?.from));
 */
export function datedParameterArb(options: ParameterArbOptions = {}): fc.Arbitrary<DatedParameter> {
  return parameterDefinitionArb(options).map(defineParameter);
}
