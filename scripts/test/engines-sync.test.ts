// pnpm engines:sync derives packages/engines from the workspace: no source is edited by pattern.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncRegistry } from '../engines-sync.mjs';
import { goodEngine, repo, tree } from './fixtures';

const enginesManifest = {
  name: '@gd-ftz/engines',
  private: true,
  dependencies: { '@gd-ftz/core': 'workspace:^', '@gd-ftz/deleted-engine': 'workspace:^', zod: '4.0.0' },
};

describe('engines:sync', () => {
  it('the repository registry is up to date', () => {
    expect(syncRegistry(repo, { check: true })).toEqual([]);
  });

  it('registers each engine with a measure number, drops deleted ones, keeps other dependencies', () => {
    const root = tree({
      ...goodEngine('zeta-engine', 20),
      ...goodEngine('alpha-engine', 3),
      ...goodEngine('unnumbered-engine', null),
      'packages/core/package.json': { name: '@gd-ftz/core' },
      'packages/engines/package.json': enginesManifest,
    });
    const stale = syncRegistry(root, { check: true });
    expect(stale.map((p: string) => p.slice(root.length + 1)).sort()).toEqual([
      'packages/engines/package.json',
      'packages/engines/src/engines.generated.ts',
    ]);
    expect(syncRegistry(root)).toHaveLength(2);
    expect(syncRegistry(root, { check: true })).toEqual([]);
    const source = readFileSync(join(root, 'packages/engines/src/engines.generated.ts'), 'utf8');
    expect(source.split('\n').filter((l) => l.startsWith('export'))).toEqual([
      "export { measure as alphaEngine } from '@gd-ftz/alpha-engine';",
      "export { measure as zetaEngine } from '@gd-ftz/zeta-engine';",
    ]);
    const deps = JSON.parse(readFileSync(join(root, 'packages/engines/package.json'), 'utf8')).dependencies;
    expect(deps).toEqual({
      '@gd-ftz/alpha-engine': 'workspace:^',
      '@gd-ftz/core': 'workspace:^',
      '@gd-ftz/zeta-engine': 'workspace:^',
      zod: '4.0.0',
    });
    rmSync(root, { recursive: true });
  });
});
