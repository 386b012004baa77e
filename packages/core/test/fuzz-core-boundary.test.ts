// Issue #32 regressions (fuzz suite): core's calendar, time, money and sim entry points refuse a bad
// value with a ValidationError naming the argument, never a bare TypeError or a NaN result.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors';
import {
  Calendar,
  createSimulation,
  createStore,
  dateFromParts,
  durationIn,
  expandHolidayBlocks,
  fromEpochDay,
  fromEpochMinutes,
  isLeapYear,
  logFactorial,
  Money,
  parseHolidayYear,
  RandomStream,
  simLogTime,
  Tally,
  triangularFromUniform,
  ValidationError,
  weekdayOfEpochDay,
  whenAll,
  whenAny,
} from '../src/index';

const civil = '2024-03-04' as Parameters<typeof simLogTime>[0];

function pathOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).paths.join(',');
  }
  throw new Error('expected a ValidationError');
}

// Values from JavaScript callers that the TypeScript signatures forbid.
const any = (x: unknown) => x as never;
const objectWithoutPrimitive = Object.freeze({ constructor: 1, valueOf: 1, toString: 1 });

describe('calendar and time functions name the bad argument', () => {
  it('integer arguments', () => {
    expect(pathOf(() => isLeapYear(any(10n)))).toBe('year');
    expect(pathOf(() => weekdayOfEpochDay(Number.NaN))).toBe('epochDay');
    expect(pathOf(() => weekdayOfEpochDay(any(undefined)))).toBe('epochDay');
    expect(pathOf(() => fromEpochDay(any(objectWithoutPrimitive)))).toBe('epochDay');
    expect(pathOf(() => fromEpochMinutes(any(objectWithoutPrimitive)))).toBe('n');
    expect(pathOf(() => dateFromParts(any(objectWithoutPrimitive), 1, 1))).toBe('date');
    expect(pathOf(() => dateFromParts(2024, any(Symbol('m')), 1))).toBe('date');
  });
  it('durations and simulated times', () => {
    expect(pathOf(() => durationIn(any(undefined), 'days'))).toBe('ms');
    expect(pathOf(() => durationIn(any(1n), 'days'))).toBe('ms');
    expect(pathOf(() => durationIn(60_000, any('hours')))).toBe('unit');
    expect(pathOf(() => simLogTime(civil, any(Symbol('t'))))).toBe('t');
  });
  it('holiday data', () => {
    expect(pathOf(() => expandHolidayBlocks(any(undefined)))).toBe('blocks');
    expect(pathOf(() => expandHolidayBlocks(any([null])))).toBe('blocks.0');
    expect(pathOf(() => expandHolidayBlocks(any([{ name: 'x', off: [], work: [] }])))).toBe('blocks.0.off');
    expect(pathOf(() => parseHolidayYear(undefined, any(Symbol('p'))))).toBe('data');
    expect(pathOf(() => new (Calendar as unknown as new (x: unknown) => unknown)(undefined))).toBe('years');
  });
});

describe('Money constructor called from JavaScript', () => {
  const M = Money as unknown as new (a: unknown, p?: unknown) => Money;
  it('refuses a value that is not an internal decimal', () => {
    expect(pathOf(() => new M(undefined))).toBe('amount');
    expect(pathOf(() => new M('12', Symbol('p')))).toBe('amount');
    expect(pathOf(() => new M(null, 'price'))).toBe('price');
  });
});

function configPath(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as ConfigurationError).path;
  }
  throw new Error('expected a ConfigurationError');
}

describe('random: typed errors naming the argument', () => {
  it('logFactorial, triangularFromUniform and the RandomStream constructor', () => {
    expect(configPath(() => logFactorial(Number.NaN))).toBe('k');
    expect(configPath(() => logFactorial(1e308))).toBe('k');
    expect(configPath(() => logFactorial(any(3n)))).toBe('k');
    expect(configPath(() => triangularFromUniform(any(Symbol('u')), 0, 1, 2))).toBe('u');
    // width 2e200: the products under the square roots would overflow to -Infinity.
    expect(configPath(() => triangularFromUniform(0.9, 0, 1, 2e200))).toBe('max');
    const R = RandomStream as unknown as new (k: unknown, p?: unknown, g?: unknown) => RandomStream;
    expect(configPath(() => new R(Number.NaN, 'p'))).toBe('key');
    expect(configPath(() => new R([1, 2, 3, 4], Number.NaN))).toBe('path');
    expect(configPath(() => new R([1, 2, 3, 4], 'p', null))).toBe('gen');
  });
});

describe('sim and rules: no non-finite state, thresholds checked when built', () => {
  it('an empty Tally holds no ±Infinity and reads NaN min/max as documented', () => {
    const t = new Tally();
    expect(Object.values(t).every((v) => typeof v !== 'number' || Number.isFinite(v))).toBe(true);
    expect(t.min).toBeNaN();
    for (const x of [-2, 5, 1]) t.add(x);
    expect([t.min, t.max]).toEqual([-2, 5]);
    t.reset();
    t.add(-7);
    expect([t.min, t.max]).toEqual([-7, -7]);
  });
  it('an unbounded store reads capacity Infinity without holding it as a field', () => {
    const store = createStore<string>(createSimulation());
    expect(store.capacity).toBe(Number.POSITIVE_INFINITY);
    expect(Object.values(store).includes(Number.POSITIVE_INFINITY)).toBe(false);
  });
  it('whenAll/whenAny name the bad threshold', () => {
    expect(pathOf(() => whenAll(any(undefined)))).toBe('thresholds');
    expect(pathOf(() => whenAny(any([null])))).toBe('thresholds.0');
    expect(pathOf(() => whenAll(any([{ fact: 'n', op: '~', value: 1 }])))).toBe('thresholds.0.op');
    expect(pathOf(() => whenAll(any([{ fact: 'n', op: '>', value: Number.NaN }])))).toBe(
      'thresholds.0.value',
    );
    expect(pathOf(() => whenAny(any([{ fact: 'g', op: 'in', value: 'D' }])))).toBe('thresholds.0.value');
  });
});
