import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEASURES } from '@gd-ftz/core';
import { describe, expect, it } from 'vitest';
import { catalog, registry } from '../src/index';

// The engines present in the workspace: packages/*/package.json with "gd-ftz": { "engine": true }.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifests = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      return [JSON.parse(readFileSync(join(root, 'packages', d.name, 'package.json'), 'utf8'))];
    } catch {
      return [];
    }
  }) as { name: string; 'gd-ftz'?: { engine?: boolean; measure?: number | null } }[];
const engines = manifests
  .filter((p) => p['gd-ftz']?.engine === true && Number.isInteger(p['gd-ftz'].measure))
  .map((p) => ({ slug: p.name.replace(/^@gd-ftz\//, ''), measure: p['gd-ftz']!.measure as number }))
  .sort((a, b) => a.measure - b.measure);

describe('engine registry', () => {
  it('registers exactly the engine packages of the workspace, in measure order', () => {
    expect(engines.map((e) => e.measure)).toEqual(expect.arrayContaining([1, 7, 10, 19]));
    expect(registry.all.map((m) => m.id)).toEqual(engines.map((e) => e.measure));
    expect(registry.all.map((m) => m.slug)).toEqual(engines.map((e) => e.slug));
  });
  it('registers the modelled measures under their catalog slugs', () => {
    for (const m of registry.all) {
      const info = MEASURES.find((i) => i.id === m.id);
      expect(info?.slug).toBe(m.slug);
    }
  });
  it('depends on every engine package it registers', () => {
    const own = JSON.parse(readFileSync(join(root, 'packages/engines/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const e of engines) expect(own.dependencies[`@gd-ftz/${e.slug}`]).toBe('workspace:^');
  });
  it('lists all 20 measures, with an engine only where one exists', () => {
    expect(catalog).toHaveLength(20);
    expect(catalog.filter((r) => r.engine).map((r) => r.info.id)).toEqual(engines.map((e) => e.measure));
  });
});
