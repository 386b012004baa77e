// Issue #32 (should fix, low): error messages and option arguments must survive any value a caller
// passes: a Symbol, a BigInt, a circular or 20,000-deep object, a 1 MB string, `null`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../src/calendar/index';
import { formatCitation } from '../src/citation';
import { describeValue } from '../src/describe-value';
import {
  CalendarRangeError,
  ConfigurationError,
  GdFtzError,
  InvalidTransitionError,
  ValidationError,
} from '../src/errors';
import { createEventLog, durationStats } from '../src/event-log/index';
import { maxStat, meanStat, medianStat } from '../src/kpi-stats';
import { createRegistry } from '../src/measure';
import { optionsObject, progressCallback } from '../src/options-object';
import { decide } from '../src/rules/index';
import { Counter, createSimulation, Tally, TimeWeighted } from '../src/sim/index';

const circular: Record<string, unknown> = { a: 1 };
circular.self = circular;
let deep: Record<string, unknown> = { leaf: 1 };
for (let i = 0; i < 20_000; i++) deep = { a: deep };
const MB = 'x'.repeat(1 << 20);
const ODD: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  -0,
  10n ** 30n,
  Symbol('s'),
  circular,
  deep,
  MB,
  [1, 2],
];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('describeValue', () => {
  it('describes each odd value shortly without throwing', () => {
    expect(describeValue(10n ** 30n)).toBe('1000000000000000000000000000000n');
    expect(describeValue(Symbol('id'))).toBe('Symbol(id)');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(circular)).toBe('an object');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue('a"b')).toBe('"a\\"b"');
    // 60 characters shown, then the original length: 1 MB in about 80 characters.
    expect(describeValue(MB)).toBe(`"${'x'.repeat(60)}…" (1048576 characters)`);
  });

  it('never throws and stays short for any value (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (v) => {
        expect(describeValue(v).length).toBeLessThan(120);
      }),
    );
  });
});

describe('error constructors take any value', () => {
  it.each(ODD.map((v) => [describeValue(v), v]))(
    '%s: named error, message at most ~1,000 characters',
    (_, v) => {
      const made = [
        () => new ConfigurationError(v as string, v as string),
        () => ValidationError.of(v as string, v as string, v as string),
        () => new CalendarRangeError(v as string, v as { from: string; to: string }),
        () => new InvalidTransitionError(v as string, v as string, v as string),
      ];
      for (const make of made) {
        const e = make();
        expect(e).toBeInstanceOf(GdFtzError);
        expect(e.message.length).toBeLessThan(1_100);
      }
    },
  );
});

describe('options objects', () => {
  it('absent is {}; null, numbers and arrays are a ValidationError naming the argument', () => {
    expect(optionsObject(undefined)).toEqual({});
    for (const bad of [null, 1, 'x', []]) {
      const e = thrown(() => optionsObject(bad as object, 'options'));
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['options']);
    }
  });

  it('core functions with an options argument refuse null with a ValidationError', () => {
    for (const call of [
      () => createSimulation(null as never),
      () => createEventLog(null as never),
      () => new Tally(null as never),
    ]) {
      expect(thrown(call)).toBeInstanceOf(ValidationError);
    }
  });

  it('a non-function progress callback is a ValidationError naming it', () => {
    expect(progressCallback(undefined)).toBeUndefined();
    const e = thrown(() => progressCallback(42, 'options.onProgress'));
    expect((e as ValidationError).paths).toEqual(['options.onProgress']);
  });
});

describe('statistics helpers refuse strings and non-finite numbers', () => {
  it("Tally.add('5') is refused instead of making the sum the string '15'", () => {
    const t = new Tally();
    t.add(1);
    expect(thrown(() => t.add('5' as unknown as number))).toBeInstanceOf(ConfigurationError);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 10n as unknown as number]) {
      expect(thrown(() => t.add(bad))).toBeInstanceOf(ConfigurationError);
    }
    expect(t.sum).toBe(1); // nothing half-applied
    expect(t.count).toBe(1);
  });

  it('Counter and TimeWeighted refuse strings', () => {
    expect(thrown(() => new Counter().increment('2' as unknown as number))).toBeInstanceOf(
      ConfigurationError,
    );
    const w = new TimeWeighted(0, 1);
    expect(thrown(() => w.set(1, '3' as unknown as number))).toBeInstanceOf(ConfigurationError);
    expect(thrown(() => w.add(1, Number.NaN))).toBeInstanceOf(ConfigurationError);
  });
});

describe('KPI statistics refuse strings, NaN and non-iterables', () => {
  const o = { digits: 1, empty: 0 } as const;
  it("meanStat(['5']) and meanStat('123') are refused, not read as 5 and 1, 2, 3", () => {
    expect(meanStat([1, 2], o)).toBe('1.5'); // (1 + 2) / 2
    for (const bad of [['5'], '123', [Number.NaN], null, 5]) {
      expect(thrown(() => meanStat(bad as never, o))).toBeInstanceOf(ConfigurationError);
      expect(thrown(() => medianStat(bad as never, o))).toBeInstanceOf(ConfigurationError);
      expect(thrown(() => maxStat(bad as never, o))).toBeInstanceOf(ConfigurationError);
    }
    expect(thrown(() => meanStat([1], null as never))).toBeInstanceOf(ConfigurationError);
  });
});

describe('calendar epoch days', () => {
  it("isWorkingEpochDay('') is a ValidationError naming epochDay, not a CalendarRangeError", () => {
    for (const bad of ['', Number.NaN, 1.5, null]) {
      const e = thrown(() => DEFAULT_CALENDAR.isWorkingEpochDay(bad as number));
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['epochDay']);
    }
  });

  it('an integer day outside the covered years (30,000 = 2052-02-20) is still a CalendarRangeError', () => {
    expect(thrown(() => DEFAULT_CALENDAR.isWorkingEpochDay(30_000))).toBeInstanceOf(CalendarRangeError);
  });
});

describe('functions that took structured input on trust', () => {
  it('decide names the bad argument', () => {
    expect((thrown(() => decide('best' as never, [], [])) as ValidationError).paths).toEqual(['policy']);
    expect((thrown(() => decide('first', null as never, [])) as ValidationError).paths).toEqual(['fired']);
    expect((thrown(() => decide('first', [], null as never)) as ValidationError).paths).toEqual(['effects']);
  });

  it("durationStats leaves the caller's array unsorted and refuses non-numbers", () => {
    const given = Object.freeze([4, 1, 3, 2]);
    // Sorted 1, 2, 3, 4: median (2 + 3) / 2 = 2.5; nearest-rank p90 = the ceil(0.9 × 4) = 4th = 4.
    expect(durationStats(given)).toEqual({ count: 4, medianMs: 2.5, p90Ms: 4 });
    expect(given).toEqual([4, 1, 3, 2]);
    expect(thrown(() => durationStats([1, '2' as never]))).toBeInstanceOf(ConfigurationError);
  });

  it('formatCitation and createRegistry refuse what is not a citation or a list of measures', () => {
    expect(thrown(() => formatCitation(null as never))).toBeInstanceOf(ValidationError);
    expect(thrown(() => formatCitation({ law: { zh: '法', en: 'Law' } }, 'fr' as never))).toBeInstanceOf(
      ValidationError,
    );
    expect(thrown(() => createRegistry(null as never))).toBeInstanceOf(ConfigurationError);
    expect(thrown(() => createRegistry([null as never]))).toBeInstanceOf(ConfigurationError);
  });
});
