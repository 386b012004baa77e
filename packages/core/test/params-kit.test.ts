import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { paramsArbOf } from '../src/arbitraries';
import {
  ConfigurationError,
  defineMeasure,
  defineParams,
  MEASURES,
  type ParamsOf,
  parseParams,
  ValidationError,
} from '../src/index';

const label = { zh: '参数', en: 'Parameter' };
const PARAMS = defineParams(
  {
    population: { kind: 'integer', label, default: 100, min: 10, max: 1000 },
    fetchMin: { kind: 'number', label, default: 3, min: 0.1, max: 60 },
    fetchMax: { kind: 'number', label, default: 10, min: 0.1, max: 120 },
    rate: { kind: 'decimal', label, default: '0.35', min: '0', max: '10.5' },
    auto: { kind: 'boolean', label, default: true },
    mode: {
      kind: 'enum',
      label,
      default: 'fast',
      options: [
        { value: 'fast', label },
        { value: 'slow', label },
      ],
    },
  },
  {
    refine: (p) =>
      p.fetchMin > p.fetchMax
        ? [{ path: 'fetchMax', message: { zh: '不得小于下限', en: 'must be at least fetchMin' } }]
        : [],
  },
);

function paths(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ValidationError) return e.paths;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('defineParams: typed, checked schemas with cross-field rules', () => {
  it('types an enum as the union of its option values, numbers and booleans by kind', () => {
    expectTypeOf<ParamsOf<typeof PARAMS>['mode']>().toEqualTypeOf<'fast' | 'slow'>();
    expectTypeOf<ParamsOf<typeof PARAMS>['population']>().toEqualTypeOf<number>();
    expectTypeOf<ParamsOf<typeof PARAMS>['rate']>().toEqualTypeOf<string>();
    expectTypeOf<ParamsOf<typeof PARAMS>['auto']>().toEqualTypeOf<boolean>();
    expect(Object.keys(PARAMS)).toEqual(['population', 'fetchMin', 'fetchMax', 'rate', 'auto', 'mode']);
  });
  it('applies refine in parseParams, after the per-field checks pass', () => {
    expect(paths(() => parseParams(PARAMS, { fetchMin: 20, fetchMax: 10 }))).toEqual(['fetchMax']);
    // A field error alone: the cross-field rule does not run on invalid values.
    expect(paths(() => parseParams(PARAMS, { fetchMin: 20, fetchMax: -1 }))).toEqual(['fetchMax']);
    expect(parseParams(PARAMS, { fetchMin: 10, fetchMax: 10 }).fetchMax).toBe(10);
    // A spread copy keeps the rule.
    expect(paths(() => parseParams({ ...PARAMS }, { fetchMin: 20, fetchMax: 10 }))).toEqual(['fetchMax']);
  });
  it('refuses a bad schema at definition, naming the parameter', () => {
    const bad = (spec: object) => () => defineParams({ x: { kind: 'integer', label, ...spec } as never });
    expect(bad({ default: 1, min: 5, max: 1 })).toThrow(/params\.x/);
    expect(bad({ default: 50, min: 1, max: 10 })).toThrow(ConfigurationError);
    expect(bad({ default: 5, min: 1, max: 10, plausible: { low: 0, high: 4 } })).toThrow(/plausible/);
    expect(() => defineParams({ x: { kind: 'boolean', label: { zh: '', en: 'x' }, default: true } })).toThrow(
      /label/,
    );
    expect(() =>
      defineParams(
        { a: { kind: 'integer', label, default: 5, min: 0, max: 9 } },
        { refine: () => [{ path: 'a', message: label }] },
      ),
    ).toThrow(/default/);
  });
});

describe('measure.simulate is typed; simulateUnknown takes anything and validates it', () => {
  const measure = defineMeasure({
    ...MEASURES[0]!,
    params: PARAMS,
    run: () => ({ kpis: [], series: [], samples: [] }),
  });
  it('refuses a misspelt name at compile time and at run time', () => {
    // @ts-expect-error: 'populaton' is not a parameter of the schema.
    expect(paths(() => measure.simulate({ populaton: 20 }, { seed: 1 }))).toEqual(['populaton']);
    // @ts-expect-error: an enum takes one of its option values only.
    expect(paths(() => measure.simulate({ mode: 'medium' }, { seed: 1 }))).toEqual(['mode']);
    expect(measure.simulate({ mode: 'slow' }, { seed: 1 }).params.mode).toBe('slow');
    expect(paths(() => measure.simulateUnknown({ populaton: 20 }, { seed: 1 }))).toEqual(['populaton']);
    expect(paths(() => measure.simulateUnknown('x', { seed: 1 }))).toEqual(['params']);
  });
});

describe('paramsArbOf: the arbitrary derived from the schema', () => {
  it('property: every generated parameter set parses, cross-field rule included', () => {
    fc.assert(
      fc.property(paramsArbOf(PARAMS), (p) => {
        expect(parseParams(PARAMS, p)).toEqual(p);
        expect(p.fetchMin).toBeLessThanOrEqual(p.fetchMax);
        expect(Number.isInteger(p.population)).toBe(true);
        expect(p.rate).toMatch(/^\d+\.\d{2}$/);
      }),
    );
  });
  it('property: overrides narrow a range or replace a field', () => {
    const arb = paramsArbOf(PARAMS, {
      population: { max: 40 },
      rate: { min: '1', max: '2' },
      mode: fc.constant('slow' as const),
    });
    fc.assert(
      fc.property(
        arb,
        (p) =>
          p.population >= 10 &&
          p.population <= 40 &&
          p.mode === 'slow' &&
          p.rate >= '1.00' &&
          p.rate <= '2.00',
      ),
    );
  });
  it('refuses an override outside the schema range, on an unknown name, or a range on an enum', () => {
    expect(() => paramsArbOf(PARAMS, { population: { max: 5000 } })).toThrow(/overrides\.population/);
    expect(() => paramsArbOf(PARAMS, { nope: { max: 1 } } as never)).toThrow(/overrides\.nope/);
    expect(() => paramsArbOf(PARAMS, { mode: { max: 1 } } as never)).toThrow(/overrides\.mode/);
  });
});

// Issue 32: parseParams read inherited properties, so a value on the input's prototype (or on a
// polluted Object.prototype) was taken as a parameter. Only own properties count.
describe('parseParams reads own properties only (issue 32)', () => {
  it('a value inherited from the prototype is ignored (the default applies)', () => {
    const input = Object.create({ population: 5 }) as Record<string, unknown>;
    expect(parseParams(PARAMS, input).population).toBe(100);
    const alsoOwn = Object.assign(Object.create({ population: 5 }), { fetchMax: 20 });
    expect(parseParams(PARAMS, alsoOwn)).toMatchObject({ population: 100, fetchMax: 20 });
  });
  it('own keys named like Object.prototype members are unknown parameters', () => {
    const input = JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3}') as unknown;
    expect(paths(() => parseParams(PARAMS, input)).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });
});
