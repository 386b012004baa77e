// The prerequisite DAG (城乡规划法 第三十六至四十条): order, and the checks on custom graphs.
import { ValidationError } from '@gd-ftz/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERMIT_KINDS } from '../src/permits';
import { buildPermitGraph, DEFAULT_GRAPH, transitivePrerequisites } from '../src/prerequisite-graph';

describe('default graph', () => {
  it('puts 选址 before 用地规划 before 工程规划 (Arts. 36–40)', () => {
    expect(DEFAULT_GRAPH.order).toEqual([
      'siting',
      'land-use',
      'works',
      'eia-report',
      'eia-form',
      'eia-registration',
      'swc-approval',
      'swc-filing',
    ]);
    expect(transitivePrerequisites(DEFAULT_GRAPH, 'works')).toEqual(['siting', 'land-use']);
    expect(transitivePrerequisites(DEFAULT_GRAPH, 'eia-form')).toEqual([]);
  });
});

describe('custom graphs', () => {
  it('accepts an acyclic override and re-orders', () => {
    const g = buildPermitGraph({ siting: ['eia-report'] });
    expect(g.order.indexOf('eia-report')).toBeLessThan(g.order.indexOf('siting'));
    expect(transitivePrerequisites(g, 'works')).toEqual(['eia-report', 'siting', 'land-use']);
  });
  it('rejects a cycle, naming its first kind and spelling it out', () => {
    try {
      buildPermitGraph({ siting: ['works'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).paths).toEqual(['graph.siting']);
      expect((e as ValidationError).message).toContain('siting → works → land-use → siting');
    }
  });
  it('rejects a self-loop', () => {
    expect(() => buildPermitGraph({ 'eia-form': ['eia-form'] })).toThrow(/eia-form → eia-form/);
  });
  it('rejects unknown kinds as keys and as prerequisites, each by path', () => {
    try {
      buildPermitGraph({ bridge: ['siting'], works: ['land-use', 'tunnel'] });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).paths).toEqual(['graph.bridge', 'graph.works.1']);
    }
    expect(() => buildPermitGraph({ works: 'land-use' as never })).toThrow(ValidationError);
    expect(() => buildPermitGraph([] as never)).toThrow(ValidationError);
  });
  it('leaves the overrides object unchanged', () => {
    const input = { works: ['land-use', 'land-use'] };
    const copy = structuredClone(input);
    buildPermitGraph(input);
    expect(input).toEqual(copy);
  });
  it('property: any override either builds a graph whose order respects every edge, or is a cycle error', () => {
    const kinds = fc.constantFrom(...PERMIT_KINDS);
    fc.assert(
      fc.property(
        fc.dictionary(kinds, fc.uniqueArray(kinds, { maxLength: 3 }), { maxKeys: 4 }),
        (overrides) => {
          let g: ReturnType<typeof buildPermitGraph>;
          try {
            g = buildPermitGraph(overrides);
          } catch (e) {
            return e instanceof ValidationError && /cycle/.test(e.message);
          }
          return PERMIT_KINDS.every((k) =>
            g.prerequisites[k].every((p) => g.order.indexOf(p) < g.order.indexOf(k)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
