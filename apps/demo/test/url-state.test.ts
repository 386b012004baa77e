import type { ParamsSchema } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../src/url-state';

const label = { zh: '标签', en: 'Label' };
const schema = {
  n: { kind: 'integer', label, default: 10, min: 1, max: 1_000_000 },
  p: { kind: 'number', label, default: 0.5, min: 0, max: 1 },
  rate: { kind: 'decimal', label, default: '0.35', min: '0', max: '5' },
  flag: { kind: 'boolean', label, default: false },
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
const schemaOf = (slug: string) => (slug === 'x-engine' ? schema : undefined);

describe('URL state', () => {
  it('encodes a measure page with seed and changed params', () => {
    expect(encodeState({ lang: 'en', measure: 'x-engine', seed: 7, params: { n: 500, flag: true } })).toBe(
      '?lang=en&m=x-engine&seed=7&p.flag=true&p.n=500',
    );
    expect(encodeState({ lang: 'zh', measure: undefined, seed: 42, params: {} })).toBe('');
  });
  it('property: every state round-trips through the URL', () => {
    const paramsArb = fc.record(
      {
        n: fc.integer({ min: 1, max: 1_000_000 }),
        p: fc.double({ min: 0, max: 1, noNaN: true }),
        rate: fc.constantFrom('0', '0.35', '4.99', '5'),
        flag: fc.boolean(),
        mode: fc.constantFrom('a', 'b'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('zh' as const, 'en' as const),
        fc.nat(),
        paramsArb,
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        (lang, seed, params, replications) => {
          const state = {
            lang,
            measure: 'x-engine',
            seed,
            params,
            ...(replications !== undefined ? { replications } : {}),
          };
          const { state: back, dropped } = decodeState(encodeState(state), schemaOf);
          expect(dropped).toEqual([]);
          expect(back).toEqual(state);
        },
      ),
    );
  });
  it('drops unknown or invalid params of a stale link and falls back for a bad seed', () => {
    const { state, dropped } = decodeState('?m=x-engine&seed=abc&p.n=0&p.zzz=1&p.mode=b', schemaOf);
    expect(state).toEqual({ lang: 'zh', measure: 'x-engine', seed: 42, params: { mode: 'b' } });
    expect(dropped.sort()).toEqual(['n', 'zzz']);
  });
  it('keeps the replications of a link (1–100) and the overview page', () => {
    expect(decodeState('?m=x-engine&seed=3&r=20', schemaOf).state.replications).toBe(20);
    expect(decodeState('?m=x-engine&seed=3&r=0', schemaOf).state.replications).toBeUndefined();
    expect(decodeState('?m=x-engine&seed=3&r=101', schemaOf).state.replications).toBeUndefined();
    expect(encodeState({ lang: 'en', measure: undefined, seed: 42, params: {}, page: 'overview' })).toBe(
      '?lang=en&page=overview',
    );
    expect(decodeState('?page=overview', schemaOf).state.page).toBe('overview');
    // A measure page is never the overview.
    expect(decodeState('?m=x-engine&page=overview', schemaOf).state.page).toBeUndefined();
  });
  it('ignores an unknown measure', () => {
    expect(decodeState('?m=nope&seed=3', schemaOf).state.measure).toBeUndefined();
  });
});
