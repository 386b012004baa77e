import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datedParameterArb, parameterDefinitionArb } from '../src/arbitraries';
import { fromEpochDay, toEpochDay } from '../src/calendar/civil-date';
import {
  ConfigurationError,
  type DatedParameter,
  defineParameter,
  entryAt,
  integerAt,
  isParameterInForce,
  legalBasisAt,
  type ParameterDefinition,
  type ParameterEntry,
  ParameterNotInForceError,
  ValidationError,
  valueAt,
} from '../src/index';

const dayNumber = (date: string): number => toEpochDay(date);
const isoFromDayNumber = (day: number): string => fromEpochDay(day);

function thrown<E extends Error>(type: new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected a ${type.name}`);
}

// The law names, written out here: core's tests cannot import @gd-ftz/statutes (it depends on core).
const TAX_LAW = {
  zh: '中华人民共和国税收征收管理法',
  en: 'Law of the PRC on the Administration of Tax Collection',
};
const TAX_RULES = {
  zh: '中华人民共和国税收征收管理法实施细则',
  en: 'Detailed Rules for the Implementation of the Tax Collection Administration Law',
};
const art32 = { law: TAX_LAW, article: '第三十二条' };

// 滞纳金: 千分之二 a day under the 1992 law (第二十条, in force 1993-01-01), 万分之五 from the
// 2001 revision (第三十二条, in force 2001-05-01).
const lateFeeDailyRate = defineParameter({
  name: 'test.lateFeeDailyRate',
  label: { zh: '滞纳金日加收比例', en: 'Daily late-payment surcharge rate' },
  unit: { zh: '每日', en: 'per day' },
  entries: [
    {
      from: '1993-01-01',
      value: '0.002',
      source: { law: TAX_LAW, article: '第二十条', note: { zh: '1992年文本', en: '1992 text' } },
    },
    { from: '2001-05-01', value: '0.0005', source: art32, note: { zh: '2001年修订', en: '2001 revision' } },
  ],
});

// 细则 第七十八条: a refund the tax office finds itself is processed within 10 days.
const refundDays = defineParameter({
  name: 'test.refundDays',
  label: { zh: '退税办理期限', en: 'Refund processing period' },
  kind: 'integer',
  entries: [{ from: '2002-10-15', value: '10', source: { law: TAX_RULES, article: '第七十八条' } }],
});

// A made-up history with a repeal and a re-enactment, to exercise the gaps.
const pilotRate = defineParameter({
  name: 'test.pilotRate',
  label: { zh: '试点比例', en: 'Pilot rate' },
  assumption: { zh: '测试用的示例历史', en: 'Illustrative history for tests.' },
  entries: [
    { from: '2020-01-01', value: '0.10', source: art32 },
    { from: '2021-01-01', value: null, source: art32 },
    { from: '2022-07-01', value: '0.05', source: art32 },
    { from: '2024-01-01', value: null, source: art32 },
  ],
});

describe('dated parameters: worked examples', () => {
  it('returns the value in force, switching on the first day of the new entry', () => {
    expect(valueAt(lateFeeDailyRate, '1993-01-01').toString()).toBe('0.002');
    expect(valueAt(lateFeeDailyRate, '2001-04-30').toString()).toBe('0.002');
    expect(valueAt(lateFeeDailyRate, '2001-05-01').toString()).toBe('0.0005');
    expect(valueAt(lateFeeDailyRate, '2024-02-29').toString()).toBe('0.0005');
    expect(integerAt(refundDays, '2025-01-01')).toBe(10);
  });

  it('is not in force before the first entry or in a repealed span', () => {
    const before = thrown(ParameterNotInForceError, () => valueAt(lateFeeDailyRate, '1992-12-31'));
    expect([before.parameter, before.date, before.code]).toEqual([
      'test.lateFeeDailyRate',
      '1992-12-31',
      'GDFTZ_PARAMETER_NOT_IN_FORCE',
    ]);
    expect(valueAt(pilotRate, '2020-12-31').toString()).toBe('0.1');
    expect(() => valueAt(pilotRate, '2021-01-01')).toThrow(ParameterNotInForceError);
    expect(() => valueAt(pilotRate, '2022-06-30')).toThrow(ParameterNotInForceError);
    expect(valueAt(pilotRate, '2022-07-01').toString()).toBe('0.05');
    expect(valueAt(pilotRate, '2023-12-31').toString()).toBe('0.05');
    expect(() => entryAt(pilotRate, '2030-01-01')).toThrow(ParameterNotInForceError);
    expect(
      ['2019-12-31', '2020-01-01', '2021-01-01', '2022-07-01', '2024-01-01'].map((d) =>
        isParameterInForce(pilotRate, d),
      ),
    ).toEqual([false, true, false, true, false]);
  });

  it('reports the entry in force with its span and citation, for traces', () => {
    const e = entryAt(lateFeeDailyRate, '2010-06-01');
    expect([e.parameter, e.from, e.until, e.value, e.source.article, e.note]).toEqual([
      'test.lateFeeDailyRate',
      '2001-05-01',
      null,
      '0.0005',
      '第三十二条',
      { zh: '2001年修订', en: '2001 revision' },
    ]);
    expect(entryAt(lateFeeDailyRate, '2000-01-01').until).toBe('2001-05-01');
    expect(entryAt(pilotRate, '2022-07-01').until).toBe('2024-01-01');
    expect(legalBasisAt(lateFeeDailyRate, '2010-06-01')).toEqual({ kind: 'cited', citations: [art32] });
    expect(legalBasisAt(pilotRate, '2020-05-05').kind).toBe('assumption');
  });

  it('declares its range: from the first entry until the final repeal, or open-ended', () => {
    expect(lateFeeDailyRate.range).toEqual({ from: '1993-01-01', until: null });
    expect(pilotRate.range).toEqual({ from: '2020-01-01', until: '2024-01-01' });
    expect(lateFeeDailyRate.kind).toBe('decimal');
  });

  it('is immutable and independent of later changes to its definition', () => {
    const entries: ParameterEntry[] = [{ from: '2020-01-01', value: '1', source: art32 }];
    const p = defineParameter({ name: 'test.copy', label: { zh: '甲', en: 'A' }, entries });
    entries.push({ from: '2021-01-01', value: '2', source: art32 });
    expect(valueAt(p, '2022-01-01').toString()).toBe('1');
    expect(Object.isFrozen(p) && Object.isFrozen(p.entries) && Object.isFrozen(p.entries[0])).toBe(true);
    expect(() => (p.entries as ParameterEntry[]).push(entries[1] as ParameterEntry)).toThrow(TypeError);
  });
});

describe('dated parameters: bad input', () => {
  const label = { zh: '甲', en: 'A' };
  const define = (entries: unknown[], extra: Partial<ParameterDefinition> = {}) =>
    thrown(ConfigurationError, () =>
      defineParameter({ name: 'p', label, entries: entries as ParameterEntry[], ...extra }),
    ).path;
  const e = (from: unknown, value: unknown = '1') => ({ from, value, source: art32 });

  it('rejects unsorted entries and duplicate dates, naming the entry', () => {
    expect(define([e('2021-01-01'), e('2020-01-01')])).toBe('p.entries.1.from');
    expect(define([e('2020-01-01'), e('2021-01-01'), e('2021-01-01')])).toBe('p.entries.2.from');
  });

  it('rejects malformed and impossible dates', () => {
    expect(define([e('2023-02-29')])).toBe('p.entries.0.from');
    expect(define([e('2020-13-01')])).toBe('p.entries.0.from');
    expect(define([e('2020-1-01')])).toBe('p.entries.0.from');
    expect(define([e(20200101)])).toBe('p.entries.0.from');
  });

  it('rejects values that are not decimal strings, non-integers in integer parameters, misplaced repeals', () => {
    expect(define([e('2020-01-01', 0.0005)])).toBe('p.entries.0.value');
    expect(define([e('2020-01-01', '1,000')])).toBe('p.entries.0.value');
    expect(define([{ from: '2020-01-01', source: art32 }])).toBe('p.entries.0.value');
    expect(define([e('2020-01-01', '10.5')], { kind: 'integer' })).toBe('p.entries.0.value');
    expect(define([e('2020-01-01', null)])).toBe('p.entries.0.value');
    expect(define([e('2020-01-01'), e('2021-01-01', null), e('2022-01-01', null)])).toBe('p.entries.2.value');
  });

  it('rejects a missing name, label, source, entries or kind', () => {
    expect(define([e('2020-01-01')], { name: '' })).toBe('name');
    expect(define([e('2020-01-01')], { label: { zh: '甲' } as never })).toBe('p.label');
    expect(define([{ from: '2020-01-01', value: '1' }])).toBe('p.entries.0.source');
    expect(define([{ from: '2020-01-01', value: '1', source: { law: { zh: '法' } } }])).toBe(
      'p.entries.0.source.law',
    );
    expect(define([])).toBe('p.entries');
    expect(define([e('2020-01-01')], { kind: 'float' as never })).toBe('p.kind');
    expect(define([e('2020-01-01')], { assumption: '' as never })).toBe('p.assumption');
    expect(define([e('2020-01-01')], { assumption: { zh: '假设', en: '' } })).toBe('p.assumption');
    expect(define([{ from: '2020-01-01', value: '1', source: { ...art32, note: 'text' as never } }])).toBe(
      'p.entries.0.source.note',
    );
    expect(define([{ from: '2020-01-01', value: '1', source: { ...art32, quote: 7 as never } }])).toBe(
      'p.entries.0.source.quote',
    );
    expect(define([{ from: '2020-01-01', value: '1', source: art32, note: 'text' as never }])).toBe(
      'p.entries.0.note',
    );
  });

  it('rejects bad lookups with a ValidationError naming the field', () => {
    const v = (fn: () => unknown) => thrown(ValidationError, fn).paths;
    expect(v(() => valueAt(lateFeeDailyRate, '2023-02-29'))).toEqual(['date']);
    expect(v(() => valueAt(lateFeeDailyRate, '2023/01/01'))).toEqual(['date']);
    expect(v(() => valueAt(lateFeeDailyRate, undefined as unknown as string))).toEqual(['date']);
    expect(v(() => valueAt({ ...lateFeeDailyRate }, '2023-01-01'))).toEqual(['param']);
    expect(v(() => entryAt(null as unknown as DatedParameter, '2023-01-01'))).toEqual(['param']);
    expect(thrown(ConfigurationError, () => integerAt(lateFeeDailyRate, '2023-01-01')).path).toBe(
      'test.lateFeeDailyRate.kind',
    );
  });
});

function throwsNotInForce(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (e) {
    if (e instanceof ParameterNotInForceError) return true;
    throw e;
  }
}

/** Brute force: the indices of the entries whose span [from, next from) contains `date`. */
function applicable(entries: readonly ParameterEntry[], date: string): number[] {
  return entries.flatMap((e, i) => {
    const next = entries[i + 1];
    return e.from <= date && (next === undefined || date < next.from) ? [i] : [];
  });
}

describe('dated parameters: properties', () => {
  it('temporal coverage: every date in the range has exactly one entry, and valueAt agrees with a linear scan', () => {
    fc.assert(
      fc.property(datedParameterArb({ from: '2018-01-01', to: '2027-12-31' }), (param) => {
        const failures: string[] = [];
        // Every day from three days before the first entry to three days after the last one.
        const first = dayNumber(param.range.from);
        const last = dayNumber((param.entries.at(-1) as ParameterEntry).from);
        for (let day = first - 3; day <= last + 3; day++) {
          const date = isoFromDayNumber(day);
          const inRange =
            date >= param.range.from && (param.range.until === null || date < param.range.until);
          const hits = applicable(param.entries, date);
          // Before the range no entry applies; from its start on, exactly one does (a repeal counts).
          if (hits.length !== (date < param.range.from ? 0 : 1)) failures.push(`${date}: entries ${hits}`);
          const entry = hits.length === 1 ? param.entries[hits[0] as number] : undefined;
          // The range ends exactly where the final repeal begins.
          const afterFinalRepeal =
            entry !== undefined && entry === param.entries.at(-1) && entry.value === null;
          if (inRange !== (entry !== undefined && !afterFinalRepeal))
            failures.push(`${date}: range ${inRange}`);
          const want = entry?.value == null ? 'not in force' : new Decimal(entry.value).toFixed();
          const got = isParameterInForce(param, date) ? valueAt(param, date).toFixed() : 'not in force';
          if (got !== want) failures.push(`${date}: valueAt ${got}, scan ${want}`);
          // Where not in force, valueAt throws the typed error (checked on the day before every
          // entry date and on each entry date, where an off-by-one would show).
          const edge = param.entries.some((e) => e.from === date || e.from === isoFromDayNumber(day + 1));
          if (edge && want === 'not in force' && !throwsNotInForce(() => valueAt(param, date))) {
            failures.push(`${date}: valueAt did not throw`);
          }
        }
        expect(failures).toEqual([]);
      }),
    );
  });

  it('every entry date switches the value: the day before still has the previous entry', () => {
    fc.assert(
      fc.property(datedParameterArb({ kind: 'integer' }), (param) => {
        param.entries.forEach((entry, i) => {
          const dayBefore = isoFromDayNumber(dayNumber(entry.from) - 1);
          const previous = param.entries[i - 1];
          if (entry.value !== null) expect(integerAt(param, entry.from)).toBe(Number(entry.value));
          if (previous?.value != null) expect(integerAt(param, dayBefore)).toBe(Number(previous.value));
        });
      }),
    );
  });

  it('a definition whose entries are out of order is rejected at the first misplaced entry', () => {
    fc.assert(
      fc.property(parameterDefinitionArb(), fc.nat(), (definition, seed) => {
        fc.pre(definition.entries.length >= 2);
        const i = 1 + (seed % (definition.entries.length - 1));
        const swapped = [...definition.entries];
        [swapped[i - 1], swapped[i]] = [swapped[i] as ParameterEntry, swapped[i - 1] as ParameterEntry];
        // A swap can also move a repeal first or next to another repeal; only the date order is asserted here.
        swapped.forEach((entry, j) => {
          swapped[j] = { ...entry, value: '1' };
        });
        const error = thrown(ConfigurationError, () => defineParameter({ ...definition, entries: swapped }));
        expect(error.path).toBe(`${definition.name}.entries.${i}.from`);
      }),
    );
  });
});
