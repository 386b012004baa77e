import { MEASURES } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { catalog, registry } from '../src/index';

describe('engine registry', () => {
  it('registers the modelled measures under their catalog slugs', () => {
    for (const m of registry.all) {
      const info = MEASURES.find((i) => i.id === m.id);
      expect(info?.slug).toBe(m.slug);
    }
    expect(registry.all.map((m) => m.id)).toEqual([1, 7, 10, 19, 20]);
  });
  it('lists all 20 measures, with an engine only where one exists', () => {
    expect(catalog).toHaveLength(20);
    expect(catalog.filter((r) => r.engine).map((r) => r.info.id)).toEqual([1, 7, 10, 19, 20]);
  });
});
