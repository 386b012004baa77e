import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  createRegistry,
  defineMeasure,
  MEASURES,
  type MeasureResults,
  measureInfo,
  type ParamsSchema,
  parseParams,
  parseParamText,
} from '../src/index';
import { validationErrorOf } from '../src/testing/index';

const label = { zh: '人数', en: 'Population' };
const schema = {
  population: { kind: 'integer', label, default: 100, min: 10, max: 1000 },
  share: { kind: 'number', label, default: 0.5, min: 0, max: 1 },
  rate: { kind: 'decimal', label, default: '0.35', min: '0', max: '10.5' },
  auto: { kind: 'boolean', label, default: true },
  mode: {
    kind: 'enum',
    label,
    default: 'a',
    options: [
      { value: 'a', label },
      { value: 'b', label },
    ],
  },
} as const satisfies ParamsSchema;

describe('the seed catalog (粤府函〔2023〕59号 task table)', () => {
  it('lists 20 measures numbered 1..20 with unique slugs', () => {
    expect(MEASURES.map((m) => m.id)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(MEASURES.map((m) => m.slug)).size).toBe(20);
  });
  it('has 15 province-wide, 4 all-but-Shenzhen and 1 special-customs-zone measures, as section 一 says', () => {
    const count = (s: string) => MEASURES.filter((m) => m.scope === s).length;
    expect([count('province'), count('province-except-shenzhen'), count('special-customs-zones')]).toEqual([
      15, 4, 1,
    ]);
    expect(MEASURES.filter((m) => m.scope === 'province-except-shenzhen').map((m) => m.id)).toEqual([
      3, 4, 5, 6,
    ]);
    expect(measureInfo(12).scope).toBe('special-customs-zones');
  });
  it('rejects a measure number outside 1..20', () => {
    expect(() => measureInfo(21)).toThrow(ConfigurationError);
  });
});

describe('parseParams', () => {
  it('fills defaults', () => {
    expect(parseParams(schema, {})).toEqual({
      population: 100,
      share: 0.5,
      rate: '0.35',
      auto: true,
      mode: 'a',
    });
  });
  it('names every bad field at once', () => {
    const e = validationErrorOf(() =>
      parseParams(schema, { population: 5, share: 2, rate: '10.51', auto: 'yes', mode: 'c', x: 1 }),
    );
    expect(e.paths.sort()).toEqual(['auto', 'mode', 'population', 'rate', 'share', 'x']);
    expect(e.issues.every((i) => i.message.zh.length > 0 && i.message.en.length > 0)).toBe(true);
  });
  it('rejects non-integers, NaN and floats given for decimals', () => {
    expect(validationErrorOf(() => parseParams(schema, { population: 10.5 })).paths).toEqual(['population']);
    expect(validationErrorOf(() => parseParams(schema, { share: Number.NaN })).paths).toEqual(['share']);
    expect(validationErrorOf(() => parseParams(schema, { rate: 0.35 })).paths).toEqual(['rate']);
  });
  it('compares decimal bounds exactly', () => {
    expect(parseParams(schema, { rate: '10.50' }).rate).toBe('10.50');
    expect(parseParams(schema, { rate: '0' }).rate).toBe('0');
    expect(validationErrorOf(() => parseParams(schema, { rate: '-0.01' })).paths).toEqual(['rate']);
    expect(validationErrorOf(() => parseParams(schema, { rate: '10.500001' })).paths).toEqual(['rate']);
  });
  it('parses text values from URLs and the command line by kind', () => {
    expect(parseParamText('population', schema.population, '250')).toBe(250);
    expect(parseParamText('auto', schema.auto, 'false')).toBe(false);
    expect(parseParamText('rate', schema.rate, '1.25')).toBe('1.25');
    expect(validationErrorOf(() => parseParamText('population', schema.population, '12abc')).paths).toEqual([
      'population',
    ]);
  });
  it('property: any in-range integer round-trips through text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1000 }),
        (n) => parseParamText('population', schema.population, String(n)) === n,
      ),
    );
  });
});

describe('defineMeasure and the registry', () => {
  const info = MEASURES[0]!;
  const results = (): MeasureResults => ({ kpis: [], series: [], samples: [] });
  it('validates params before running and fills the envelope: measure, seed, parsed params', () => {
    const seen: unknown[] = [];
    const m = defineMeasure({
      ...info,
      params: schema,
      run: (p, context) => {
        seen.push(p, context);
        return results();
      },
    });
    const report = m.simulate({ population: 20 }, { seed: 7 });
    expect(report).toEqual({
      measure: { id: 1, slug: 'overpayment-refund' },
      seed: 7,
      params: { population: 20, share: 0.5, rate: '0.35', auto: true, mode: 'a' },
      kpis: [],
      series: [],
      samples: [],
    });
    // run received the parsed params and a context holding the seed only (no onProgress given).
    expect(seen).toEqual([report.params, { seed: 7 }]);
    expect(validationErrorOf(() => m.simulate({ population: 1 }, { seed: 7 })).paths).toEqual(['population']);
    expect(() => m.simulate({}, { seed: 1.5 })).toThrow(ConfigurationError);
  });
  it('rejects a descriptor with a bad id, slug or a missing language', () => {
    const run = results;
    expect(() => defineMeasure({ ...info, id: 21, params: {}, run })).toThrow(/measure\.id/);
    expect(() => defineMeasure({ ...info, slug: 'Bad Slug', params: {}, run })).toThrow(/measure\.slug/);
    expect(() => defineMeasure({ ...info, title: { zh: '标题', en: '' }, params: {}, run })).toThrow(
      /measure\.title/,
    );
  });
  it('rejects duplicate ids and slugs at registration', () => {
    const a = defineMeasure({ ...info, params: {}, run: results });
    expect(() => createRegistry([a, a])).toThrow(/duplicate measure id 1/);
    expect(createRegistry([a]).bySlug('overpayment-refund')).toBe(a);
  });
});
